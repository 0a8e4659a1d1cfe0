"""Telling members what happened: one call, :func:`notify`, for every feature.

A notification is a row the member reads at ``/<lang>/my/notifications/``
and, unless they opted out, an e-mail sent by a background task once the
transaction that caused it commits (so a rolled-back change sends nothing).
"""

from __future__ import annotations

from django.db import transaction

from .models import Member, Notification, NotificationKind


def notify(
    user,
    kind: NotificationKind | str,
    page=None,
    comment: str = "",
    email: bool = True,
) -> Notification:
    """Record ``kind`` (about ``page``) for ``user`` and queue its e-mail
    (``email=False``: the caller sends its own, as the event reminder does)."""
    notification = Notification.objects.create(
        member=user, kind=kind, page=page, comment=comment[:2000]
    )
    wants_email = (
        email
        and bool(user.email)
        and Member.objects.filter(user=user, email_notifications=True).exists()
    )
    if wants_email:
        from .tasks import send_notification_email

        transaction.on_commit(
            lambda: send_notification_email.enqueue(notification.pk)
        )
    return notification


def unread_count(user) -> int:
    """How many of ``user``'s notifications are unread (the header's badge)."""
    if not getattr(user, "is_authenticated", False):
        return 0
    return Notification.objects.filter(member=user, read_at__isnull=True).count()
