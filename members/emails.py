"""E-mails to members, each written in the member's own language.

Every message carries absolute links (``WAGTAILADMIN_BASE_URL``, the site's
public address, as for moderators' mail) and a one-click opt-out link, also
as ``List-Unsubscribe`` with ``List-Unsubscribe-Post`` (RFC 8058) so mail
programs can offer their own button. A member who turned e-mail off, or has
no address, gets nothing; the in-site notification stays either way.
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from core.visibility import can_view

from .models import Member, Notification
from .notices.messages import message, own_page_url
from .notices.unsubscribe import unsubscribe_path


def member_language(user) -> str:
    member = getattr(user, "member", None)
    return (member.language if member else "") or settings.LANGUAGE_CODE


def absolute(url: str) -> str:
    """``url`` (a path, or already absolute) on the site's public address."""
    if url.startswith(("http://", "https://")):
        return url
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or ""
    return base.rstrip("/") + url


def wants_email(user) -> bool:
    member = getattr(user, "member", None)
    if member is None:
        member = Member.objects.filter(user=user).first()
    return bool(user.email) and (member is None or member.email_notifications)


def readable_page(page, user):
    """``page`` as its specific type if ``user`` may read it now, else ``None``."""
    if page is None:
        return None
    specific = page.specific
    return specific if can_view(specific, user) else None


def _send(user, subject: str, template: str, context: dict) -> None:
    unsubscribe = absolute(unsubscribe_path(user))
    context = {
        **context,
        "member": getattr(user, "member", None),
        "unsubscribe_url": unsubscribe,
        "notifications_url": absolute(reverse("members:notices")),
    }
    body = render_to_string(template, context)
    EmailMessage(
        subject=subject,
        body=body,
        to=[user.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    ).send()


def send_notification(notification_id: int) -> bool:
    """E-mail one notification; returns whether a message went out."""
    notification = (
        Notification.objects.select_related("member__member", "page")
        .filter(pk=notification_id)
        .first()
    )
    if notification is None:
        return False
    user = notification.member
    if not wants_email(user):
        return False
    with translation.override(member_language(user)):
        page = readable_page(notification.page, user)
        own = own_page_url(notification.kind)
        page_url = absolute(page.get_url()) if page else (absolute(own) if own else "")
        context = {
            "notification": notification,
            "message": message(notification, page.title if page else None),
            "page_url": page_url,
        }
        subject = str(notification.get_kind_display())
        _send(user, subject, "members/emails/notification.txt", context)
    return True


def send_event_reminder(user, event) -> bool:
    """E-mail ``user`` that ``event`` starts within a day (in the event's own
    time zone); returns whether a message went out."""
    if not wants_email(user):
        return False
    event = readable_page(event, user)
    if event is None:
        return False
    with translation.override(member_language(user)):
        context = {
            "event": event,
            "event_url": absolute(event.get_url()),
            "starts": event.local_start,
            "ends": event.local_end,
        }
        subject = gettext("Tomorrow: %(title)s") % {"title": event.title}
        _send(user, subject, "members/emails/event_reminder.txt", context)
    return True
