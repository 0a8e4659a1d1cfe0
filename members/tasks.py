"""Background tasks (django-tasks): e-mail for members.

``make run`` and the tests run them at once (the immediate backend); in
production they wait in the database for ``manage.py db_worker``
(``TASKS_BACKEND``, see config/settings/base.py and the README's "Background
work"). Arguments are ids, so a task reads the rows as they are when it runs.
"""

from __future__ import annotations

from django_tasks import task


@task()
def send_notification_email(notification_id: int) -> bool:
    """Send one notification by e-mail, in the member's language. Returns
    whether a message went out (the member may have opted out since)."""
    from .emails import send_notification

    return send_notification(notification_id)


@task()
def send_event_reminder(rsvp_id: int) -> bool:
    """Remind one member of one event they are going to: an in-site
    notification always, an e-mail unless they turned e-mail off. Nothing if
    they are no longer going or may no longer read the event."""
    from core.visibility import can_view

    from .emails import send_event_reminder as send
    from .models import NotificationKind, Rsvp, RsvpStatus
    from .notifications import notify

    rsvp = (
        Rsvp.objects.select_related("member__member", "event")
        .filter(pk=rsvp_id, status=RsvpStatus.GOING)
        .first()
    )
    if rsvp is None or not can_view(rsvp.event, rsvp.member):
        return False
    notify(rsvp.member, NotificationKind.EVENT_REMINDER, page=rsvp.event, email=False)
    return send(rsvp.member, rsvp.event)
