"""Health checks for whatever runs Praxis: a container platform, a load
balancer, a monitoring probe.

``/healthz``
    The process is up and answering: no database, no cache, nothing that a
    slow neighbour could hold up. A failing answer means "restart me".
``/readyz``
    The parts a request needs are reachable: the database answers a query,
    the cache keeps and returns a value, the media storage can be listed. A
    failing answer (503) means "send no traffic here for now"; the JSON body
    names the part that failed, never a password or a host.

Neither is cached, neither needs a session, and both answer on any host name
a probe may use (the ``ALLOWED_HOSTS`` check still applies).
"""

from __future__ import annotations

import logging
import uuid

from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


def check_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache() -> None:
    key = f"praxis:readyz:{uuid.uuid4().hex}"
    cache.set(key, "ok", timeout=10)
    try:
        if cache.get(key) != "ok":
            raise RuntimeError("The cache did not return what it was given.")
    finally:
        cache.delete(key)


def check_storage() -> None:
    # Listing the top folder reaches the store (a bucket or MEDIA_ROOT) without
    # reading any file; a folder not made yet counts as reachable.
    try:
        default_storage.listdir("")
    except FileNotFoundError:
        pass


#: The parts ``/readyz`` checks, in the order it checks them.
CHECKS = {
    "database": check_database,
    "cache": check_cache,
    "storage": check_storage,
}


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    """The process is up."""
    return JsonResponse({"status": "ok"})


@never_cache
@require_safe
def readyz(request: HttpRequest) -> JsonResponse:
    """Every part a request needs answers; 503 naming the ones that do not."""
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception:  # noqa: BLE001 - any failure means "not ready"
            logger.exception("Readiness check failed: %s", name)
            results[name] = "unavailable"
        else:
            results[name] = "ok"
    ready = all(value == "ok" for value in results.values())
    return JsonResponse(
        {"status": "ok" if ready else "unavailable", "checks": results},
        status=200 if ready else 503,
    )
