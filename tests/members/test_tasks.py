"""The day-before reminders (``send_event_reminders``) and the TASKS setting,
with the immediate backend (the worker's own test: test_tasks_worker.py)."""

from __future__ import annotations

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from config.settings.base import tasks_setting
from members.models import Notification, NotificationKind, Rsvp, RsvpStatus
from members.rsvp import services

from .rsvp_helpers import event_index, make_event, make_member, restrict

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home):
    return event_index(home)


@pytest.fixture
def run(django_capture_on_commit_callbacks):
    """Run the command as cron would: its queued tasks run once it commits."""

    def command() -> str:
        out = io.StringIO()
        with django_capture_on_commit_callbacks(execute=True):
            call_command("send_event_reminders", stdout=out)
        return out.getvalue()

    return command


def starting_in(index, hours: float, **kwargs):
    """A live event starting ``hours`` from now (in UTC)."""
    start = (timezone.now() + datetime.timedelta(hours=hours)).astimezone(
        datetime.UTC
    )
    event = make_event(index, **kwargs)
    event.time_zone = "UTC"
    end = start + datetime.timedelta(hours=2)
    event.start_date, event.start_time = start.date(), start.time()
    event.end_date, event.end_time = end.date(), end.time()
    event.save_revision().publish()
    return event


def test_going_members_of_tomorrows_events_get_a_reminder(index, run):
    event = starting_in(index, 20, title="Picket rota")
    rosa = make_member("rosa")
    services.answer(rosa, event, RsvpStatus.GOING)

    assert "Queued 1" in run()

    assert mail.outbox[-1].to == ["rosa@example.org"]
    assert "Picket rota" in mail.outbox[-1].subject
    assert "List-Unsubscribe" in mail.outbox[-1].extra_headers
    assert Notification.objects.get(member=rosa).kind == NotificationKind.EVENT_REMINDER
    assert Rsvp.objects.get(member=rosa).reminded_at is not None


def test_a_rerun_sends_nothing_twice(index, run):
    services.answer(make_member("rosa"), starting_in(index, 20), RsvpStatus.GOING)
    run()

    assert "Queued 0" in run()
    assert len(mail.outbox) == 1
    assert Notification.objects.count() == 1


def test_only_going_and_only_within_a_day(index, run):
    soon, later = starting_in(index, 5), starting_in(index, 30)
    services.answer(make_member("ana"), soon, RsvpStatus.INTERESTED)
    services.answer(make_member("bo"), later, RsvpStatus.GOING)

    assert "Queued 0" in run()
    assert mail.outbox == []


def test_members_without_email_get_the_notification_only(index, run):
    quiet = make_member("quiet", email=False)
    services.answer(quiet, starting_in(index, 20), RsvpStatus.GOING)

    run()

    assert mail.outbox == []
    reminder = Notification.objects.get(member=quiet)
    assert reminder.kind == NotificationKind.EVENT_REMINDER


def test_no_reminder_about_an_event_the_member_may_no_longer_read(index, run):
    event = starting_in(index, 20)
    rosa = make_member("rosa")
    services.answer(rosa, event, RsvpStatus.GOING)
    restrict(event)

    run()

    assert mail.outbox == []
    assert not Notification.objects.exists()


def test_the_reminder_is_in_the_members_language(index, run):
    services.answer(
        make_member("sven", language="sv"), starting_in(index, 20), RsvpStatus.GOING
    )

    run()

    assert "/sv/my/notifications/stop-emails/" in mail.outbox[-1].body


def test_tasks_run_at_once_unless_the_environment_says_database(monkeypatch):
    monkeypatch.delenv("TASKS_BACKEND", raising=False)
    assert tasks_setting()["default"]["BACKEND"].endswith("ImmediateBackend")
    assert tasks_setting("database")["default"]["BACKEND"] == (
        "django_tasks_db.DatabaseBackend"
    )
    monkeypatch.setenv("TASKS_BACKEND", "database")
    assert tasks_setting()["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"


def test_an_unknown_tasks_backend_stops_the_start(monkeypatch):
    monkeypatch.setenv("TASKS_BACKEND", "redis")

    with pytest.raises(ValueError, match="TASKS_BACKEND"):
        tasks_setting()
