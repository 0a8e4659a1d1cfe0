"""Two members taking the last place at the same moment: the event's row is
locked while places are counted, so one goes and the other waits. Committed
data and two database connections (threads), on SQLite and PostgreSQL."""

from __future__ import annotations

import threading

import pytest
from django.db import connections

from members.models import Rsvp, RsvpStatus
from members.rsvp import services
from tests.transactional import migration_data_back_for_the_next_module  # noqa: F401

from .helpers import event_index, make_event, make_member

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_the_last_place_goes_to_one_member_only():
    event = make_event(event_index(), capacity=1)
    people = [make_member(name) for name in ("first", "second")]
    start = threading.Barrier(2)
    errors = []

    def take_place(person):
        try:
            start.wait()
            services.answer(person, event, RsvpStatus.GOING)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=take_place, args=(p,)) for p in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    statuses = sorted(Rsvp.objects.values_list("status", flat=True))
    assert statuses == [RsvpStatus.GOING, RsvpStatus.WAITING]
