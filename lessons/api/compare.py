"""``/api/v1/lessons/compare/``: up to three lessons side by side, the same
rows as the compare page (:mod:`lessons.evidence.compare`)."""

from __future__ import annotations

from datetime import date

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema

from core.api.filters import check_known
from core.api.locales import resolve_locale
from core.api.problems import invalid_parameter
from core.api.schemas import PageRef, TermRef, api_url, page_ref, page_url

from ..choices import Result
from ..evidence.compare import MAX_LESSONS, Compared, compare, parse_ids
from .adoption import TriedBy
from .common import signal_out
from .lessons import Caution, ContextNotes, OutcomeSignal

router = Router(tags=["lessons"])


class CompareQuery(Schema):
    ids: list[str] = Field(
        ...,
        description=f"Up to {MAX_LESSONS} lesson ids, comma-separated "
        "(`ids=12,34,56`) or repeated (`ids=12&ids=34`).",
    )
    locale: str | None = Field(
        None,
        max_length=20,
        description="Show each lesson's translation in this language where it "
        "has one; otherwise the original (default: the source language).",
    )


class Period(Schema):
    started: date | None
    ended: date | None


class ComparedLesson(Schema):
    id: int
    asked_id: int = Field(
        description="The id asked for (another language of the same lesson, "
        "when its translation is shown)."
    )
    title: str
    locale: str
    url: str | None
    api_url: str | None
    result: str = Field(description="worked, mixed or misfire.")
    format: str
    countries: list[str] = Field(description="ISO 3166 country codes.")
    scale: str
    period: Period
    tactics: list[TermRef]
    bottlenecks: list[TermRef]
    context: ContextNotes
    signals: list[OutcomeSignal]
    cautions: list[Caution]
    what_we_would_change: str = Field(description="HTML.")
    anonymised: bool
    movement: PageRef | None = Field(description="Null when shared anonymously.")
    source_campaign: PageRef | None = Field(description="Null when shared anonymously.")
    tried_by: TriedBy = Field(
        description="Approved adoption reports on the lesson, in any language."
    )


class Comparison(Schema):
    ids: list[int] = Field(description="The ids shown, in order: the shareable set.")
    locale: str
    lessons: list[ComparedLesson]
    differs: list[str] = Field(
        description="The fields whose values differ between the lessons."
    )


def _lesson(request, item: Compared) -> dict:
    lesson = item.lesson
    return {
        "id": lesson.pk,
        "asked_id": item.asked_id,
        "title": lesson.title,
        "locale": lesson.locale.language_code,
        "url": page_url(request, lesson),
        "api_url": api_url(request, lesson),
        "result": lesson.result,
        "format": lesson.format,
        "countries": [country.code for country in lesson.countries],
        "scale": lesson.scale,
        "period": {"started": lesson.started, "ended": lesson.ended},
        "tactics": item.terms["tactics"],
        "bottlenecks": item.terms["bottlenecks"],
        "context": item.notes,
        "signals": [signal_out(signal) for signal in item.signals],
        "cautions": [
            {
                "risk_level": caution.risk_level,
                "title": caution.title,
                "description": caution.description,
            }
            for caution in item.cautions
        ],
        "what_we_would_change": item.what_we_would_change,
        "anonymised": item.anonymised,
        "movement": page_ref(request, item.movement) if item.movement else None,
        "source_campaign": page_ref(request, item.campaign) if item.campaign else None,
        "tried_by": {
            "total": item.tried_by.total,
            **{value: item.tried_by.counts.get(value, 0) for value in Result.values},
        },
    }


@router.get(
    "/",
    response=Comparison,
    url_name="lesson-compare",
    summary="Compare up to three lessons",
)
def compare_lessons(request: HttpRequest, params: Query[CompareQuery]):
    """The lessons ``ids`` names that an anonymous visitor may read, side by
    side, with ``differs``: the fields whose values are not the same for all
    of them. An id that is hidden or does not exist is left out, the same
    either way. More than three ids, or an id that is not a number, is a 400
    problem."""
    check_known(request, CompareQuery)
    locale = resolve_locale(params.locale)
    asked = parse_ids(params.ids)
    if asked.invalid:
        raise invalid_parameter(
            "ids",
            _(
                "Lesson ids are whole numbers, such as ids=12,34. Not a number: "
                "%(values)s."
            )
            % {"values": ", ".join(asked.invalid)},
        )
    if asked.too_many:
        raise invalid_parameter(
            "ids",
            _("Compare at most %(max)s lessons at a time.") % {"max": MAX_LESSONS},
        )
    if not asked.ids:
        raise invalid_parameter(
            "ids", _("Give the lessons to compare, such as ids=12,34.")
        )
    comparison = compare(request, asked, locale.pk, api=True)
    return {
        "ids": comparison.ids,
        "locale": locale.language_code,
        "lessons": [_lesson(request, item) for item in comparison.lessons],
        "differs": comparison.differs,
    }
