"""The headers of every answer of the members' API (``/api/v1/me/``),
errors included: for this member only, never stored by a shared cache, and
varying with the credentials that chose the member."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_vary_headers

from .auth import is_member_request


def personal(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """Add the members' API headers to ``response`` if it answers that API."""
    if not is_member_request(request):
        return response
    response["Cache-Control"] = "private, no-store"
    response.headers.pop("Expires", None)
    patch_vary_headers(response, ("Authorization", "Cookie"))
    if response.status_code == 401:
        response["WWW-Authenticate"] = 'Bearer realm="Praxis"'
    return response
