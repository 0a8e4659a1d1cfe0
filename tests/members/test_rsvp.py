"""Event RSVPs: answering, capacity and the waiting list, the member's events
page, their calendar feed, and what organisers see."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from governance.roles import COORDINATORS
from members.models import Member, Notification, NotificationKind, Rsvp, RsvpStatus
from members.rsvp import services
from tests.governance.helpers import person

from .rsvp_helpers import answer, event_index, make_event, make_member, restrict

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home):
    return event_index(home)


@pytest.fixture
def event(index):
    return make_event(index, title="Tenants' assembly", capacity=2)


def status_of(user, event) -> str | None:
    rsvp = Rsvp.objects.filter(member=user, event=event).first()
    return rsvp.status if rsvp else None


# The box on the event page ---------------------------------------------------


def test_anonymous_visitors_are_asked_to_sign_in_and_come_back(client, event):
    response = client.get(event.url)

    assert "Sign in to RSVP" in response.text
    assert f"/accounts/login/?next={event.url}" in response.text


def test_members_see_the_answers_and_the_places_left(client, event, member):
    other = make_member("ana")
    services.answer(other, event, RsvpStatus.GOING)
    client.force_login(member)

    text = client.get(event.url).text

    assert "1 going" in text
    assert "1 place left" in text
    assert 'value="going"' in text
    assert "Cancel my RSVP" not in text  # nothing to cancel yet


def test_past_events_say_they_take_no_answers(client, index, member):
    past = make_event(index, days=-3)
    client.force_login(member)

    assert "no longer takes RSVPs" in client.get(past.url).text
    answer(client, past, "going")
    assert not Rsvp.objects.exists()


# Answering ---------------------------------------------------------------------


def test_going_goes_back_to_the_event_page(client, event, member):
    client.force_login(member)

    response = answer(client, event, "going", next=event.url)

    assert response.status_code == 302
    assert response.url == event.url
    assert status_of(member, event) == RsvpStatus.GOING


def test_a_next_address_on_another_site_is_ignored(client, event, member):
    client.force_login(member)

    response = answer(client, event, "going", next="https://evil.example/")

    assert response.url == event.url


def test_names_are_not_shared_unless_the_member_ticks_the_box(client, event, member):
    client.force_login(member)
    answer(client, event, "going")
    assert Rsvp.objects.get(member=member).share_name is False

    answer(client, event, "going", share_name="on")
    assert Rsvp.objects.get(member=member).share_name is True


def test_going_to_a_full_event_joins_the_waiting_list(client, event, member):
    for name in ("ana", "bo"):
        services.answer(make_member(name), event, RsvpStatus.GOING)
    client.force_login(member)

    answer(client, event, "going")

    rsvp = Rsvp.objects.get(member=member)
    assert rsvp.status == RsvpStatus.WAITING
    assert rsvp.waiting_since is not None
    text = client.get(event.url).text
    assert "waiting list: number 1" in text
    assert "0 places left" in text


def test_interested_takes_no_place(event, member):
    services.answer(member, event, RsvpStatus.INTERESTED)
    for name in ("ana", "bo"):
        services.answer(make_member(name), event, RsvpStatus.GOING)

    assert services.counts_for(event) == services.Counts(
        going=2, interested=1, waiting=0, capacity=2
    )


def test_cancelling_moves_the_waiting_list_up_in_order(event):
    ana, bo = make_member("ana"), make_member("bo")
    services.answer(ana, event, RsvpStatus.GOING)
    services.answer(bo, event, RsvpStatus.GOING)
    waiting = [make_member(name) for name in ("cy", "di", "ed")]
    for user in waiting:
        services.answer(user, event, RsvpStatus.GOING)

    services.cancel(ana, event)
    services.answer(bo, event, RsvpStatus.INTERESTED)

    assert [status_of(user, event) for user in waiting] == [
        RsvpStatus.GOING,
        RsvpStatus.GOING,
        RsvpStatus.WAITING,
    ]
    confirmed = Notification.objects.filter(kind=NotificationKind.RSVP_CONFIRMED)
    assert sorted(n.member.username for n in confirmed) == ["cy", "di"]


def test_the_waiting_position_counts_those_ahead(event):
    for name in ("ana", "bo"):
        services.answer(make_member(name), event, RsvpStatus.GOING)
    later = [make_member(name) for name in ("cy", "di", "ed")]
    for user in later:
        services.answer(user, event, RsvpStatus.GOING)

    positions = {
        r.member.username: r.position
        for r in services.with_waiting_position(
            Rsvp.objects.filter(status=RsvpStatus.WAITING).select_related("member")
        )
    }

    assert positions == {"cy": 1, "di": 2, "ed": 3}


def test_a_larger_capacity_moves_the_waiting_list_up(event):
    for name in ("ana", "bo", "cy", "di"):
        services.answer(make_member(name), event, RsvpStatus.GOING)

    event.capacity = 3
    event.save_revision().publish()

    assert services.counts_for(event).going == 3
    assert Rsvp.objects.get(member__username="cy").status == RsvpStatus.GOING
    assert Rsvp.objects.get(member__username="di").status == RsvpStatus.WAITING


def test_no_limit_takes_everyone(index):
    open_event = make_event(index, capacity=None)
    for name in ("ana", "bo", "cy"):
        services.answer(make_member(name), open_event, RsvpStatus.GOING)

    assert services.counts_for(open_event).going == 3
    assert services.counts_for(open_event).places_left is None


def test_cancel_my_rsvp_removes_it(client, event, member):
    client.force_login(member)
    answer(client, event, "interested")

    answer(client, event, "cancel")

    assert not Rsvp.objects.filter(member=member).exists()


def test_an_event_the_member_may_not_read_is_not_found(client, event, member):
    restrict(event)
    client.force_login(member)

    assert answer(client, event, "going").status_code == 404
    assert not Rsvp.objects.exists()


def test_answering_needs_a_signed_in_member(client, event):
    response = answer(client, event, "going")

    assert response.status_code == 302
    assert "/accounts/login/" in response.url
    assert not Rsvp.objects.exists()


def test_the_fragment_request_gets_the_new_box(client, event, member):
    client.force_login(member)

    response = client.post(
        f"/en/my/events/{event.pk}/rsvp/",
        {"answer": "going", "next": event.url},
        headers={"X-Praxis-Fragment": "rsvp"},
    )

    assert response.status_code == 200
    assert "You are going." in response.text
    assert f'name="next" value="{event.url}"' in response.text


# Changes to the event ----------------------------------------------------------


def test_new_times_tell_everyone_who_answered(event, member):
    services.answer(member, event, RsvpStatus.INTERESTED)
    bystander = make_member("ana")

    event.start_time = datetime.time(17, 0)
    event.save_revision().publish()

    changed = Notification.objects.filter(kind=NotificationKind.RSVP_CHANGED)
    assert [n.member for n in changed] == [member]
    assert not Notification.objects.filter(member=bystander).exists()


def test_a_new_summary_tells_nobody(event, member):
    services.answer(member, event, RsvpStatus.GOING)

    event.summary = "Now with tea."
    event.save_revision().publish()

    assert not Notification.objects.exists()


def test_unpublishing_tells_everyone_who_answered(event, member):
    services.answer(member, event, RsvpStatus.GOING)

    event.unpublish()

    assert Notification.objects.get().kind == NotificationKind.RSVP_CHANGED


def test_deleting_an_event_tells_everyone_who_answered_and_points_nowhere(
    event, member
):
    services.answer(member, event, RsvpStatus.GOING)

    event.delete()

    notice = Notification.objects.get()
    assert (notice.kind, notice.page_id) == (NotificationKind.RSVP_CHANGED, None)
    # What would fail at commit (a notice pointing to the deleted page) fails here.
    connection.check_constraints()


# My events ---------------------------------------------------------------------


def test_my_events_lists_upcoming_and_past_with_status(client, index, member):
    coming = make_event(index, title="Coming soon", days=3)
    over = make_event(index, title="Long over", days=-10)
    services.answer(member, coming, RsvpStatus.GOING)
    Rsvp.objects.create(member=member, event=over, status=RsvpStatus.INTERESTED)
    client.force_login(member)

    text = client.get("/en/my/events/").text

    assert text.index("Coming soon") < text.index("Past events") < text.index(
        "Long over"
    )
    assert "Going" in text and "Interested" in text


def test_my_events_leaves_out_events_the_member_may_no_longer_read(
    client, index, member
):
    hidden = make_event(index, title="Closed circle")
    services.answer(member, hidden, RsvpStatus.GOING)
    restrict(hidden)
    client.force_login(member)

    text = client.get("/en/my/events/").text

    assert "Closed circle" not in text
    assert hidden.url not in text


def test_my_events_needs_a_signed_in_member(client):
    assert client.get("/en/my/events/").status_code == 302


def _my_events_queries(client, index, member, count: int) -> int:
    for n in range(count):
        services.answer(member, make_event(index, days=n + 1), RsvpStatus.GOING)
    client.force_login(member)
    client.get("/en/my/events/")
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/en/my/events/").status_code == 200
    Rsvp.objects.all().delete()
    return len(captured)


def test_my_events_queries_do_not_grow_with_the_rsvps(
    client, index, member, django_assert_max_num_queries
):
    one = _my_events_queries(client, index, member, 1)
    five = _my_events_queries(client, index, member, 5)

    assert five == one
    with django_assert_max_num_queries(15):
        client.get("/en/my/events/")


# The calendar feed -------------------------------------------------------------


def feed_url(user) -> str:
    return f"/calendar/{Member.objects.get(user=user).calendar_token}.ics"


def test_the_feed_lists_the_members_answered_events(client, index, member):
    going = make_event(index, title="Picket rota")
    services.answer(member, going, RsvpStatus.GOING)
    make_event(index, title="Not answered")

    response = client.get(feed_url(member))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert "private" in response["Cache-Control"]
    body = response.content.decode()
    assert "Picket rota" in body
    assert "Not answered" not in body


def test_the_feed_leaves_out_events_the_member_may_no_longer_read(
    client, index, member
):
    hidden = make_event(index, title="Closed circle")
    services.answer(member, hidden, RsvpStatus.GOING)
    restrict(hidden)

    assert "Closed circle" not in client.get(feed_url(member)).content.decode()


def test_an_unknown_token_is_not_found(client, member):
    assert client.get("/calendar/not-a-token.ics").status_code == 404


def test_a_new_feed_address_retires_the_old_one(client, member):
    old = feed_url(member)
    client.force_login(member)

    client.post("/en/my/events/new-feed/")

    assert client.get(old).status_code == 404
    assert feed_url(member) != old
    assert client.get(feed_url(member)).status_code == 200


def _feed_queries(client, index, member, count: int) -> int:
    for n in range(count):
        services.answer(member, make_event(index, days=n + 1), RsvpStatus.GOING)
    url = feed_url(member)
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    Rsvp.objects.all().delete()
    return len(captured)


def test_feed_queries_do_not_grow_with_the_rsvps(client, index, member):
    assert _feed_queries(client, index, member, 1) == _feed_queries(
        client, index, member, 5
    )


# What organisers see -----------------------------------------------------------


def counts_url(event) -> str:
    return f"/admin/events/{event.pk}/rsvps/"


def test_organisers_see_counts_and_only_the_names_shared(client, event):
    services.answer(make_member("ana"), event, RsvpStatus.GOING, share_name=True)
    services.answer(make_member("bo"), event, RsvpStatus.GOING)
    services.answer(make_member("cy"), event, RsvpStatus.INTERESTED)
    client.force_login(person("coordinator", COORDINATORS))

    response = client.get(counts_url(event))

    assert response.status_code == 200
    assert "2 going" in response.text
    assert "1 interested" in response.text
    assert "Ana D." in response.text
    assert "Bo D." not in response.text
    assert "Cy D." not in response.text


def test_the_event_listing_links_to_the_counts(client, event):
    client.force_login(person("coordinator", COORDINATORS))

    response = client.get(f"/admin/pages/{event.get_parent().pk}/")

    assert counts_url(event) in response.text


def test_a_movement_editor_of_another_movement_is_refused(client, home, event):
    from engagement import factories

    movements = factories.MovementIndexPageFactory(parent=home)
    other = factories.MovementProfilePageFactory(parent=movements, title="Other")
    editor = make_member("editor")
    editor.groups.add(other.editor_group)
    client.force_login(editor)

    assert client.get(counts_url(event)).status_code == 404


def test_the_admin_reading_rule_hides_another_persons_draft_event(
    client, home, index
):
    from engagement import factories

    movements = factories.MovementIndexPageFactory(parent=home)
    movement = factories.MovementProfilePageFactory(parent=movements, title="Ours")
    editor = make_member("editor")
    editor.groups.add(movement.editor_group)
    draft = make_event(index, live=False, first_published_at=None)
    client.force_login(editor)

    from governance.admin_reading import may_read_page

    assert not may_read_page(editor, draft.pk)
    assert client.get(counts_url(draft)).status_code == 404


def test_a_movement_editor_sees_the_counts_of_their_own_event(client, home, index):
    from engagement import factories

    movements = factories.MovementIndexPageFactory(parent=home)
    movement = factories.MovementProfilePageFactory(parent=movements, title="Ours")
    editor = make_member("editor")
    editor.groups.add(movement.editor_group)
    own = make_event(index, owner=editor)
    client.force_login(editor)

    assert client.get(counts_url(own)).status_code == 200


def test_members_without_admin_access_do_not_get_the_counts(client, event, member):
    client.force_login(member)

    response = client.get(counts_url(event))

    assert response.status_code in (302, 403, 404)
    assert "going" not in response.text
