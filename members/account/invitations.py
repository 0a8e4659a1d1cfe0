"""Invitations, for when sign-up is by invitation only (``PRAXIS_SIGNUP``)."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest

from ..models import Invitation

#: The session key that carries an invitation across the sign-up form.
SESSION_KEY = "praxis_invitation"


def signup_mode() -> str:
    return settings.PRAXIS_SIGNUP


def remember(request: HttpRequest) -> None:
    """Keep ``?invitation=<token>`` from the sign-up link for the form's POST."""
    token = request.GET.get("invitation", "").strip()
    if token:
        request.session[SESSION_KEY] = token[:64]


def pending(request: HttpRequest) -> Invitation | None:
    token = request.session.get(SESSION_KEY) if hasattr(request, "session") else None
    if not token:
        return None
    return Invitation.objects.filter(token=token, accepted_at__isnull=True).first()
