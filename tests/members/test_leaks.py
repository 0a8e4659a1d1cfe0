"""The members' channels leak nothing: a restricted lesson a member saved,
marked done on a path, or was notified about, and a private event they
answered, show up for nobody who may not read them — anonymous visitors,
other members, and the member themselves once they have left the group.
The same requests show everything to the member while they are in the
group, which proves the channels are wired to the hidden pages."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from members.learning import services as learning
from members.library import services as library
from members.models import Member, Notification, NotificationKind, RsvpStatus
from members.rsvp import services as rsvp
from tests.lessons.helpers import make_lesson

from .helpers import event_index, make_event, make_member, make_path

pytestmark = pytest.mark.django_db

HIDDEN = ("Legal team rota", "legal-team-rota", "Closed strategy call")


@dataclass
class Scenario:
    owner: object
    other: object
    group: Group
    shared_link: str
    feed: str
    path_url: str


@pytest.fixture
def scenario(lesson_index, path_index):
    group = Group.objects.create(name="Legal team")
    owner = make_member("owner", group)
    other = make_member("other")
    restricted = make_lesson(
        lesson_index,
        title=HIDDEN[0],
        slug=HIDDEN[1],
        sensitivity="restricted",
        groups=[group],
    )
    public = make_lesson(lesson_index, title="Open rota")
    saved_list = library.create_list(owner, "Camp")
    for page in (restricted, public):
        library.save(owner, page, saved_list)
    library.set_shared(saved_list, True)
    path = make_path(path_index, [restricted, public])
    learning.mark(owner, path, restricted.pk, True, [restricted.pk, public.pk])
    event_index_page = event_index()
    event = make_event(event_index_page, title=HIDDEN[2])
    closed = PageViewRestriction.objects.create(
        page=event, restriction_type=PageViewRestriction.GROUPS
    )
    closed.groups.set([group])
    rsvp.answer(owner, event, RsvpStatus.GOING)
    rsvp.answer(
        owner, make_event(event_index_page, title="Open planning call"), "going"
    )
    for page in (restricted, event):
        Notification.objects.create(
            member=owner, kind=NotificationKind.PUBLISHED, page=page
        )
    return Scenario(
        owner=owner,
        other=other,
        group=group,
        shared_link=f"/en/lists/{saved_list.share_token}/",
        feed=f"/calendar/{Member.objects.get(user=owner).calendar_token}.ics",
        path_url=path.url,
    )


def own_channels() -> list[str]:
    return [
        "/en/my/library/",
        "/en/my/learning/",
        "/en/my/events/",
        "/en/my/notifications/",
    ]


def shared_channels(s: Scenario) -> list[str]:
    return [s.shared_link, s.feed, s.path_url]


def leaks(client, urls) -> dict[str, list[str]]:
    found = {}
    for url in urls:
        response = client.get(url)
        body = response.content.decode()
        hits = [text for text in HIDDEN if text in body]
        if hits:
            found[url] = hits
    return found


def test_the_member_in_the_group_sees_every_hidden_item(client, scenario):
    client.force_login(scenario.owner)

    seen = {
        url: [text for text in HIDDEN if text in client.get(url).content.decode()]
        for url in own_channels() + shared_channels(scenario)
    }

    assert HIDDEN[0] in seen["/en/my/library/"]
    assert HIDDEN[0] in seen[scenario.shared_link]
    assert HIDDEN[0] in seen[scenario.path_url]
    assert HIDDEN[2] in seen["/en/my/events/"]
    # Calendar applications keep copies elsewhere: no group's event goes there.
    assert seen[scenario.feed] == []
    assert "Open planning call" in client.get(scenario.feed).content.decode()
    assert set(seen["/en/my/notifications/"]) >= {HIDDEN[0], HIDDEN[2]}


def test_anonymous_visitors_find_nothing_hidden(client, scenario):
    assert leaks(client, shared_channels(scenario)) == {}


def test_other_members_find_nothing_hidden(client, scenario):
    client.force_login(scenario.other)

    assert leaks(client, own_channels() + shared_channels(scenario)) == {}


def test_a_member_who_left_the_group_finds_nothing_hidden_of_their_own(
    client, scenario
):
    scenario.owner.groups.remove(scenario.group)
    client.force_login(scenario.owner)

    assert leaks(client, own_channels() + shared_channels(scenario)) == {}
