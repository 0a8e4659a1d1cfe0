"""The discussions' moderation queue in the admin: who gets in, what it
lists, the bulk actions and the moderation log."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from governance.roles import COORDINATORS, MODERATORS
from members.discussions import services
from members.discussions.models import (
    BlockedMember,
    ModerationEntry,
    PostStatus,
)
from members.models import Notification, NotificationKind
from tests.discussions.helpers import make_member, post
from tests.governance.helpers import person
from tests.lessons.helpers import make_lesson

pytestmark = pytest.mark.django_db

QUEUE = "moderation_discussions"
LOG = "moderation_discussions_log"


@pytest.fixture
def moderator(db):
    return person("mod", MODERATORS)


@pytest.fixture
def ana(db):
    return make_member("ana")


def reported(page, author, body, reasons=("spam",)):
    target = post(author, page, body)
    for n, reason in enumerate(reasons):
        services.report(make_member(f"rep{target.pk}-{n}"), target, reason)
    target.refresh_from_db()
    return target


def test_only_moderators_get_in(client, moderator):
    client.force_login(person("editor", COORDINATORS))
    assert client.get(reverse(QUEUE)).status_code == 403
    assert client.get(reverse(LOG)).status_code == 403
    assert client.post(reverse(QUEUE), {"action": "hide"}).status_code == 403
    client.force_login(moderator)
    assert client.get(reverse(QUEUE)).status_code == 200
    assert client.get(reverse(LOG)).status_code == 200


def test_the_menu_shows_discussions_to_moderators(client, moderator):
    client.force_login(moderator)
    assert reverse(QUEUE) in client.get(reverse("wagtailadmin_home")).text


def test_the_queue_lists_waiting_hidden_and_reported_posts(
    client, lesson, moderator, ana
):
    waiting = post(make_member("newbie", trusted=False), lesson, "Waiting words")
    hidden = reported(lesson, ana, "Hidden words", ("spam", "abusive", "at_risk"))
    once = reported(lesson, ana, "Reported words", ("off_topic",))
    post(ana, lesson, "Quiet words")
    assert waiting.status == PostStatus.AWAITING
    assert hidden.status == PostStatus.HIDDEN
    assert once.status == PostStatus.VISIBLE
    services.edit_post(ana, once, "Reported words, edited")
    client.force_login(moderator)
    text = client.get(reverse(QUEUE)).text
    for words in ("Waiting words", "Hidden words", "Reported words, edited"):
        assert words in text
    assert "Quiet words" not in text
    assert "Abusive" in text and "Off topic" in text
    assert "1 earlier version" in text
    assert lesson.title in text


def test_a_moderator_outside_a_restricted_lesson_does_not_see_its_posts(
    client, lesson_index, moderator, ana
):
    group = Group.objects.create(name="Circle")
    ana.groups.add(group)
    lesson = make_lesson(
        lesson_index, title="Circle lesson", sensitivity="restricted", groups=[group]
    )
    reported(lesson, ana, "Circle words", ("spam",))
    client.force_login(moderator)
    text = client.get(reverse(QUEUE)).text
    assert "Circle words" not in text
    assert "Circle lesson" not in text


def act(client, action, *posts, note=""):
    return client.post(
        reverse(QUEUE),
        {"action": action, "post": [p.pk for p in posts], "note": note},
    )


def test_approve_shows_and_tells_the_author(client, lesson, moderator, ana):
    target = reported(lesson, ana, "Fine words", ("spam", "spam", "spam"))
    client.force_login(moderator)
    assert act(client, "approve", target, note="Not spam").status_code == 302
    target.refresh_from_db()
    assert target.status == PostStatus.VISIBLE
    entry = ModerationEntry.objects.get(action="approve")
    assert (entry.post, entry.moderator, entry.note) == (target, moderator, "Not spam")
    assert Notification.objects.filter(
        member=ana, kind=NotificationKind.POST_APPROVED
    ).exists()
    assert "Fine words" not in client.get(reverse(QUEUE)).text
    assert "Not spam" in client.get(reverse(LOG)).text


def test_hide_and_remove(client, lesson, moderator, ana):
    first = reported(lesson, ana, "First", ("spam",))
    second = reported(lesson, ana, "Second", ("spam",))
    client.force_login(moderator)
    act(client, "hide", first)
    act(client, "remove", second)
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == (PostStatus.HIDDEN, PostStatus.REMOVED)
    assert (
        Notification.objects.filter(
            member=ana, kind=NotificationKind.POST_HIDDEN
        ).count()
        == 1
    )
    assert set(ModerationEntry.objects.values_list("action", flat=True)) == {
        "hide",
        "remove",
    }


def test_hide_all_by_this_member_and_block(client, lesson, moderator, ana):
    target = reported(lesson, ana, "Spam one", ("spam",))
    other = post(ana, lesson, "Spam two")
    bystander = post(make_member("ben"), lesson, "Not spam")
    client.force_login(moderator)
    act(client, "hide_all", target)
    act(client, "block", target)
    other.refresh_from_db()
    bystander.refresh_from_db()
    assert other.status == PostStatus.HIDDEN
    assert bystander.status == PostStatus.VISIBLE
    assert BlockedMember.objects.filter(user=ana).exists()
    assert ModerationEntry.objects.filter(action="block", member=ana).exists()
    with pytest.raises(PermissionError):
        post(ana, lesson)


def test_an_action_without_posts_says_what_to_do(client, moderator):
    client.force_login(moderator)
    response = client.post(reverse(QUEUE), {"action": "hide"}, follow=True)
    assert "Choose one or more posts and an action." in response.text


@pytest.mark.parametrize("count", [2, 12])
def test_the_queue_reads_a_fixed_number_of_queries(
    client, lesson, moderator, ana, count, django_assert_max_num_queries
):
    for n in range(count):
        target = reported(lesson, ana, f"Post {n}", ("spam",))
        services.edit_post(ana, target, f"Post {n} edited")
    client.force_login(moderator)
    client.get(reverse(QUEUE))
    with django_assert_max_num_queries(40):
        text = client.get(reverse(QUEUE)).text
    assert f"Post {count - 1} edited" in text


# Discussion switches -------------------------------------------------------


def test_coordinators_set_switches_and_are_remembered(client, lesson_index):
    from members.discussions.models import DiscussionSwitch, SwitchState

    coordinator = person("coord", COORDINATORS)
    client.force_login(coordinator)
    response = client.post(
        reverse("discussion_switches:add"),
        {"page": lesson_index.pk, "state": SwitchState.CLOSED},
    )
    assert response.status_code == 302
    switch = DiscussionSwitch.objects.get()
    assert (switch.page_id, switch.state, switch.set_by) == (
        lesson_index.pk,
        SwitchState.CLOSED,
        coordinator,
    )


def test_moderators_do_not_set_switches(client, moderator):
    client.force_login(moderator)
    response = client.get(reverse("discussion_switches:add"))
    assert response.status_code in (302, 403)
