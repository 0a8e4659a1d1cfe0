"""Small helpers for engagement tests."""

from __future__ import annotations

from django.db import connection
from django.test.utils import CaptureQueriesContext


def queries_for(client, url: str, query: dict | None = None) -> int:
    """How many queries one request for ``url`` runs (after a warm-up request
    that fills Wagtail's per-process site cache)."""
    client.get(url, query or {})
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, query or {})
    assert response.status_code == 200
    return len(captured)
