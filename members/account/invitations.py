"""Invitations, for when sign-up is by invitation only (``PRAXIS_SIGNUP``).

A coordinator creates an invitation in the admin (``hooks.py``); its e-mail
carries a link to ``/accounts/signup/?invitation=<token>``. The token is kept
in the session across the form, and the invited address is handed to allauth
as already verified (allauth's own ``stash_verified_email``): the link reached
that address, so it needs no second confirmation, and allauth pre-fills it.
A member who signs up with another address confirms that one as usual.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from ..models import Invitation

#: The session key that carries an invitation across the sign-up form.
SESSION_KEY = "praxis_invitation"
#: The values ``PRAXIS_SIGNUP`` may take.
MODES = ("open", "invite", "closed")


def signup_mode() -> str:
    return settings.PRAXIS_SIGNUP


def remember(request: HttpRequest) -> None:
    """Keep ``?invitation=<token>`` from the sign-up link for the form's POST."""
    token = request.GET.get("invitation", "").strip()
    if token and hasattr(request, "session"):
        request.session[SESSION_KEY] = token[:64]


def pending(request: HttpRequest) -> Invitation | None:
    """The unused invitation this visitor arrived with, if any."""
    token = request.session.get(SESSION_KEY) if hasattr(request, "session") else None
    if not token:
        return None
    return Invitation.objects.filter(token=token, accepted_at__isnull=True).first()


def accept(request: HttpRequest) -> bool:
    """Mark the visitor's invitation used; ``False`` if another sign-up used
    it first (the update is conditional, so two forms sent at once cannot
    both accept it)."""
    token = request.session.pop(SESSION_KEY, None)
    if not token:
        return False
    return bool(
        Invitation.objects.filter(token=token, accepted_at__isnull=True).update(
            accepted_at=timezone.now()
        )
    )


def signup_link(invitation: Invitation, base_url: str) -> str:
    query = urlencode({"invitation": invitation.token})
    return f"{base_url.rstrip('/')}{reverse('account_signup')}?{query}"


def send_invitation(invitation_id: int, base_url: str, language: str) -> bool:
    """E-mail one invitation, in ``language`` (the coordinator's when they sent
    it). Returns whether a message went out: not for a used invitation."""
    invitation = (
        Invitation.objects.select_related("invited_by__member")
        .filter(pk=invitation_id, accepted_at__isnull=True)
        .first()
    )
    if invitation is None:
        return False
    inviter = getattr(invitation.invited_by, "member", None)
    context = {
        "invitation": invitation,
        "link": signup_link(invitation, base_url),
        "inviter": inviter.display_name if inviter else "",
    }
    with translation.override(language or settings.LANGUAGE_CODE):
        subject = render_to_string(
            "members/account/invitation_subject.txt", context
        ).strip()
        body = render_to_string("members/account/invitation_email.txt", context)
    send_mail(subject, body, None, [invitation.email])
    return True


def queue_invitation(invitation: Invitation, base_url: str) -> None:
    """Send the invitation by a background task once it is saved for good
    (not if the save rolls back)."""
    from .tasks import send_invitation_email

    language = translation.get_language() or settings.LANGUAGE_CODE
    transaction.on_commit(
        lambda: send_invitation_email.enqueue(invitation.pk, base_url, language)
    )
