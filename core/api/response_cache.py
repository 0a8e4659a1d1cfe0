"""An optional server-side cache of the API's public answers.

With ``PRAXIS_API_RESPONSE_CACHE`` set to a number of seconds (0, the
default, turns it off), an answer the API marks ``public`` (an anonymous read:
never a member's own data under ``/api/v1/me/``, a preview or an error) is kept
in the cache (Redis, with ``REDIS_URL``, so every process shares it) under its
full address and the interface language, and the same request is answered
from there — headers, ``ETag`` and ``304`` included — without a query.

Kept answers are never stale after a change: each key holds the content
generation (:mod:`core.generation`), which any change anonymous visitors could
see replaces, so the next request misses and builds the answer anew. The rate
limit still counts every request answered from the cache.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.utils.cache import get_conditional_response

from core.generation import current as content_generation

#: The headers a kept answer is given back with.
KEPT_HEADERS = ("Cache-Control", "ETag", "Content-Language", "Vary", "Link")


def enabled() -> bool:
    return settings.PRAXIS_API_RESPONSE_CACHE > 0


def _key(request: HttpRequest, generation: str) -> str:
    # The interface language too (from Accept-Language): the API's words for
    # things are in it, as its Vary header says.
    address = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    return f"praxis:api:{generation}:{translation.get_language()}:{address}"


def _may_be_kept(request: HttpRequest) -> bool:
    return (
        enabled()
        and request.method == "GET"
        and not request.path_info.startswith(settings.PRAXIS_API_PREFIX + "v1/me/")
        and "HTTP_AUTHORIZATION" not in request.META
    )


def lookup(request: HttpRequest) -> HttpResponse | None:
    """The kept answer to ``request``, or ``None`` (then the API answers)."""
    if not _may_be_kept(request):
        return None
    request._praxis_api_cache_generation = generation = content_generation()
    kept = cache.get(_key(request, generation))
    if kept is None:
        return None
    from .throttling import ClientRateThrottle

    if not ClientRateThrottle().allow_request(request):
        return None  # the API answers: 429 with its problem document
    content, content_type, headers = kept
    response = HttpResponse(content, content_type=content_type)
    for name, value in headers.items():
        response[name] = value
    response["X-Praxis-Cache"] = "hit"
    return get_conditional_response(
        request, etag=headers.get("ETag"), response=response
    )


def store(request: HttpRequest, response: HttpResponse) -> None:
    """Keep ``response`` for the next identical request, if it is public."""
    generation = getattr(request, "_praxis_api_cache_generation", None)
    if (
        generation is None
        or response.status_code != 200
        or response.streaming
        or response.cookies
        or "public" not in response.get("Cache-Control", "")
    ):
        return
    headers = {
        name: response[name] for name in KEPT_HEADERS if response.has_header(name)
    }
    cache.set(
        _key(request, generation),
        (response.content, response["Content-Type"], headers),
        timeout=settings.PRAXIS_API_RESPONSE_CACHE,
    )
