"""Trust levels, in the Discourse manner: what a member may do is earned by a
record of accepted contributions, never granted by signing up.

A new member's contributions are pre-moderated (a submission is a draft in
the peer-review workflow; later, a new member's posts wait for a moderator)
and rate-limited; the limits loosen as reviewers accept their work. No trust
level gives moderation rights or a restricted group's reading: those come
only from a coordinator putting someone in a group.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .models import Member, Submission, SubmissionStatus, TrustLevel

#: Accepted contributions needed for each level.
LEVEL_THRESHOLDS = {TrustLevel.BASIC: 1, TrustLevel.TRUSTED: 5}


@dataclass(frozen=True)
class Limits:
    #: Submissions a member may send for review in any 24 hours.
    submissions_per_day: int
    #: Submissions that may wait in review at once.
    in_review_at_once: int
    #: Whether the member's posts wait for a moderator before others see them.
    posts_premoderated: bool


#: The limits of each level (documented in the README's "Members" section).
LIMITS = {
    TrustLevel.NEW: Limits(
        submissions_per_day=2, in_review_at_once=3, posts_premoderated=True
    ),
    TrustLevel.BASIC: Limits(
        submissions_per_day=5, in_review_at_once=10, posts_premoderated=False
    ),
    TrustLevel.TRUSTED: Limits(
        submissions_per_day=20, in_review_at_once=50, posts_premoderated=False
    ),
}


class LimitReached(Exception):
    """An action the member's trust level does not allow now; ``message`` says
    why and when they can try again, in words they can act on."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def level_for(accepted: int) -> TrustLevel:
    if accepted >= LEVEL_THRESHOLDS[TrustLevel.TRUSTED]:
        return TrustLevel.TRUSTED
    if accepted >= LEVEL_THRESHOLDS[TrustLevel.BASIC]:
        return TrustLevel.BASIC
    return TrustLevel.NEW


def trust_level(user) -> TrustLevel:
    accepted = (
        Member.objects.filter(user=user)
        .values_list("accepted_contributions", flat=True)
        .first()
    )
    return level_for(accepted or 0)


def limits_for(user) -> Limits:
    return LIMITS[trust_level(user)]


def check_can_submit(user) -> None:
    """Raise :class:`LimitReached` if ``user`` may not send another submission
    for review now. Counted from the database, so it holds across processes."""
    limits = limits_for(user)
    since = timezone.now() - timedelta(days=1)
    submitted = Submission.objects.filter(member=user, submitted_at__gte=since)
    if submitted.count() >= limits.submissions_per_day:
        raise LimitReached(
            ngettext(
                "You can send %(count)d contribution for review a day. "
                "Your draft is saved: send it tomorrow.",
                "You can send %(count)d contributions for review a day. "
                "Your draft is saved: send it tomorrow.",
                limits.submissions_per_day,
            )
            % {"count": limits.submissions_per_day}
        )
    waiting = Submission.objects.filter(
        member=user, status=SubmissionStatus.IN_REVIEW
    ).count()
    if waiting >= limits.in_review_at_once:
        raise LimitReached(
            str(
                _(
                    "You already have %(count)d contributions waiting for review. "
                    "Your draft is saved: send it once reviewers have answered."
                )
            )
            % {"count": waiting}
        )


def record_accepted(user) -> None:
    """A reviewer accepted one of ``user``'s contributions."""
    from django.db.models import F

    Member.objects.filter(user=user).update(
        accepted_contributions=F("accepted_contributions") + 1
    )
