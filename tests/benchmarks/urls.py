"""The API benchmark's URLconf: the site's own, plus a bare Django JSON view.

The baseline goes through the same server, middleware and settings as the API,
so the ratio to it is what the API itself costs.
"""

from django.http import HttpRequest, JsonResponse
from django.urls import path

from config.urls import handler404, handler429, handler500
from config.urls import urlpatterns as site

__all__ = ["handler404", "handler429", "handler500", "urlpatterns"]


def baseline(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"ok": True})


def evidence_uncached(request: HttpRequest):
    """The evidence dashboard with its cached numbers made stale first, so
    every request computes them (the cached page is ``/en/evidence/``)."""
    from lessons.evidence import cache, views

    cache.bump()
    return views.dashboard(request)


urlpatterns = [
    path("bench/baseline/", baseline),
    path("bench/evidence-uncached/", evidence_uncached),
    *site,
]
