"""What every page needs to know about membership: whether anyone may join,
and (read only when the header shows it) how many notifications are unread."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from .notifications import unread_count


def membership(request: HttpRequest) -> dict:
    user = getattr(request, "user", None)
    return {
        "signup_open": settings.PRAXIS_SIGNUP == "open",
        "member_unread": SimpleLazyObject(lambda: unread_count(user)),
    }
