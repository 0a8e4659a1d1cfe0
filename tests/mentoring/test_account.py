"""Mentoring in the account export and deletion: the member's profiles and
pairings are exported (never the other person's details); deleting the
account ends open pairings, tells the other person, and removes the
profiles."""

from __future__ import annotations

import pytest

from members.account.services import delete_member, export_member
from members.mentoring import services
from members.mentoring.models import MentoringProfile, Pairing, ProfileKind
from members.models import Notification, NotificationKind

from .helpers import CONTACT, MESSAGE, make_member, make_profile, topic

pytestmark = pytest.mark.django_db


def test_export_holds_profiles_and_pairings_but_not_the_other_persons():
    housing = topic("Housing")
    mentor, mentee = make_member("mentor"), make_member("mentee")
    offer = make_profile(mentor, contact=f"{CONTACT}-mentor", topics=[housing])
    make_profile(mentee, ProfileKind.REQUEST, contact=f"{CONTACT}-mentee")
    pairing = services.propose(mentee, offer, 3, message=MESSAGE)
    services.accept(mentor, pairing)
    data = export_member(mentor)
    [profile] = data["mentoring_profiles"]
    assert profile["kind"] == "offer"
    assert profile["contact"] == f"{CONTACT}-mentor"
    assert profile["topics"] == ["Housing"]
    [row] = data["mentoring_pairings"]
    assert row["role"] == "mentor" and row["status"] == "active"
    # The message is the mentee's; the mentee's contact is theirs.
    text = repr(data)
    assert MESSAGE not in text and f"{CONTACT}-mentee" not in text
    assert export_member(mentee)["mentoring_pairings"][0]["message"] == MESSAGE


def test_deleting_ends_open_pairings_tells_the_other_and_removes_profiles():
    mentor, mentee = make_member("mentor"), make_member("mentee")
    offer = make_profile(mentor, capacity=3)
    make_profile(mentee, ProfileKind.REQUEST)
    active = services.propose(mentee, offer, 3)
    services.accept(mentor, active)
    other = make_member("other")
    services.propose(other, offer, 3)
    Notification.objects.all().delete()
    delete_member(mentor)
    assert not MentoringProfile.objects.filter(member_id=offer.member_id).exists()
    assert not Pairing.objects.exists()
    for person in (mentee, other):
        kinds = list(
            Notification.objects.filter(member=person).values_list("kind", flat=True)
        )
        assert kinds == [NotificationKind.PAIRING_ENDED]
    assert MentoringProfile.objects.filter(member=mentee).exists()
