"""A member reports "we tried this" on a lesson in a real browser; a peer
reviewer approves it in the admin; the lesson's tried-by summary changes."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from governance.roles import PEER_REVIEWERS
from home.models import HomePage
from lessons import factories
from lessons.models import LessonOutcomeSignal
from members.models import Member
from tests.adoption_helpers import make_report

from .test_governance_journey import PASSWORD, sign_in

try:
    from playwright.sync_api import expect
except ImportError:  # `make test` installs no browser tooling and deselects these.
    expect = None

pytestmark = pytest.mark.browser


@dataclass(frozen=True)
class AdoptionSite:
    url: str
    lesson_url: str
    lesson_title: str
    lesson_id: int


@pytest.fixture
def adoption_site(live_data, live_server) -> AdoptionSite:
    """A lesson that one group already tried, a member and a peer reviewer."""
    index = factories.LessonIndexPageFactory(parent=HomePage.objects.get())
    lesson = factories.LessonPageFactory.build(title="Stairwell pledge wall")
    lesson.outcome_signals = [
        LessonOutcomeSignal(metric_kind="turnout", label="Households", result=60)
    ]
    index.add_child(instance=lesson)
    lesson.save_revision().publish()
    users = get_user_model().objects
    earlier = users.create_user(username="earlier", password=PASSWORD)
    make_report(lesson, earlier, result="worked")
    member = users.create_user(
        username="ada", password=PASSWORD, email="ada@example.org"
    )
    Member.objects.filter(user=member).update(display_name="Ada")
    reviewer = users.create_user(username="reviewer", password=PASSWORD)
    reviewer.groups.add(Group.objects.get(name=PEER_REVIEWERS))
    live_data.append("adoption_site")
    return AdoptionSite(
        url=live_server.url,
        lesson_url=lesson.url,
        lesson_title=lesson.title,
        lesson_id=lesson.pk,
    )


def test_a_report_is_sent_approved_and_counted(adoption_site, page, page_log):
    base = adoption_site.url
    summary = page.locator(".tried-by__summary")

    # The member signs in and finds the lesson tried by one group.
    page.goto(f"{base}/accounts/login/")
    page.locator("#id_login").fill("ada")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.goto(f"{base}{adoption_site.lesson_url}")
    expect(summary).to_have_text("Tried by 1 group: 1 worked")

    # "We tried this": a first try without consent keeps what was written.
    page.get_by_role("link", name="We tried this").click()
    page.get_by_label("Countries").select_option("KE")
    page.get_by_label("Started").fill("2026-03")
    page.get_by_label("What you adapted and why").fill(
        "We put the wall chart in the market instead of the stairwell."
    )
    page.get_by_label("Misfire").check()
    page.locator("#id_signals-0-metric_kind").select_option("turnout")
    page.locator("#id_signals-0-before").fill("5")
    page.locator("#id_signals-0-after").fill("9")
    page.get_by_role("button", name="Send for review").click()
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("Tick this box to agree")
    expect(page.get_by_label("What you adapted and why")).to_have_value(
        "We put the wall chart in the market instead of the stairwell."
    )
    page.get_by_label("This report may be published").check()
    page.get_by_role("button", name="Send for review").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        adoption_site.lesson_title
    )
    expect(page.locator("main")).to_contain_text("Reviewers will read your report")
    # Not counted before review.
    expect(summary).to_have_text("Tried by 1 group: 1 worked")

    # The reviewer approves it in the admin.
    sign_in(page, base, "reviewer")
    page.get_by_role("link", name="Tried-this reports").click()
    page.get_by_role("link", name=adoption_site.lesson_title).click()
    expect(page.locator("main")).to_contain_text("in the market")
    page.get_by_role("button", name="Approve").click()
    expect(page.locator("main")).to_contain_text("No reports here.")

    # The lesson's summary has changed.
    page.context.clear_cookies()
    page.goto(f"{base}{adoption_site.lesson_url}")
    expect(summary).to_have_text("Tried by 2 groups: 1 worked, 1 misfire")
    expect(page.locator("#tried")).to_contain_text("5.00 → 9.00")

    assert page_log.foreign_requests() == []
    assert page_log.page_errors == []
    # The one failed load is the form answering 400 to the missing consent.
    assert [url for _text, url in page_log.console_errors] == [
        f"{base}/en/my/tried/{adoption_site.lesson_id}/"
    ]
    assert [status for status, _url in page_log.failed_responses] == [400]
