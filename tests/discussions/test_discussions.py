"""Discussions: the switches, who reads and writes, limits, pre-moderation,
reports, the author's edits and deletion, and the section on the page."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from governance.roles import COORDINATORS, MODERATORS
from members.discussions import services
from members.discussions.models import (
    BODY_MAX_LENGTH,
    BlockedMember,
    DiscussionSwitch,
    ModerationEntry,
    PostEdit,
    PostStatus,
    SwitchState,
)
from members.models import Notification, NotificationKind
from members.trust import LimitReached
from tests.governance.helpers import person
from tests.lessons.helpers import make_lesson

from .helpers import make_member, post

pytestmark = pytest.mark.django_db


# The switches --------------------------------------------------------------


def test_a_page_without_a_switch_is_open(lesson):
    assert services.state_for(lesson) == SwitchState.OPEN


def test_the_nearest_switch_decides(lesson_index, lesson):
    DiscussionSwitch.objects.create(page=lesson_index, state=SwitchState.CLOSED)
    assert services.state_for(lesson) == SwitchState.CLOSED
    DiscussionSwitch.objects.create(page=lesson, state=SwitchState.OPEN)
    assert services.state_for(lesson) == SwitchState.OPEN


def test_a_section_switched_off_has_no_discussion_on_its_pages(
    client, lesson_index, lesson, ana
):
    DiscussionSwitch.objects.create(page=lesson_index, state=SwitchState.OFF)
    client.force_login(ana)
    assert 'id="discussion"' not in client.get(lesson.url).text
    with pytest.raises(PermissionError):
        post(ana, lesson)


def test_a_closed_discussion_is_readable_but_takes_no_posts(client, lesson, ana, ben):
    question = post(ana, lesson, "Who has done this?")
    DiscussionSwitch.objects.create(page=lesson, state=SwitchState.CLOSED)
    client.force_login(ben)
    text = client.get(lesson.url).text
    assert "Who has done this?" in text
    assert "This discussion is closed" in text
    assert 'name="body"' not in text
    with pytest.raises(PermissionError):
        post(ben, lesson, parent=question)
    response = client.post(
        reverse("members:discussions_write", args=[lesson.pk]), {"body": "Me!"}
    )
    assert response.status_code == 302
    assert services.readable_posts(lesson, ben).count() == 1


def test_anonymised_pages_are_off_unless_a_coordinator_opens_that_very_page(
    lesson_index, ana
):
    lesson = make_lesson(lesson_index, title="Quiet lesson", anonymised=True)
    assert services.state_for(lesson) == SwitchState.OFF
    # A switch on a section above does not open it.
    DiscussionSwitch.objects.create(
        page=lesson_index, state=SwitchState.OPEN, set_by=person("coord", COORDINATORS)
    )
    assert services.state_for(lesson) == SwitchState.OFF
    # Nor does a switch on the page set by someone else.
    switch = DiscussionSwitch.objects.create(
        page=lesson, state=SwitchState.OPEN, set_by=ana
    )
    assert services.state_for(lesson) == SwitchState.OFF
    switch.set_by = person("coord2", COORDINATORS)
    switch.save()
    assert services.state_for(lesson) == SwitchState.OPEN


def test_only_lessons_resources_paths_and_events_have_discussions(home, ana):
    assert services.state_for(home) == SwitchState.OFF


# Who reads and who writes --------------------------------------------------


def test_anonymous_visitors_read_and_are_asked_to_sign_in(client, lesson, ana):
    post(ana, lesson, "Public question")
    text = client.get(lesson.url).text
    assert "Public question" in text
    assert "Sign in to take part" in text
    assert 'name="body"' not in text


def test_members_only_pages_are_read_by_members_only(client, lesson_index, ana, ben):
    lesson = make_lesson(lesson_index, title="Members lesson", sensitivity="members")
    post(ana, lesson, "Members-only question")
    assert not services.access(lesson, None).read
    assert services.access(lesson, ben).post
    client.force_login(ben)
    assert "Members-only question" in client.get(lesson.url).text


def test_restricted_pages_are_read_by_their_groups_only(lesson_index, ana, ben):
    group = Group.objects.create(name="Housing circle")
    ana.groups.add(group)
    lesson = make_lesson(
        lesson_index, title="Circle lesson", sensitivity="restricted", groups=[group]
    )
    post(ana, lesson)
    assert not services.access(lesson, ben).read
    with pytest.raises(PermissionError):
        post(ben, lesson)


def test_blocked_members_cannot_post(client, lesson, ana):
    BlockedMember.objects.create(user=ana)
    with pytest.raises(PermissionError):
        post(ana, lesson)
    client.force_login(ana)
    assert "Moderators have stopped you from posting." in client.get(lesson.url).text


# Limits ----------------------------------------------------------------------


def test_a_post_has_a_length_limit(client, lesson, ana):
    with pytest.raises(ValueError, match="at most 5000 characters"):
        post(ana, lesson, "x" * (BODY_MAX_LENGTH + 1))
    post(ana, lesson, "x" * BODY_MAX_LENGTH)


def test_the_form_says_what_is_wrong_and_keeps_the_text(client, lesson, ana):
    client.force_login(ana)
    response = client.post(
        reverse("members:discussions_write", args=[lesson.pk]), {"body": "   "}
    )
    assert response.status_code == 400
    assert "error-summary" in response.text


def test_new_members_write_five_posts_an_hour(lesson, newbie):
    limit = services.POSTS_PER_HOUR[0]
    assert limit == 5
    for n in range(limit):
        post(newbie, lesson, f"Post {n}")
    with pytest.raises(LimitReached, match="5 posts an hour"):
        post(newbie, lesson, "One too many")


def test_members_write_thirty_posts_an_hour(lesson, ana):
    for n in range(30):
        post(ana, lesson, f"Post {n}")
    with pytest.raises(LimitReached):
        post(ana, lesson, "One too many")


def test_the_rate_limit_message_reaches_the_form(client, lesson, newbie):
    for n in range(5):
        post(newbie, lesson, f"Post {n}")
    client.force_login(newbie)
    response = client.post(
        reverse("members:discussions_write", args=[lesson.pk]), {"body": "Sixth"}
    )
    assert response.status_code == 400
    assert "5 posts an hour" in response.text
    assert "Sixth" in response.text


# Pre-moderation --------------------------------------------------------------


def test_new_members_posts_wait_for_a_moderator(
    client, lesson, newbie, ana, mailoutbox, django_capture_on_commit_callbacks
):
    moderator = person("mod", MODERATORS)
    with django_capture_on_commit_callbacks(execute=True):
        waiting = post(newbie, lesson, "My first question")
    assert waiting.status == PostStatus.AWAITING
    client.force_login(newbie)
    text = client.get(lesson.url).text
    assert "My first question" in text
    assert "waiting for a moderator" in text
    client.force_login(ana)
    assert "My first question" not in client.get(lesson.url).text
    assert [m.to for m in mailoutbox] == [[moderator.email]]
    assert "My first question" not in mailoutbox[0].body
    assert lesson.title not in mailoutbox[0].body + mailoutbox[0].subject

    services.approve(moderator, [waiting])
    assert "My first question" in client.get(lesson.url).text
    assert Notification.objects.filter(
        member=newbie, kind=NotificationKind.POST_APPROVED
    ).exists()


# Replies and notifications ---------------------------------------------------


def test_a_reply_tells_the_parent_author(lesson, ana, ben):
    question = post(ana, lesson)
    answer = post(ben, lesson, "Try this.", parent=question)
    assert answer.root_id == question.pk
    again = post(ana, lesson, "Thanks!", parent=answer)
    assert again.root_id == question.pk
    assert (
        Notification.objects.filter(
            member=ana, kind=NotificationKind.POST_REPLY, page=lesson
        ).count()
        == 1
    )
    assert (
        Notification.objects.filter(
            member=ben, kind=NotificationKind.POST_REPLY
        ).count()
        == 1
    )


def test_no_notification_for_an_author_who_can_no_longer_read_the_page(
    lesson_index, ana, ben
):
    group = Group.objects.create(name="Circle")
    ana.groups.add(group)
    ben.groups.add(group)
    lesson = make_lesson(
        lesson_index, title="Circle", sensitivity="restricted", groups=[group]
    )
    question = post(ana, lesson)
    ana.groups.remove(group)
    post(ben, lesson, "Answer", parent=question)
    assert not Notification.objects.filter(member=ana).exists()


def test_a_reply_cannot_point_into_another_page(lesson_index, lesson, ana):
    other = make_lesson(lesson_index, title="Other")
    question = post(ana, other)
    with pytest.raises(PermissionError):
        post(ana, lesson, "Reply", parent=question)


# Reports ---------------------------------------------------------------------


def test_two_reports_do_not_hide_a_post_three_do(
    lesson, ana, mailoutbox, django_capture_on_commit_callbacks
):
    person("mod", MODERATORS)
    target = post(ana, lesson, "Buy cheap watches")
    reporters = [make_member(f"r{n}") for n in range(3)]
    with django_capture_on_commit_callbacks(execute=True):
        services.report(reporters[0], target, "spam")
        services.report(reporters[1], target, "spam")
    target.refresh_from_db()
    assert target.status == PostStatus.VISIBLE
    assert mailoutbox == []
    with django_capture_on_commit_callbacks(execute=True):
        services.report(reporters[2], target, "abusive")
    target.refresh_from_db()
    assert target.status == PostStatus.HIDDEN
    assert ModerationEntry.objects.filter(
        post=target, action="auto_hide", moderator=None
    ).exists()
    assert len(mailoutbox) == 1
    assert "Buy cheap watches" not in mailoutbox[0].body


def test_the_same_member_reporting_twice_counts_once(lesson, ana):
    target = post(ana, lesson)
    first, second = make_member("r1"), make_member("r2")
    assert services.report(first, target, "spam")
    assert not services.report(first, target, "abusive")
    services.report(second, target, "spam")
    target.refresh_from_db()
    assert target.status == PostStatus.VISIBLE
    assert target.reports.count() == 2


def test_the_report_form_offers_the_fixed_reasons(client, lesson, ana, ben):
    target = post(ana, lesson)
    client.force_login(ben)
    url = reverse("members:discussions_report", args=[target.pk])
    text = client.get(url).text
    for label in ("Spam", "Abusive", "It puts someone at risk", "Off topic"):
        assert label in text
    assert client.post(url, {"reason": "nonsense"}).status_code == 400
    response = client.post(url, {"reason": "at_risk", "note": "Names a person"})
    assert response.status_code == 302
    assert target.reports.get().reason == "at_risk"


def test_authors_cannot_report_their_own_posts(client, lesson, ana):
    target = post(ana, lesson)
    client.force_login(ana)
    url = reverse("members:discussions_report", args=[target.pk])
    assert client.get(url).status_code == 404


# The author's edits and deletion ----------------------------------------------


def test_editing_keeps_the_previous_body_for_moderators(client, lesson, ana, ben):
    target = post(ana, lesson, "First words")
    client.force_login(ana)
    url = reverse("members:discussions_edit", args=[target.pk])
    assert client.post(url, {"body": "Better words"}).status_code == 302
    target.refresh_from_db()
    assert target.body == "Better words"
    assert target.edited_at is not None
    assert list(PostEdit.objects.values_list("body", flat=True)) == ["First words"]
    client.force_login(ben)
    text = client.get(lesson.url).text
    assert "First words" not in text
    assert client.get(url).status_code == 404  # not ben's post


def test_a_deleted_post_with_replies_leaves_a_placeholder(client, lesson, ana, ben):
    question = post(ana, lesson, "Delete me later")
    post(ben, lesson, "An answer", parent=question)
    client.force_login(ana)
    response = client.post(reverse("members:discussions_delete", args=[question.pk]))
    assert response.status_code == 302
    question.refresh_from_db()
    assert (question.status, question.body) == (PostStatus.DELETED, "")
    text = client.get(lesson.url).text
    assert "This post was deleted by its author." in text
    assert "Delete me later" not in text
    assert "An answer" in text


def test_a_deleted_post_without_replies_is_gone(client, lesson, ana):
    question = post(ana, lesson, "Alone")
    services.delete_own(ana, question)
    assert "deleted by its author" not in client.get(lesson.url).text


# The section and the permanent links ------------------------------------------


def test_each_post_has_an_anchor_and_a_permanent_link(client, lesson, ana):
    question = post(ana, lesson)
    text = client.get(lesson.url).text
    assert f'id="post-{question.pk}"' in text
    link = reverse("members:discussions_permalink", args=[question.pk])
    assert link in text
    response = client.get(link)
    assert response.status_code == 302
    assert response["Location"].endswith(f"{lesson.url}#post-{question.pk}")


def test_permanent_links_check_the_reader(client, lesson_index, ana):
    lesson = make_lesson(lesson_index, title="Members", sensitivity="members")
    question = post(ana, lesson)
    link = reverse("members:discussions_permalink", args=[question.pk])
    assert client.get(link).status_code == 404
    waiting = post(make_member("new", trusted=False), lesson)
    client.force_login(ana)
    assert client.get(link).status_code == 302
    waiting_link = reverse("members:discussions_permalink", args=[waiting.pk])
    assert client.get(waiting_link).status_code == 404


def test_reply_and_quote_work_without_javascript(client, lesson, ana, ben):
    question = post(ana, lesson, "How *do* we start?")
    client.force_login(ben)
    text = client.get(f"{lesson.url}?reply={question.pk}").text
    assert "Reply to Ana D." in text
    assert f'name="parent" value="{question.pk}"' in text
    text = client.get(f"{lesson.url}?quote={question.pk}").text
    assert "&gt; How *do* we start?" in text
    assert f'name="quoted" value="{question.pk}"' in text
    response = client.post(
        reverse("members:discussions_write", args=[lesson.pk]),
        {
            "body": "> How *do* we start?\n\nSlowly.",
            "parent": question.pk,
            "quoted": question.pk,
        },
    )
    assert response.status_code == 302
    reply = question.replies.get()
    assert reply.quoted_id == question.pk
    assert "<blockquote>" in reply.body_html


@pytest.mark.parametrize("count", [2, 12])
def test_the_section_reads_a_fixed_number_of_queries(
    client, lesson, ana, ben, count, django_assert_max_num_queries
):
    authors = [make_member(f"m{n}") for n in range(count)]
    question = post(ana, lesson)
    for n, author in enumerate(authors):
        post(author, lesson, f"Reply {n}", parent=question)
        post(author, lesson, f"Question {n}")
    client.force_login(ben)
    client.get(lesson.url)  # warm Wagtail's caches
    with django_assert_max_num_queries(QUERY_BUDGET):
        text = client.get(lesson.url).text
    assert f"Reply {count - 1}" in text


#: Queries for a lesson page with its discussion, for a signed-in member.
QUERY_BUDGET = 60


@pytest.mark.parametrize("factory", ["resource", "path", "event"])
def test_resources_paths_and_events_have_discussions(
    client, factory, resource_index, path_index, home, ana
):
    from lessons import factories
    from tests.members.helpers import event_index, make_event, make_path

    if factory == "resource":
        page = factories.ResourcePageFactory(parent=resource_index)
    elif factory == "path":
        page = make_path(path_index, [])
    else:
        page = make_event(event_index())
    post(ana, page, "Question on this page")
    assert "Question on this page" in client.get(page.url).text
