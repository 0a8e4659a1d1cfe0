"""Joining: who may sign up (``PRAXIS_SIGNUP``), confirming the address,
invitations, what a new account may (not) do, and the header's links."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail

from governance.roles import COORDINATORS, ROLES
from lessons import factories
from members.models import Invitation, Member
from tests.governance.conftest import make_restricted
from tests.governance.helpers import person

pytestmark = pytest.mark.django_db

SIGNUP = "/accounts/signup/"
LOGIN = "/accounts/login/"
PASSWORD = "a-long-passphrase-for-tests"


def signup_data(**overrides) -> dict:
    data = {
        "email": "rosa@example.org",
        "username": "rosa",
        "display_name": "Red Rose",
        "password1": PASSWORD,
        "password2": PASSWORD,
    }
    data.update(overrides)
    return data


def confirmation_link(message) -> str:
    return re.search(r"https?://[^/\s]+(/accounts/confirm-email/\S+/)", message.body)[1]


def sign_in(client, login: str, password: str = PASSWORD):
    return client.post(LOGIN, {"login": login, "password": password})


@pytest.fixture
def open_signup(settings):
    settings.PRAXIS_SIGNUP = "open"


@pytest.fixture
def invite_only(settings):
    settings.PRAXIS_SIGNUP = "invite"


# --- the setting -------------------------------------------------------------


def settings_with(value: str | None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "PRAXIS_SIGNUP"}
    if value is not None:
        env["PRAXIS_SIGNUP"] = value
    return subprocess.run(  # noqa: S603 (a fixed command, our own interpreter)
        [
            sys.executable,
            "-c",
            "import config.settings.base as b; print(b.PRAXIS_SIGNUP)",
        ],
        cwd=Path(django_settings.BASE_DIR),
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_an_unknown_signup_mode_fails_loudly_at_start():
    result = settings_with("sometimes")
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "PRAXIS_SIGNUP" in result.stderr


def test_open_is_the_default_and_each_mode_is_accepted():
    assert settings_with(None).stdout.strip() == "open"
    for mode in ("open", "invite", "closed"):
        assert settings_with(f" {mode.upper()} ").stdout.strip() == mode


# --- open --------------------------------------------------------------------


def test_anyone_may_sign_up_while_signup_is_open(client, open_signup):
    page = client.get(SIGNUP)
    assert page.status_code == 200
    assert b'name="display_name"' in page.content
    response = client.post(SIGNUP, signup_data())
    assert response.status_code == 302
    user = get_user_model().objects.get(username="rosa")
    assert user.member.display_name == "Red Rose"
    assert user.email == "rosa@example.org"


def test_sign_up_asks_for_nothing_else_personal(client, open_signup):
    form = client.get(SIGNUP).context["form"]
    assert set(form.fields) == {
        "email",
        "username",
        "display_name",
        "password1",
        "password2",
    }
    assert form.fields["display_name"].required
    assert form.fields["display_name"].max_length == 60


def test_a_display_name_is_required_and_short(client, open_signup):
    assert client.post(SIGNUP, signup_data(display_name="")).status_code == 200
    assert client.post(SIGNUP, signup_data(display_name="x" * 61)).status_code == 200
    assert not get_user_model().objects.filter(username="rosa").exists()


def test_a_new_account_signs_in_only_after_confirming_its_address(client, open_signup):
    client.post(SIGNUP, signup_data())
    assert "_auth_user_id" not in client.session
    assert len(mail.outbox) == 1
    link = confirmation_link(mail.outbox[0])

    client.logout()
    refused = sign_in(client, "rosa")
    assert "_auth_user_id" not in client.session
    assert refused.status_code == 302
    assert "confirm" in refused["Location"] or "verif" in refused["Location"]

    client.post(link)
    assert EmailAddress.objects.get(email="rosa@example.org").verified
    client.logout()
    sign_in(client, "rosa")
    assert client.session["_auth_user_id"] == str(
        get_user_model().objects.get(username="rosa").pk
    )


def test_accounts_made_outside_sign_up_sign_in_as_before(client, django_user_model):
    """Coordinators' and the demo's accounts carry no unconfirmed address."""
    user = django_user_model.objects.create_user(
        username="editor", email="editor@example.org", password=PASSWORD
    )
    sign_in(client, "editor")
    assert client.session["_auth_user_id"] == str(user.pk)
    client.logout()
    sign_in(client, "editor@example.org")
    assert client.session["_auth_user_id"] == str(user.pk)


def test_signing_up_gives_no_group_and_no_admin(client, open_signup, home):
    legal = Group.objects.create(name="Legal")
    restricted = make_restricted(home, legal, title="Safe houses")
    members_only = factories.LessonPageFactory(
        parent=home, title="Members' notes", sensitivity="members"
    )
    client.post(SIGNUP, signup_data())
    client.post(confirmation_link(mail.outbox[0]))
    user = get_user_model().objects.get(username="rosa")
    assert not user.groups.exists()
    assert not user.is_staff and not user.is_superuser
    assert not user.has_perm("wagtailadmin.access_admin")
    assert client.get("/admin/").status_code == 302
    assert client.get(restricted.url).status_code in (403, 404)
    assert client.get(members_only.url).status_code == 200


def test_the_member_language_is_the_one_signed_up_in_and_kept_current(
    client, open_signup
):
    client.cookies[django_settings.LANGUAGE_COOKIE_NAME] = "sv"
    client.post(SIGNUP, signup_data())
    member = Member.objects.get(user__username="rosa")
    assert member.language == "sv"
    client.post(confirmation_link(mail.outbox[0]))
    client.logout()
    client.cookies[django_settings.LANGUAGE_COOKIE_NAME] = "ar"
    sign_in(client, "rosa")
    member.refresh_from_db()
    assert member.language == "ar"


def test_sign_up_is_rate_limited(client, open_signup, settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "signup": "2/h/ip"}
    for n in range(2):
        client.post(SIGNUP, signup_data(username=f"u{n}", email=f"u{n}@example.org"))
        client.logout()
    refused = client.post(SIGNUP, signup_data())
    assert refused.status_code == 429
    assert not get_user_model().objects.filter(username="rosa").exists()


# --- closed ------------------------------------------------------------------


def test_closed_signup_shows_allauths_closed_page(client, settings):
    settings.PRAXIS_SIGNUP = "closed"
    invitation = Invitation.objects.create(email="rosa@example.org")
    page = client.get(f"{SIGNUP}?invitation={invitation.token}")
    assert [t.name for t in page.templates][0] == "account/signup_closed.html"
    client.post(SIGNUP, signup_data())
    assert not get_user_model().objects.filter(username="rosa").exists()


# --- by invitation -----------------------------------------------------------


def test_invite_only_refuses_sign_up_without_an_invitation(client, invite_only):
    page = client.get(SIGNUP)
    assert [t.name for t in page.templates][0] == "account/signup_closed.html"
    client.post(SIGNUP, signup_data())
    client.get(f"{SIGNUP}?invitation=not-a-token")
    client.post(SIGNUP, signup_data())
    assert not get_user_model().objects.filter(username="rosa").exists()


def test_an_invitation_lets_its_holder_join_once(client, invite_only):
    invitation = Invitation.objects.create(email="rosa@example.org")
    page = client.get(f"{SIGNUP}?invitation={invitation.token}")
    assert page.status_code == 200
    assert page.context["form"].fields["email"].initial == "rosa@example.org"
    # The token stays in the session: the form's POST has no query string.
    client.post(SIGNUP, signup_data())
    user = get_user_model().objects.get(username="rosa")
    invitation.refresh_from_db()
    assert invitation.accepted_at is not None
    # The link reached the address: it counts as confirmed.
    assert EmailAddress.objects.get(user=user, email="rosa@example.org").verified
    assert client.session["_auth_user_id"] == str(user.pk)

    other = client.__class__()
    other.get(f"{SIGNUP}?invitation={invitation.token}")
    other.post(SIGNUP, signup_data(username="again", email="again@example.org"))
    assert not get_user_model().objects.filter(username="again").exists()


def test_an_invitee_with_another_address_confirms_that_one(client, invite_only):
    invitation = Invitation.objects.create(email="rosa@example.org")
    client.get(f"{SIGNUP}?invitation={invitation.token}")
    client.post(SIGNUP, signup_data(email="other@example.org"))
    user = get_user_model().objects.get(username="rosa")
    assert not EmailAddress.objects.get(user=user, email="other@example.org").verified


def test_coordinators_invite_from_the_admin(client, django_capture_on_commit_callbacks):
    coordinator = person("coordinator", COORDINATORS)
    client.force_login(coordinator)
    listing = client.get("/admin/invitations/")
    assert listing.status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/admin/invitations/new/", {"email": "new@example.org"})
    assert response.status_code == 302
    invitation = Invitation.objects.get(email="new@example.org")
    assert invitation.invited_by == coordinator
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["new@example.org"]
    assert f"/accounts/signup/?invitation={invitation.token}" in mail.outbox[0].body


def test_only_coordinators_have_the_invitation_permissions():
    codenames = {f"{a}_invitation" for a in ("add", "change", "delete", "view")}
    holders = set(
        Group.objects.filter(
            permissions__in=Permission.objects.filter(
                content_type__app_label="members", codename__in=codenames
            )
        ).values_list("name", flat=True)
    )
    assert holders == {COORDINATORS}
    coordinators = Group.objects.get(name=COORDINATORS)
    assert (
        set(
            coordinators.permissions.filter(codename__in=codenames).values_list(
                "codename", flat=True
            )
        )
        == codenames
    )
    assert {role.name for role in ROLES} >= holders


def test_other_roles_cannot_open_the_invitations(client):
    for role in ROLES:
        if role.name == COORDINATORS:
            continue
        user = person(f"p{role.name[:5].lower()}", role.name)
        client.force_login(user)
        assert client.get("/admin/invitations/").status_code in (302, 403)


# --- the header --------------------------------------------------------------


def test_signed_out_header_links_sign_in_with_next_and_join(client, open_signup, home):
    page = client.get("/en/").content.decode()
    assert 'href="/accounts/login/?next=/en/"' in page
    assert 'href="/accounts/signup/"' in page


def test_join_link_only_while_signup_is_open(client, settings, home):
    for mode in ("invite", "closed"):
        settings.PRAXIS_SIGNUP = mode
        page = client.get("/en/").content.decode()
        assert 'href="/accounts/signup/"' not in page
        assert "/accounts/login/?next=" in page


@pytest.mark.parametrize("language", ["en", "sv", "ar", "es", "fr"])
def test_signed_in_header_in_every_language(client, member, home, language):
    from members.models import Notification, NotificationKind

    Notification.objects.create(member=member, kind=NotificationKind.PUBLISHED)
    Notification.objects.create(member=member, kind=NotificationKind.APPROVED)
    client.force_login(member)
    page = client.get(f"/{language}/").content.decode()
    assert f'href="/{language}/my/"' in page
    assert 'action="/accounts/logout/"' in page and 'method="post"' in page
    # The count is said in words, not only shown as a coloured badge.
    assert re.search(r'class="count-badge"[^>]*>\s*2\s', page)


def test_the_header_reads_one_count(client, member, home):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(member)
    with CaptureQueriesContext(connection) as queries:
        client.get("/en/")
    counts = [q["sql"] for q in queries if "members_notification" in q["sql"]]
    assert len(counts) == 1
