"""A member's posts in their account export and deletion."""

from __future__ import annotations

import pytest

from members.account.services import delete_member, export_member
from members.discussions import services
from members.discussions.models import Post, PostEdit, PostReport, PostStatus

from .helpers import post

pytestmark = pytest.mark.django_db


def test_the_export_holds_posts_and_reports(lesson, ana, ben):
    question = post(ana, lesson, "My question")
    services.report(ana, post(ben, lesson, "Spam"), "spam", "Looks like spam")
    data = export_member(ana)
    assert data["discussion_posts"][0]["body"] == "My question"
    assert data["discussion_posts"][0]["page"]["title"] == lesson.title
    assert data["discussion_reports"][0]["note"] == "Looks like spam"
    assert question.pk


def test_deleting_the_account_keeps_posts_by_a_former_member(client, lesson, ana, ben):
    question = post(ana, lesson, "Kept question")
    post(ben, lesson, "Answer", parent=question)
    services.report(ana, post(ben, lesson, "Other"), "spam")
    delete_member(ana)
    question.refresh_from_db()
    assert question.author is None
    assert question.body == "Kept question"
    assert not PostReport.objects.exists()
    text = client.get(lesson.url).text
    assert "a former member" in text
    assert "Kept question" in text


def test_deleting_the_account_can_remove_the_posts(client, lesson, ana, ben):
    question = post(ana, lesson, "Gone question")
    services.edit_post(ana, question, "Gone question, edited")
    post(ben, lesson, "Answer", parent=question)
    delete_member(ana, keep_contributions=False)
    question.refresh_from_db()
    assert (question.status, question.body, question.author) == (
        PostStatus.DELETED,
        "",
        None,
    )
    assert not PostEdit.objects.exists()
    text = client.get(lesson.url).text
    assert "Gone question" not in text
    assert "This post was deleted by its author." in text
    assert Post.objects.filter(body="Answer").exists()
