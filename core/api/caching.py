"""Caching headers for API responses.

Anonymous reads (everything the public endpoints answer) are the same for
everyone, so they go out ``Cache-Control: public, max-age=…`` with an ``ETag``
(a hash of the body); a client that sends ``If-None-Match`` with it gets
``304 Not Modified`` while the body would be the same. Anything that is not an
anonymous read (a preview) is ``private, no-store``; errors are never stored.

There is no ``Last-Modified``, on purpose. Every answer holds other items
besides its own (a list its results, a lesson its related lessons, lineage,
movement and campaign), and the moment one of them is unpublished, deleted or
made members-only is recorded on no row that is still visible: the newest
publication date of what is left would stay the same, and ``If-Modified-Since``
would get a 304 for an answer that still shows the hidden title. The ETag is
computed from the body itself, so it changes whenever anything shown changes,
items that left the answer included, and costs no query.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import quote_etag


def mark_private(request: HttpRequest) -> None:
    """This response is for one person only (a preview): never cached."""
    request._praxis_api_private = True


def finish(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """Add the caching headers to a successful response (or answer 304)."""
    if response.status_code != 200:
        return response
    if getattr(request, "_praxis_api_private", False):
        response["Cache-Control"] = "private, no-store"
        return response
    patch_cache_control(response, public=True, max_age=settings.PRAXIS_API_MAX_AGE)
    etag = quote_etag(hashlib.sha256(response.content).hexdigest()[:32])
    response["ETag"] = etag
    # ``If-Modified-Since`` alone never gives a 304: there is no date to hold
    # it against (see the module docstring).
    return get_conditional_response(request, etag=etag, response=response)
