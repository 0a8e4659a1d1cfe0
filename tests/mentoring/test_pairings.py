"""Pairings: proposed by one, active only once both accepted, within the
mentor's capacity, ended early by either or by the date (the background
task), and who is told what."""

from __future__ import annotations

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from members.mentoring import services
from members.mentoring.models import Pairing, PairingStatus, ProfileKind
from members.models import Notification, NotificationKind
from members.trust import LimitReached

from .helpers import make_member, make_profile

pytestmark = pytest.mark.django_db


@pytest.fixture
def pair():
    mentor, mentee = make_member("mentor"), make_member("mentee")
    offer = make_profile(mentor, capacity=2)
    request = make_profile(mentee, ProfileKind.REQUEST)
    return mentor, mentee, offer, request


def kinds(user) -> list[str]:
    return list(
        Notification.objects.filter(member=user)
        .order_by("pk")
        .values_list("kind", flat=True)
    )


def test_a_proposal_is_not_active_until_the_other_accepts(pair):
    mentor, mentee, offer, _request = pair
    pairing = services.propose(mentee, offer, 3)
    assert pairing.status == PairingStatus.PROPOSED
    assert pairing.mentee_accepted_at and not pairing.mentor_accepted_at
    assert kinds(mentor) == [NotificationKind.MENTOR_REQUEST]
    assert kinds(mentee) == []
    # The proposer's own acceptance does not count twice.
    with pytest.raises(LimitReached):
        services.accept(mentee, pairing)
    services.accept(mentor, pairing)
    pairing.refresh_from_db()
    assert pairing.status == PairingStatus.ACTIVE and pairing.started_at
    assert kinds(mentor)[-1] == NotificationKind.PAIRING_STARTED
    assert kinds(mentee) == [NotificationKind.PAIRING_STARTED]


def test_a_mentor_can_offer_to_a_request(pair):
    mentor, mentee, _offer, request = pair
    pairing = services.propose(mentor, request, 6)
    assert (pairing.mentor, pairing.mentee) == (mentor, mentee)
    assert kinds(mentee) == [NotificationKind.MENTOR_REQUEST]
    services.accept(mentee, pairing)
    assert Pairing.objects.get().status == PairingStatus.ACTIVE


def test_offering_to_a_request_needs_an_offer_of_ones_own(pair):
    _mentor, mentee, _offer, _request = pair
    other = make_member("other")
    other_request = make_profile(other, ProfileKind.REQUEST)
    with pytest.raises(LimitReached, match="Publish an offer"):
        services.propose(mentee, other_request, 3)


def test_declining_tells_the_proposer(pair):
    mentor, mentee, offer, _request = pair
    pairing = services.propose(mentee, offer, 3)
    services.decline(mentor, pairing)
    pairing.refresh_from_db()
    assert pairing.status == PairingStatus.DECLINED
    assert kinds(mentee) == [NotificationKind.PAIRING_DECLINED]
    with pytest.raises(LimitReached):
        services.accept(mentor, pairing)


def test_a_third_person_cannot_answer(pair):
    _mentor, mentee, offer, _request = pair
    pairing = services.propose(mentee, offer, 3)
    with pytest.raises(LimitReached):
        services.accept(make_member("third"), pairing)


def test_the_end_date_is_chosen_at_proposal_default_three_months_at_most_twelve(
    pair,
):
    _mentor, mentee, offer, _request = pair
    day = datetime.date(2026, 11, 30)
    pairing = services.propose(mentee, offer, 3, today=day)
    assert pairing.ends_on == datetime.date(2027, 2, 28)
    with pytest.raises(LimitReached):
        services.propose(make_member("x"), offer, 13)
    with pytest.raises(LimitReached):
        services.propose(make_member("y"), offer, 0)


def test_capacity_is_kept_when_accepting(pair):
    mentor, _mentee, offer, _request = pair
    offer.capacity = 1
    offer.save()
    first = services.propose(make_member("first"), offer, 3)
    second = services.propose(make_member("second"), offer, 3)
    services.accept(mentor, first)
    with pytest.raises(LimitReached, match="no place left"):
        services.accept(mentor, second)
    assert Pairing.objects.filter(status=PairingStatus.ACTIVE).count() == 1
    # Full: no new proposals either.
    with pytest.raises(LimitReached, match="no place left"):
        services.propose(make_member("third"), offer, 3)


def test_one_open_pairing_between_the_same_two(pair):
    _mentor, mentee, offer, _request = pair
    services.propose(mentee, offer, 3)
    with pytest.raises(LimitReached, match="already"):
        services.propose(mentee, offer, 3)


def test_you_cannot_pair_with_yourself(pair):
    mentor, _mentee, offer, _request = pair
    with pytest.raises(LimitReached):
        services.propose(mentor, offer, 3)


def test_new_members_cannot_propose_to_strangers_but_can_accept_and_request(pair):
    mentor, _mentee, offer, _request = pair
    newcomer = make_member("newcomer", trusted=False)
    with pytest.raises(LimitReached, match="New members"):
        services.propose(newcomer, offer, 3)
    request = make_profile(newcomer, ProfileKind.REQUEST)
    pairing = services.propose(mentor, request, 3)
    services.accept(newcomer, pairing)
    assert Pairing.objects.get(pk=pairing.pk).status == PairingStatus.ACTIVE
    # Once paired, they may propose to the same person again.
    services.end_by_member(newcomer, pairing)
    again = services.propose(newcomer, offer, 3)
    assert again.status == PairingStatus.PROPOSED


def test_proposals_are_rate_limited(pair):
    proposer = make_member("busy")
    for n in range(services.PROPOSALS_PER_DAY):
        offer = make_profile(make_member(f"mentor{n}"))
        services.propose(proposer, offer, 3)
    last = make_profile(make_member("one-more"))
    with pytest.raises(LimitReached, match="proposals a day"):
        services.propose(proposer, last, 3)
    # A day later the count starts again.
    Pairing.objects.filter(proposed_by=proposer).update(
        created_at=timezone.now() - datetime.timedelta(days=1, minutes=1)
    )
    services.propose(proposer, last, 3)


def test_either_can_end_early_and_the_other_is_told(pair):
    mentor, mentee, offer, _request = pair
    pairing = services.propose(mentee, offer, 3)
    services.accept(mentor, pairing)
    Notification.objects.all().delete()
    assert services.end_by_member(mentee, pairing)
    assert Pairing.objects.get().status == PairingStatus.ENDED
    assert kinds(mentor) == [NotificationKind.PAIRING_ENDED]
    assert kinds(mentee) == []
    assert not services.end_by_member(mentor, pairing)
    with pytest.raises(LimitReached):
        services.end_by_member(make_member("third"), pairing)


def test_withdrawing_a_proposal_tells_nobody(pair):
    mentor, mentee, offer, _request = pair
    pairing = services.propose(mentee, offer, 3)
    Notification.objects.all().delete()
    services.end_by_member(mentee, pairing)
    assert Pairing.objects.get().status == PairingStatus.EXPIRED
    assert kinds(mentor) == [] and kinds(mentee) == []


def test_the_background_task_ends_pairings_past_their_date_and_tells_both(pair):
    mentor, mentee, offer, _request = pair
    today = timezone.localdate()
    pairing = services.propose(mentee, offer, 1, today=today)
    services.accept(mentor, pairing)
    current = services.propose(make_member("current"), offer, 3, today=today)
    services.accept(mentor, current)
    Notification.objects.all().delete()
    # Not due yet.
    assert list(services.due(today=pairing.ends_on)) == []
    later = pairing.ends_on + datetime.timedelta(days=1)
    assert list(services.due(today=later)) == [pairing]
    assert not services.close(current.pk, today=later)
    assert services.close(pairing.pk, today=later)
    assert Pairing.objects.get(pk=pairing.pk).status == PairingStatus.ENDED
    assert kinds(mentor) == [NotificationKind.PAIRING_ENDED]
    assert kinds(mentee) == [NotificationKind.PAIRING_ENDED]
    # A rerun tells nobody twice.
    assert not services.close(pairing.pk, today=later)
    assert Notification.objects.count() == 2
    assert Pairing.objects.get(pk=current.pk).status == PairingStatus.ACTIVE


def test_unanswered_proposals_expire(pair):
    mentor, mentee, offer, _request = pair
    pairing = services.propose(mentee, offer, 3)
    Notification.objects.all().delete()
    now = timezone.now()
    assert list(services.due(now=now)) == []
    later = now + datetime.timedelta(days=services.PROPOSAL_DAYS + 1)
    assert list(services.due(now=later)) == [pairing]
    assert not services.close(pairing.pk, now=now)
    assert services.close(pairing.pk, now=later)
    assert Pairing.objects.get().status == PairingStatus.EXPIRED
    assert Notification.objects.count() == 0


def test_the_command_queues_one_task_per_due_pairing(pair):
    mentor, mentee, offer, _request = pair
    pairing = services.propose(mentee, offer, 3)
    services.accept(mentor, pairing)
    Pairing.objects.filter(pk=pairing.pk).update(
        ends_on=timezone.localdate() - datetime.timedelta(days=1)
    )
    out = StringIO()
    call_command("close_mentoring_pairings", stdout=out)
    assert "Queued 1 pairing" in out.getvalue()
    # The immediate backend of the tests ran the task.
    assert Pairing.objects.get().status == PairingStatus.ENDED
    call_command("close_mentoring_pairings", stdout=out)
    assert "Queued 0 pairing" in out.getvalue()
