"""Mentoring leaks nothing: contact details, first messages and who is
paired with whom stay out of search, the public API, anonymous pages and
other members' pages, on every channel at once."""

from __future__ import annotations

import pytest

from members.mentoring import services
from members.mentoring.models import ProfileKind

from .helpers import CONTACT, MESSAGE, make_member, make_profile

pytestmark = pytest.mark.django_db

CHANNELS = (
    "/en/search/?q=SECRET",
    "/api/v1/search/?q=SECRET",
    "/api/v1/",
    "/en/mentoring/",
    "/en/my/mentoring/",
    "/en/my/notifications/",
    "/api/v1/me/mentoring/",
)


@pytest.fixture
def active():
    mentor = make_member("mentor", display_name="Rania")
    mentee = make_member("mentee", display_name="Tomas")
    offer = make_profile(mentor, contact=f"{CONTACT}-mentor", capacity=2)
    make_profile(mentee, ProfileKind.REQUEST, contact=f"{CONTACT}-mentee")
    pairing = services.propose(mentee, offer, 3, message=MESSAGE)
    services.accept(mentor, pairing)
    return pairing


def bodies(client) -> str:
    return "".join(client.get(url).content.decode() for url in CHANNELS)


def test_anonymous_visitors_see_nothing_of_it(client, active):
    text = bodies(client)
    assert CONTACT not in text and MESSAGE not in text
    assert "Tomas" not in text and "Rania" not in text


def test_other_members_see_neither_contact_message_nor_the_pairing(client, active):
    client.force_login(make_member("third"))
    text = bodies(client)
    assert CONTACT not in text and MESSAGE not in text
    # The mentor's offer is in the directory (name, no contact); the mentee,
    # who offers nothing, is named nowhere.
    assert "Rania" in text and "Tomas" not in text


def test_the_two_see_it_which_proves_the_channels_reach_it(client, active):
    client.force_login(active.mentor)
    text = bodies(client)
    assert f"{CONTACT}-mentee" in text and MESSAGE in text
