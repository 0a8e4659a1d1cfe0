"""Telling the moderators that a safety report came in.

The e-mail says only that a report arrived, its reason, and where to read it in
the admin (sign-in required). It leaves out the reporter's message, their
e-mail address and the page's title: mail passes through and is stored by
providers outside Praxis's control, the message may repeat the very name or
place that puts someone at risk, the title may belong to a page that is (or
becomes) restricted, and the reporter may themselves be at risk if their address
leaks. Moderators read the details in the admin, behind their sign-in.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib.admin.utils import quote
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from .models import MODERATORS_GROUP, ConcernReport

logger = logging.getLogger(__name__)

#: The "Safety reports" edit view (see ``wagtail_hooks.py``).
ADMIN_EDIT_URL_NAME = "wagtailsnippets_moderation_concernreport:edit"


def moderator_addresses() -> list[str]:
    """E-mail addresses of the active members of the Moderators group."""
    users = get_user_model().objects.filter(
        is_active=True, groups__name=MODERATORS_GROUP
    )
    return sorted(set(users.exclude(email="").values_list("email", flat=True)))


def report_admin_url(report: ConcernReport) -> str:
    """The absolute admin address where moderators handle ``report``."""
    # Reversing loads the admin URLs, which registers the snippet viewset.
    path = reverse(ADMIN_EDIT_URL_NAME, args=[quote(report.pk)])
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or ""
    return base.rstrip("/") + path


def notify_moderators(report: ConcernReport) -> int:
    """Send each moderator a short notice about ``report``; return how many went.

    One message per moderator, so no moderator's address is shown to another.
    Mail is written in the site's main language (moderators share the admin).
    A failure to send is logged, never raised: the report is already saved, and
    moderators also find it under "Safety reports".
    """
    recipients = moderator_addresses()
    if not recipients:
        logger.warning(
            "Safety report %s has no one to notify: the %s group has no members "
            "with an e-mail address.",
            report.pk,
            MODERATORS_GROUP,
        )
        return 0
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "report": report,
            "reason": report.get_reason_display(),
            "admin_url": report_admin_url(report),
        }
        subject = render_to_string(
            "moderation/emails/new_report_subject.txt", context
        ).strip()
        body = render_to_string("moderation/emails/new_report.txt", context)
    messages = [
        EmailMessage(subject=" ".join(subject.split()), body=body, to=[address])
        for address in recipients
    ]
    try:
        return get_connection().send_messages(messages) or 0
    except Exception:
        logger.exception(
            "Could not e-mail moderators about safety report %s", report.pk
        )
        return 0
