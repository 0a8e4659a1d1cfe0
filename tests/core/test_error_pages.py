"""Development (DEBUG) shows the site's own 404 and 500 pages; the detail goes
to the console (core.error_pages)."""

from __future__ import annotations

import logging

import pytest
from django.test import RequestFactory

from config.settings import dev
from core.error_pages import OwnErrorPagesMiddleware

pytestmark = pytest.mark.django_db


@pytest.fixture
def developing(settings):
    settings.DEBUG = True
    settings.MIDDLEWARE = dev.MIDDLEWARE


@pytest.mark.parametrize("path", ["/en/no-such-page/", "/en/lessons/nothing-here/"])
def test_a_missing_page_is_the_sites_own_404(
    client, lesson_index, developing, caplog, path
):
    with caplog.at_level(logging.WARNING, logger="django.request"):
        response = client.get(path)

    html = response.content.decode()
    assert response.status_code == 404
    assert "URLconf" not in html
    assert '<html lang="en"' in html
    assert any(path in record.getMessage() for record in caplog.records)


def test_an_error_is_the_sites_own_500_with_the_traceback_in_the_console(caplog):
    request = RequestFactory().get("/en/broken/")
    middleware = OwnErrorPagesMiddleware(lambda request: None)
    error = RuntimeError("the detail a developer needs")
    with caplog.at_level(logging.ERROR, logger="django.request"):
        response = middleware.process_exception(request, error)

    assert response.status_code == 500
    assert "the detail a developer needs" not in response.content.decode()
    (record,) = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert record.exc_info[1] is error


def test_refusals_keep_their_own_answers():
    from django.core.exceptions import PermissionDenied

    request = RequestFactory().get("/en/")
    middleware = OwnErrorPagesMiddleware(lambda request: None)

    assert middleware.process_exception(request, PermissionDenied()) is None
