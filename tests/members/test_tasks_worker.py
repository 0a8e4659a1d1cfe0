"""The production set-up for real: tasks wait in the database
(``TASKS_BACKEND=database``) and ``manage.py db_worker --batch`` delivers
them. Transactional, because the worker checks and closes its connection as a
separate process would."""

from __future__ import annotations

import pytest
from django.core import mail
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from members.models import Notification, NotificationKind, RsvpStatus
from members.rsvp import services
from tests.transactional import migration_data_back_for_the_next_module  # noqa: F401

from .rsvp_helpers import event_index, make_member
from .test_tasks import starting_in

#: The reminder task, as the queue names it (Wagtail queues tasks of its own).
REMINDER = "members.tasks.send_event_reminder"

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def database_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def test_the_worker_delivers_a_queued_reminder(home, database_tasks):
    event = starting_in(event_index(home), 20, title="Picket rota")
    services.answer(make_member("rosa"), event, RsvpStatus.GOING)

    call_command("send_event_reminders", stdout=None)

    assert mail.outbox == []  # queued, not sent
    reminders = DBTaskResult.objects.filter(task_path=REMINDER)
    assert reminders.count() == 1

    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload")

    assert [m.to for m in mail.outbox] == [["rosa@example.org"]]
    assert "Picket rota" in mail.outbox[0].subject
    assert Notification.objects.get().kind == NotificationKind.EVENT_REMINDER
    assert reminders.get().status == "SUCCESSFUL"
