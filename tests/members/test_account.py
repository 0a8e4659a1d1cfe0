"""Joining: who may sign up, confirming the address before the first sign-in,
accounts others created signing in as before, and what a new account may do."""

from __future__ import annotations

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail

from core.sensitivity import Sensitivity
from members.models import Invitation, Member, TrustLevel
from members.trust import LIMITS
from tests.lessons.helpers import make_lesson

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-only-passphrase"
SIGNUP = "/accounts/signup/"
LOGIN = "/accounts/login/"


def join(client, username="newcomer", display_name="Night owl", **extra):
    return client.post(
        SIGNUP,
        {
            "username": username,
            "email": f"{username}@example.org",
            "display_name": display_name,
            "password1": PASSWORD,
            "password2": PASSWORD,
            **extra,
        },
    )


def confirmation_link(message) -> str:
    return re.search(r"https?://[^/\s]+(/accounts/confirm-email/\S+/)", message.body)[1]


def signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def test_open_sign_up_asks_for_a_display_name_and_nothing_personal(client):
    html = client.get(SIGNUP).content.decode()

    assert 'name="display_name"' in html
    for personal in ("first_name", "last_name", "birth", "phone"):
        assert personal not in html


def test_a_new_member_confirms_the_address_before_signing_in(client):
    response = join(client)

    assert response.status_code == 302
    assert not signed_in(client)
    user = get_user_model().objects.get(username="newcomer")
    assert user.member.display_name == "Night owl"
    assert len(mail.outbox) == 1
    # Signing in before confirming only sends the link again.
    client.post(LOGIN, {"login": "newcomer", "password": PASSWORD})
    assert not signed_in(client)

    link = confirmation_link(mail.outbox[0])
    assert client.get(link).status_code == 200  # a page to confirm, not a GET action
    client.post(link)

    assert EmailAddress.objects.get(user=user).verified
    assert signed_in(client)


def test_a_new_member_is_in_no_group_and_reads_members_lessons_only(
    client, lesson_index
):
    join(client)
    user = get_user_model().objects.get(username="newcomer")
    EmailAddress.objects.filter(user=user).update(verified=True)
    for_members = make_lesson(
        lesson_index, title="Members only rota", sensitivity=Sensitivity.MEMBERS
    )
    restricted = make_lesson(
        lesson_index, title="Legal team rota", sensitivity=Sensitivity.RESTRICTED
    )
    client.post(LOGIN, {"login": "newcomer", "password": PASSWORD})

    assert signed_in(client)
    assert user.groups.count() == 0
    assert not user.is_staff and not user.is_superuser
    assert client.get(for_members.url).status_code == 200
    assert client.get(restricted.url).status_code == 404
    assert client.get("/admin/").status_code in (302, 403)


def test_an_account_a_coordinator_created_signs_in_without_confirming(client):
    get_user_model().objects.create_user(
        username="editor", email="editor@example.org", password=PASSWORD
    )

    client.post(LOGIN, {"login": "editor", "password": PASSWORD})

    assert signed_in(client)
    assert mail.outbox == []


def test_sign_up_can_be_closed(client, settings):
    settings.PRAXIS_SIGNUP = "closed"

    assert "Sign-up is closed" in client.get(SIGNUP).content.decode()
    join(client)

    assert not get_user_model().objects.filter(username="newcomer").exists()
    assert "/accounts/signup/" not in client.get(LOGIN).content.decode()


def test_by_invitation_only_an_unused_invitation_opens_the_form(client, settings):
    settings.PRAXIS_SIGNUP = "invite"
    invitation = Invitation.objects.create(email="newcomer@example.org")

    assert "Sign-up is closed" in client.get(SIGNUP).content.decode()
    client.get(f"{SIGNUP}?invitation={invitation.token}")
    join(client)

    assert get_user_model().objects.filter(username="newcomer").exists()
    invitation.refresh_from_db()
    assert invitation.accepted_at is not None
    # Used once: the next visitor finds sign-up closed again.
    other = client.__class__()
    other.get(f"{SIGNUP}?invitation={invitation.token}")
    join(other, username="second")
    assert not get_user_model().objects.filter(username="second").exists()


def test_an_unknown_signup_setting_stops_the_start(monkeypatch):
    import importlib

    from django.core.exceptions import ImproperlyConfigured

    import config.settings.base as base

    monkeypatch.setenv("PRAXIS_SIGNUP", "sometimes")
    with pytest.raises(ImproperlyConfigured, match="open, invite or closed"):
        importlib.reload(base)
    monkeypatch.delenv("PRAXIS_SIGNUP")
    importlib.reload(base)


def test_sign_up_is_rate_limited_per_address(client, settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "signup": "2/h/ip"}
    for number in range(2):
        join(client, username=f"person{number}")

    response = join(client, username="person2")

    assert response.status_code == 429
    assert not get_user_model().objects.filter(username="person2").exists()


def test_the_header_offers_sign_in_and_join_then_my_praxis_and_sign_out(
    client, home, member
):
    html = client.get("/en/").content.decode()
    assert 'href="/accounts/login/?next=/en/"' in html
    assert 'href="/accounts/signup/"' in html

    client.force_login(member)
    html = client.get("/en/").content.decode()
    assert 'href="/en/my/"' in html
    assert 'action="/accounts/logout/"' in html
    assert "/accounts/signup/" not in html


def test_the_header_counts_unread_notifications_in_words(client, home, member):
    from members.models import Notification, NotificationKind

    Notification.objects.create(member=member, kind=NotificationKind.PUBLISHED)
    client.force_login(member)

    assert "1 unread notification" in client.get("/en/").content.decode()


def test_the_header_speaks_arabic(client, home):
    html = client.get("/ar/").content.decode()

    assert "Sign in" not in html
    assert 'dir="rtl"' in html


def test_settings_change_the_display_name_and_e_mail_choice(client, member):
    client.force_login(member)

    response = client.post(
        "/en/my/account/", {"display_name": "Kitchen crew", "email_notifications": ""}
    )

    assert response.status_code == 302
    profile = Member.objects.get(user=member)
    assert profile.display_name == "Kitchen crew"
    assert profile.email_notifications is False


def test_settings_refuse_an_empty_display_name_next_to_the_field(client, member):
    client.force_login(member)

    response = client.post("/en/my/account/", {"display_name": " "})

    assert response.status_code == 400
    assert "This field is required." in response.content.decode()
    assert Member.objects.get(user=member).display_name == "member"


def test_settings_say_what_the_trust_level_allows(client, member):
    client.force_login(member)

    html = client.get("/en/my/account/").content.decode()

    assert str(TrustLevel.NEW.label) in html
    assert f"{LIMITS[TrustLevel.NEW].submissions_per_day} contributions" in html


def test_members_pages_ask_anonymous_visitors_to_sign_in(client):
    for url in (
        "/en/my/",
        "/en/my/account/",
        "/en/my/library/",
        "/en/my/learning/",
        "/en/my/events/",
        "/en/my/notifications/",
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")


def test_signing_in_remembers_the_members_language(client, member):
    member.set_password(PASSWORD)
    member.save()

    client.post(
        LOGIN, {"login": "member", "password": PASSWORD}, HTTP_ACCEPT_LANGUAGE="sv"
    )

    assert Member.objects.get(user=member).language == "sv"
