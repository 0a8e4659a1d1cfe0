"""Fixtures of the headless API tests: several languages, and a JSON getter."""

from __future__ import annotations

import json

import pytest
from wagtail.models import Locale, Page

#: The governance scenario, built once per module, for ``test_library.py``
#: (which takes its ``scenario`` from there).
from tests.governance.conftest import built_scenario  # noqa: F401

#: The languages the API tests run with; English is the source language.
LANGUAGES = [
    ("en", "English"),
    ("sv", "Swedish"),
    ("ar", "Arabic"),
    ("es", "Spanish"),
    ("fr", "French"),
]


@pytest.fixture
def languages(settings, db) -> dict[str, Locale]:
    """Every language enabled, with a ``Locale`` each: ``{code: Locale}``."""
    settings.LANGUAGES = LANGUAGES
    settings.WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in LANGUAGES
    }


@pytest.fixture
def api(client):
    """``api(path, **params)``: GET ``/api/v1/<path>`` and return the response
    with its JSON body as ``response.data`` (None when the body is empty)."""

    def get(path: str, data=None, **headers):
        response = client.get(f"/api/v1/{path.lstrip('/')}", data or {}, **headers)
        response.data = json.loads(response.content) if response.content else None
        return response

    return get


def translate(page, locale: Locale, **attrs):
    """Publish a translation of ``page`` into ``locale`` (with its parents),
    with ``attrs`` changed; returns the translation, specific."""
    copy = page.copy_for_translation(locale, copy_parents=True)
    for name, value in attrs.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    return Page.objects.get(pk=copy.pk).specific


def titles(response, key: str = "title") -> list[str]:
    """The titles (or another field) of a list response's results, in order."""
    assert response.status_code == 200, response.content
    return [item[key] for item in response.data["results"]]


def assert_problem(response, status: int, parameter: str | None = None) -> dict:
    """Assert an RFC 9457 problem of ``status`` (naming ``parameter`` among
    its errors, if given) and return it."""
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/problem+json")
    problem = response.data
    assert problem["status"] == status
    assert problem["detail"]
    assert problem["instance"] == response.wsgi_request.path
    if parameter is not None:
        assert parameter in [error["parameter"] for error in problem["errors"]]
    return problem
