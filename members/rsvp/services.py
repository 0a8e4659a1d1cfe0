"""The rules of answering an event: capacity, the waiting list and who moves up.

Every change that can fill or free a place runs inside ``transaction.atomic``
with the event's row locked (:func:`locked_event`), so two members answering
"going" at the same moment cannot both take the last place.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from engagement.models import EventPage

from ..models import NotificationKind, Rsvp, RsvpStatus
from ..notifications import notify

#: The answers a member's calendar feed and reminders look at.
ANSWERED = (RsvpStatus.GOING, RsvpStatus.INTERESTED, RsvpStatus.WAITING)


@dataclass(frozen=True)
class Counts:
    """How many people answered an event, and how many places are left
    (``None``: no limit)."""

    going: int = 0
    interested: int = 0
    waiting: int = 0
    capacity: int | None = None

    @property
    def places_left(self) -> int | None:
        if self.capacity is None:
            return None
        return max(self.capacity - self.going, 0)

    @property
    def full(self) -> bool:
        return self.capacity is not None and self.going >= self.capacity


def counts_for(event: EventPage) -> Counts:
    """The event's answers, counted in one query."""
    found = Rsvp.objects.filter(event=event).aggregate(
        going=Count("pk", filter=Q(status=RsvpStatus.GOING)),
        interested=Count("pk", filter=Q(status=RsvpStatus.INTERESTED)),
        waiting=Count("pk", filter=Q(status=RsvpStatus.WAITING)),
    )
    return Counts(capacity=event.capacity, **found)


def with_waiting_position(queryset):
    """Annotate RSVPs with ``position``: their place on their event's waiting
    list (1 is next to move up), in the same query."""
    ahead = (
        Rsvp.objects.filter(
            event=OuterRef("event"),
            status=RsvpStatus.WAITING,
            waiting_since__lt=OuterRef("waiting_since"),
        )
        .order_by()
        .values("event")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return queryset.annotate(position=Coalesce(Subquery(ahead), 0) + 1)


def locked_event(event_id: int) -> EventPage:
    """The event, its row locked until the surrounding transaction ends.

    PostgreSQL locks the row (``SELECT … FOR UPDATE``); SQLite has no row
    locks, and its transactions take the database's write lock when they
    begin instead (``transaction_mode: IMMEDIATE`` in config/settings/base.py),
    so there too the second answer waits for the first to commit.
    """
    return EventPage.objects.select_for_update(of=("self",)).get(pk=event_id)


def _has_place(event: EventPage) -> bool:
    if event.capacity is None:
        return True
    going = Rsvp.objects.filter(event=event, status=RsvpStatus.GOING).count()
    return going < event.capacity


def answer(user, event: EventPage, status: str, share_name: bool = False) -> Rsvp:
    """Record ``user``'s answer (going or interested). "Going" to a full
    event puts them on the waiting list; someone already going or waiting
    keeps their place. Leaving "going" frees a place for the waiting list."""
    if status not in (RsvpStatus.GOING, RsvpStatus.INTERESTED):
        raise ValueError(f"Not an answer: {status!r}")
    with transaction.atomic():
        event = locked_event(event.pk)
        rsvp = Rsvp.objects.filter(member=user, event=event).first()
        previous = rsvp.status if rsvp else None
        if rsvp is None:
            rsvp = Rsvp(member=user, event=event)
        if status == RsvpStatus.GOING:
            if previous not in (RsvpStatus.GOING, RsvpStatus.WAITING):
                if _has_place(event):
                    rsvp.status, rsvp.waiting_since = RsvpStatus.GOING, None
                else:
                    rsvp.status = RsvpStatus.WAITING
                    rsvp.waiting_since = timezone.now()
        else:
            rsvp.status, rsvp.waiting_since = RsvpStatus.INTERESTED, None
        rsvp.share_name = share_name
        rsvp.save()
        if previous == RsvpStatus.GOING and rsvp.status != RsvpStatus.GOING:
            move_up(event)
    return rsvp


def cancel(user, event: EventPage) -> bool:
    """Withdraw ``user``'s answer; a freed place goes to the waiting list.
    Returns whether there was an answer to withdraw."""
    with transaction.atomic():
        event = locked_event(event.pk)
        rsvp = Rsvp.objects.filter(member=user, event=event).first()
        if rsvp is None:
            return False
        rsvp.delete()
        if rsvp.status == RsvpStatus.GOING:
            move_up(event)
    return True


def move_up(event: EventPage) -> list[Rsvp]:
    """Give the free places to the longest waiting, in order, and tell them.
    Call with the event locked (:func:`locked_event`)."""
    waiting = Rsvp.objects.filter(event=event, status=RsvpStatus.WAITING).order_by(
        "waiting_since", "pk"
    )
    if event.capacity is not None:
        going = Rsvp.objects.filter(event=event, status=RsvpStatus.GOING).count()
        free = event.capacity - going
        if free <= 0:
            return []
        waiting = waiting[:free]
    moved = list(waiting.select_related("member"))
    for rsvp in moved:
        rsvp.status, rsvp.waiting_since = RsvpStatus.GOING, None
        rsvp.save(update_fields=["status", "waiting_since"])
        notify(rsvp.member, NotificationKind.RSVP_CONFIRMED, page=event)
    return moved


def fill_free_places(event_id: int) -> list[Rsvp]:
    """After the event's capacity changed: move the waiting list up into any
    new places."""
    with transaction.atomic():
        return move_up(locked_event(event_id))
