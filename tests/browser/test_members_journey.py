"""A newcomer in a real browser: joins, confirms the address by the e-mailed
link, saves a lesson to a named list, marks two path steps done, answers a
full event (and lands on its waiting list), shares a lesson; a peer reviewer
approves it and a coordinator publishes it; the member then finds it
published and the notification waiting. Once in English, once in Arabic."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail

from engagement.factories import EventIndexPageFactory, EventPageFactory
from governance.roles import COORDINATORS, PEER_REVIEWERS
from home.models import HomePage
from lessons import factories
from lessons.models import LearningPathStep
from members.models import RsvpStatus
from members.rsvp import services as rsvp_services

from .test_governance_journey import PASSWORD, approve, sign_in

try:
    from playwright.sync_api import expect
except ImportError:  # `make test` installs no browser tooling and deselects these.
    expect = None

pytestmark = pytest.mark.browser


@dataclass(frozen=True)
class MembersSite:
    url: str
    lesson_title: str
    path_url: str
    event_url: str


@pytest.fixture
def members_site(live_data, live_server) -> MembersSite:
    """A lesson library with a path, a full event and the two reviewers, in
    English and Arabic (each language has its own library pages)."""
    from wagtail.models import Locale

    home = HomePage.objects.get()
    arabic = Locale.objects.get_or_create(language_code="ar")[0]
    arabic_home = home.copy_for_translation(arabic)
    arabic_home.save_revision().publish()
    for parent in (home, arabic_home):
        factories.LessonIndexPageFactory(parent=parent, slug="lessons")
        factories.ResourceIndexPageFactory(parent=parent, slug="resources")
    index = factories.LessonIndexPageFactory._meta.model.objects.get(locale=home.locale)
    lessons = [
        factories.LessonPageFactory(parent=index, title=title)
        for title in ("Welcome tent buddies", "Night rota", "Care check-in")
    ]
    paths = factories.LearningPathIndexPageFactory(parent=home, slug="paths")
    path = factories.LearningPathPageFactory.build(title="Plan a camp")
    path.steps = [LearningPathStep(page=lesson) for lesson in lessons]
    paths.add_child(instance=path)
    events = EventIndexPageFactory(parent=home, slug="events")
    event = EventPageFactory(parent=events, title="First aid evening", capacity=1)
    users = get_user_model().objects
    early = users.create_user(username="early", password=PASSWORD)
    rsvp_services.answer(early, event, RsvpStatus.GOING)
    for username, role in (("reviewer", PEER_REVIEWERS), ("coordinator", COORDINATORS)):
        user = users.create_user(username=username, password=PASSWORD)
        user.groups.add(Group.objects.get(name=role))
    live_data.append("members_site")
    return MembersSite(
        url=live_server.url,
        lesson_title=lessons[0].title,
        path_url=path.url,
        event_url=event.url,
    )


def sign_up(page, base: str, language: str, username: str) -> None:
    page.goto(f"{base}/{language}/")
    page.locator(".account-nav").get_by_role("link").nth(1).click()
    page.locator("#id_username").fill(username)
    page.locator("#id_email").fill(f"{username}@example.org")
    page.locator("#id_display_name").fill(f"{username} crew")
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.locator("form[action='/accounts/signup/'] button[type=submit]").click()


def confirm_address(page, base: str) -> None:
    message = mail.outbox[-1]
    link = re.search(r"https?://[^/\s]+(/accounts/confirm-email/\S+/)", message.body)[1]
    page.goto(f"{base}{link}")
    page.locator("main form button[type=submit]").click()


def share_lesson(page, base: str, language: str, title: str) -> None:
    page.goto(f"{base}/{language}/share/lesson/")
    page.locator("#id_title").fill(title)
    page.locator("#id_summary").fill("Pairs at the tent kept newcomers at the camp.")
    page.locator("#id_problem").fill("Newcomers left on the first night.")
    page.locator("#id_steps-0-title").fill("Pair at the tent")
    page.locator("#id_steps-0-description").fill("Every newcomer meets a buddy.")
    page.locator("input[name=result][value=worked]").check()
    page.locator("input[name=sensitivity][value=public]").check()
    page.locator("#id_consent").check()
    page.locator("button[name=send]").click()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_a_newcomer_joins_learns_answers_and_shares(
    members_site, page, page_log, language
):
    site = members_site
    base = site.url
    username = f"newcomer{language}"
    shared_title = "Buddies at the welcome tent" + (" ar" if language == "ar" else "")

    # Join, and confirm the address by the e-mailed link (which signs in).
    sign_up(page, base, language, username)
    expect(page.locator("main")).to_contain_text("@example.org")
    confirm_address(page, base)
    page.goto(f"{base}/{language}/my/")
    expect(page.locator("html")).to_have_attribute("lang", language)
    if language == "ar":
        expect(page.locator("html")).to_have_attribute("dir", "rtl")

    # Save a lesson to a new named list (the page's save form, with JavaScript).
    page.goto(f"{base}{site.path_url}")
    page.locator(".path-steps a").first.click()
    control = page.locator("[data-save-control]")
    control.locator("button[type=submit]").last.click()
    expect(page.locator("[data-save-control] [role=status]")).to_be_visible()
    control = page.locator("[data-save-control]")
    control.locator("select[name=list]").select_option("new")
    control.locator("input[name=name]").fill("Camp planning")
    control.locator("form.save-form button[type=submit]").click()
    expect(page.locator("[data-save-control] [role=status]")).to_contain_text(
        "Camp planning"
    )
    page.goto(f"{base}/{language}/my/library/")
    expect(page.locator("#main")).to_contain_text("Camp planning")
    expect(page.locator("#main")).to_contain_text(site.lesson_title)

    # Mark two steps of the path done.
    page.goto(f"{base}{site.path_url}")
    for _ in range(2):
        page.locator(".step-control button[name=done][value='1']").first.click()
    expect(page.locator(".path-progress")).to_contain_text("2")
    page.goto(f"{base}/{language}/my/learning/")
    expect(page.locator("#main")).to_contain_text("Plan a camp")

    # The event is full: answering "going" joins its waiting list.
    page.goto(f"{base}{site.event_url}")
    page.locator(".rsvp-control button[value=going]").click()
    expect(page.locator(".rsvp-status")).to_contain_text("1")
    page.goto(f"{base}/{language}/my/events/")
    expect(page.locator("#main")).to_contain_text("First aid evening")

    # Share a lesson; it waits for review, nowhere public.
    share_lesson(page, base, language, shared_title)
    expect(page.locator("#main")).to_contain_text(shared_title)

    # A peer reviewer approves, a coordinator publishes.
    sign_in(page, base, "reviewer")
    approve(page, base, shared_title)
    sign_in(page, base, "coordinator")
    approve(page, base, shared_title, "Approve and Publish")

    # The member signs in again: published, and told so.
    page.context.clear_cookies()
    page.goto(f"{base}/accounts/login/")
    page.locator("#id_login").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.goto(f"{base}/{language}/my/notifications/")
    expect(page.locator("#main")).to_contain_text(shared_title)
    expect(page.locator(".account-nav .count-badge")).to_be_visible()
    page.goto(f"{base}/{language}/my/contributions/")
    expect(page.locator(".share-status--published")).to_be_visible()
    page.locator(".share-list a").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(shared_title)

    assert page_log.foreign_requests() == []
    assert page_log.page_errors == []
