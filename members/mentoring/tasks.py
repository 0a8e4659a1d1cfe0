"""Background tasks (django-tasks) of mentoring, queued by
``manage.py close_mentoring_pairings`` as the event reminders are by
``send_event_reminders`` (see members/tasks.py). Arguments are ids, so a task
reads the pairing as it is when it runs."""

from __future__ import annotations

from django_tasks import task


@task()
def close_pairing(pairing_id: int) -> bool:
    """End one pairing past its end date (both told) or expire a proposal
    nobody answered. Returns whether it changed: a rerun changes nothing."""
    from .services import close

    return close(pairing_id)
