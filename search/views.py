"""The site search page: lessons, resources, movements, campaigns and events
the visitor may read.

Whatever is typed, the search runs on plain words (:func:`plain_words`): no
character of the query is ever read as search syntax by a backend, so quotes,
operators and brackets cannot make it fail.
"""

from __future__ import annotations

import logging
import unicodedata

from django import forms
from django.db import DatabaseError, transaction
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.locales import active_locale_id
from core.pagination import paginate
from core.visibility import searchable_pages
from engagement.models import CampaignPage, EventPage, MovementProfilePage
from lessons.models import LessonPage, ResourcePage

logger = logging.getLogger(__name__)

#: Results per page.
PAGE_SIZE = 20
#: Each content type contributes at most this many results.
MAX_RESULTS_PER_TYPE = 200
#: The longest query the site and the API take; longer ones get a message.
MAX_QUERY_LENGTH = 200

#: What can be searched for, as ``(key, model)``.
SEARCH_TYPES = [
    ("lessons", LessonPage),
    ("resources", ResourcePage),
    ("movements", MovementProfilePage),
    ("campaigns", CampaignPage),
    ("events", EventPage),
]


class SearchFailed(Exception):
    """The search backend could not run a query (already logged)."""


def plain_words(query: str) -> str:
    """The words of ``query``, separated by single spaces.

    Any character that is not part of a word (a letter, a digit or a mark
    such as an Arabic vowel sign) separates words, and words without a letter
    or a digit are dropped. Wagtail's database backends put each word into
    the backend's own query syntax (SQLite FTS5 ``MATCH``, PostgreSQL
    ``tsquery``) without escaping all of it: a lone ``"`` is an
    "unterminated string" on SQLite. The index holds words only, so searching
    words only finds the same and leaves nothing for a backend to parse.
    """
    spaced = "".join(
        char if unicodedata.category(char)[0] in "LMN" else " " for char in query
    )
    return " ".join(
        word
        for word in spaced.split()
        if any(unicodedata.category(char)[0] in "LN" for char in word)
    )


def search_pages(
    query: str,
    request: HttpRequest,
    kind: str | None = None,
    locale_id: int | None = None,
) -> list:
    """Search every content type the visitor may read for the words of
    ``query`` (:func:`plain_words`), in the locale ``locale_id`` (default:
    the active language's).

    Each type is searched on its own (the database backend searches one model at
    a time) and the results are merged by score. The search API
    (:mod:`search.api`) runs the same search. A backend error is logged and
    raised as :class:`SearchFailed`, for a clear message rather than a 500.
    """
    words = plain_words(query)
    if not words:
        return []
    locale = locale_id if locale_id is not None else active_locale_id()
    results = []
    try:
        # A savepoint, so that a failed query leaves a surrounding
        # transaction usable (PostgreSQL aborts it otherwise).
        with transaction.atomic():
            for key, model in SEARCH_TYPES:
                if kind and kind != key:
                    continue
                queryset = searchable_pages(
                    model.objects.filter(locale_id=locale), request
                )
                results.extend(
                    queryset.search(words).annotate_score("_score")[
                        :MAX_RESULTS_PER_TYPE
                    ]
                )
    except DatabaseError as error:
        logger.exception("The search for %r failed.", words)
        raise SearchFailed from error
    results.sort(key=lambda page: getattr(page, "_score", 0) or 0, reverse=True)
    return results


class SearchForm(forms.Form):
    """The query of the search page, with a message when it is too long."""

    q = forms.CharField(
        required=False,
        max_length=MAX_QUERY_LENGTH,
        error_messages={
            "max_length": gettext_lazy(
                "Your search is too long: use at most %(limit_value)d characters."
            )
        },
    )


def search(request: HttpRequest) -> HttpResponse:
    # NUL characters are dropped, as the API refuses them: no client sends them.
    form = SearchForm({"q": request.GET.get("q", "").replace("\x00", "")})
    query, errors = "", []
    if form.is_valid():
        query = form.cleaned_data["q"]
    else:
        errors = form.errors["q"]
    kind = request.GET.get("type")
    if kind not in {key for key, _model in SEARCH_TYPES}:
        kind = None
    results = []
    if query:
        try:
            results = search_pages(query, request, kind)
        except SearchFailed:
            errors = [
                _(
                    "The search could not be run just now. Try other words, or "
                    "try again in a few minutes."
                )
            ]
    page = paginate(request, results, PAGE_SIZE)
    return TemplateResponse(
        request,
        "search/search.html",
        {
            # A query that is too long is shown cut to the length taken.
            "search_query": query or form.data["q"].strip()[:MAX_QUERY_LENGTH],
            "search_errors": errors,
            "search_type": kind,
            "results": page,
            "result_count": page.paginator.count,
            "page_title": _("Search"),
        },
    )
