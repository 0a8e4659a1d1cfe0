"""A visitor's journey through the demo site in a real browser.

Run with ``make test-browser``: Debian's Chromium, the demo data set and Django's
live server. Nothing the pages load may come from another host.
"""

from __future__ import annotations

import re

import pytest

from home.demo.content import load

try:
    from playwright.sync_api import expect
except ImportError:  # `make test` installs no browser tooling and deselects these;
    expect = None  # the `browser` fixture fails with a clear message instead.

pytestmark = pytest.mark.browser

RESULTS_COUNT = re.compile(r"^\s*(\d+) lessons?\s*$")
LESSON_SECTIONS = [
    "The problem",
    "What we did",
    "Outcomes",
    "Cautions",
    "Context",
    "Lineage",
]
RESTRICTED_SLUG = "digital-security-land-defenders-red-tagging"
RESTRICTED_TITLE = load().by_slug("lessons")[RESTRICTED_SLUG].source.title


def results_count(page) -> int:
    heading = page.get_by_role("heading", level=2, name=RESULTS_COUNT)
    expect(heading).to_have_count(1)
    match = RESULTS_COUNT.match(heading.inner_text())
    assert match, heading.inner_text()
    return int(match.group(1))


def result_cards(page):
    return page.get_by_role("region", name=RESULTS_COUNT).get_by_role("article")


def test_home_library_filter_and_lesson(demo_site, page, page_log):
    base = demo_site.url

    # Home page: the site's heading and a list of the newest lessons.
    response = page.goto(f"{base}/en/")
    assert response is not None and response.status == 200
    expect(page.get_by_role("heading", level=1)).to_have_text("Praxis")
    newest = page.get_by_role("region", name="Newest lessons")
    expect(newest.get_by_role("heading", level=2)).to_have_text("Newest lessons")
    expect(newest.get_by_role("article").first).to_be_visible()
    assert newest.get_by_role("article").count() >= 3
    expect(newest.get_by_role("article").first.get_by_role("link")).to_have_attribute(
        "href", re.compile(r"^/en/lessons/[\w-]+/$")
    )

    # The main navigation leads to the lesson library.
    navigation = page.get_by_role("navigation", name="Main")
    navigation.get_by_role("link", name="Lesson library", exact=True).click()
    expect(page).to_have_url(f"{base}/en/lessons/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Lesson library")
    unfiltered = results_count(page)
    assert unfiltered > 2
    expect(result_cards(page).first).to_be_visible()

    # Filter by a topic and a result.
    filters = page.get_by_role("form", name="Filter")
    housing = filters.get_by_role("group", name="Topic").get_by_label(
        "Housing and tenants", exact=True
    )
    expect(housing).to_have_attribute("value", "housing")
    housing.check()
    misfire = filters.get_by_role("group", name="Result").get_by_label(
        "Misfire", exact=True
    )
    expect(misfire).to_have_attribute("value", "misfire")
    misfire.check()
    filters.get_by_role("button", name="Apply filters").click()

    expect(page).to_have_url(re.compile(r"[?&]topic=housing(&|$)"))
    expect(page).to_have_url(re.compile(r"[?&]result=misfire(&|$)"))
    filtered = results_count(page)
    assert 0 < filtered < unfiltered
    cards = result_cards(page)
    expect(cards).to_have_count(filtered)
    for index in range(filtered):
        expect(cards.nth(index).locator(".badge")).to_have_text("Misfire")
    # The form remembers the choices.
    expect(filters.get_by_label("Housing and tenants", exact=True)).to_be_checked()
    expect(filters.get_by_label("Misfire", exact=True)).to_be_checked()

    # Open the first lesson in the results.
    first = cards.first.get_by_role("heading", level=3).get_by_role("link")
    title = first.inner_text().strip()
    href = first.get_attribute("href")
    assert href and re.fullmatch(r"/en/lessons/[\w-]+/", href), href
    first.click()
    expect(page).to_have_url(f"{base}{href}")
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    for name in LESSON_SECTIONS:
        expect(
            page.get_by_role("heading", level=2, name=name, exact=True)
        ).to_be_visible()
    signals = page.get_by_role("table", name="Outcome signals: what was measured")
    expect(signals).to_be_visible()
    expect(signals.locator("caption")).to_have_text(
        "Outcome signals: what was measured"
    )
    assert signals.locator("tbody tr").count() >= 1

    # Nothing left the machine, and the check was not vacuous.
    assert page_log.foreign_requests() == []
    assert {"document", "stylesheet", "script"} <= page_log.resource_types()
    assert page_log.failed_responses == []
    assert page_log.console_errors == []
    assert page_log.page_errors == []


def test_restricted_lesson_is_hidden_from_anonymous_visitors(demo_site, page, page_log):
    base = demo_site.url
    url = f"{base}/en/lessons/{RESTRICTED_SLUG}/"

    # Wagtail's privacy setting, kept in line with the lesson's sensitivity,
    # sends anonymous visitors to sign in; the sign-in page names nothing.
    response = page.goto(url)
    assert response is not None and response.status == 200
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next="))
    expect(
        page.get_by_role("button", name=re.compile("^Sign in$", re.I))
    ).to_be_visible()
    expect(page.get_by_text(RESTRICTED_TITLE)).to_have_count(0)

    # Not in the library either, on any of its pages.
    next_url = f"{base}/en/lessons/"
    pages_seen = 0
    while next_url:
        response = page.goto(next_url)
        assert response is not None and response.status == 200
        pages_seen += 1
        body = page.locator("body")
        expect(body).not_to_contain_text(RESTRICTED_TITLE)
        expect(body).not_to_contain_text("red-tagging", ignore_case=True)
        assert page.locator(f"a[href*='{RESTRICTED_SLUG}']").count() == 0
        following = page.get_by_role("navigation", name="Pages").locator("a[rel=next]")
        next_url = following.get_attribute("href") if following.count() else None
        if next_url:
            next_url = f"{base}/en/lessons/{next_url}"
        assert pages_seen < 10, "the library's pagination does not end"
    assert pages_seen >= 1

    assert page_log.foreign_requests() == []
    assert {"stylesheet", "script"} <= page_log.resource_types()
    assert page_log.failed_responses == []
    assert page_log.console_errors == []
    assert page_log.page_errors == []
