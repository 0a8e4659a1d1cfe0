"""The member's mentoring page, the directory and the proposal page: what
they show, to whom, the forms' messages, and their query budgets."""

from __future__ import annotations

import pytest
from django.urls import reverse

from members.mentoring import services
from members.mentoring.models import (
    MentoringProfile,
    Pairing,
    PairingStatus,
    ProfileKind,
)

from .helpers import CONTACT, MESSAGE, make_member, make_profile, topic

pytestmark = pytest.mark.django_db

MY = "/en/my/mentoring/"
DIRECTORY = "/en/mentoring/"


def save_url(kind: str) -> str:
    return reverse("members:mentoring_save", args=[kind])


def profile_data(kind: str, **overrides) -> dict:
    data = {
        "intro": "I organised tenants for ten years.",
        "languages": ["en", "ar"],
        "time_zone": "Africa/Cairo",
        "mode": "either",
        "capacity": "2",
        "contact": "me@example.org",
        "active": "on",
    }
    data.update(overrides)
    return {f"{kind}-{key}": value for key, value in data.items()}


def test_urls_are_where_the_brief_says():
    assert reverse("members:mentoring") == MY
    assert reverse("members:mentoring_directory") == DIRECTORY


@pytest.mark.parametrize("url", [MY, DIRECTORY])
def test_anonymous_visitors_are_sent_to_sign_in(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_the_members_home_links_to_mentoring(client):
    client.force_login(make_member("ana"))
    body = client.get("/en/my/").content.decode()
    assert MY in body and DIRECTORY in body


def test_a_member_publishes_an_offer_and_a_request(client):
    user = make_member("ana")
    housing = topic("Housing")
    client.force_login(user)
    assert client.get(MY).status_code == 200
    data = profile_data("offer", topics=[str(housing.pk)])
    response = client.post(save_url("offer"), data)
    assert response.status_code == 302
    offer = MentoringProfile.objects.get(member=user, kind=ProfileKind.OFFER)
    assert offer.time_zone == "Africa/Cairo" and offer.capacity == 2
    assert list(offer.topics.all()) == [housing]
    response = client.post(save_url("request"), profile_data("request"))
    assert response.status_code == 302
    # One of each at most: saving again changes the same one.
    client.post(save_url("offer"), profile_data("offer", intro="Changed"))
    assert MentoringProfile.objects.filter(member=user).count() == 2
    assert MentoringProfile.objects.get(kind="offer").intro == "Changed"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("time_zone", "Mars/Olympus", "is not a time zone we know"),
        ("capacity", "6", "less than or equal to 5"),
        ("capacity", "0", "greater than or equal to 1"),
        ("intro", "x" * 501, "at most 500 characters"),
        ("contact", "x" * 301, "at most 300 characters"),
        ("languages", [], "This field is required"),
    ],
)
def test_bad_input_gets_a_message_tied_to_the_field(client, field, value, message):
    user = make_member("ana")
    client.force_login(user)
    response = client.post(save_url("offer"), profile_data("offer", **{field: value}))
    assert response.status_code == 400
    body = response.content.decode()
    assert message in body
    assert f'href="#id_offer-{field}' in body
    assert not MentoringProfile.objects.exists()


def test_a_request_has_no_capacity(client):
    user = make_member("ana")
    client.force_login(user)
    data = profile_data("request")
    del data["request-capacity"]
    assert client.post(save_url("request"), data).status_code == 302
    assert 'name="request-capacity"' not in client.get(MY).content.decode()


def test_the_page_is_translated_and_right_to_left(client):
    client.force_login(make_member("ana"))
    response = client.get("/ar/my/mentoring/")
    assert response.status_code == 200
    assert 'dir="rtl"' in response.content.decode()


# Contact details -----------------------------------------------------------


@pytest.fixture
def pairing():
    mentor, mentee = make_member("mentor"), make_member("mentee")
    offer = make_profile(mentor, contact=f"{CONTACT}-mentor", capacity=2)
    make_profile(mentee, ProfileKind.REQUEST, contact=f"{CONTACT}-mentee")
    proposal = services.propose(mentee, offer, 3, message=MESSAGE)
    return proposal


def bodies(client, users, urls=(MY, DIRECTORY)) -> dict:
    found = {}
    for user in users:
        client.force_login(user)
        found[user.username] = "".join(client.get(url).content.decode() for url in urls)
    return found


def assert_hidden(seen: dict) -> None:
    assert f"{CONTACT}-mentee" not in seen["mentor"]
    assert f"{CONTACT}-mentor" not in seen["mentee"]
    assert CONTACT not in seen["third"]
    for body in seen.values():
        assert MESSAGE not in body


def test_contact_details_show_only_inside_an_active_pairing(client, pairing):
    mentor, mentee = pairing.mentor, pairing.mentee
    third = make_member("third")
    # Proposed: nobody sees another's contact, nor the message. (Each
    # member's own form shows their own.)
    assert_hidden(bodies(client, [mentor, mentee, third]))
    client.force_login(mentor)
    propose_page = client.get(
        reverse(
            "members:mentoring_propose",
            args=[pairing.mentee.mentoring_profiles.get().pk],
        )
    ).content.decode()
    assert CONTACT not in propose_page
    # Accepted: each sees the other's, and the message; a third person nothing.
    client.force_login(mentor)
    client.post(
        reverse("members:mentoring_answer", args=[pairing.pk]), {"answer": "accept"}
    )
    assert Pairing.objects.get().status == PairingStatus.ACTIVE
    seen = bodies(client, [mentor, mentee, third])
    assert f"{CONTACT}-mentee" in seen["mentor"] and MESSAGE in seen["mentor"]
    assert f"{CONTACT}-mentor" in seen["mentee"] and MESSAGE in seen["mentee"]
    assert CONTACT not in seen["third"] and MESSAGE not in seen["third"]
    # Ended: gone again.
    client.force_login(mentee)
    client.post(reverse("members:mentoring_end", args=[pairing.pk]))
    assert Pairing.objects.get().status == PairingStatus.ENDED
    assert_hidden(bodies(client, [mentor, mentee, third]))


def test_a_third_person_cannot_answer_or_end_a_pairing(client, pairing):
    client.force_login(make_member("third"))
    answer = reverse("members:mentoring_answer", args=[pairing.pk])
    assert client.post(answer, {"answer": "accept"}).status_code == 404
    assert (
        client.post(reverse("members:mentoring_end", args=[pairing.pk])).status_code
        == 404
    )
    assert Pairing.objects.get().status == PairingStatus.PROPOSED


def test_the_directory_lists_offers_with_places_without_contact(client):
    mentor = make_member("mentor", display_name="Rania")
    make_profile(mentor, intro="Ten years of rent strikes", languages=["ar"])
    make_profile(make_member("paused"), active=False, intro="Paused offer")
    make_profile(make_member("seeker"), ProfileKind.REQUEST, intro="A request")
    viewer = make_member("viewer")
    client.force_login(viewer)
    body = client.get(DIRECTORY).content.decode()
    assert "Rania" in body and "Ten years of rent strikes" in body
    assert "Arabic" in body
    assert "Paused offer" not in body and "A request" not in body
    assert CONTACT not in body


# Proposing -----------------------------------------------------------------


def test_a_member_proposes_from_the_directory(client):
    offer = make_profile(make_member("mentor"))
    mentee = make_member("mentee")
    client.force_login(mentee)
    url = reverse("members:mentoring_propose", args=[offer.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, {"months": "4", "message": "Hi"})
    assert response.status_code == 302
    pairing = Pairing.objects.get()
    assert pairing.mentee == mentee and pairing.status == PairingStatus.PROPOSED


def test_a_new_member_is_told_how_to_earn_proposing(client):
    offer = make_profile(make_member("mentor"))
    client.force_login(make_member("newcomer", trusted=False))
    url = reverse("members:mentoring_propose", args=[offer.pk])
    for response in (client.get(url), client.post(url, {"months": "3"})):
        assert response.status_code == 403
        body = response.content.decode()
        assert "share a lesson or a resource" in body
        assert "publish a request" in body
    assert not Pairing.objects.exists()


def test_a_bad_length_gets_a_message(client):
    offer = make_profile(make_member("mentor"))
    client.force_login(make_member("mentee"))
    url = reverse("members:mentoring_propose", args=[offer.pk])
    response = client.post(url, {"months": "13"})
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert not Pairing.objects.exists()


def test_the_rate_limit_is_explained(client):
    mentee = make_member("mentee")
    for n in range(services.PROPOSALS_PER_DAY):
        services.propose(mentee, make_profile(make_member(f"m{n}")), 3)
    offer = make_profile(make_member("last"))
    client.force_login(mentee)
    url = reverse("members:mentoring_propose", args=[offer.pk])
    response = client.post(url, {"months": "3"})
    assert response.status_code == 403
    assert "proposals a day" in response.content.decode()


def test_ones_own_or_a_paused_profile_cannot_be_proposed_to(client):
    user = make_member("ana")
    own = make_profile(user)
    paused = make_profile(make_member("paused"), active=False)
    client.force_login(user)
    for profile in (own, paused):
        url = reverse("members:mentoring_propose", args=[profile.pk])
        assert client.get(url).status_code == 404


def test_suggested_matches_show_why(client):
    housing = topic("Housing")
    mentee = make_member("mentee")
    make_profile(mentee, ProfileKind.REQUEST, topics=[housing], languages=["ar"])
    make_profile(
        make_member("mentor", display_name="Rania"), topics=[housing], languages=["ar"]
    )
    client.force_login(mentee)
    body = client.get(MY).content.decode()
    assert "Rania" in body
    assert "1 shared topic" in body and "both speak Arabic" in body


# Query budgets ----------------------------------------------------------------


def scenario(count: int):
    """A member with a request and ``count`` matching offers, ``count``
    pairings with them in every state, and ``count`` offers in the directory."""
    housing = topic("Housing")
    me = make_member("me")
    make_profile(me, ProfileKind.REQUEST, topics=[housing])
    make_profile(me, ProfileKind.OFFER, capacity=5)
    states = [PairingStatus.PROPOSED, PairingStatus.ACTIVE, PairingStatus.ENDED]
    for n in range(count):
        mentor = make_member(f"mentor{n}")
        make_profile(mentor, topics=[housing], capacity=5)
        mentee = make_member(f"mentee{n}")
        make_profile(mentee, ProfileKind.REQUEST, topics=[housing])
        Pairing.objects.create(
            mentor=me if n % 2 else mentor,
            mentee=mentee if n % 2 else me,
            proposed_by=mentee if n % 2 else me,
            status=states[n % 3],
            message=MESSAGE,
            ends_on="2030-01-01",
        )
    return me


@pytest.mark.parametrize("count", [2, 12])
def test_my_page_has_a_constant_query_budget(
    client, django_assert_max_num_queries, count
):
    me = scenario(count)
    client.force_login(me)
    with django_assert_max_num_queries(30):
        response = client.get(MY)
    assert response.status_code == 200


@pytest.mark.parametrize("count", [2, 12])
def test_the_directory_has_a_constant_query_budget(
    client, django_assert_max_num_queries, count
):
    me = scenario(count)
    client.force_login(me)
    with django_assert_max_num_queries(16):
        response = client.get(DIRECTORY)
    assert response.status_code == 200
