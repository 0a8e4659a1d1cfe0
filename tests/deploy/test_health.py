"""``/healthz`` (the process answers) and ``/readyz`` (the database, the cache
and the media storage answer), as load balancers and containers ask them."""

from __future__ import annotations

import json

import pytest
from django.core.cache import caches

from .servers import free_port

pytestmark = pytest.mark.django_db


def test_healthz_answers_without_touching_the_database(
    client, django_assert_num_queries
):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-store" in response["Cache-Control"]


def test_readyz_checks_each_part(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "storage": "ok"},
    }
    assert "no-store" in response["Cache-Control"]


def test_readyz_is_unavailable_while_the_cache_is(client, settings):
    port = free_port()  # nothing listens there
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
        }
    }
    try:
        response = client.get("/readyz")
    finally:
        caches["default"].close()
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["checks"] == {"database": "ok", "cache": "unavailable", "storage": "ok"}
    # Nothing about where the cache lives.
    assert str(port) not in json.dumps(body)


def test_readyz_is_unavailable_while_the_storage_is(client, settings, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the media folder should be")
    settings.MEDIA_ROOT = blocker
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["storage"] == "unavailable"


def test_probes_take_no_other_method(client):
    assert client.post("/healthz").status_code == 405
    assert client.post("/readyz").status_code == 405
