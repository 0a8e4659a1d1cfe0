"""Caching headers for API responses.

Anonymous reads (everything the public endpoints answer) are the same for
everyone, so they go out ``Cache-Control: public, max-age=…`` with an ``ETag``
(a hash of the body) and, where the content says when it last changed,
``Last-Modified``; a client that sends ``If-None-Match`` or
``If-Modified-Since`` gets ``304 Not Modified``. Anything that is not an
anonymous read (a preview) is ``private, no-store``; errors are never stored.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, quote_etag


def mark_private(request: HttpRequest) -> None:
    """This response is for one person only (a preview): never cached."""
    request._praxis_api_private = True


def mark_modified(request: HttpRequest, *moments: datetime | None) -> None:
    """Record when the content in the response last changed."""
    known = [moment for moment in moments if moment is not None]
    previous = getattr(request, "_praxis_api_modified", None)
    if previous is not None:
        known.append(previous)
    if known:
        request._praxis_api_modified = max(known)


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
    modified = getattr(request, "_praxis_api_modified", None)
    timestamp = int(modified.timestamp()) if modified is not None else None
    if timestamp is not None:
        response["Last-Modified"] = http_date(timestamp)
    return get_conditional_response(
        request, etag=etag, last_modified=timestamp, response=response
    )
