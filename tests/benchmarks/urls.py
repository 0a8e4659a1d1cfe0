"""The API benchmark's URLconf: the site's own, plus a bare Django JSON view
and Wagtail's own page API (v2) for comparison.

The baseline goes through the same server, middleware and settings as the API,
so the ratio to it is what the API itself costs. Wagtail's API lists the same
lessons with the fields it can give without code of its own (:data:`FIELDS`:
the lesson's texts and choices, its terms as ids); Praxis's list gives more
(term names, countries, image, movement).
"""

from django.http import HttpRequest, JsonResponse
from django.urls import path
from wagtail.api import APIField
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from config.urls import handler404, handler429, handler500
from config.urls import urlpatterns as site

__all__ = ["handler404", "handler429", "handler500", "urlpatterns"]


def baseline(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"ok": True})


def evidence_uncached(request: HttpRequest):
    """The evidence dashboard with its cached numbers made stale first, so
    every request computes them (the cached page is ``/en/evidence/``)."""
    from core import generation
    from lessons.evidence import views

    generation.changed()
    return views.dashboard(request)


#: The lesson fields Wagtail's API serves here (set for the benchmark only).
FIELDS = [
    "summary",
    "format",
    "result",
    "scale",
    "topics",
    "tactics",
    "audiences",
    "bottlenecks",
    "last_published_at",
]


def wagtail_api() -> WagtailAPIRouter:
    from lessons.models import LessonPage

    LessonPage.api_fields = [APIField(name) for name in FIELDS]
    router = WagtailAPIRouter("benchwagtailapi")
    router.register_endpoint("pages", PagesAPIViewSet)
    return router


#: Wagtail's page API listing 20 English lessons with :data:`FIELDS`.
WAGTAIL_API_LIST = (
    "/bench/wagtail-api/pages/?type=lessons.LessonPage&locale=en&limit=20"
    "&fields=" + ",".join(FIELDS)
)

urlpatterns = [
    path("bench/baseline/", baseline),
    path("bench/wagtail-api/", wagtail_api().urls),
    path("bench/evidence-uncached/", evidence_uncached),
    *site,
]
