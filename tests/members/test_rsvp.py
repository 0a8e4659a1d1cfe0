"""RSVPs: going or interested, a waiting list that moves up in order, no
overbooking, the member's events and private calendar feed."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group

from members.models import Member, Notification, NotificationKind, Rsvp, RsvpStatus
from members.rsvp import services

from .helpers import event_index, make_event, make_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def events(home):
    return event_index()


@pytest.fixture
def event(events):
    return make_event(events, title="First aid refresher", capacity=2)


def respond(client, event, status, **extra):
    return client.post(
        f"/en/my/events/{event.pk}/", {"status": status, "next": event.url, **extra}
    )


def test_anonymous_visitors_are_asked_to_sign_in_to_rsvp(client, event):
    html = client.get(event.url).content.decode()

    assert "Sign in to RSVP" in html
    assert "0 going · 2 places left" in html


def test_going_without_javascript(client, member, event):
    client.force_login(member)

    response = respond(client, event, "going")

    assert response.status_code == 302 and response["Location"] == event.url
    rsvp = Rsvp.objects.get(member=member)
    assert rsvp.status == RsvpStatus.GOING and rsvp.share_name is False
    html = client.get(event.url).content.decode()
    assert "You are going." in html and "1 going · 1 place left" in html


def test_a_full_event_puts_the_member_on_the_waiting_list(client, event):
    for name in ("first", "second"):
        services.answer(make_member(name), event, RsvpStatus.GOING)
    late = make_member("late")
    client.force_login(late)

    respond(client, event, "going")

    assert Rsvp.objects.get(member=late).status == RsvpStatus.WAITING
    html = client.get(event.url).content.decode()
    assert "You are on the waiting list: number 1." in html
    assert "1 on the waiting list" in html


def test_a_cancellation_moves_the_waiting_list_up_in_order_and_tells_them(event):
    first, second, third, fourth = (make_member(n) for n in ("a", "b", "c", "d"))
    for person in (first, second, third, fourth):
        services.answer(person, event, RsvpStatus.GOING)

    services.cancel(first, event)

    statuses = dict(Rsvp.objects.values_list("member__username", "status"))
    assert statuses == {"b": "going", "c": "going", "d": "waiting"}
    assert Notification.objects.filter(
        member=third, kind=NotificationKind.RSVP_CONFIRMED, page=event
    ).exists()
    assert not Notification.objects.filter(member=fourth).exists()


def test_going_to_interested_frees_the_place(event):
    first, second, third = (make_member(n) for n in ("a", "b", "c"))
    for person in (first, second, third):
        services.answer(person, event, RsvpStatus.GOING)

    services.answer(first, event, RsvpStatus.INTERESTED)

    assert Rsvp.objects.get(member=third).status == RsvpStatus.GOING


def test_raising_the_capacity_lets_the_waiting_in(event):
    people = [make_member(n) for n in ("a", "b", "c")]
    for person in people:
        services.answer(person, event, RsvpStatus.GOING)
    event.capacity = 3
    event.save()

    services.move_up(event)

    assert Rsvp.objects.get(member=people[2]).status == RsvpStatus.GOING


def test_an_unlimited_event_never_has_a_waiting_list(events):
    event = make_event(events, capacity=None)
    for name in "abcde":
        services.answer(make_member(name), event, RsvpStatus.GOING)

    assert not Rsvp.objects.filter(status=RsvpStatus.WAITING).exists()


def test_a_past_event_takes_no_answers(client, member, events):
    past = make_event(events, days=-3)
    client.force_login(member)

    respond(client, past, "going")

    assert not Rsvp.objects.exists()
    assert "This event is over." in client.get(past.url).content.decode()


def test_an_event_the_member_may_not_read_takes_no_answer(client, member, events):
    event = make_event(events)
    event.unpublish()
    client.force_login(member)

    assert respond(client, event, "going").status_code == 404


def test_my_events_and_the_calendar_feed_list_only_readable_events(
    client, member, events
):
    kept = make_event(events, title="Court watch")
    gone = make_event(events, title="Withdrawn call")
    for event in (kept, gone):
        services.answer(member, event, RsvpStatus.GOING)
    gone.unpublish()
    client.force_login(member)

    html = client.get("/en/my/events/").content.decode()
    token = Member.objects.get(user=member).calendar_token
    client.logout()
    feed = client.get(f"/calendar/{token}.ics")

    assert "Court watch" in html and "Withdrawn call" not in html
    assert feed.status_code == 200 and feed["Content-Type"].startswith("text/calendar")
    assert b"Court watch" in feed.content and b"Withdrawn call" not in feed.content
    assert "private" in feed["Cache-Control"]


def test_a_new_feed_address_ends_the_old_one(client, member, event):
    old = Member.objects.get(user=member).calendar_token
    client.force_login(member)

    client.post("/en/my/events/", {"action": "new_feed"})

    new = Member.objects.get(user=member).calendar_token
    assert new != old
    assert client.get(f"/calendar/{old}.ics").status_code == 404
    assert client.get(f"/calendar/{new}.ics").status_code == 200


def test_a_restricted_event_never_reaches_the_feed(client, member, events):
    # Events have no sensitivity of their own; Wagtail's privacy applies.
    from wagtail.models import PageViewRestriction

    event = make_event(events, title="Closed strategy call")
    services.answer(member, event, RsvpStatus.GOING)
    restriction = PageViewRestriction.objects.create(
        page=event, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.create(name="Strategy")])
    token = Member.objects.get(user=member).calendar_token

    assert b"Closed strategy call" not in client.get(f"/calendar/{token}.ics").content


@pytest.mark.parametrize("count", [1, 5])
def test_my_events_takes_fixed_queries(
    client, member, events, count, django_assert_max_num_queries
):
    for number in range(count):
        services.answer(member, make_event(events, title=f"Call {number}"), "going")
    client.force_login(member)
    client.get("/en/my/events/")

    with django_assert_max_num_queries(14):
        assert client.get("/en/my/events/").status_code == 200
