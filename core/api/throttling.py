"""The per-client rate limit of the API (``PRAXIS_API_RATE``, read per request).

Past the limit the API answers 429 with a problem document and
``Retry-After``. The client is who :func:`core.client.client_ip`
says it is, the same as for the sign-in lockout and the public forms.
"""

from __future__ import annotations

from django.conf import settings
from ninja.throttling import SimpleRateThrottle

from core.client import client_ip


class ClientRateThrottle(SimpleRateThrottle):
    scope = "praxis-api"

    def __init__(self) -> None:
        # The rate is read from the settings at each request, not once.
        self.rate = None
        self.num_requests = self.duration = None

    def allow_request(self, request) -> bool:
        self.rate = settings.PRAXIS_API_RATE
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request)

    def get_cache_key(self, request) -> str:
        return self.cache_format % {"scope": self.scope, "ident": client_ip(request)}
