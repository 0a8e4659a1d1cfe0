"""The members' own pages: the header's unread count, account settings and
the sign-in they all ask for (joining itself: ``test_account_joining.py``)."""

from __future__ import annotations

import re

import pytest

from members.models import Member, TrustLevel
from members.trust import LIMITS

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


def test_the_header_counts_unread_notifications_in_words(client, home, member):
    from members.models import Notification, NotificationKind

    Notification.objects.create(member=member, kind=NotificationKind.PUBLISHED)
    client.force_login(member)

    assert "1 unread notification" in client.get("/en/").content.decode()


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


