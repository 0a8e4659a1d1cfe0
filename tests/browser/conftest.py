"""Fixtures for the browser journeys: Debian's Chromium driven by Playwright.

The browser is never downloaded: ``make browser-deps`` installs Debian's
``chromium`` package and the tests launch that binary. Every request, console
message and page error of a test's page is recorded so that a test can check
that nothing left the machine and nothing failed in the page.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pytest

#: Hosts a page of the site may talk to: the live server and nothing else.
LOCAL_HOSTS = {"127.0.0.1", "localhost"}

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
]


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = shutil.which("chromium")
    if path is None:
        pytest.fail(
            "Debian's `chromium` executable is not on PATH. Install it with "
            "`make browser-deps` (apt-get install chromium); these tests never "
            "download a browser.",
            pytrace=False,
        )
    return path


@pytest.fixture
def live_data(live_server, django_db_serialized_rollback) -> list[str]:
    """The names of the data sets built for this test, visible to the live server.

    ``live_server`` makes the test transactional, so the data is committed and the
    server thread reads it; the database is flushed after each test, and the
    serialized rollback restores what the migrations created (the root page, the
    home page, the default site and locale) before the next one builds again.

    Every data fixture (:func:`demo_site`, or a test module's own) depends on this
    one and appends its name once its data is committed; :func:`browser` refuses
    to start before one has.
    """
    return []


@pytest.fixture
def demo_site(live_data, live_server):
    """The demo data set (``home/demo/build.py``)."""
    from home.demo.build import DemoBuilder

    DemoBuilder().build()
    live_data.append("demo_site")
    return live_server


@pytest.fixture
def browser(chromium_path, live_data):
    """Chromium, started after the data is built and stopped before the flush.

    Playwright's sync API marks its event loop as running in the test thread, and
    while it runs Django hands that thread a different set of database connections
    (asgiref's ``Local`` switches to context storage). The serialized rollback
    lives on the original connection, so no database work may happen while
    Playwright is running: hence one Playwright per test, started only after the
    test's data fixture. pytest sets up a test's fixtures in the order of its
    arguments, so a test names its data fixture before ``page``.
    """
    if not live_data:
        pytest.fail(
            "The browser started before any data was built: name the data fixture "
            "(`demo_site` or the module's own) before `page` in the test's "
            "arguments, and build everything, users and groups included, in it.",
            pytrace=False,
        )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail(
            "Playwright is not installed: run `make browser-deps` (pip install "
            '-e ".[dev,browser]").',
            pytrace=False,
        )

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path, args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@dataclass
class PageLog:
    """What a page did: requests, failed responses, console errors, page errors."""

    requests: list = field(default_factory=list)
    failed_responses: list[tuple[int, str]] = field(default_factory=list)
    console_errors: list[tuple[str, str]] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)

    def foreign_requests(self) -> list[str]:
        return [
            request.url
            for request in self.requests
            if urlsplit(request.url).hostname not in LOCAL_HOSTS
        ]

    def resource_types(self) -> set[str]:
        return {request.resource_type for request in self.requests}


@pytest.fixture
def page_log() -> PageLog:
    return PageLog()


@pytest.fixture
def page(browser, page_log):
    context = browser.new_context(locale="en-GB", service_workers="block")
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.on("request", lambda request: page_log.requests.append(request))
    page.on(
        "response",
        lambda response: (
            page_log.failed_responses.append((response.status, response.url))
            if response.status >= 400
            else None
        ),
    )
    page.on(
        "console",
        lambda message: (
            page_log.console_errors.append(
                (message.text, message.location.get("url", ""))
            )
            if message.type == "error"
            else None
        ),
    )
    page.on("pageerror", lambda error: page_log.page_errors.append(str(error)))
    yield page
    context.close()
