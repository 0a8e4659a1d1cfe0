"""The site search page: lessons, resources, movements, campaigns and events
the visitor may read."""

from __future__ import annotations

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from engagement.models import CampaignPage, EventPage, MovementProfilePage
from lessons.locales import active_locale_id
from lessons.models import LessonPage, ResourcePage
from lessons.visibility import searchable_pages

#: Results per page.
PAGE_SIZE = 20
#: Each content type contributes at most this many results.
MAX_RESULTS_PER_TYPE = 200
#: Longer queries are cut to this many characters.
MAX_QUERY_LENGTH = 200

#: What can be searched for, as ``(key, model)``.
SEARCH_TYPES = [
    ("lessons", LessonPage),
    ("resources", ResourcePage),
    ("movements", MovementProfilePage),
    ("campaigns", CampaignPage),
    ("events", EventPage),
]


def search_pages(
    query: str,
    request: HttpRequest,
    kind: str | None = None,
    locale_id: int | None = None,
) -> list:
    """Search every content type the visitor may read, in the locale
    ``locale_id`` (default: the active language's).

    Each type is searched on its own (the database backend searches one model at
    a time) and the results are merged by score. The search API
    (:mod:`search.api`) runs the same search.
    """
    locale = locale_id if locale_id is not None else active_locale_id()
    results = []
    for key, model in SEARCH_TYPES:
        if kind and kind != key:
            continue
        queryset = searchable_pages(model.objects.filter(locale_id=locale), request)
        for page in queryset.search(query).annotate_score("_score")[
            :MAX_RESULTS_PER_TYPE
        ]:
            results.append(page)
    results.sort(key=lambda page: getattr(page, "_score", 0) or 0, reverse=True)
    return results


def search(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH].replace("\x00", "")
    kind = request.GET.get("type")
    if kind not in {key for key, _model in SEARCH_TYPES}:
        kind = None
    results = search_pages(query, request, kind) if query else []
    paginator = Paginator(results, PAGE_SIZE)
    try:
        page = paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        page = paginator.page(1)
    except EmptyPage:
        page = paginator.page(paginator.num_pages)
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": query,
            "search_type": kind,
            "results": page,
            "result_count": paginator.count,
            "page_title": _("Search"),
        },
    )
