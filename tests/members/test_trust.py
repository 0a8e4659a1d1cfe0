"""Trust levels: earned by accepted contributions, with limits per level."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from members.models import Member, Submission, SubmissionStatus, TrustLevel
from members.trust import (
    LIMITS,
    LimitReached,
    check_can_submit,
    level_for,
    limits_for,
    record_accepted,
    trust_level,
)

pytestmark = pytest.mark.django_db


def accepted(user, count: int) -> None:
    Member.objects.filter(user=user).update(accepted_contributions=count)


def sent(
    user, count: int, *, ago=timedelta(hours=1), status=SubmissionStatus.PUBLISHED
):
    for n in range(count):
        Submission.objects.create(
            member=user,
            kind="lesson",
            title=f"Lesson {n}",
            status=status,
            submitted_at=timezone.now() - ago,
        )


@pytest.mark.parametrize(
    ("count", "level"),
    [
        (0, TrustLevel.NEW),
        (1, TrustLevel.BASIC),
        (4, TrustLevel.BASIC),
        (5, TrustLevel.TRUSTED),
        (50, TrustLevel.TRUSTED),
    ],
)
def test_levels_come_from_accepted_contributions(member, count, level):
    assert level_for(count) == level
    accepted(member, count)
    assert trust_level(member) == level
    assert limits_for(member) == LIMITS[level]


def test_a_new_account_is_a_new_member(member):
    assert trust_level(member) == TrustLevel.NEW
    assert LIMITS[TrustLevel.NEW].posts_premoderated


def test_each_accepted_contribution_counts(member):
    record_accepted(member)
    assert trust_level(member) == TrustLevel.BASIC
    for _ in range(4):
        record_accepted(member)
    assert trust_level(member) == TrustLevel.TRUSTED


def test_limits_loosen_with_each_level():
    new, basic, trusted = (LIMITS[level] for level in TrustLevel)
    assert new.submissions_per_day < basic.submissions_per_day
    assert basic.submissions_per_day < trusted.submissions_per_day
    assert new.in_review_at_once < basic.in_review_at_once < trusted.in_review_at_once


@pytest.mark.parametrize("level", list(TrustLevel))
def test_the_daily_limit_of_each_level(member, level):
    accepted(member, {0: 0, 1: 1, 2: 5}[int(level)])
    per_day = LIMITS[level].submissions_per_day
    sent(member, per_day - 1)
    check_can_submit(member)
    sent(member, 1)
    with pytest.raises(LimitReached) as refused:
        check_can_submit(member)
    assert f"{per_day} contribution" in refused.value.message
    assert "tomorrow" in refused.value.message


def test_yesterdays_submissions_do_not_count(member):
    sent(member, LIMITS[TrustLevel.NEW].submissions_per_day, ago=timedelta(days=2))
    check_can_submit(member)


def test_the_in_review_cap(member):
    cap = LIMITS[TrustLevel.NEW].in_review_at_once
    sent(member, cap, ago=timedelta(days=3), status=SubmissionStatus.IN_REVIEW)
    with pytest.raises(LimitReached) as refused:
        check_can_submit(member)
    assert f"{cap} contributions waiting for review" in refused.value.message
    Submission.objects.filter(member=member).first().delete()
    check_can_submit(member)


def test_other_members_submissions_do_not_count(member, django_user_model):
    other = django_user_model.objects.create_user(username="other", password="pw")
    sent(other, 10, status=SubmissionStatus.IN_REVIEW)
    check_can_submit(member)
