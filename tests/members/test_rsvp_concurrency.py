"""Two members answer "going" to the last place at the same moment: the
event's row lock lets one in and puts the other on the waiting list. Real
transactions in two threads (each with its own database connection), so on
SQLite and on PostgreSQL alike."""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from members.models import Rsvp, RsvpStatus
from members.rsvp import services
from tests.transactional import migration_data_back_for_the_next_module  # noqa: F401

from .rsvp_helpers import event_index, make_event, make_member

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def answer_together(users, event, choice=RsvpStatus.GOING) -> list[BaseException]:
    """Each user answers in a thread of their own, all released at once."""
    start = threading.Barrier(len(users))
    errors: list[BaseException] = []

    def run(user):
        try:
            start.wait(timeout=10)
            services.answer(user, event, choice)
        except BaseException as error:  # noqa: BLE001 - reported to the test
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(user,)) for user in users]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return errors


def test_two_members_at_once_never_overbook_the_last_place(home):
    event = make_event(event_index(home), capacity=1)
    users = [make_member("ana"), make_member("bo")]

    errors = answer_together(users, event)

    assert errors == []
    statuses = sorted(Rsvp.objects.values_list("status", flat=True))
    assert statuses == [RsvpStatus.GOING, RsvpStatus.WAITING]


def test_a_cancellation_and_a_new_answer_at_once_keep_the_count(home):
    event = make_event(event_index(home), capacity=1)
    first, waiting, late = make_member("ana"), make_member("bo"), make_member("cy")
    services.answer(first, event, RsvpStatus.GOING)
    services.answer(waiting, event, RsvpStatus.GOING)
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def run(action):
        try:
            start.wait(timeout=10)
            action()
        except BaseException as error:  # noqa: BLE001 - reported to the test
            errors.append(error)
        finally:
            connection.close()

    threads = [
        threading.Thread(target=run, args=(lambda: services.cancel(first, event),)),
        threading.Thread(
            target=run,
            args=(lambda: services.answer(late, event, RsvpStatus.GOING),),
        ),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert errors == []
    assert Rsvp.objects.filter(status=RsvpStatus.GOING).count() == 1
    # Whoever got the freed place, the one waiting longest was not skipped.
    assert Rsvp.objects.get(member=waiting).status == RsvpStatus.GOING
