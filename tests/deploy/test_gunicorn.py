"""Praxis as it runs in production: gunicorn with ``config/gunicorn.py`` and
two workers, the production settings (no DEBUG, hashed static files collected
beforehand, Redis as the cache), in front of the test database."""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.db import connection

from tests.lessons.helpers import make_lesson
from tests.transactional import migration_data_back_for_the_next_module  # noqa: F401

from . import servers
from .servers import free_port

pytestmark = [
    pytest.mark.services,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

REDIS_URL = os.environ.get("PRAXIS_TEST_REDIS_URL", "redis://127.0.0.1:6379/7")


def production_environment(tmp: Path, port: int) -> dict:
    return servers.production_environment(
        tmp,
        port,
        servers.database_url(connection),
        REDIS_URL=REDIS_URL,
        WEB_CONCURRENCY="2",
    )


@pytest.fixture(scope="module")
def gunicorn(django_db_setup, django_db_blocker, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("production")
    port = free_port()
    with servers.gunicorn(production_environment(tmp, port)) as (url, process):
        yield url, process


def get(url: str):
    request = urllib.request.Request(url, headers={"Host": "localhost"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


def test_two_workers_answer(gunicorn):
    url, process = gunicorn
    children = (
        Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
    )
    assert len(children) == 2
    status, _headers, body = get(f"{url}/healthz")
    assert status == 200 and json.loads(body) == {"status": "ok"}


def test_ready_with_the_database_and_redis(gunicorn):
    url, _process = gunicorn
    status, _headers, body = get(f"{url}/readyz")
    assert status == 200, body
    assert json.loads(body)["checks"] == {
        "database": "ok",
        "cache": "ok",
        "storage": "ok",
    }


def test_a_lesson_page_and_the_api_under_production_settings(gunicorn, lesson_index):
    url, _process = gunicorn
    lesson = make_lesson(lesson_index, title="Action camp logistics")
    # Several requests, so that both workers are likely to answer some.
    for _ in range(6):
        status, headers, body = get(url + lesson.url)
        assert status == 200
        assert "Action camp logistics" in body
        assert "s-maxage=300" in headers["Cache-Control"]
    # Hashed static file names from the collected manifest.
    assert "/static/css/praxis." in body and ".css" in body
    status, _headers, body = get(f"{url}/api/v1/lessons/")
    assert status == 200
    assert "Action camp logistics" in body


def test_errors_are_the_site_s_own_pages(gunicorn, home):
    url, _process = gunicorn
    status, _headers, body = get(f"{url}/en/no-such-page/")
    assert status == 404
    assert "Traceback" not in body and "URLconf" not in body
