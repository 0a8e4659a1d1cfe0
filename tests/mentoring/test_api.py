"""``/api/v1/me/mentoring/``: the member's own profiles and pairings; the
other person's contact details and the message only while active."""

from __future__ import annotations

import json

import pytest

from members.api.tokens import create_token
from members.mentoring import services
from members.mentoring.models import Pairing, ProfileKind

from .helpers import CONTACT, MESSAGE, make_member, make_profile, topic

pytestmark = pytest.mark.django_db

URL = "/api/v1/me/mentoring/"


def get(client, user=None):
    headers = {}
    if user is not None:
        headers["HTTP_AUTHORIZATION"] = f"Bearer {create_token(user, 'app')[1]}"
    response = client.get(URL, **headers)
    response.data = json.loads(response.content) if response.content else None
    return response


@pytest.fixture
def proposal():
    mentor = make_member("mentor", display_name="Rania")
    mentee = make_member("mentee", display_name="Tomas")
    offer = make_profile(mentor, contact=f"{CONTACT}-mentor", topics=[topic("Housing")])
    make_profile(mentee, ProfileKind.REQUEST, contact=f"{CONTACT}-mentee")
    return services.propose(mentee, offer, 3, message=MESSAGE)


def test_anonymous_gets_401(client):
    response = get(client)
    assert response.status_code == 401
    assert response["Content-Type"].startswith("application/problem+json")


def test_contact_and_message_only_while_active(client, proposal):
    mentor, mentee = proposal.mentor, proposal.mentee
    response = get(client, mentor)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    [row] = response.data["pairings"]
    assert row["status"] == "proposed" and row["awaiting_me"] is True
    assert row["with_name"] == "Tomas"
    assert row["contact"] is None and row["message"] is None
    assert f"{CONTACT}-mentee" not in response.content.decode()
    [own] = response.data["profiles"]
    assert own["contact"] == f"{CONTACT}-mentor" and own["topics"] == ["Housing"]

    services.accept(mentor, proposal)
    [row] = get(client, mentor).data["pairings"]
    assert row["contact"] == f"{CONTACT}-mentee" and row["message"] == MESSAGE
    [row] = get(client, mentee).data["pairings"]
    assert row["contact"] == f"{CONTACT}-mentor"

    third = get(client, make_member("third"))
    assert third.data["pairings"] == []
    assert CONTACT not in third.content.decode()

    services.end_by_member(mentee, proposal)
    body = get(client, mentor).content.decode()
    assert f"{CONTACT}-mentee" not in body and MESSAGE not in body


@pytest.mark.parametrize("count", [2, 12])
def test_a_constant_query_budget(client, django_assert_max_num_queries, count):
    me = make_member("me")
    make_profile(me, ProfileKind.REQUEST)
    for n in range(count):
        mentor = make_member(f"m{n}")
        pairing = services.propose(me, make_profile(mentor), 3)
        if n % 2:
            services.accept(mentor, pairing)
        # Dated back, so the rate limit leaves the next one through.
        Pairing.objects.filter(pk=pairing.pk).update(created_at="2026-01-01T00:00Z")
    token = create_token(me, "app")[1]
    with django_assert_max_num_queries(14):
        response = client.get(URL, HTTP_AUTHORIZATION=f"Bearer {token}")
    assert len(json.loads(response.content)["pairings"]) == count
