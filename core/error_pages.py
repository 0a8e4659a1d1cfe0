"""The site's own 404 and 500 pages while developing (``DEBUG``).

With ``DEBUG`` on, Django answers a missing page with its list of URL
patterns and an error with its traceback page, so nobody working on Praxis
sees the pages visitors get. :class:`OwnErrorPagesMiddleware` (added by the
development settings only) answers with the site's handlers instead and
writes the detail — the missing path, the full traceback — to the console,
through the ``django.request`` logger as Django would.
"""

from __future__ import annotations

import logging

from django.core.exceptions import BadRequest, PermissionDenied, SuspiciousOperation
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import get_resolver

logger = logging.getLogger("django.request")


class OwnErrorPagesMiddleware:
    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(
        self, request: HttpRequest, exception: Exception
    ) -> HttpResponse | None:
        resolver = get_resolver(getattr(request, "urlconf", None))
        if isinstance(exception, Http404):
            logger.warning("Not Found: %s (%s)", request.path, exception)
            return resolver.resolve_error_handler(404)(request, exception)
        if isinstance(exception, (PermissionDenied, BadRequest, SuspiciousOperation)):
            return None  # Django's own answers, the same with DEBUG off
        logger.error("Internal Server Error: %s", request.path, exc_info=exception)
        return resolver.resolve_error_handler(500)(request)
