"""Adoption reports ("we tried this"): a group that tried a lesson says where,
when, what it adapted, what happened and what it measured.

The reports belong to the lesson (the page, the API and the evidence counts
read them without knowing about members); members write them and peer
reviewers approve them in the layers above. Only approved reports count
anywhere public, and only on lessons the reader may read.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_countries.fields import CountryField

from ..choices import MetricKind, Result, Scale

#: The longest text a member may write in one field of a report.
TEXT_LENGTH = 2000
#: How a report whose account was deleted is credited.
FORMER_MEMBER = _("a former member")
#: Outcome signals one report may carry.
MAX_SIGNALS = 5


class ReportStatus(models.TextChoices):
    SUBMITTED = "submitted", _("Waiting for review")
    APPROVED = "approved", _("Approved")
    DECLINED = "declined", _("Declined")


class AdoptionReportQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=ReportStatus.APPROVED)

    def for_display(self):
        """Approved reports with their signals and the lesson's kind labels in
        a fixed number of queries, however many reports."""
        return (
            self.approved()
            .select_related("member__member")
            .prefetch_related(
                Prefetch("signals", queryset=AdoptionSignal.objects.order_by("pk"))
            )
            .order_by("-reviewed_at", "-pk")
        )


class AdoptionReport(models.Model):
    """One group's account of trying a lesson."""

    lesson = models.ForeignKey(
        "lessons.LessonPage",
        on_delete=models.CASCADE,
        related_name="adoption_reports",
        verbose_name=_("lesson"),
    )
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        # The account can go; an approved report stays, credited to nobody.
        on_delete=models.SET_NULL,
        related_name="adoption_reports",
        verbose_name=_("member"),
    )
    group_name = models.CharField(
        _("your group's name"),
        max_length=160,
        blank=True,
        help_text=_("Optional. Not shown if you choose to stay anonymous."),
    )
    countries = CountryField(
        _("countries"), multiple=True, help_text=_("Where you tried it.")
    )
    scale = models.CharField(
        _("scale"), max_length=20, choices=Scale.choices, default=Scale.LOCAL
    )
    started = models.DateField(_("started"), help_text=_("Month and year."))
    ended = models.DateField(
        _("ended"),
        null=True,
        blank=True,
        help_text=_("Leave empty if it is still going on."),
    )
    adaptations = models.TextField(
        _("what you adapted and why"),
        max_length=TEXT_LENGTH,
        help_text=_("What you did differently from the lesson, and why."),
    )
    result = models.CharField(_("result"), max_length=20, choices=Result.choices)
    cautions = models.TextField(
        _("cautions learned"),
        max_length=TEXT_LENGTH,
        blank=True,
        help_text=_("What should the next group watch out for?"),
    )
    anonymised = models.BooleanField(
        _("stay anonymous"),
        default=False,
        help_text=_(
            "Show neither your name nor your group's; only the countries are shown."
        ),
    )
    consent = models.BooleanField(
        _("may be published"),
        default=False,
        help_text=_(
            "Once approved, this report may be published under the lesson's licence."
        ),
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        blank=True,
        help_text=_("The language the report is written in, as a code."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ReportStatus.choices,
        default=ReportStatus.SUBMITTED,
        db_index=True,
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("reviewer"),
    )
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)
    review_comment = models.TextField(
        _("review comment"), max_length=TEXT_LENGTH, blank=True
    )
    converted_to = models.ForeignKey(
        "lessons.LessonPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("turned into the lesson"),
    )
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)

    objects = AdoptionReportQuerySet.as_manager()

    class Meta:
        verbose_name = _("adoption report")
        verbose_name_plural = _("adoption reports")
        ordering = ["-created_at", "-pk"]
        permissions = [("review_adoptionreport", "Can review adoption reports")]
        indexes = [models.Index(fields=["lesson", "status"])]

    def __str__(self) -> str:
        return str(_("Report on “%(title)s”") % {"title": self.lesson.title})

    @property
    def hides_people(self) -> bool:
        """Whether public output names nobody: the member asked to stay
        anonymous, or the lesson itself is anonymised."""
        return self.anonymised or bool(getattr(self.lesson, "anonymised", False))

    def public_people(self, lesson=None) -> tuple[str, str]:
        """``(group name, member's display name)`` as the public may read
        them: both ``""`` when the report or the lesson is anonymised; "a
        former member" once the account is gone."""
        lesson = lesson or self.lesson
        if self.anonymised or lesson.anonymised:
            return "", ""
        if self.member_id is None:
            return self.group_name, str(FORMER_MEMBER)
        # The profile is the members app's; read through the relation (no
        # import), so that ``for_display`` can join it.
        profile = getattr(self.member, "member", None)
        return self.group_name, profile.display_name if profile else ""

    def public_credit(self, lesson=None) -> str:
        """Who tried it, in one line: "group (member)", either alone, or
        ``""`` when anonymised."""
        group, person = self.public_people(lesson)
        if group and person:
            return f"{group} ({person})"
        return group or person


class AdoptionSignal(models.Model):
    """A figure the group measured, of a kind the lesson itself measures."""

    report = models.ForeignKey(
        AdoptionReport, on_delete=models.CASCADE, related_name="signals"
    )
    metric_kind = models.CharField(
        _("what kind of measure"), max_length=30, choices=MetricKind.choices
    )
    before = models.DecimalField(
        _("before"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    after = models.DecimalField(
        _("after"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    unit = models.CharField(_("unit"), max_length=50, blank=True)
    evidence = models.TextField(_("how you know"), max_length=1000, blank=True)

    class Meta:
        verbose_name = _("measured outcome")
        verbose_name_plural = _("measured outcomes")

    def __str__(self) -> str:
        return self.get_metric_kind_display()


def lesson_signal_kinds(lesson) -> list[tuple[str, str]]:
    """The kinds of measure the lesson's own outcome signals use, as choices,
    in the order the lesson lists them (``MetricKind`` labels)."""
    labels = dict(MetricKind.choices)
    kinds = []
    for kind in lesson.outcome_signals.values_list("metric_kind", flat=True):
        if kind not in kinds:
            kinds.append(kind)
    return [(kind, labels.get(kind, kind)) for kind in kinds]


@dataclass
class TriedBy:
    """The approved reports of a lesson, counted by result."""

    total: int = 0
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def text(self) -> str:
        if not self.total:
            return ""
        parts = [
            ngettext("%(count)d worked", "%(count)d worked", n) % {"count": n}
            if value == Result.WORKED
            else ngettext("%(count)d mixed", "%(count)d mixed", n) % {"count": n}
            if value == Result.MIXED
            else ngettext("%(count)d misfire", "%(count)d misfires", n) % {"count": n}
            for value, n in (
                (value, self.counts.get(value, 0)) for value in Result.values
            )
            if n
        ]
        return ngettext(
            "Tried by %(count)d group: %(results)s",
            "Tried by %(count)d groups: %(results)s",
            self.total,
        ) % {"count": self.total, "results": ", ".join(parts)}


def tried_by(reports) -> TriedBy:
    """Count ``reports`` (approved ones, already read) by result."""
    counts = Counter(report.result for report in reports)
    return TriedBy(total=sum(counts.values()), counts=dict(counts))


def tried_by_counts(lesson_ids) -> dict[int, TriedBy]:
    """Approved reports per lesson, in one query (for listings and the API)."""
    found: dict[int, TriedBy] = {}
    rows = (
        AdoptionReport.objects.approved()
        .filter(lesson_id__in=list(lesson_ids))
        .values_list("lesson_id", "result")
        .annotate(n=models.Count("pk"))
        .order_by()
    )
    for lesson_id, result, n in rows:
        summary = found.setdefault(lesson_id, TriedBy())
        summary.counts[result] = n
        summary.total += n
    return found


def family_reports(lesson):
    """The reports on ``lesson`` and on its translations: a group that tried
    the Swedish version tried the lesson."""
    return AdoptionReport.objects.filter(lesson__translation_key=lesson.translation_key)


def lesson_reports(lesson) -> dict:
    """``{"reports": [...], "tried_by": TriedBy}`` for a lesson page: two
    queries, however many reports. Each report carries ``credit``, what the
    public may read of who tried it."""
    reports = list(family_reports(lesson).for_display())
    for report in reports:
        report.credit = report.public_credit(lesson)
    return {"reports": reports, "tried_by": tried_by(reports)}
