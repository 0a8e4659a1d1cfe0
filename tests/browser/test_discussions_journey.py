"""Discussions in a real browser: a member asks a question on a lesson and
another answers it; three members report a post and it is hidden; a
moderator approves it back, or removes it, in the admin's queue."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from governance.roles import MODERATORS
from home.models import HomePage
from lessons import factories
from members.discussions import services
from members.models import Member

from .test_governance_journey import PASSWORD, sign_in

try:
    from playwright.sync_api import expect
except ImportError:  # `make test` installs no browser tooling and deselects these.
    expect = None

pytestmark = pytest.mark.browser

SPAM = "Cheap loans for everyone, write to me"


@dataclass(frozen=True)
class DiscussionSite:
    url: str
    lesson_url: str
    spam_id: int


def member(username: str):
    user = get_user_model().objects.create_user(
        username=username, password=PASSWORD, email=f"{username}@example.org"
    )
    EmailAddress.objects.create(
        user=user, email=user.email, verified=True, primary=True
    )
    Member.objects.filter(user=user).update(
        display_name=f"{username.title()} crew", accepted_contributions=1
    )
    return user


@pytest.fixture
def discussion_site(live_data, live_server) -> DiscussionSite:
    home = HomePage.objects.get()
    index = factories.LessonIndexPageFactory(parent=home, slug="lessons")
    lesson = factories.LessonPageFactory(parent=index, title="Rent strike basics")
    for username in ("asker", "answerer", "spammer", "r1", "r2", "r3"):
        member(username)
    moderator = member("moderator")
    moderator.groups.add(Group.objects.get(name=MODERATORS))
    spam = services.create_post(
        get_user_model().objects.get(username="spammer"), lesson, SPAM
    )
    live_data.append("discussion_site")
    return DiscussionSite(url=live_server.url, lesson_url=lesson.url, spam_id=spam.pk)


def member_sign_in(page, base: str, username: str, next_url: str) -> None:
    page.context.clear_cookies()
    page.goto(f"{base}/accounts/login/?next={next_url}")
    page.locator("#id_login").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(f"{base}{next_url}")


@pytest.mark.parametrize("decision", ["approve", "remove"])
def test_ask_answer_report_and_moderate(discussion_site, page, page_log, decision):
    site = discussion_site
    base = site.url
    discussion = page.locator("#discussion")

    # A member asks a question.
    member_sign_in(page, base, "asker", site.lesson_url)
    page.get_by_label("Your post").fill("How do we *start* a rent strike?")
    page.get_by_role("button", name="Send").click()
    expect(discussion).to_contain_text("How do we start a rent strike?")
    expect(discussion.locator("em")).to_have_text("start")

    # Another answers it, with the reply link (no JavaScript needed).
    member_sign_in(page, base, "answerer", site.lesson_url)
    question = discussion.locator("article", has_text="How do we start")
    question.get_by_role("link", name="Reply").click()
    expect(page.locator("#discussion-form")).to_contain_text("Reply to Asker crew")
    page.get_by_label("Your post").fill("Start with a pledge count at the doors.")
    page.get_by_role("button", name="Send").click()
    expect(discussion.locator(".discussion__replies")).to_contain_text(
        "Start with a pledge count"
    )

    # Three members report the spam; after the third it is hidden.
    for reporter in ("r1", "r2", "r3"):
        member_sign_in(page, base, reporter, site.lesson_url)
        spam = page.locator(f"#post-{site.spam_id}")
        expect(spam).to_contain_text(SPAM)
        spam.get_by_role("link", name="Report").click()
        page.get_by_label("Spam").check()
        page.get_by_role("button", name="Send the report").click()
        # The site's messages (the page has other live regions, such as the
        # keep-offline box's).
        expect(page.locator(".messages[role=status]")).to_contain_text(
            "Moderators will look at this post"
        )
    expect(page.locator("#discussion")).not_to_contain_text(SPAM)

    # A moderator decides in the admin's queue.
    sign_in(page, base, "moderator")
    page.goto(f"{base}/admin/discussions/")
    row = page.locator("tr", has_text=SPAM)
    expect(row).to_contain_text("3")
    expect(row).to_contain_text("Spam")
    row.locator("input[type=checkbox]").check()
    page.get_by_label("Action").select_option(decision)
    page.get_by_role("button", name="Apply to the selected posts").click()
    expect(page.locator("main")).to_contain_text("1 change made.")
    expect(page.locator("main")).not_to_contain_text(SPAM)
    page.goto(f"{base}/admin/discussions/log/")
    expect(page.locator("main")).to_contain_text(
        "Approved" if decision == "approve" else "Removed"
    )

    page.goto(f"{base}{site.lesson_url}")
    if decision == "approve":
        expect(page.locator("#discussion")).to_contain_text(SPAM)
    else:
        expect(page.locator("#discussion")).not_to_contain_text(SPAM)
    assert page_log.foreign_requests() == []
    assert page_log.console_errors == page_log.page_errors == []
