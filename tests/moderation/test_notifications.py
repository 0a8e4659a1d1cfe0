"""Moderators hear about new reports, without the report's sensitive details."""

from __future__ import annotations

import pytest
from django.core import mail

from moderation.models import ConcernReport
from moderation.notifications import notify_moderators

from .helpers import report_data, report_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator(django_user_model, moderators):
    user = django_user_model.objects.create_user(
        "mod", email="mod@example.org", password="pw"
    )
    user.groups.add(moderators)
    return user


def send_report(client, lesson, django_capture_on_commit_callbacks, **data):
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(report_url(lesson), report_data(**data))


def test_moderators_are_emailed(
    client, lesson, moderator, mailoutbox, django_capture_on_commit_callbacks, settings
):
    settings.WAGTAILADMIN_BASE_URL = "https://praxis.example/"
    send_report(
        client,
        lesson,
        django_capture_on_commit_callbacks,
        contact_email="reporter@example.org",
    )

    report = ConcernReport.objects.get()
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == ["mod@example.org"]
    assert "safety report" in message.subject
    expected = f"https://praxis.example/admin/snippets/moderation/concernreport/edit/{report.pk}/"
    assert expected in message.body
    assert "It names or identifies a person" in message.body


def test_email_leaves_out_the_sensitive_details(
    client, lesson, moderator, mailoutbox, django_capture_on_commit_callbacks
):
    send_report(
        client,
        lesson,
        django_capture_on_commit_callbacks,
        contact_email="reporter@example.org",
    )

    message = mailoutbox[0]
    text = message.subject + message.body
    assert "reporter@example.org" not in text
    assert "volunteer" not in text  # the reporter's message
    assert lesson.title not in text
    assert message.reply_to == []


def test_each_moderator_gets_their_own_email(
    client,
    lesson,
    moderator,
    moderators,
    django_user_model,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    other = django_user_model.objects.create_user("mod2", email="m2@example.org")
    other.groups.add(moderators)
    django_user_model.objects.create_user(
        "gone", email="gone@example.org", is_active=False
    ).groups.add(moderators)
    django_user_model.objects.create_user("outsider", email="x@example.org")

    send_report(client, lesson, django_capture_on_commit_callbacks)

    assert sorted(m.to[0] for m in mailoutbox) == ["m2@example.org", "mod@example.org"]
    assert all(len(m.to) == 1 and not m.cc and not m.bcc for m in mailoutbox)


def test_no_email_for_trapped_or_invalid_reports(
    client, lesson, moderator, mailoutbox, django_capture_on_commit_callbacks
):
    send_report(client, lesson, django_capture_on_commit_callbacks, website="x")
    send_report(client, lesson, django_capture_on_commit_callbacks, message="")

    assert mailoutbox == []


def test_mail_failure_keeps_the_report(lesson, moderator, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise OSError("mail server down")

    monkeypatch.setattr(
        "django.core.mail.backends.locmem.EmailBackend.send_messages", broken
    )
    report = ConcernReport.objects.create(page=lesson, reason="other", message="x")

    assert notify_moderators(report) == 0
    assert ConcernReport.objects.filter(pk=report.pk).exists()
    assert "Could not e-mail moderators" in caplog.text
    assert mail.outbox == []


def test_no_moderators_is_logged(lesson, moderators, caplog):
    report = ConcernReport.objects.create(page=lesson, reason="other", message="x")

    assert notify_moderators(report) == 0
    assert "no one to notify" in caplog.text
