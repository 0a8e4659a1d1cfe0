"""A visitor's journey through the demo site in a real browser.

Run with ``make test-browser``: Debian's Chromium, the demo data set and Django's
live server. Nothing the pages load may come from another host.
"""

from __future__ import annotations

import io
import re
import unicodedata

import pytest
from django.utils import translation
from pypdf import PdfReader

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


def assert_prints_cleanly(page, search_label: str) -> None:
    """The page as printed: no navigation, search, forms or footer; links
    written out; each of a lesson's sections on a new page. The PDF that
    Chromium prints holds the lesson's title and none of the site's controls."""
    page.emulate_media(media="print")
    try:
        for selector in (".site-nav", ".site-search", ".site-footer", "main form"):
            for index in range(page.locator(selector).count()):
                expect(page.locator(selector).nth(index)).to_be_hidden()
        link = page.locator("main a[href^='/']:not(.tag)").first
        href = link.get_attribute("href")
        written = link.evaluate("a => getComputedStyle(a, '::after').content")
        assert href and href in written, (href, written)
        breaks = page.locator("#outcomes").evaluate(
            "section => getComputedStyle(section).breakBefore"
        )
        assert breaks == "page"
        title = page.get_by_role("heading", level=1).inner_text().strip()
        printed = PdfReader(io.BytesIO(page.pdf(format="A4")))
        assert len(printed.pages) >= 2
        text = "".join(
            "".join(unicodedata.normalize("NFKC", sheet.extract_text()).split())
            for sheet in printed.pages
        )
        assert "".join(search_label.split()) not in text
        # Right-to-left text may come out of the PDF in visual order.
        words = [unicodedata.normalize("NFKC", w) for w in title.split() if len(w) > 3]
        assert words, title
        for word in words[:2]:
            assert word in text or word[::-1] in text, (word, text[:300])
    finally:
        page.emulate_media(media="screen")


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

    # Printed, it is the lesson alone, with its links written out.
    assert_prints_cleanly(page, "Search lessons and resources")

    # Its PDF brief, linked under "Print and take away", holds the lesson.
    take_away = page.get_by_role("complementary", name="Print and take away")
    brief_link = take_away.get_by_role("link", name="Brief (PDF, A4)")
    expect(brief_link).to_have_attribute("href", f"{href}brief.pdf")
    pdf = page.request.get(f"{base}{href}brief.pdf")
    assert pdf.status == 200 and pdf.headers["content-type"] == "application/pdf"
    brief_text = "".join(
        "".join(sheet.extract_text().split())
        for sheet in PdfReader(io.BytesIO(pdf.body())).pages
    )
    assert "".join(title.split()) in brief_text

    # An Arabic lesson prints right to left, as it reads on the screen.
    page.goto(f"{base}/ar/lessons/")
    result_links = page.locator("main article h3 a")
    expect(result_links.first).to_be_visible()
    result_links.first.click()
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    direction = page.locator("main").evaluate("m => getComputedStyle(m).direction")
    assert direction == "rtl"
    with translation.override("ar"):
        search_label = translation.gettext("Search lessons and resources")
    assert_prints_cleanly(page, search_label)

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
