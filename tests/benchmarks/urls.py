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


urlpatterns = [path("bench/baseline/", baseline), *site]
