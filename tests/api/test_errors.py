"""An unexpected error under the API is a 500 problem document: logged with its
traceback, telling the client nothing of it."""

from __future__ import annotations

import logging

import pytest
from django.test import Client

from config.api import api as ninja_api

pytestmark = pytest.mark.django_db

#: Words of the exception that must never reach the client.
SECRET = "secret-internal-detail"


def explode(*args, **kwargs):
    raise RuntimeError(SECRET)


@pytest.fixture
def quiet_client() -> Client:
    """A client that gets the 500 response instead of the exception."""
    return Client(raise_request_exception=False)


@pytest.fixture
def broken_list(monkeypatch):
    """The lesson list fails inside its endpoint, as a bug would."""
    monkeypatch.setattr("lessons.api.lessons.filter_list", explode)


@pytest.mark.parametrize("debug", [False, True])
def test_an_unexpected_error_in_an_endpoint_is_a_problem_document(
    settings, quiet_client, lesson_index, broken_list, debug
):
    settings.DEBUG = debug

    response = quiet_client.get("/api/v1/lessons/")

    problem = response.json()
    assert response.status_code == 500
    assert response["Content-Type"] == "application/problem+json; charset=utf-8"
    assert problem["status"] == 500
    assert problem["type"] == "urn:praxis:problem:server-error"
    assert problem["instance"] == "/api/v1/lessons/"
    assert SECRET not in response.content.decode()
    assert "Traceback" not in response.content.decode()
    assert "no-store" in response["Cache-Control"]


def test_an_unexpected_error_in_an_endpoint_is_logged_with_its_traceback(
    quiet_client, lesson_index, broken_list, caplog
):
    with caplog.at_level(logging.ERROR, logger="django.request"):
        quiet_client.get("/api/v1/lessons/")

    [record] = [r for r in caplog.records if r.name == "django.request"]
    assert record.exc_info[0] is RuntimeError
    assert record.getMessage() == "Internal Server Error: /api/v1/lessons/"


def test_an_unexpected_error_still_reaches_the_test_client(client, broken_list):
    """Error reporting hears of it, as of any 500 (``got_request_exception``)."""
    with pytest.raises(RuntimeError, match=SECRET):
        client.get("/api/v1/lessons/")


def test_an_unexpected_error_outside_the_endpoints_is_a_problem_document(
    quiet_client, monkeypatch
):
    monkeypatch.setattr(ninja_api, "get_openapi_schema", explode)

    response = quiet_client.get("/api/v1/openapi.json")

    assert response.status_code == 500
    assert response["Content-Type"].startswith("application/problem+json")
    assert SECRET not in response.content.decode()
