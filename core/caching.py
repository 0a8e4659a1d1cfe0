"""Which pages a shared cache (Varnish, nginx, a CDN) may keep.

An HTML page that an anonymous visitor reads is the same for every anonymous
visitor, so a shared cache in front of the app servers may keep it for
``PRAXIS_PAGE_MAX_AGE`` seconds and hand it out without asking Praxis; a
publish, an unpublish or a change of who may read a page purges it at once
(:mod:`core.frontend_cache`). Browsers keep nothing (``max-age=0``), so a
visitor who signs in never sees the anonymous copy again.

A response is marked ``public`` only when all of these hold:

* a ``GET`` or ``HEAD`` answered ``200`` with HTML, under the language prefix
  (not the admin, the accounts, the members' own pages, uploads or the API,
  whose own rules are in :mod:`core.api.caching`);
* the visitor is not signed in, and the response sets no cookie and used no
  CSRF token (a form whose token would be someone else's);
* the view said nothing about caching itself (briefs, toolkits and offline
  pages set their own ``Cache-Control``).

Every other HTML response, a signed-in person's above all, goes out
``private`` with no lifetime, so no shared cache keeps it, whatever its
heuristics. Private pages (Wagtail's view restrictions) answer an anonymous
visitor with a redirect to sign in, which is never public either.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers

#: Paths whose HTML is never public, whoever asks.
NEVER_PUBLIC_PREFIXES = (
    "/admin/",
    "/accounts/",
    "/documents/",
    "/calendar/",
    "/csp-report/",
    "/api/",
    "/healthz",
    "/readyz",
)
#: Under the language prefix (``/en/my/…``): a member's own pages.
NEVER_PUBLIC_SECTIONS = ("my", "share", "report", "translations", "_util")


def is_public_candidate(request: HttpRequest, response: HttpResponse) -> bool:
    if request.method not in ("GET", "HEAD") or response.status_code != 200:
        return False
    if not response.get("Content-Type", "").startswith("text/html"):
        return False
    path = request.path
    if path.startswith(NEVER_PUBLIC_PREFIXES) or path.startswith(settings.MEDIA_URL):
        return False
    parts = path.strip("/").split("/")
    if len(parts) > 1 and parts[1] in NEVER_PUBLIC_SECTIONS:
        return False
    if getattr(request, "is_preview", False):
        return False
    user = getattr(request, "user", None)
    if user is None or user.is_authenticated:
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    return True


class SharedCacheMiddleware:
    """Marks anonymous HTML pages cacheable by shared caches, and every other
    HTML response private (see the module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.has_header("Cache-Control"):
            return response
        if not response.get("Content-Type", "").startswith("text/html"):
            return response
        if is_public_candidate(request, response):
            patch_cache_control(
                response,
                public=True,
                max_age=0,
                s_maxage=settings.PRAXIS_PAGE_MAX_AGE,
            )
            # A shared cache keeps one copy for visitors without cookies;
            # whoever sends a session cookie is asked about separately.
            patch_vary_headers(response, ["Cookie"])
        else:
            patch_cache_control(response, private=True)
        return response
