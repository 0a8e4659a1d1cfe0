"""Signing in: the account adapter, the way into Wagtail's admin, and the answers
a visitor gets when sign-in attempts are refused.

Every sign-in — members and editors alike — goes through django-allauth at
``/accounts/login/``, so an account protected by an authenticator app is always
asked for its code. django-axes watches the same sign-in and locks out a user
name from an address after repeated failures.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.forms import LoginForm as AllauthLoginForm
from allauth.core.exceptions import ImmediateHttpResponse
from axes.helpers import get_cool_off
from django.conf import settings
from django.contrib.auth import REDIRECT_FIELD_NAME, get_user_model
from django.db import transaction
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render, resolve_url
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _

from members.account import invitations

#: The lockout page (django-axes) and the page for allauth's own rate limits.
LOCKOUT_TEMPLATE = "account/lockout.html"
RATE_LIMITED_TEMPLATE = "account/rate_limited.html"


class AccountAdapter(DefaultAccountAdapter):
    """Who may join (``PRAXIS_SIGNUP``) and which accounts confirm their
    address before signing in (``members.account.stages``).

    Signing up gives an account and nothing more: no group, no admin access,
    no restricted reading. Those come only from a coordinator.
    """

    def is_open_for_signup(self, request: HttpRequest) -> bool:
        """``open``: anyone; ``invite``: only with an unused invitation (its
        link is kept in the session across the form); ``closed``: nobody, and
        allauth shows its "sign-up closed" page."""
        mode = invitations.signup_mode()
        if mode == "closed":
            return False
        invitations.remember(request)
        invitation = invitations.pending(request)
        if invitation is not None:
            # The link reached this address: allauth pre-fills it and counts
            # it as verified (its own pattern for invitations).
            self.stash_verified_email(request, invitation.email)
        return mode == "open" or invitation is not None

    def save_user(self, request, user, form, commit=True):
        """Save the new account and use up its invitation, both or neither.
        Nothing else is given: no group, no staff flag."""
        with transaction.atomic():
            if invitations.pending(request) is not None and not invitations.accept(
                request
            ):
                # Another sign-up used the invitation a moment ago.
                raise ImmediateHttpResponse(
                    render(request, "account/signup_closed.html", status=403)
                )
            user = super().save_user(request, user, form, commit=commit)
        return user

    def get_login_stages(self) -> list[str]:
        return [
            "members.account.stages.VerifyOwnAddressStage"
            if stage == "allauth.account.stages.EmailVerificationStage"
            else stage
            for stage in super().get_login_stages()
        ]


class LoginForm(AllauthLoginForm):
    """allauth's sign-in form, with a label that says what to type (allauth
    labels the field "Login") and the autocomplete hint password managers
    expect for a user name."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["login"]
        field.label = _("Username or email")
        field.widget.attrs["autocomplete"] = "username"


def sign_in_redirect(request: HttpRequest, default_next: str) -> HttpResponseRedirect:
    """Send a visitor from another login form to the one sign-in page.

    Wagtail mounts two password-only login forms of its own — the admin's
    (``/admin/login/``) and the one for private pages (``/<lang>/_util/login/``)
    — and either would sign a user in without the authenticator code of an
    account that has one. ``config/urls.py`` puts this view in front of both.
    ``next`` is kept when it points to this site; otherwise the visitor goes to
    ``default_next`` (a URL or URL name) afterwards.
    """
    next_url = request.GET.get(REDIRECT_FIELD_NAME, "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = resolve_url(default_next)
    query = urlencode({REDIRECT_FIELD_NAME: next_url})
    return HttpResponseRedirect(f"{reverse('account_login')}?{query}")


def lockout_username(request: HttpRequest, credentials: dict[str, Any] | None) -> str:
    """The user name django-axes counts failures against.

    allauth matches user names and e-mail addresses without regard to case, so
    the count must too: otherwise ``Admin``, ``ADMIN`` and ``admin`` would each
    get their own allowance of attempts.
    """
    if credentials:
        value = credentials.get("username") or credentials.get("email")
    else:
        data = getattr(request, "data", request.POST)
        value = data.get("login") or data.get("username")
    value = str(value or "").strip()
    # One count per account, whether it is named by user name or e-mail.
    if "@" in value:
        user = (
            get_user_model()
            .objects.filter(email__iexact=value)
            .only("username")
            .first()
        )
        if user is not None:
            value = user.get_username()
    return value.casefold()


def lockout_response(
    request: HttpRequest,
    original_response: HttpResponse | None = None,
    credentials: dict[str, Any] | None = None,
) -> HttpResponse:
    """The page shown instead of signing in while a lockout lasts (``429``)."""
    cool_off = get_cool_off(request)
    minutes = int(cool_off.total_seconds() // 60) if cool_off else None
    return render(
        request,
        LOCKOUT_TEMPLATE,
        {"cooloff_minutes": minutes},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )


def rate_limited(
    request: HttpRequest, exception: Exception | None = None
) -> HttpResponse:
    """allauth's answer when one of its own rate limits is reached (``429``);
    allauth looks for ``handler429`` in the root URL configuration."""
    return render(request, RATE_LIMITED_TEMPLATE, status=429)
