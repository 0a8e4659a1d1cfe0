"""The search behind the site's search page and the search API: the matches
the visitor may read, their facets with counts, and a re-ranking.

One search per content type, in every language at once (the database
backend searches one model at a time), then everything else in Python over
the matches already read, with three more queries however many there are:
which matches are originals with no version in the reader's language, the
topics of the matches, and those topics' names.

Facet counts are "what you would get": each facet's counts apply every other
facet's selection but not its own, so the other values of a facet stay in
reach after choosing one, and a count is the number of results its link shows.

Whatever is typed, the search runs on plain words (:func:`plain_words`): no
character of the query is ever read as search syntax by a backend, so quotes,
operators and brackets cannot make it fail.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import unicodedata
from collections import Counter

from django.conf import settings
from django.db import DatabaseError, transaction
from django.db.models import Count, Min, Q
from django.http import HttpRequest
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from core.locales import active_locale_id
from core.visibility import searchable_pages, visible_pages
from engagement.models import CampaignPage, EventPage, MovementProfilePage
from lessons.choices import Result
from lessons.models import LessonPage, ResourcePage, Topic

from . import highlight

logger = logging.getLogger(__name__)

#: Each content type contributes at most this many matches (in every
#: language together); facet counts are counted over these.
MAX_RESULTS_PER_TYPE = 200

#: What can be searched for, as ``(key, model)``.
SEARCH_TYPES = [
    ("lessons", LessonPage),
    ("resources", ResourcePage),
    ("movements", MovementProfilePage),
    ("campaigns", CampaignPage),
    ("events", EventPage),
]
#: The label of one result of each type.
TYPE_LABELS = {
    "lessons": _("Lesson"),
    "resources": _("Resource"),
    "movements": _("Movement"),
    "campaigns": _("Campaign"),
    "events": _("Event"),
}
#: The ``language`` that searches every language.
ALL_LANGUAGES = "all"
#: The facets, in the order they are shown.
FACETS = ("type", "language", "topic", "result")
#: Added to a match's score for each query word in its title, and in its
#: summary: the backend's score counts the body alike (a lesson's long body
#: outweighs a title that says it all), and is read by its order only.
TITLE_BOOST = 2.0
SUMMARY_BOOST = 1.0
#: Fewer matches of every word than this, and the matches of any word follow.
FEW = 5


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


@dataclasses.dataclass
class Selection:
    """The facet values chosen; ``language`` None is the reader's language
    with the originals of items not translated into it."""

    type: str | None = None
    language: str | None = None
    topic: str | None = None
    result: str | None = None

    def chosen(self) -> dict[str, str]:
        return {
            name: value for name in FACETS if (value := getattr(self, name)) is not None
        }


@dataclasses.dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclasses.dataclass
class Outcome:
    """The results (best first) and the facets of one search."""

    results: list
    facets: dict[str, list[FacetValue]]
    selection: Selection
    regex: re.Pattern | None
    locale_id: int


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def _variants(words: str) -> str:
    """``words`` and, for an Arabic word without it, the word with the
    article "ال" (the index holds "المراقبين" for "مراقبين")."""
    extra = [
        f"ال{word}"
        for word in words.split()
        if highlight._is_arabic(word) and not word.startswith("ال")
    ]
    return " ".join([words, *extra])


def _matches(words: str, request: HttpRequest) -> list:
    """Every type's matches the visitor may read, in every language.

    Every word must match (the backend's default). When that finds fewer
    than :data:`FEW` items for a query of several words, the items matching
    any of them (or an Arabic word with its article) follow, marked
    ``all_words = False``: a practitioner's third word should not empty the
    page."""
    matches = []
    try:
        # A savepoint, so that a failed query leaves a surrounding
        # transaction usable (PostgreSQL aborts it otherwise).
        with transaction.atomic():
            matches = _search(words, request, "and", set())
            if len(matches) < FEW and len(_variants(words).split()) > 1:
                seen = {page.pk for page in matches}
                matches += _search(_variants(words), request, "or", seen)
    except DatabaseError as error:
        logger.exception("The search for %r failed.", words)
        raise SearchFailed from error
    return matches


def _search(words: str, request: HttpRequest, operator: str, seen: set) -> list:
    found = []
    for key, model in SEARCH_TYPES:
        queryset = searchable_pages(model.objects.all(), request)
        batch = list(queryset.search(words, operator=operator)[:MAX_RESULTS_PER_TYPE])
        for position, page in enumerate(batch):
            if page.pk in seen:
                continue
            page.search_type = key
            page.all_words = operator == "and"
            # The backend's order, from 1 (its best) towards 0: its raw
            # scores do not compare across backends (SQLite's bm25 is
            # better when lower, PostgreSQL's rank when higher).
            page.backend_rank = 1 - position / len(batch)
            found.append(page)
    return found


def _fallbacks(matches: list, locale_id: int, request: HttpRequest) -> set[int]:
    """The matches in other languages that stand in for the reader's: the
    original (the first created) of each item with no version the reader may
    read in their language, as :func:`core.locales.with_fallback` lists them."""
    keys = {page.translation_key for page in matches if page.locale_id != locale_id}
    if not keys:
        return set()
    rows = (
        visible_pages(Page.objects.filter(translation_key__in=keys), request)
        .order_by()
        .values("translation_key")
        .annotate(first=Min("pk"), here=Count("pk", filter=Q(locale_id=locale_id)))
    )
    return {row["first"] for row in rows if not row["here"]}


def _topics(matches: list) -> dict[int, set[str]]:
    """The topic slugs of each match, in one query."""
    queries = []
    for key, model in SEARCH_TYPES:
        ids = [page.pk for page in matches if page.search_type == key]
        if not ids:
            continue
        through = model.topics.through
        source = model.topics.field.m2m_field_name()
        queries.append(
            through.objects.filter(**{f"{source}_id__in": ids})
            .order_by()
            .values_list(f"{source}_id", "topic__slug")
        )
    if not queries:
        return {}
    first, *rest = queries
    topics: dict[int, set[str]] = {}
    for page_id, slug in first.union(*rest, all=True) if rest else first:
        topics.setdefault(page_id, set()).add(slug)
    return topics


def _topic_names(slugs: set[str], locale_id: int) -> dict[str, str]:
    """Each topic's name in the reader's language, or in the first language it
    has where it is not translated."""
    names: dict[str, str] = {}
    if not slugs:
        return names
    rows = Topic.objects.filter(slug__in=slugs).values_list("slug", "name", "locale_id")
    for slug, name, _locale in sorted(rows, key=lambda row: row[2] != locale_id):
        names.setdefault(slug, name)
    return names


def rank(pages: list, regex: re.Pattern | None) -> list:
    """``pages`` best first: those that match every word first; then
    :data:`TITLE_BOOST` for each distinct query word in the title and
    :data:`SUMMARY_BOOST` for each in the summary, plus the backend's order
    (from 1 to 0) within each type, which also breaks ties."""

    def words_in(text: str) -> int:
        if regex is None or not text:
            return 0
        folded = highlight.fold(text)[0]
        return len({match.group(0) for match in regex.finditer(folded)})

    def score(page) -> float:
        base = page.backend_rank
        return (
            base
            + TITLE_BOOST * words_in(page.title)
            + SUMMARY_BOOST * words_in(getattr(page, "summary", "") or "")
        )

    return sorted(pages, key=lambda page: (page.all_words, score(page)), reverse=True)


def run(
    query: str,
    request: HttpRequest,
    selection: Selection | None = None,
    locale_id: int | None = None,
) -> Outcome:
    """Search for the words of ``query`` as the visitor may read, narrowed by
    ``selection``, for a reader of ``locale_id`` (default: the active
    language's). Raises :class:`SearchFailed` when the backend fails."""
    selection = selection or Selection()
    locale_id = locale_id if locale_id is not None else active_locale_id()
    words = plain_words(query)
    regex = highlight.pattern(words.split())
    if not words:
        return Outcome([], {}, selection, regex, locale_id)
    matches = _matches(words, request)
    codes = dict(Locale.objects.values_list("pk", "language_code"))
    fallbacks = _fallbacks(matches, locale_id, request)
    topics = _topics(matches)
    for page in matches:
        page.language_code = codes.get(page.locale_id, "")
        page.in_reader_language = page.locale_id == locale_id
        page.topic_slugs = topics.get(page.pk, set())

    def in_language(page, language: str | None) -> bool:
        if language is None:
            return page.in_reader_language or page.pk in fallbacks
        return language == ALL_LANGUAGES or page.language_code == language

    def keep(page, skip: str | None = None) -> bool:
        if skip != "language" and not in_language(page, selection.language):
            return False
        if skip != "type" and selection.type and page.search_type != selection.type:
            return False
        if (
            skip != "topic"
            and selection.topic
            and (selection.topic not in page.topic_slugs)
        ):
            return False
        return not (
            skip != "result"
            and selection.result
            and getattr(page, "result", None) != selection.result
        )

    facets: dict[str, list[FacetValue]] = {}
    pool = [page for page in matches if keep(page, "type")]
    counts = Counter(page.search_type for page in pool)
    facets["type"] = [
        FacetValue(key, str(TYPE_LABELS[key]), counts[key], selection.type == key)
        for key, _model in SEARCH_TYPES
        if counts[key] or selection.type == key
    ]
    pool = [page for page in matches if keep(page, "language")]
    counts = Counter(page.language_code for page in pool)
    reader = sum(in_language(page, None) for page in pool)
    facets["language"] = [
        FacetValue("", str(_("Your language")), reader, selection.language is None),
        *(
            FacetValue(
                code,
                get_language_info(code)["name_local"],
                counts[code],
                selection.language == code,
            )
            for code in language_codes()
            if counts[code] or selection.language == code
        ),
        FacetValue(
            ALL_LANGUAGES,
            str(_("All languages")),
            len(pool),
            selection.language == ALL_LANGUAGES,
        ),
    ]
    pool = [page for page in matches if keep(page, "topic")]
    counts = Counter(slug for page in pool for slug in page.topic_slugs)
    names = _topic_names(set(counts) | {selection.topic} - {None}, locale_id)
    facets["topic"] = sorted(
        (
            FacetValue(slug, names.get(slug, slug), count, selection.topic == slug)
            for slug, count in counts.items()
        ),
        key=lambda value: (-value.count, value.label.casefold()),
    )
    if selection.topic and selection.topic not in counts:
        facets["topic"].append(
            FacetValue(
                selection.topic, names.get(selection.topic, selection.topic), 0, True
            )
        )
    pool = [page for page in matches if keep(page, "result")]
    counts = Counter(getattr(page, "result", None) for page in pool)
    facets["result"] = [
        FacetValue(value, str(label), counts[value], selection.result == value)
        for value, label in Result.choices
        if counts[value] or selection.result == value
    ]
    results = rank([page for page in matches if keep(page)], regex)
    return Outcome(results, facets, selection, regex, locale_id)


def search_pages(
    query: str,
    request: HttpRequest,
    kind: str | None = None,
    locale_id: int | None = None,
    language: str | None = None,
) -> list:
    """The results of :func:`run`, best first: of one type (``kind``) or
    all, for a reader of ``locale_id``, in ``language`` (default: the
    reader's, with the originals of what is not translated into it)."""
    return run(
        query, request, Selection(type=kind, language=language), locale_id
    ).results
