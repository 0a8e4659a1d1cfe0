"""Who the client is: one answer for login lockouts, rate limits and logs."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str:
    """The address of the client, for login lockouts and rate limits.

    Without proxies (``PRAXIS_TRUSTED_PROXY_COUNT = 0``, the default) this is
    ``REMOTE_ADDR``. Behind ``n`` reverse proxies or load balancers of the
    operator's own, each appends the address it saw to ``X-Forwarded-For``, so
    the client is the ``n``-th entry from the right. Entries further left were
    written by the client and are never trusted. If the header is shorter than
    promised, the request did not come through the proxies and ``REMOTE_ADDR``
    is used.
    """
    remote_addr = request.META.get("REMOTE_ADDR", "")
    count = getattr(settings, "PRAXIS_TRUSTED_PROXY_COUNT", 0)
    if count <= 0:
        return remote_addr
    forwarded = [
        entry.strip()
        for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if entry.strip()
    ]
    if len(forwarded) < count:
        return remote_addr
    return forwarded[-count]
