"""One-click opt-out of members' e-mail: a signed token in every message.

The token names the member and nothing else; it does not expire, since an
old e-mail's link should still work, and it only ever turns e-mail off.
"""

from __future__ import annotations

from django.core import signing
from django.urls import reverse

#: Keeps these signatures apart from every other use of ``SECRET_KEY``.
SALT = "members.notices.unsubscribe"


def make_token(user) -> str:
    return signing.dumps(user.pk, salt=SALT, compress=True)


def read_token(token: str) -> int | None:
    """The user id a token names, or ``None`` for a forged or broken one."""
    try:
        value = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    return value if isinstance(value, int) else None


def unsubscribe_path(user) -> str:
    """The opt-out page of ``user`` in the active language."""
    return reverse("members:notices_unsubscribe", args=[make_token(user)])
