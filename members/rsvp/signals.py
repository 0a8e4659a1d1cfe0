"""Events that change under their RSVPs: new times, a new capacity, or the
event taken off the site. Connected by :func:`connect` (from ``hooks.py``)."""

from __future__ import annotations

from django.db.models.signals import post_save, pre_save
from django.utils import timezone
from wagtail.signals import page_unpublished

from engagement.models import EventPage

from ..models import NotificationKind, Rsvp
from ..notifications import notify
from .services import ANSWERED, fill_free_places

#: What :func:`remember_live_values` keeps of the row about to be saved.
WATCHED = ("starts_at", "ends_at", "capacity", "live")


def remember_live_values(sender, instance, raw=False, update_fields=None, **kwargs):
    """``pre_save``: keep the times and capacity as they were, to compare
    once the page is saved. Saving a draft only touches revision fields
    (``update_fields``) and is left alone."""
    instance._praxis_before = None
    if raw or instance.pk is None:
        return
    if update_fields is not None and not {"starts_at", "capacity"} & set(update_fields):
        return
    instance._praxis_before = (
        EventPage.objects.filter(pk=instance.pk).values(*WATCHED).first()
    )


def tell_about_changes(sender, instance, created=False, raw=False, **kwargs):
    """``post_save``: a live event whose times changed tells everyone who
    answered it; a larger capacity moves the waiting list up."""
    before = getattr(instance, "_praxis_before", None)
    instance._praxis_before = None
    if raw or created or not before or not instance.live:
        return
    if before["live"] and (
        before["starts_at"] != instance.starts_at
        or before["ends_at"] != instance.ends_at
    ):
        notify_answered(instance)
    old, new = before["capacity"], instance.capacity
    if old is not None and (new is None or new > old):
        fill_free_places(instance.pk)


def tell_about_unpublishing(sender, instance, **kwargs):
    """``page_unpublished``: the event left the site; those who answered hear
    of it (with no title, since they may no longer read it).

    Wagtail also unpublishes a page it is about to delete, without saving it:
    its row still says live. Then the notices point to no page, for the page
    and everything pointing to it are on their way out."""
    deleting = EventPage.objects.filter(pk=instance.pk, live=True).exists()
    notify_answered(instance, link=not deleting)


def notify_answered(event, link: bool = True) -> int:
    """Tell everyone who answered an upcoming ``event`` that it changed (with
    a link to it unless ``link`` is false)."""
    if event.ends_at and event.ends_at < timezone.now():
        return 0
    rsvps = Rsvp.objects.filter(event_id=event.pk, status__in=ANSWERED)
    count = 0
    for rsvp in rsvps.select_related("member"):
        notify(rsvp.member, NotificationKind.RSVP_CHANGED, page=event if link else None)
        count += 1
    return count


def connect() -> None:
    pre_save.connect(
        remember_live_values, sender=EventPage, dispatch_uid="members_rsvp_before"
    )
    post_save.connect(
        tell_about_changes, sender=EventPage, dispatch_uid="members_rsvp_changes"
    )
    page_unpublished.connect(
        tell_about_unpublishing,
        sender=EventPage,
        dispatch_uid="members_rsvp_unpublished",
    )
