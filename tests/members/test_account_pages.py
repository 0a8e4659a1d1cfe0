"""The members' own pages: the header's unread count, account settings and
the sign-in they all ask for (joining itself: ``test_account_joining.py``)."""

from __future__ import annotations

import pytest

from members.models import Member, TrustLevel
from members.trust import LIMITS

pytestmark = pytest.mark.django_db

def test_the_header_counts_unread_notifications_in_words(client, home, member):
    from members.models import Notification, NotificationKind

    Notification.objects.create(member=member, kind=NotificationKind.PUBLISHED)
    client.force_login(member)

    assert "1 unread notification" in client.get("/en/").content.decode()


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


