"""Evidence in a real browser: a visitor filters the dashboard to one
bottleneck, opens two of its lessons side by side with the library's compare
boxes (no script needed), and follows a lesson's lineage graph to a group's
adaptation; the same in Arabic, mirrored. axe-core (bundled by
axe-playwright-python, injected from the test, never fetched) finds no
serious or critical violation on the dashboard, the comparison or the graph.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings

try:
    from playwright.sync_api import expect
except ImportError:  # `make test` installs no browser tooling and deselects these.
    expect = None

pytestmark = pytest.mark.browser

BOTTLENECK = "decision-making"
#: A lesson from the demo and the adaptation a group made of it.
SOURCE = "lower-saxony-climate-camp-spokescouncil"
ADAPTATION = "small-camp-spokescouncil-misfire-west-sweden"


@dataclass(frozen=True)
class Evidence:
    url: str
    #: By language: the ids of the two lessons in that language's library.
    ids: dict[str, tuple[int, int]]
    urls: dict[str, tuple[str, str]]


@pytest.fixture
def evidence_site(demo_site) -> Evidence:
    from lessons.models import LessonPage

    ids, urls = {}, {}
    for code in ("en", "ar"):
        pages = {
            page.slug: page
            for page in LessonPage.objects.live().filter(
                slug__in=[SOURCE, ADAPTATION], locale__language_code=code
            )
        }
        ids[code] = (pages[SOURCE].pk, pages[ADAPTATION].pk)
        urls[code] = (pages[SOURCE].url, pages[ADAPTATION].url)
    return Evidence(url=demo_site.url, ids=ids, urls=urls)


def serious_violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']}"
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


def screenshot(page, name: str) -> None:
    artifacts = Path(
        os.environ.get("PRAXIS_ARTIFACTS", settings.BASE_DIR / "artifacts")
    )
    artifacts.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(artifacts / name), full_page=True)


def test_dashboard_compare_and_lineage(evidence_site, page, page_log):
    # One demo build for both languages (it takes minutes).
    problems: dict[str, list[str]] = {}
    for language in ("en", "ar"):
        journey(page, evidence_site, language, problems)

    assert not {where: found for where, found in problems.items() if found}
    assert page_log.foreign_requests() == []
    assert page_log.page_errors == []
    assert page_log.console_errors == []


def journey(page, evidence_site, language: str, problems: dict) -> None:
    base = evidence_site.url

    # The dashboard: charts drawn on the server, with their tables.
    page.goto(f"{base}/{language}/evidence/")
    expect(page.locator("html")).to_have_attribute(
        "dir", "rtl" if language == "ar" else "ltr"
    )
    assert page.locator("main svg[role='img']").count() >= 1
    assert page.locator("main table").count() >= 1

    # Filtered to one bottleneck with the library's own filter form.
    box = page.locator(f"input[name='bottleneck'][value='{BOTTLENECK}']")
    box.check()
    box.evaluate("input => input.form.requestSubmit()")
    page.wait_for_url(f"**bottleneck={BOTTLENECK}**")
    expect(box).to_be_checked()
    problems[f"dashboard ({language})"] = serious_violations(page)
    screenshot(page, f"evidence-dashboard-{language}.png")

    # The library, filtered the same way; two lessons ticked for comparing.
    library = page.locator(f"main a[href$='?bottleneck={BOTTLENECK}']").first
    library.click()
    page.wait_for_url(f"**/lessons/?bottleneck={BOTTLENECK}")
    for lesson_id in evidence_site.ids[language]:
        page.locator(
            f"input[name='ids'][value='{lesson_id}'][form='compare-form']"
        ).check()
    page.locator("#compare-form button[type='submit']").click()
    page.wait_for_url("**/lessons/compare/?ids=*")
    lessons = page.locator("th.compare__lesson")
    expect(lessons).to_have_count(2)
    assert page.locator("tr.compare__row--differs").count() >= 1
    problems[f"compare ({language})"] = serious_violations(page)
    screenshot(page, f"evidence-compare-{language}.png")

    # From the comparison to the earlier lesson, and along its lineage graph
    # to the adaptation.
    source_url, adaptation_url = evidence_site.urls[language]
    page.locator(f"th.compare__lesson a[href='{source_url}']").click()
    page.wait_for_url(f"**{source_url}")
    graph = page.locator("#lineage svg.lineage-graph__svg")
    expect(graph).to_be_visible()
    if language == "ar":
        expect(graph).to_have_class("lineage-graph__svg lineage-graph__svg--rtl")
    node = graph.locator(f"a[href='{adaptation_url}']")
    node.focus()
    note = node.locator("xpath=..").locator(".lineage-node__note")
    expect(note).to_be_visible()
    problems[f"lineage ({language})"] = serious_violations(page)
    screenshot(page, f"evidence-lineage-{language}.png")
    node.click()
    page.wait_for_url(f"**{adaptation_url}")
    expect(
        page.locator("svg.lineage-graph__svg a[aria-current='page']")
    ).to_have_attribute("href", adaptation_url)
