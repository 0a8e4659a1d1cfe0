"""Answering an event: going, interested, or waiting for a place.

An event's places are counted inside a transaction that locks the event's
row (``select_for_update``), so two members answering at once can never take
more places than there are: the second waits for the first to commit.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from engagement.models import EventPage

from ..models import NotificationKind, Rsvp, RsvpStatus
from ..notifications import notify


@dataclass(frozen=True)
class Counts:
    going: int
    interested: int
    waiting: int
    capacity: int | None

    @property
    def places_left(self) -> int | None:
        if self.capacity is None:
            return None
        return max(self.capacity - self.going, 0)

    @property
    def full(self) -> bool:
        return self.capacity is not None and self.going >= self.capacity


def counts(event) -> Counts:
    totals = Rsvp.objects.filter(event=event).aggregate(
        going=Count("pk", filter=Q(status=RsvpStatus.GOING)),
        interested=Count("pk", filter=Q(status=RsvpStatus.INTERESTED)),
        waiting=Count("pk", filter=Q(status=RsvpStatus.WAITING)),
    )
    return Counts(capacity=event.capacity, **totals)


def waiting_position(rsvp: Rsvp) -> int | None:
    """1 for the first on the waiting list."""
    if rsvp.status != RsvpStatus.WAITING:
        return None
    ahead = Rsvp.objects.filter(
        event_id=rsvp.event_id,
        status=RsvpStatus.WAITING,
    ).filter(
        Q(waiting_since__lt=rsvp.waiting_since)
        | Q(waiting_since=rsvp.waiting_since, pk__lt=rsvp.pk)
    )
    return ahead.count() + 1


def _lock(event) -> EventPage:
    """The event's row, locked until the transaction ends."""
    return EventPage.objects.select_for_update().get(pk=event.pk)


def answer(user, event, status: str, share_name: bool = False) -> Rsvp:
    """Record ``user``'s answer. "Going" when the event is full puts them on
    the waiting list; a member already going keeps their place."""
    if status not in (RsvpStatus.GOING, RsvpStatus.INTERESTED):
        raise ValueError(status)
    with transaction.atomic():
        event = _lock(event)
        rsvp = Rsvp.objects.filter(member=user, event=event).first()
        was_going = rsvp is not None and rsvp.status == RsvpStatus.GOING
        if rsvp is None:
            rsvp = Rsvp(member=user, event=event)
        rsvp.share_name = share_name
        if status == RsvpStatus.GOING and not was_going:
            if rsvp.status == RsvpStatus.WAITING:
                pass  # keeps its place in the queue
            elif counts(event).full:
                rsvp.status = RsvpStatus.WAITING
                rsvp.waiting_since = timezone.now()
            else:
                rsvp.status = RsvpStatus.GOING
                rsvp.waiting_since = None
        elif status == RsvpStatus.INTERESTED:
            rsvp.status = RsvpStatus.INTERESTED
            rsvp.waiting_since = None
        rsvp.save()
        if was_going and rsvp.status != RsvpStatus.GOING:
            move_up(event)
        return rsvp


def cancel(user, event) -> None:
    """Withdraw ``user``'s answer; a place they free goes to the waiting list."""
    with transaction.atomic():
        event = _lock(event)
        deleted = Rsvp.objects.filter(member=user, event=event).first()
        if deleted is None:
            return
        was_going = deleted.status == RsvpStatus.GOING
        deleted.delete()
        if was_going:
            move_up(event)


def move_up(event) -> list[Rsvp]:
    """Give free places to the longest waiting, in order, and tell them.
    Call with the event locked (inside :func:`answer` or :func:`cancel`, or
    after raising the capacity)."""
    free = counts(event).places_left
    queue = Rsvp.objects.filter(event=event, status=RsvpStatus.WAITING).order_by(
        "waiting_since", "pk"
    )
    moved = list(queue if free is None else queue[:free])
    for rsvp in moved:
        rsvp.status = RsvpStatus.GOING
        rsvp.waiting_since = None
        rsvp.save(update_fields=["status", "waiting_since"])
        notify(rsvp.member, NotificationKind.RSVP_CONFIRMED, page=event)
    return moved
