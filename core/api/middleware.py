"""What every API request passes through before its endpoint.

- The API reads as an anonymous visitor, whoever is signed in: what it
  answers is the same for everyone and may be cached by anyone. (Previews go
  by their signed token, never by the session.)
- NUL characters in the path or the query are refused with a 400 problem: no
  database stores them, and no real client sends them.
- ``HEAD`` is answered like ``GET`` without the body; any other method an
  endpoint does not take is a 405 problem with an ``Allow`` header.
- An unexpected error in any view under the API is a 500 problem, not
  Django's HTML error page.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import BadRequest, PermissionDenied, SuspiciousOperation
from django.http import Http404
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from . import response_cache
from .problems import CONTENT_TYPE, INVALID_PARAMETER, problem_response, server_error

#: Exceptions Django itself answers with a 4xx; any other is a 500.
CLIENT_ERRORS = (Http404, PermissionDenied, BadRequest, SuspiciousOperation)


class ApiRequestMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(settings.PRAXIS_API_PREFIX):
            return self.get_response(request)
        request.user = AnonymousUser()
        if "\x00" in request.path_info or any(
            "\x00" in key or any("\x00" in value for value in values)
            for key, values in request.GET.lists()
        ):
            return problem_response(
                request,
                400,
                _("The request contains a NUL character. Remove it and try again."),
                type=INVALID_PARAMETER,
                title=_("Invalid parameter"),
            )
        head = request.method == "HEAD"
        if head:
            # HEAD is GET without the body (RFC 9110): same headers, ETag too.
            request.method = "GET"
        response = response_cache.lookup(request)
        if response is None:
            response = self.get_response(request)
            response_cache.store(request, response)
        if response.status_code == 405 and not response.get(
            "Content-Type", ""
        ).startswith(CONTENT_TYPE):
            allowed = response.get("Allow", "GET")
            response = problem_response(
                request,
                405,
                _("This endpoint only answers %(methods)s requests.")
                % {"methods": allowed},
            )
            response["Allow"] = allowed
        if head:
            response.content = b""
        return response

    def process_exception(self, request, exception):
        """A 500 problem for an error raised by a view under the API that is
        not an endpoint (the schema, the docs, Wagtail's v3 API); the
        endpoints answer their own (:func:`core.api.problems.install`)."""
        if not request.path_info.startswith(settings.PRAXIS_API_PREFIX) or isinstance(
            exception, CLIENT_ERRORS
        ):
            return None
        return server_error(request, exception)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that a 404 under the API or the admin stays a 404.

    Django's sends a 404 outside the language prefixes to the same path under
    ``/en/`` when that path exists, and Wagtail's pages answer every path, so
    an unknown lesson id would become a redirect to an HTML page, and a page
    the admin's reading rule hides would redirect to the public site. The
    API still reads ``Accept-Language`` for the language of its messages.
    """

    def process_response(self, request, response):
        if request.path_info.startswith(settings.PRAXIS_API_PREFIX):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", get_language())
            return response
        if response.status_code == 404 and request.path_info.startswith(
            settings.PRAXIS_ADMIN_PREFIX
        ):
            return response
        return super().process_response(request, response)
