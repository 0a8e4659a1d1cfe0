"""A mentee and a mentor in a real browser: the mentee finds the mentor among
the suggested matches and proposes; the mentor accepts; only then does each
see the other's contact details and the first message."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model

from lessons.factories import TopicFactory
from members.mentoring.models import MentoringProfile, ProfileKind
from members.models import Member

from .test_governance_journey import PASSWORD

try:
    from playwright.sync_api import expect
except ImportError:  # `make test` installs no browser tooling and deselects these.
    expect = None

pytestmark = pytest.mark.browser

MENTOR_CONTACT = "signal: mentor-rania-0700"
MENTEE_CONTACT = "mail: tomas-mentee@example.org"
MESSAGE = "Hello Rania, our block meets on Thursdays."


@dataclass(frozen=True)
class MentoringSite:
    url: str


@pytest.fixture
def mentoring_site(live_data, live_server) -> MentoringSite:
    housing = TopicFactory(name="Housing", slug="housing")
    users = get_user_model().objects
    for username, name, kind, contact in (
        ("rania", "Rania", ProfileKind.OFFER, MENTOR_CONTACT),
        ("tomas", "Tomas", ProfileKind.REQUEST, MENTEE_CONTACT),
    ):
        user = users.create_user(username=username, password=PASSWORD)
        Member.objects.filter(user=user).update(
            display_name=name, accepted_contributions=1
        )
        profile = MentoringProfile.objects.create(
            member=user,
            kind=kind,
            languages=["ar", "en"],
            time_zone="Africa/Cairo" if kind == ProfileKind.OFFER else "Europe/Athens",
            mode="either",
            capacity=2,
            intro=f"{name} on tenants' unions",
            contact=contact,
        )
        profile.topics.set([housing])
    live_data.append("mentoring_site")
    return MentoringSite(url=live_server.url)


def sign_in(page, base: str, username: str) -> None:
    page.context.clear_cookies()
    page.goto(f"{base}/accounts/login/")
    page.locator("#id_login").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    expect(page.locator(".account-nav")).to_contain_text("My Praxis")


def test_contact_details_appear_only_once_both_accept(mentoring_site, page, page_log):
    base = mentoring_site.url
    main = page.locator("#main")

    # The mentee sees the mentor suggested, with why, and no contact.
    sign_in(page, base, "tomas")
    page.goto(f"{base}/en/my/mentoring/")
    matches = page.locator("section[aria-labelledby=mentoring-request-matches-heading]")
    expect(matches).to_contain_text("Rania")
    expect(matches).to_contain_text("1 shared topic")
    expect(matches).to_contain_text("both speak Arabic")
    expect(main).not_to_contain_text(MENTOR_CONTACT)
    matches.get_by_role("link", name="Propose a pairing").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Propose a pairing")
    expect(main).not_to_contain_text(MENTOR_CONTACT)
    page.get_by_label("For how long").select_option("6")
    page.get_by_label("A first message").fill(MESSAGE)
    page.get_by_role("button", name="Send the proposal").click()
    expect(page.locator(".messages, [role=status]").first).to_contain_text(
        "Your proposal is sent"
    )
    expect(main).to_contain_text("Proposals you sent")
    expect(main).not_to_contain_text(MENTOR_CONTACT)

    # The mentor sees the proposal, still without contact or message.
    sign_in(page, base, "rania")
    page.goto(f"{base}/en/my/mentoring/")
    waiting = page.locator("section[aria-labelledby=mentoring-waiting-heading]")
    expect(waiting).to_contain_text("Tomas")
    expect(main).not_to_contain_text(MENTEE_CONTACT)
    expect(main).not_to_contain_text(MESSAGE)
    waiting.get_by_role("button", name="Accept").click()

    # Both accepted: the mentor now sees the mentee's details and the message.
    active = page.locator("section[aria-labelledby=mentoring-active-heading]")
    expect(active).to_contain_text("Tomas")
    expect(active).to_contain_text(MENTEE_CONTACT)
    expect(active).to_contain_text(MESSAGE)

    # And the mentee the mentor's.
    sign_in(page, base, "tomas")
    page.goto(f"{base}/en/my/mentoring/")
    active = page.locator("section[aria-labelledby=mentoring-active-heading]")
    expect(active).to_contain_text(MENTOR_CONTACT)
    page.goto(f"{base}/en/my/notifications/")
    expect(main).to_contain_text("your mentoring pairing has started")
    expect(main).not_to_contain_text(MENTOR_CONTACT)

    assert page_log.foreign_requests() == []
    assert page_log.page_errors == []
