"""Reading offline in a real browser: a reader keeps a lesson on the device
(its size shown before anything is stored), loses the connection, reads the
kept lesson and its brief, and gets the offline page, listing what was kept,
for a lesson not kept; the same in Arabic, right to left. Nothing is asked of
another host, and the device keeps only the shell and what was chosen.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from .conftest import LOCAL_HOSTS

try:
    from playwright.sync_api import expect
except ImportError:  # `make test` installs no browser tooling and deselects these.
    expect = None

pytestmark = pytest.mark.browser


@pytest.fixture
def offline_site(live_data, live_server):
    from django.contrib.auth.models import User
    from wagtail.models import Locale

    from home.demo.languages import translate, write_lesson
    from home.models import HomePage
    from lessons import factories
    from tests.lessons.helpers import make_lesson

    home = HomePage.objects.get(locale=Locale.get_default())
    index = factories.LessonIndexPageFactory(parent=home)
    pages = {
        "kept": make_lesson(index, title="Night kitchen for a blockade"),
        "other": make_lesson(index, title="Banner drops from bridges"),
        "members": make_lesson(
            index, title="Members travel fund", sensitivity="members"
        ),
    }
    arabic = Locale.objects.get(language_code="ar")
    translate(home, arabic, lambda page: None)
    translate(index, arabic, lambda page: None)
    pages["arabic"], _new = translate(
        pages["kept"],
        arabic,
        write_lesson({"title": "مطبخ ليلي للاعتصام", "summary": "مطبخ ليلي."}),
    )
    User.objects.create_user("camp-member", password="a long camp password 42")
    live_data.append("offline_site")
    return live_server.url, {name: page.url for name, page in pages.items()}


@pytest.fixture
def offline_context(browser):
    """A context that lets the service worker run (the shared one blocks it)."""
    context = browser.new_context(locale="en-GB", service_workers="allow")
    context.set_default_timeout(15_000)
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    yield context, requests
    context.close()


def controlled(page, url: str) -> None:
    """Open ``url`` and wait until the service worker controls the page."""
    page.goto(url)
    page.evaluate("navigator.serviceWorker.ready")
    if not page.evaluate("!!navigator.serviceWorker.controller"):
        page.reload()
    page.wait_for_function("!!navigator.serviceWorker.controller")


def kept_urls(page) -> list[str]:
    return page.evaluate(
        "caches.open('praxis-kept').then(c => c.keys())"
        ".then(keys => keys.map(r => new URL(r.url).pathname))"
    )


def test_keep_a_lesson_go_offline_and_read_it(offline_site, offline_context):
    base, urls = offline_site
    context, requests = offline_context
    page = context.new_page()

    controlled(page, base + urls["kept"])
    box = page.locator("[data-keep]")
    box.get_by_role("button", name="Keep offline").click()
    status = box.get_by_role("status")
    expect(status).to_contain_text("Keeping it uses")
    assert re.search(r"\d", status.inner_text())
    # The size is shown first: nothing is stored yet.
    assert kept_urls(page) == []
    box.get_by_role("button", name="Keep it on this device").click()
    expect(status).to_contain_text("Kept on this device")
    assert sorted(kept_urls(page)) == sorted(
        ["/offline/kept.json", urls["kept"], urls["kept"] + "brief.pdf"]
    )

    # A members-only lesson offers no "Keep offline", even to a member.
    page.goto(base + "/accounts/login/")
    page.locator("#id_login").fill("camp-member")
    page.locator("#id_password").fill("a long camp password 42")
    page.locator("main form button[type=submit]").click()
    expect(page.locator(".account-nav")).to_contain_text("Sign out")
    page.goto(base + urls["members"])
    expect(page.get_by_role("heading", level=1)).to_have_text("Members travel fund")
    expect(page.locator("[data-keep]")).to_have_count(0)

    context.set_offline(True)
    try:
        page.goto(base + urls["kept"])
        expect(page.get_by_role("heading", level=1)).to_have_text(
            "Night kitchen for a blockade"
        )
        # The kept copy is what anyone may read: not the page a member saw.
        expect(page.locator(".account-nav")).not_to_contain_text("Sign out")
        brief = page.evaluate(
            f"fetch('{urls['kept']}brief.pdf').then(r => r.blob()).then(b => b.type)"
        )
        assert brief == "application/pdf"

        page.goto(base + urls["other"])
        expect(page.get_by_role("heading", level=1)).to_have_text("Reading offline")
        kept = page.get_by_role("list", name="Kept on this device")
        expect(
            kept.get_by_role("link", name="Night kitchen for a blockade")
        ).to_be_visible()

        page.goto(base + urls["arabic"])
        expect(page.locator("html")).to_have_attribute("dir", "rtl")
        expect(page.get_by_role("heading", level=1)).to_have_text("القراءة دون اتصال")
    finally:
        context.set_offline(False)

    # The shell and the kept lesson, and nothing a member saw.
    shell = page.evaluate(
        "caches.keys().then(names => Promise.all(names.filter(n => "
        "n.startsWith('praxis-shell-')).map(n => caches.open(n).then(c => c.keys())"
        ".then(keys => keys.map(r => new URL(r.url).pathname))))).then(a => a.flat())"
    )
    assert "/en/offline/" in shell and "/ar/offline/" in shell
    assert not [
        url for url in shell if "/static/" not in url and "/offline/" not in url
    ]
    assert urls["members"] not in kept_urls(page)
    foreign = [url for url in requests if urlsplit(url).hostname not in LOCAL_HOSTS]
    assert foreign == []
