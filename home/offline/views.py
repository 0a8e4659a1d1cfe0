"""The service worker, the web app manifest and the offline page."""

from __future__ import annotations

import hashlib
import json

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language_bidi
from django.utils.translation import gettext as _

#: The static files every page needs, kept by the worker when it installs.
SHELL_FILES = (
    "css/praxis.css",
    "css/forms.css",
    "css/members.css",
    "css/evidence.css",
    "css/print.css",
    "js/praxis.js",
    "js/members.js",
    "js/offline.js",
    "img/favicon.svg",
    "img/icon-192.png",
    "img/icon-512.png",
)
#: Bump when the worker's own logic changes, so browsers install it afresh.
WORKER_FORMAT = 1


def languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def offline_pages() -> dict[str, str]:
    """The offline page of every language, by language code."""
    pages = {}
    for code in languages():
        with translation.override(code):
            pages[code] = reverse("offline:page")
    return pages


def service_worker(request: HttpRequest) -> HttpResponse:
    shell = [static(name) for name in SHELL_FILES]
    pages = offline_pages()
    # Hashed static names (production) change with their content, so the
    # worker, and with it its shell cache, changes when one of them does.
    version = hashlib.sha256(
        json.dumps([WORKER_FORMAT, shell, pages]).encode()
    ).hexdigest()[:12]
    body = render_to_string(
        "home/offline/service_worker.js",
        {
            "workbox_sw": static("vendor/workbox/workbox-sw.js"),
            # workbox-sw adds the modules' own names (unhashed: collectstatic
            # keeps those too) to this folder.
            "workbox": f"{settings.STATIC_URL}vendor/workbox/",
            "static_prefix": settings.STATIC_URL,
            "shell": json.dumps(shell + list(pages.values())),
            "offline_pages": json.dumps(pages),
            "default_language": json.dumps(settings.LANGUAGE_CODE),
            "version": version,
        },
    )
    response = HttpResponse(body, content_type="text/javascript; charset=utf-8")
    response["Service-Worker-Allowed"] = "/"
    # Browsers check for a new worker on every visit: never an old copy.
    response["Cache-Control"] = "no-cache"
    return response


def manifest(request: HttpRequest) -> JsonResponse:
    language = translation.get_language()
    data = {
        "name": _("Praxis: movements learning from each other"),
        "short_name": _("Praxis"),
        "description": _(
            "Lessons, resources and learning paths from social movements, "
            "to read anywhere, also without a connection."
        ),
        "lang": language,
        "dir": "rtl" if get_language_bidi() else "ltr",
        "start_url": f"/{language}/",
        "scope": "/",
        "display": "standalone",
        "background_color": "#fbfaf6",
        "theme_color": "#1f4e3d",
        "icons": [
            {
                "src": static("img/icon-192.png"),
                "sizes": "192x192",
                "type": "image/png",
            },
            {
                "src": static("img/icon-512.png"),
                "sizes": "512x512",
                "type": "image/png",
                "purpose": "any maskable",
            },
            {"src": static("img/favicon.svg"), "sizes": "any", "type": "image/svg+xml"},
        ],
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/manifest+json"
    return response


def offline_page(request: HttpRequest) -> HttpResponse:
    """What a reader sees with no connection for a page they did not keep, and
    the list of what they kept on this device (read there by ``offline.js``)."""
    return render(
        request, "home/offline/offline.html", {"page_title": _("Reading offline")}
    )
