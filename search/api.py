"""``/api/v1/search/``, ``/api/v1/pages/find/`` and ``/api/v1/preview/``: the
endpoints that cross content types.

The search is the site's own (:func:`search.views.search_pages`), in the
requested locale; the page lookup answers "what is at this URL?" for
frontends that route by path; the preview shows an editor's draft to the
external frontend with a signed token (:mod:`core.api.preview`).
"""

from __future__ import annotations

from typing import Literal
from urllib.parse import unquote

from django.conf import settings
from django.http import Http404, HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

from core.api.filters import ListParams, check_known
from core.api.locales import content_languages, resolve_locale
from core.api.pagination import Paginated, paginate
from core.api.preview import preview_router
from core.api.problems import SEARCH_FAILED, Problem, invalid_parameter
from core.api.schemas import PageRef, api_url, page_ref, page_url
from core.visibility import visible_pages
from engagement.api.campaigns import CampaignDetail, campaign_detail
from engagement.api.events import EventDetail, event_detail
from engagement.api.movements import MovementDetail, movement_detail
from engagement.models import CampaignPage, EventPage, MovementProfilePage
from lessons.api.lessons import LessonDetail, lesson_detail
from lessons.choices import Result
from lessons.models import LessonPage

from .engine import ALL_LANGUAGES, FACETS, SEARCH_TYPES, SearchFailed, Selection, run
from .highlight import highlight
from .views import MAX_QUERY_LENGTH

router = Router()

#: The ``type`` of a result (and of the ``type`` parameter), by the site
#: search's key for it.
RESULT_TYPES = {
    "lessons": "lesson",
    "resources": "resource",
    "movements": "movement",
    "campaigns": "campaign",
    "events": "event",
}
_TYPE_OF_MODEL = {model: RESULT_TYPES[key] for key, model in SEARCH_TYPES}
_KEY_OF_TYPE = {value: key for key, value in RESULT_TYPES.items()}

#: The longest path the page lookup takes.
MAX_PATH_LENGTH = 1000


class SearchQuery(ListParams):
    locale: str | None = Field(
        None,
        max_length=20,
        description="The reader's language code (default: the site's source "
        "language): facet names are in it, and ``language`` defaults to it.",
    )
    q: str = Field(
        ...,
        min_length=1,
        max_length=MAX_QUERY_LENGTH,
        description="What to look for: a few words. Only the words count: "
        "quotes, operators and other punctuation are read as spaces.",
    )
    type: Literal[tuple(RESULT_TYPES.values())] | None = Field(  # type: ignore[valid-type]
        None, description="Only results of this type (default: every type)."
    )
    language: str | None = Field(
        None,
        max_length=20,
        description="Only items written in (or translated into) this language "
        "code, or ``all`` for every language. Default: ``locale``, with the "
        "original of each item not translated into it.",
    )
    topic: str | None = Field(
        None, max_length=100, description="Only items with this topic (its slug)."
    )
    result: Literal[tuple(Result.values)] | None = Field(  # type: ignore[valid-type]
        None, description="Only lessons with this overall result."
    )


class Highlight(Schema):
    title: str = Field(
        description="The title as HTML: the query's words in ``<mark>``, "
        "everything else escaped."
    )
    snippet: str = Field(
        description="A part of the summary (or of the body) around the first "
        "match, as HTML like ``title``."
    )
    text: str = Field(description="The same snippet as plain text.")
    matches: list[list[int]] = Field(
        description="Where the query's words are in ``text``: ``[start, end]`` "
        "offsets in Unicode code points."
    )


class SearchResult(PageRef):
    type: Literal[tuple(RESULT_TYPES.values())] = Field(  # type: ignore[valid-type]
        description="What kind of item it is."
    )
    summary: str
    result: str | None = Field(
        None, description="A lesson's overall result (null for other types)."
    )
    highlight: Highlight


class FacetCount(Schema):
    value: str = Field(
        description='The parameter\'s value for this choice (``""`` for the '
        "default language)."
    )
    label: str
    count: int = Field(
        description="How many results this choice gives, the other facets applied."
    )
    selected: bool


class SearchFacets(Schema):
    type: list[FacetCount]
    language: list[FacetCount]
    topic: list[FacetCount]
    result: list[FacetCount]


class SearchPage(Paginated[SearchResult]):
    facets: SearchFacets


@router.get(
    "/search/",
    response=SearchPage,
    url_name="search",
    summary="Search",
    tags=["search"],
)
def search(request: HttpRequest, params: Query[SearchQuery]):
    """The site's search across lessons, resources, movements, campaigns and
    events an anonymous visitor may read, best match first, with the same
    facets and counts as the site's search page and the matches highlighted.
    Each type gives at most 200 matches, in every language together."""
    check_known(request, SearchQuery)
    query = params.q.strip()
    if not query:
        raise invalid_parameter("q", _("Type a few words to search for."))
    locale = resolve_locale(params.locale)
    language = (params.language or "").strip().lower() or None
    if language and language != ALL_LANGUAGES and language not in content_languages():
        raise invalid_parameter(
            "language",
            _("“%(code)s” is not a language of this site. Use one of: %(codes)s.")
            % {
                "code": language[:20],
                "codes": ", ".join([*content_languages(), ALL_LANGUAGES]),
            },
        )
    kind = _KEY_OF_TYPE[params.type] if params.type else None
    selection = Selection(
        type=kind, language=language, topic=params.topic or None, result=params.result
    )
    try:
        outcome = run(query, request, selection, locale_id=locale.pk)
    except SearchFailed:
        raise Problem(
            500,
            _(
                "The search could not be run just now. Try other words, or try "
                "again in a few minutes."
            ),
            type=SEARCH_FAILED,
            title=_("Search failed"),
        ) from None
    items, envelope = paginate(request, outcome.results, params.page, params.page_size)
    envelope["results"] = [
        {
            "type": _TYPE_OF_MODEL[type(page)],
            "id": page.pk,
            "title": page.title,
            "slug": page.slug,
            # Read with the search: no query per result for it.
            "locale": page.language_code,
            "url": page_url(request, page),
            "api_url": api_url(request, page),
            # The item's own summary, as the site's results show it: no
            # movement, campaign or author, so anonymised items stay so.
            "summary": page.summary,
            "result": getattr(page, "result", None),
            "highlight": highlight(page, outcome.regex),
        }
        for page in items
    ]
    envelope["facets"] = {
        name: [
            {
                "value": value.value,
                "label": value.label,
                "count": value.count,
                "selected": value.selected,
            }
            for value in outcome.facets.get(name, [])
        ]
        for name in FACETS
    }
    return envelope


class FindQuery(Schema):
    path: str = Field(
        ...,
        min_length=1,
        max_length=MAX_PATH_LENGTH,
        description="The path of a page on the public site, with its language "
        "prefix: ``/en/lessons/night-shifts/``.",
    )


class PageFound(PageRef):
    type: str = Field(
        description="The page type as ``app_label.ModelName``, e.g. "
        "``lessons.LessonPage``."
    )


def _url_path(request: HttpRequest, path: str) -> str | None:
    """The ``url_path`` of the page Wagtail would serve at ``path`` on this
    site, or None when ``path`` has no language prefix of the site.

    As Wagtail serves pages: the first segment picks the language, and the
    rest is read under the site's home page in that language (or the home
    page itself when it has no translation there).
    """
    language, *rest = [segment for segment in path.split("/") if segment] or [""]
    if language not in dict(settings.LANGUAGES):
        return None
    try:
        code = get_supported_content_language_variant(language)
    except LookupError:
        return None
    site = Site.find_for_request(request)
    if site is None:
        return None
    roots = {
        root.language_code: root.root_path
        for root in Site.get_site_root_paths()
        if root.site_id == site.pk
    }
    root_path = roots.get(code, site.root_page.url_path)
    return root_path + "".join(f"{segment}/" for segment in rest)


@router.get(
    "/pages/find/",
    response=PageFound,
    url_name="page-find",
    summary="Find the page at a path",
    tags=["pages"],
)
def find_page(request: HttpRequest, params: Query[FindQuery]):
    """The page an anonymous visitor would be shown at ``path`` on the public
    site, for frontends that route by path; follow its ``api_url`` for its
    content. A 404 problem when there is none (or it is not public)."""
    check_known(request, FindQuery)
    # Clients pass ``location.pathname``, where non-ASCII slugs are encoded.
    path = unquote(params.path)
    if not path.startswith("/") or "\x00" in path:
        raise invalid_parameter(
            "path",
            _("Send the path of a page, starting with a slash: /en/lessons/."),
        )
    url_path = _url_path(request, path)
    page = (
        visible_pages(Page.objects.filter(url_path=url_path), request)
        .select_related("locale")
        .first()
        if url_path
        else None
    )
    if page is None:
        raise Http404
    model = page.specific_class
    return {
        **page_ref(request, page),
        "type": f"{model._meta.app_label}.{model.__name__}",
    }


#: The draft of each page type the API has a public detail function for is
#: shown the way that endpoint shows the live page; other types get a generic
#: schema (:class:`core.api.preview.PagePreview`).
router.add_router(
    "/preview/",
    preview_router(
        {
            LessonPage: (LessonDetail, lesson_detail),
            MovementProfilePage: (MovementDetail, movement_detail),
            CampaignPage: (CampaignDetail, campaign_detail),
            EventPage: (EventDetail, event_detail),
        }
    ),
)
