"""Personal access tokens for the members' API: made, listed and revoked on
``/<lang>/my/tokens/``. The token itself is shown once and never stored;
only its SHA-256 digest is (:func:`members.api.auth.digest`)."""

from __future__ import annotations

import secrets

from django.db import transaction
from django.utils.translation import gettext as _

from ..models import AccessToken
from .auth import digest

#: How many tokens a member may have at once.
MAX_TOKENS = 10
#: Random bytes in a token (43 URL-safe characters).
TOKEN_BYTES = 32


class TooManyTokens(Exception):
    pass


def create_token(user, label: str) -> tuple[AccessToken, str]:
    """A new token for ``user``: ``(the stored row, the token to show once)``.
    Raises :class:`TooManyTokens` at :data:`MAX_TOKENS`."""
    with transaction.atomic():
        # Locks the member's tokens, so two requests cannot both make the tenth.
        held = list(
            AccessToken.objects.select_for_update()
            .filter(member=user)
            .values_list("pk", flat=True)
        )
        if len(held) >= MAX_TOKENS:
            raise TooManyTokens(
                _(
                    "You already have %(count)d tokens, the most you may have. "
                    "Revoke one you no longer use first."
                )
                % {"count": MAX_TOKENS}
            )
        token = secrets.token_urlsafe(TOKEN_BYTES)
        row = AccessToken.objects.create(member=user, label=label, digest=digest(token))
    return row, token


def revoke_token(user, pk: int) -> bool:
    """Delete one of ``user``'s tokens; False if they have none with ``pk``."""
    deleted, _rows = AccessToken.objects.filter(member=user, pk=pk).delete()
    return bool(deleted)
