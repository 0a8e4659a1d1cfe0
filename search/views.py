"""The site search page: lessons, resources, movements, campaigns and events
the visitor may read, with facets, highlighted matches and, when nothing
matches, suggestions (the search itself is :mod:`search.engine`)."""

from __future__ import annotations

import difflib

from django import forms
from django.http import HttpRequest, HttpResponse, QueryDict
from django.template.response import TemplateResponse
from django.utils.translation import get_language_info, gettext_lazy
from django.utils.translation import gettext as _

from core.pagination import paginate
from core.visibility import visible_pages
from lessons.choices import Result
from lessons.models import (
    Audience,
    Bottleneck,
    GlossaryTerm,
    LessonIndexPage,
    Tactic,
    Topic,
)

from . import highlight
from .engine import (
    ALL_LANGUAGES,
    FACETS,
    MAX_RESULTS_PER_TYPE,
    SEARCH_TYPES,
    TYPE_LABELS,
    SearchFailed,
    Selection,
    language_codes,
    plain_words,
    run,
    search_pages,
)

__all__ = [
    "MAX_QUERY_LENGTH",
    "MAX_RESULTS_PER_TYPE",
    "SEARCH_TYPES",
    "SearchFailed",
    "plain_words",
    "search",
    "search_pages",
]

#: Results per page.
PAGE_SIZE = 20
#: The longest query the site and the API take; longer ones get a message.
MAX_QUERY_LENGTH = 200
#: How many topics of the library the no-results page offers.
BROWSE_TOPICS = 12
#: How many "did you mean" terms the no-results page offers.
SUGGESTIONS = 3


class SearchForm(forms.Form):
    """The query and the facets of the search page, each with a message the
    reader can act on when it cannot be read."""

    q = forms.CharField(
        required=False,
        max_length=MAX_QUERY_LENGTH,
        error_messages={
            "max_length": gettext_lazy(
                "Your search is too long: use at most %(limit_value)d characters."
            )
        },
    )
    type = forms.ChoiceField(
        required=False,
        choices=[("", "")] + [(key, key) for key, _model in SEARCH_TYPES],
        error_messages={
            "invalid_choice": gettext_lazy(
                "There is no such type of result: choose one from the list."
            )
        },
    )
    language = forms.CharField(required=False, max_length=20)
    topic = forms.SlugField(
        required=False,
        max_length=100,
        allow_unicode=True,
        error_messages={
            "invalid": gettext_lazy(
                "That is not a topic: choose one from the list of topics."
            )
        },
    )
    result = forms.ChoiceField(
        required=False,
        choices=[("", "")] + list(Result.choices),
        error_messages={
            "invalid_choice": gettext_lazy(
                "Choose a result from the list: worked, mixed or misfire."
            )
        },
    )

    def clean_language(self) -> str:
        # Read per request: the site's languages are a setting.
        language = self.cleaned_data["language"]
        if language and language not in {ALL_LANGUAGES, *language_codes()}:
            raise forms.ValidationError(
                _("The site has no such language: choose one from the list, or “all”.")
            )
        return language


def _link(params: QueryDict, **changes: str | None) -> str:
    """The search page's query string with ``changes`` (None drops a
    parameter), from the first page."""
    query = params.copy()
    query.pop("page", None)
    for name, value in changes.items():
        if value:
            query[name] = value
        else:
            query.pop(name, None)
    return f"?{query.urlencode()}"


def _library(locale_id: int, request: HttpRequest):
    return (
        visible_pages(LessonIndexPage.objects.filter(locale_id=locale_id), request)
        .order_by("path")
        .first()
    )


def _did_you_mean(words: str, locale_id: int) -> list[str]:
    """Glossary and taxonomy terms close to the query or to one of its words."""
    names = {
        *GlossaryTerm.objects.filter(locale_id=locale_id).values_list("term", flat=True)
    }
    for model in (Topic, Tactic, Audience, Bottleneck):
        names.update(
            model.objects.filter(locale_id=locale_id).values_list("name", flat=True)
        )
    by_fold = {highlight.fold(name)[0]: name for name in names}
    wanted = highlight.fold(words)[0]
    found = difflib.get_close_matches(wanted, by_fold, n=SUGGESTIONS, cutoff=0.6)
    for word in wanted.split():
        if len(word) >= 4:
            found += difflib.get_close_matches(
                word, by_fold, n=SUGGESTIONS, cutoff=0.75
            )
    suggestions = []
    for key in found:
        if by_fold[key] not in suggestions and key != wanted:
            suggestions.append(by_fold[key])
    return suggestions[:SUGGESTIONS]


def _no_results(request, query: str, selection: Selection, locale_id: int) -> dict:
    library = _library(locale_id, request)
    topics = []
    if library is not None:
        library_url = library.get_url(request)
        topics = [
            {"name": name, "url": f"{library_url}?topic={slug}"}
            for slug, name in Topic.objects.filter(locale_id=locale_id)
            .order_by("name")
            .values_list("slug", "name")[:BROWSE_TOPICS]
        ]
    params = request.GET
    return {
        "several_words": len(plain_words(query).split()) > 1,
        "all_languages_url": _link(params, language=ALL_LANGUAGES)
        if selection.language != ALL_LANGUAGES
        else None,
        "without_facets_url": _link(
            params, **{name: None for name in FACETS if name != "language"}
        )
        if any(name != "language" for name in selection.chosen())
        else None,
        "library": library,
        "topics": topics,
        "did_you_mean": [
            {"term": term, "url": _link(QueryDict(), q=term)}
            for term in _did_you_mean(plain_words(query), locale_id)
        ],
    }


def search(request: HttpRequest) -> HttpResponse:
    # NUL characters are dropped, as the API refuses them: no client sends them.
    data = {
        name: request.GET.get(name, "").replace("\x00", "").strip()
        for name in ("q", *FACETS)
    }
    form = SearchForm(data)
    form.is_valid()
    errors = [message for field in form.errors.values() for message in field]
    clean = {name: form.cleaned_data.get(name) or None for name in data}
    query = clean["q"] or ""
    selection = Selection(
        type=clean["type"],
        language=clean["language"],
        topic=clean["topic"],
        result=clean["result"],
    )
    # As in the library: a facet value the search does not know is left out,
    # with a message, and the search runs on the rest.
    status = 200
    outcome = None
    if query and "q" not in form.errors:
        try:
            outcome = run(query, request, selection)
        except SearchFailed:
            errors = [
                _(
                    "The search could not be run just now. Try other words, or "
                    "try again in a few minutes."
                )
            ]
    page = paginate(request, outcome.results if outcome else [], PAGE_SIZE)
    items = []
    for result in page.object_list:
        items.append(
            {
                "page": result,
                "type_label": TYPE_LABELS[result.search_type],
                "highlight": highlight.highlight(result, outcome.regex),
                "language": None
                if result.in_reader_language
                else get_language_info_safe(result.language_code),
            }
        )
    params = request.GET
    facet_groups = []
    chosen = []
    if outcome:
        titles = {
            "type": _("Type"),
            "language": _("Language"),
            "topic": _("Topic"),
            "result": _("Result"),
        }
        for name in FACETS:
            values = outcome.facets.get(name, [])
            if not values:
                continue
            facet_groups.append(
                {
                    "name": name,
                    "title": titles[name],
                    "values": [
                        {
                            "value": value,
                            "url": _link(
                                params,
                                **{name: None if value.selected else value.value},
                            )
                            if name != "language"
                            else _link(params, language=value.value or None),
                        }
                        for value in values
                    ],
                }
            )
            for value in values:
                if value.selected and (name != "language" or value.value):
                    chosen.append(
                        {
                            "title": titles[name],
                            "label": value.label,
                            "url": _link(params, **{name: None}),
                        }
                    )
    search_query = query or data["q"][:MAX_QUERY_LENGTH]
    context = {
        # A query that is too long is shown cut to the length taken.
        "search_query": search_query,
        "search_errors": errors,
        "search_type": selection.type,
        "selection": selection,
        "results": page,
        "items": items,
        "result_count": page.paginator.count,
        "facet_groups": facet_groups,
        "chosen": chosen,
        "clear_url": _link(params, **dict.fromkeys(FACETS)),
        "page_title": _("Search"),
    }
    if outcome and not outcome.results:
        context["no_results"] = _no_results(
            request, query, selection, outcome.locale_id
        )
    return TemplateResponse(request, "search/search.html", context, status=status)


def get_language_info_safe(code: str) -> dict | None:
    """Django's information on the language ``code``, None if it has none."""
    try:
        return get_language_info(code)
    except KeyError:
        return None
