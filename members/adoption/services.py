"""Sending a report and the review outcomes, with the trust limits.

A new member may send :data:`REPORTS_PER_DAY` reports a day at most and have
:func:`limits_for`'s ``in_review_at_once`` waiting (3 for a new member); the
limits loosen with trust level, as for shared lessons. Approving a report
counts as an accepted contribution (it earns trust) and tells the member;
declining tells them, with the reviewer's comment.
"""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from lessons.models import AdoptionReport, AdoptionSignal, LessonPage, ReportStatus

from .. import trust
from ..models import Member, NotificationKind, TrustLevel
from ..notifications import notify

#: Reports a member may send in any 24 hours, by trust level; the reports
#: that may wait for review at once follow the level's ``in_review_at_once``.
REPORTS_PER_DAY = {
    TrustLevel.NEW: 2,
    TrustLevel.BASIC: 5,
    TrustLevel.TRUSTED: 20,
}


class ReviewError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def check_can_report(user) -> None:
    """Raise :class:`~members.trust.LimitReached` if ``user`` may not send
    another report now (counted from the database)."""
    level = trust.trust_level(user)
    per_day = REPORTS_PER_DAY[level]
    since = timezone.now() - timedelta(days=1)
    mine = AdoptionReport.objects.filter(member=user)
    if mine.filter(created_at__gte=since).count() >= per_day:
        raise trust.LimitReached(
            ngettext(
                "You can send %(count)d report a day. Please send this one tomorrow.",
                "You can send %(count)d reports a day. Please send this one tomorrow.",
                per_day,
            )
            % {"count": per_day}
        )
    waiting_cap = trust.LIMITS[level].in_review_at_once
    waiting = mine.filter(status=ReportStatus.SUBMITTED).count()
    if waiting >= waiting_cap:
        raise trust.LimitReached(
            ngettext(
                "You already have %(count)d report waiting for review. Send "
                "this one once reviewers have answered.",
                "You already have %(count)d reports waiting for review. Send "
                "this one once reviewers have answered.",
                waiting,
            )
            % {"count": waiting}
        )


def submit(user, lesson: LessonPage, form, signals) -> AdoptionReport:
    """Save the report and its filled signal rows, all or nothing. The
    member's row is locked first, so two reports sent at once cannot both
    slip under the limits."""
    with transaction.atomic():
        list(Member.objects.select_for_update().filter(user=user))
        check_can_report(user)
        report = form.save(commit=False)
        report.lesson = lesson
        report.member = user
        report.status = ReportStatus.SUBMITTED
        report.language = translation.get_language() or ""
        report.save()
        AdoptionSignal.objects.bulk_create(
            [
                AdoptionSignal(report=report, **signal.cleaned_data)
                for signal in signals
                if signal.has_changed() and signal.is_filled()
            ]
        )
    return report


def _decide(report: AdoptionReport, reviewer, status: str, comment: str) -> None:
    if report.status != ReportStatus.SUBMITTED:
        raise ReviewError(_("This report has already been reviewed."))
    report.status = status
    report.reviewer = reviewer
    report.reviewed_at = timezone.now()
    report.review_comment = comment
    report.save(update_fields=["status", "reviewer", "reviewed_at", "review_comment"])


def approve(report: AdoptionReport, reviewer, comment: str = "") -> None:
    """The report counts from now on; its member hears so."""
    with transaction.atomic():
        report = AdoptionReport.objects.select_for_update().get(pk=report.pk)
        _decide(report, reviewer, ReportStatus.APPROVED, comment)
        if report.member_id:
            trust.record_accepted(report.member)
            notify(
                report.member,
                NotificationKind.ADOPTION_APPROVED,
                page=report.lesson,
                comment=comment,
            )


def decline(report: AdoptionReport, reviewer, comment: str) -> None:
    """The report never counts; its member hears why."""
    if not comment.strip():
        raise ReviewError(_("Say why, so that the member can learn from it."))
    with transaction.atomic():
        report = AdoptionReport.objects.select_for_update().get(pk=report.pk)
        _decide(report, reviewer, ReportStatus.DECLINED, comment)
        if report.member_id:
            notify(
                report.member,
                NotificationKind.ADOPTION_DECLINED,
                page=report.lesson,
                comment=comment,
            )
