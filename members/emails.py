"""E-mails to members, each written in the member's own language."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation

from .models import Notification


def member_language(user) -> str:
    member = getattr(user, "member", None)
    return (member.language if member else "") or settings.LANGUAGE_CODE


def send_notification(notification_id: int) -> bool:
    notification = (
        Notification.objects.select_related("member__member", "page")
        .filter(pk=notification_id)
        .first()
    )
    if notification is None:
        return False
    user = notification.member
    member = getattr(user, "member", None)
    if not user.email or (member is not None and not member.email_notifications):
        return False
    with translation.override(member_language(user)):
        context = {"notification": notification, "member": member}
        subject = str(notification.get_kind_display())
        body = render_to_string("members/emails/notification.txt", context)
    send_mail(subject, body, None, [user.email])
    return True
