"""Who is asking the members' API (``/api/v1/me/``): a personal access token
(``Authorization: Bearer …``) or the signed-in member's session cookie.

The rest of the API reads as an anonymous visitor whoever is signed in
(:class:`core.api.middleware.ApiRequestMiddleware` puts an anonymous user on
every API request), and it stays so: only the operations of this router
read the session (:func:`django.contrib.auth.get_user`) or the token, and put
the member back on ``request.user`` for :mod:`core.visibility`.

Every request that reaches these checks is marked private
(:func:`core.api.caching.mark_private`), failures included, so nothing a
member's API answers is stored by a shared cache.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja.security import APIKeyCookie, HttpBearer
from ninja.utils import check_csrf

from core.api import caching
from core.api.problems import Problem
from core.api.throttling import ClientRateThrottle

from ..models import AccessToken, Member

#: A token is never longer than this; longer values are refused unread.
MAX_TOKEN_LENGTH = 200
#: ``last_used_at`` is written at most this often per token.
LAST_USED_EVERY = timedelta(minutes=1)
#: Problem type of every refused credential (documented in docs/api.md).
NOT_SIGNED_IN = "urn:praxis:problem:not-signed-in"
#: Request attribute: this request went to the members' API.
MEMBER_REQUEST = "_praxis_member_api"


def digest(token: str) -> str:
    """The SHA-256 hex digest a token is stored and looked up by."""
    return hashlib.sha256(token.encode()).hexdigest()


def is_member_request(request: HttpRequest) -> bool:
    return getattr(request, MEMBER_REQUEST, False)


def _tokens_page(request: HttpRequest) -> str:
    return request.build_absolute_uri(reverse("members:api_tokens"))


def _refused(detail: str) -> Problem:
    return Problem(401, detail, type=NOT_SIGNED_IN, title=_("Not signed in"))


def _member_for(request: HttpRequest, user, token: AccessToken | None = None):
    """Let ``user`` through: on ``request.user`` for the visibility rules,
    with a member profile (an account made before profiles existed gets one)."""
    Member.objects.get_or_create(
        user=user, defaults={"display_name": user.get_username()[:60]}
    )
    request.user = user
    request._praxis_access_token = token
    return user


class MemberToken(HttpBearer):
    """A personal access token from ``/<lang>/my/tokens/``, sent as
    ``Authorization: Bearer <token>``. Only its digest is stored."""

    openapi_description = (
        "A personal access token, made on the site's *API tokens* page "
        "(/en/my/tokens/): `Authorization: Bearer <token>`."
    )

    def __call__(self, request: HttpRequest):
        setattr(request, MEMBER_REQUEST, True)
        caching.mark_private(request)
        header = request.headers.get(self.header)
        if not header:
            return None  # The session may still sign the member in.
        scheme, _space, token = header.partition(" ")
        if scheme.lower() != self.openapi_scheme or not token.strip():
            raise _refused(
                _(
                    "Send the token as “Authorization: Bearer <token>”. Make "
                    "one at %(url)s."
                )
                % {"url": _tokens_page(request)}
            )
        return self.authenticate(request, token.strip())

    def authenticate(self, request: HttpRequest, token: str):
        found = None
        if len(token) <= MAX_TOKEN_LENGTH:
            found = (
                AccessToken.objects.select_related("member")
                .filter(digest=digest(token), member__is_active=True)
                .first()
            )
        if found is None:
            raise _refused(
                _(
                    "This token is not valid: it was revoked, or mistyped. "
                    "Make a new one at %(url)s."
                )
                % {"url": _tokens_page(request)}
            )
        now = timezone.now()
        if found.last_used_at is None or now - found.last_used_at >= LAST_USED_EVERY:
            AccessToken.objects.filter(pk=found.pk).update(last_used_at=now)
        return _member_for(request, found.member, found)


class MemberSession(APIKeyCookie):
    """The session of a member signed in on the site (the browser's own
    cookie); a request that changes something also needs the CSRF token
    (``X-CSRFToken``), as the site's forms do."""

    openapi_description = (
        "The session cookie of a member signed in on the site. Requests "
        "other than GET also send the CSRF token in `X-CSRFToken`."
    )

    def __init__(self) -> None:
        self.param_name = settings.SESSION_COOKIE_NAME
        super().__init__(csrf=True)

    def _get_key(self, request: HttpRequest) -> str | None:
        return request.COOKIES.get(self.param_name)

    def authenticate(self, request: HttpRequest, key: str | None):
        user = get_user(request) if key else None
        if user is None or not user.is_authenticated:
            raise _refused(
                _(
                    "Sign in to Praxis, or send a personal access token as "
                    "“Authorization: Bearer <token>”. Make one at %(url)s."
                )
                % {"url": _tokens_page(request)}
            )
        if check_csrf(request) is not None:
            raise Problem(
                403,
                _(
                    "Send the CSRF token (the csrftoken cookie) in the "
                    "X-CSRFToken header, or use a personal access token."
                ),
            )
        return _member_for(request, user)


#: Tried in order: a token, then the session.
MEMBER_AUTH = [MemberToken(), MemberSession()]


class MemberRateThrottle(ClientRateThrottle):
    """``PRAXIS_API_RATE`` per token (or per member, for the session), not
    per address: members behind one address do not share a limit."""

    scope = "praxis-api-member"

    def get_cache_key(self, request) -> str:
        token = getattr(request, "_praxis_access_token", None)
        ident = f"token-{token.pk}" if token else f"user-{request.user.pk}"
        return self.cache_format % {"scope": self.scope, "ident": ident}
