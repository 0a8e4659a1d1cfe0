"""Two proposals to a mentor with one place, accepted at the same moment:
the offer's row lock lets one start and refuses the other. Real transactions
in two threads (each with its own connection), on SQLite and PostgreSQL."""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from members.mentoring import services
from members.mentoring.models import Pairing, PairingStatus
from members.trust import LimitReached
from tests.transactional import migration_data_back_for_the_next_module  # noqa: F401

from .helpers import make_member, make_profile

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_two_acceptances_at_once_never_exceed_the_capacity():
    mentor = make_member("mentor")
    offer = make_profile(mentor, capacity=1)
    proposals = [
        services.propose(make_member(name), offer, 3) for name in ("ana", "bo")
    ]
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def run(pairing):
        try:
            start.wait(timeout=10)
            services.accept(mentor, pairing)
        except BaseException as error:  # noqa: BLE001 - reported to the test
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(p,)) for p in proposals]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert len(errors) == 1 and isinstance(errors[0], LimitReached)
    statuses = sorted(Pairing.objects.values_list("status", flat=True))
    assert statuses == [PairingStatus.ACTIVE, PairingStatus.PROPOSED]
