"""Notifications: the member's list, its messages (no title of a page they
may no longer read), marking read, the e-mail and its one-click opt-out."""

from __future__ import annotations

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from members.models import Member, Notification, NotificationKind
from members.notices.unsubscribe import make_token
from members.notifications import notify

from .rsvp_helpers import event_index, make_event, make_member, restrict

pytestmark = pytest.mark.django_db

LIST_URL = "/en/my/notifications/"


@pytest.fixture(autouse=True)
def site_address(settings):
    settings.WAGTAILADMIN_BASE_URL = "https://praxis.example"


@pytest.fixture
def mailed(django_capture_on_commit_callbacks):
    """``mailed(user, kind, page)``: notify, then run what waits for the
    commit (the e-mail task), as a real request would."""

    def send(user, kind, page=None):
        with django_capture_on_commit_callbacks(execute=True):
            return notify(user, kind, page=page)

    return send


@pytest.fixture
def reader():
    return make_member("rosa")


@pytest.fixture
def event(home):
    return make_event(event_index(home), title="Tenants' assembly")


def unsubscribe_url(user) -> str:
    return f"/en/my/notifications/stop-emails/{make_token(user)}/"


# The list ----------------------------------------------------------------------


def test_the_list_shows_the_newest_first(client, reader, event):
    notify(reader, NotificationKind.RSVP_CONFIRMED, page=event)
    notify(reader, NotificationKind.EVENT_REMINDER, page=event)
    client.force_login(reader)

    text = client.get(LIST_URL).text

    assert text.index("starts within a day") < text.index("A place came free")


def test_a_readable_page_gives_its_title_and_link(client, reader, event):
    notify(reader, NotificationKind.RSVP_CONFIRMED, page=event)
    client.force_login(reader)

    text = client.get(LIST_URL).text

    assert "Tenants&#x27; assembly" in text
    assert f'href="{event.url}"' in text


def test_a_page_that_became_restricted_shows_no_title(client, reader, event):
    notify(reader, NotificationKind.RSVP_CHANGED, page=event)
    restrict(event)
    client.force_login(reader)

    text = client.get(LIST_URL).text

    assert "An event you answered has changed" in text
    assert "assembly" not in text
    assert event.url not in text


def test_unread_ones_are_marked_in_words(client, reader, event):
    notify(reader, NotificationKind.PUBLISHED)
    client.force_login(reader)

    assert ">New<" in client.get(LIST_URL).text


def test_the_list_is_paginated(client, reader, settings):
    settings.PRAXIS_PAGE_SIZE = 2
    for _ in range(3):
        notify(reader, NotificationKind.PUBLISHED)
    client.force_login(reader)

    text = client.get(LIST_URL).text

    assert "Page 1 of 2" in text
    assert text.count("notices__message") == 2


def test_others_notifications_are_not_shown(client, reader):
    notify(make_member("ana"), NotificationKind.PUBLISHED)
    client.force_login(reader)

    assert "You have no notifications yet." in client.get(LIST_URL).text


def test_the_list_needs_a_signed_in_member(client):
    assert client.get(LIST_URL).status_code == 302


def _list_queries(client, reader, index, count: int) -> int:
    for _ in range(count):
        notify(reader, NotificationKind.RSVP_CONFIRMED, page=make_event(index))
    client.force_login(reader)
    client.get(LIST_URL)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(LIST_URL).status_code == 200
    Notification.objects.all().delete()
    return len(captured)


def test_list_queries_do_not_grow_with_the_notifications(
    client, reader, home, django_assert_max_num_queries
):
    index = event_index(home)
    assert _list_queries(client, reader, index, 1) == _list_queries(
        client, reader, index, 5
    )
    with django_assert_max_num_queries(15):
        client.get(LIST_URL)


# Marking read ------------------------------------------------------------------


def test_mark_all_as_read(client, reader):
    for _ in range(2):
        notify(reader, NotificationKind.PUBLISHED)
    client.force_login(reader)

    response = client.post("/en/my/notifications/read/")

    assert response.status_code == 302
    assert not Notification.objects.filter(read_at__isnull=True).exists()


def test_mark_one_as_read(client, reader):
    first = notify(reader, NotificationKind.PUBLISHED)
    second = notify(reader, NotificationKind.APPROVED)
    client.force_login(reader)

    client.post(f"/en/my/notifications/{first.pk}/read/")

    first.refresh_from_db()
    second.refresh_from_db()
    assert first.read_at is not None
    assert second.read_at is None


def test_a_member_cannot_mark_anothers_notification(client, reader):
    theirs = notify(make_member("ana"), NotificationKind.PUBLISHED)
    client.force_login(reader)

    client.post(f"/en/my/notifications/{theirs.pk}/read/")

    theirs.refresh_from_db()
    assert theirs.read_at is None


# E-mail ------------------------------------------------------------------------


def test_the_email_has_absolute_links_and_an_opt_out(reader, event, mailed):
    mailed(reader, NotificationKind.RSVP_CONFIRMED, page=event)

    message = mail.outbox[-1]
    assert message.to == ["rosa@example.org"]
    assert f"https://praxis.example{event.url}" in message.body
    assert "https://praxis.example/en/my/notifications/" in message.body
    assert "https://praxis.example/en/my/notifications/stop-emails/" in message.body
    assert message.extra_headers["List-Unsubscribe"].startswith(
        "<https://praxis.example/en/my/notifications/stop-emails/"
    )
    assert message.extra_headers["List-Unsubscribe-Post"] == (
        "List-Unsubscribe=One-Click"
    )


def test_the_email_is_in_the_members_language(home, event, mailed):
    swede = make_member("sven", language="sv")

    mailed(swede, NotificationKind.PUBLISHED)

    assert "/sv/my/notifications/" in mail.outbox[-1].body


def test_the_email_about_a_restricted_page_has_no_title(reader, event, mailed):
    restrict(event)

    mailed(reader, NotificationKind.RSVP_CHANGED, page=event)

    body = mail.outbox[-1].body
    assert "assembly" not in body
    assert event.url not in body


def test_members_who_opted_out_get_no_email(home, mailed):
    mailed(make_member("loud"), NotificationKind.PUBLISHED)
    assert len(mail.outbox) == 1
    mail.outbox.clear()
    quiet = make_member("quiet", email=False)

    mailed(quiet, NotificationKind.PUBLISHED)

    assert mail.outbox == []
    assert Notification.objects.filter(member=quiet).exists()


# The one-click opt-out ---------------------------------------------------------


def test_the_opt_out_link_asks_before_it_acts(client, reader):
    response = client.get(unsubscribe_url(reader))

    assert response.status_code == 200
    assert "Stop all e-mails" in response.text
    assert Member.objects.get(user=reader).email_notifications is True


def test_confirming_the_opt_out_stops_emails(client, reader, mailed):
    mailed(reader, NotificationKind.PUBLISHED)
    assert len(mail.outbox) == 1
    mail.outbox.clear()
    client.post(unsubscribe_url(reader))

    assert Member.objects.get(user=reader).email_notifications is False
    mailed(reader, NotificationKind.PUBLISHED)
    assert mail.outbox == []


def test_mail_programs_may_post_the_one_click_opt_out_without_csrf(reader):
    strict = Client(enforce_csrf_checks=True)

    response = strict.post(
        unsubscribe_url(reader), {"List-Unsubscribe": "One-Click"}
    )

    assert response.status_code == 200
    assert Member.objects.get(user=reader).email_notifications is False


def test_a_forged_opt_out_token_does_nothing(client, reader):
    token = make_token(reader)[:-2] + "xx"

    response = client.post(f"/en/my/notifications/stop-emails/{token}/")

    assert response.status_code == 404
    assert Member.objects.get(user=reader).email_notifications is True
