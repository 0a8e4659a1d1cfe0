"""``/api/v1/adoption-reports/``: approved "we tried this" reports, and the
same reports and their tried-by summary on a lesson's detail.

Only approved reports, only on lessons an anonymous visitor may read; an
anonymised report (or any report on an anonymised lesson) names neither the
member nor the group.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from django.db.models import Prefetch
from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from core.api.filters import filter_list, query_schema
from core.api.pagination import Paginated, paginate
from core.api.schemas import PageRef, page_ref
from core.visibility import visible_pages

from ..choices import Result
from ..filters import AdoptionReportFilterSet
from ..models import AdoptionReport, AdoptionSignal, LessonPage
from ..models.adoption import family_reports, tried_by

router = Router(tags=["adoption reports"])


class AdoptionSignalOut(Schema):
    metric_kind: str = Field(description="One of the lesson's own kinds of measure.")
    before: Decimal | None
    after: Decimal | None
    change: Decimal | None = Field(description="after minus before, when both known")
    unit: str
    evidence: str = Field(description="How they know.")


class AdoptionReportOut(Schema):
    id: int
    lesson: PageRef
    result: str = Field(description="worked, mixed or misfire.")
    countries: list[str] = Field(description="ISO 3166 country codes.")
    scale: str
    started: date
    ended: date | None
    adaptations: str = Field(description="What they adapted and why (plain text).")
    cautions: str = Field(description="Cautions learned (plain text).")
    signals: list[AdoptionSignalOut]
    anonymised: bool = Field(description="True: member and group are not named.")
    group_name: str | None = Field(description="Null when anonymised or not given.")
    member: str | None = Field(
        description="The member's display name; null when anonymised."
    )
    language: str
    approved_at: datetime | None


class TriedBy(Schema):
    total: int = Field(description="Approved reports on the lesson.")
    worked: int
    mixed: int
    misfire: int


AdoptionReportQuery = query_schema(AdoptionReportFilterSet, "AdoptionReportQuery")


def readable_reports(request):
    """Approved reports on lessons the (anonymous) reader may read, with what
    serialising them needs, in a fixed number of queries."""
    lessons = visible_pages(LessonPage.objects.all(), request)
    return (
        AdoptionReport.objects.approved()
        .filter(lesson__in=lessons.values("pk"))
        .select_related("lesson__locale", "member__member")
        .prefetch_related(
            Prefetch("signals", queryset=AdoptionSignal.objects.order_by("pk"))
        )
    )


def report_out(request, report: AdoptionReport, lesson=None) -> dict:
    lesson = lesson or report.lesson
    group, person = report.public_people(lesson)
    return {
        "id": report.pk,
        "lesson": page_ref(request, report.lesson),
        "result": report.result,
        "countries": [country.code for country in report.countries],
        "scale": report.scale,
        "started": report.started,
        "ended": report.ended,
        "adaptations": report.adaptations,
        "cautions": report.cautions,
        "signals": [
            {
                "metric_kind": signal.metric_kind,
                "before": signal.before,
                "after": signal.after,
                "change": None
                if signal.before is None or signal.after is None
                else signal.after - signal.before,
                "unit": signal.unit,
                "evidence": signal.evidence,
            }
            for signal in report.signals.all()
        ],
        "anonymised": report.hides_people,
        "group_name": group or None,
        "member": person or None,
        "language": report.language,
        "approved_at": report.reviewed_at,
    }


def tried_by_out(reports) -> dict:
    summary = tried_by(reports)
    return {
        "total": summary.total,
        **{value: summary.counts.get(value, 0) for value in Result.values},
    }


def for_lesson(request, lesson) -> dict:
    """``tried_by`` and ``adoption_reports`` of a lesson's detail (the lesson
    is one the reader may read: the detail endpoint checked)."""
    reports = list(
        family_reports(lesson)
        .approved()
        .select_related("lesson__locale", "member__member")
        .prefetch_related(
            Prefetch("signals", queryset=AdoptionSignal.objects.order_by("pk"))
        )
        .order_by("-reviewed_at", "-pk")
    )
    # Translations of the lesson share its reading rule (synchronised).
    return {
        "tried_by": tried_by_out(reports),
        "adoption_reports": [report_out(request, r, lesson) for r in reports],
    }


@router.get(
    "/",
    response=Paginated[AdoptionReportOut],
    url_name="adoptionreport-list",
    summary="List approved adoption reports",
)
def list_reports(request: HttpRequest, params: Query[AdoptionReportQuery]):
    """Approved "we tried this" reports on lessons an anonymous visitor may
    read, newest approval first; ``lesson`` (an id: reports on its
    translations are included) and ``result`` narrow the list."""
    _locale, reports = filter_list(
        request,
        AdoptionReportFilterSet,
        readable_reports(request),
        params,
        "-reviewed_at",
        "-pk",
        fallback=None,
    )
    items, envelope = paginate(request, reports, params.page, params.page_size)
    envelope["results"] = [report_out(request, report) for report in items]
    return envelope
