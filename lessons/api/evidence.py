"""``/api/v1/evidence/``: the evidence dashboard's numbers, and one
bottleneck's lessons side by side.

The same aggregates as the dashboard page (:mod:`lessons.evidence.dashboard`),
for what an anonymous visitor may read, with the lesson library's filters;
they share the page's cache entries for anonymous visitors.
"""

from __future__ import annotations

from decimal import Decimal

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from core.api.filters import filter_list, query_schema
from core.api.schemas import TermRef, api_url, item_slug, page_url
from core.locales import with_fallback
from core.visibility import visible_pages

from ..choices import MetricKind, Result
from ..evidence import cache
from ..evidence.dashboard import (
    DIMENSIONS,
    EFFECTS,
    OVERALL,
    TermStats,
    aggregate,
    approved_reports,
    bottleneck_lessons,
    term_names,
)
from ..filters import LessonFilterSet
from ..models import Bottleneck, LessonPage
from .common import DetailQuery, detail_locale, snippet_by_slug

router = Router(tags=["evidence"])


class StrengthOut(Schema):
    label: str = Field(
        description="Single report (1 source), Some evidence, or Consistent across "
        "N sources (at least 3 sources, 3 in 4 results the same)."
    )
    level: str = Field(description="none, single, some or consistent.")
    sources: int = Field(
        description="Independent sources: distinct movements among the lessons, "
        "lessons with no movement, and approved adoption reports."
    )
    majority: str = Field(description="The most common result ('' when none).")
    agreement: float = Field(description="Share of results equal to the majority.")
    newest_year: int | None = Field(
        description="Year of the newest period end (or start) of a lesson or report."
    )


class ResultsOut(Schema):
    worked: int
    mixed: int
    misfire: int


class DirectionOut(Schema):
    metric_kind: str
    improved: int
    no_change: int
    worsened: int
    unclear: int


class EffectOut(Schema):
    metric_kind: str
    median_change_percent: float = Field(
        description="Median percentage change of the signals with a known, "
        "non-zero 'before' and an 'after' (lessons and approved reports)."
    )
    signals: int = Field(description="How many signals the median rests on.")


class TermEvidence(Schema):
    key: str = Field(description="The term's slug, or the risk level.")
    name: str
    lessons: int
    adoption_reports: int = Field(description="Approved reports only.")
    results: ResultsOut = Field(description="Lessons and reports together.")
    strength: StrengthOut
    effects: list[EffectOut]
    directions: list[DirectionOut] = Field(
        description="The lessons' outcome signals by kind, by stated effect."
    )


class EvidenceOut(Schema):
    locale: str
    overall: TermEvidence
    tactics: list[TermEvidence]
    audiences: list[TermEvidence]
    bottlenecks: list[TermEvidence]
    risk_levels: list[TermEvidence] = Field(
        description="A lesson counts under each risk level of its cautions."
    )


class SignalOut(Schema):
    metric_kind: str
    label: str
    baseline: Decimal | None
    result: Decimal | None
    unit: str
    effect: str


class ApproachLesson(Schema):
    id: int
    title: str
    locale: str
    url: str | None
    api_url: str | None
    result: str
    scale: str
    countries: list[str]
    tactics: list[TermRef]
    tried_by: int = Field(description="Approved adoption reports, any language.")
    signals: list[SignalOut]


class BottleneckEvidence(Schema):
    slug: str
    name: str
    description: str
    locale: str
    overall: TermEvidence
    tactics: list[TermEvidence] = Field(
        description="The approaches: the lessons with this bottleneck, by tactic."
    )
    lessons: list[ApproachLesson] = Field(description="The newest 60 of them.")


def term_evidence(key: str, name: str, stats: TermStats) -> dict:
    strength = stats.strength
    results = stats.results
    return {
        "key": key,
        "name": name,
        "lessons": stats.lessons,
        "adoption_reports": stats.reports,
        "results": {value: results[value] for value in Result.values},
        "strength": {
            "label": strength.label,
            "level": strength.level,
            "sources": strength.sources,
            "majority": strength.majority,
            "agreement": round(strength.share, 3),
            "newest_year": strength.newest_year,
        },
        "effects": [
            {"metric_kind": kind, "median_change_percent": median, "signals": n}
            for kind, (median, n) in stats.effects.items()
        ],
        "directions": [
            {
                "metric_kind": kind,
                **{
                    value: stats.directions[kind].get(value, 0) for value, _l in EFFECTS
                },
            }
            for kind in MetricKind.values
            if kind in stats.directions
        ],
    }


def _terms(data: dict, names: dict, key: str) -> list[dict]:
    rows = [
        term_evidence(term, names.get(key, {}).get(term, term), stats)
        for term, stats in data[key].items()
    ]
    return sorted(rows, key=lambda row: (-row["lessons"], row["name"].casefold()))


EvidenceQuery = query_schema(LessonFilterSet, "EvidenceQuery")


def _public_lessons():
    return visible_pages(LessonPage.objects.all(), None)


@router.get(
    "/",
    response=EvidenceOut,
    url_name="evidence-dashboard",
    summary="The evidence dashboard's numbers",
)
def evidence(request: HttpRequest, params: Query[EvidenceQuery]):
    """Per tactic, audience, bottleneck and risk level: lessons, approved
    adoption reports, results, strength of evidence, median effect and the
    direction of outcome signals, counting what an anonymous visitor may read
    in ``locale`` (the original where untranslated), filtered with the lesson
    library's facets. ``page``, ``page_size`` and ``ordering`` change nothing."""
    locale, lessons = filter_list(
        request, LessonFilterSet, _public_lessons(), params, "-first_published_at"
    )
    data = cache.cached(
        "dashboard",
        locale.language_code,
        "anonymous",
        cache.query_key(request.GET),
        lambda: aggregate(lessons, approved_reports(None, lessons)),
    )
    names = term_names(locale.pk)
    return {
        "locale": locale.language_code,
        "overall": term_evidence(
            OVERALL.key, str(OVERALL.label), data[OVERALL.key][OVERALL.key]
        ),
        "tactics": _terms(data, names, "tactic"),
        "audiences": _terms(data, names, "audience"),
        "bottlenecks": _terms(data, names, "bottleneck"),
        "risk_levels": _terms(data, names, "risk"),
    }


@router.get(
    "/bottlenecks/{slug}/",
    response=BottleneckEvidence,
    url_name="evidence-bottleneck",
    summary="One bottleneck: the approaches campaigns took",
)
def bottleneck(
    request: HttpRequest, params: Query[DetailQuery], slug: str = item_slug()
):
    """The public lessons naming this bottleneck (by its slug, the same in
    every language), their numbers by tactic, and the newest lessons with
    their tactics, countries, scale, result, signals and tried-by count."""
    locale = detail_locale(request, params, default=True)
    term = snippet_by_slug(Bottleneck.objects.all(), slug, locale)
    lessons = with_fallback(_public_lessons(), locale.pk).filter(
        bottlenecks__slug=term.slug
    )
    reports = approved_reports(None, lessons)
    data = cache.cached(
        "bottleneck",
        locale.language_code,
        "anonymous",
        cache.text_key(term.slug),
        lambda: aggregate(lessons, reports, dimensions=[DIMENSIONS["tactic"]]),
    )
    names = term_names(locale.pk, [DIMENSIONS["tactic"]])
    shown, tried = bottleneck_lessons(lessons, reports)
    return {
        "slug": term.slug,
        "name": term.name,
        "description": term.description,
        "locale": locale.language_code,
        "overall": term_evidence(
            OVERALL.key, str(OVERALL.label), data[OVERALL.key][OVERALL.key]
        ),
        "tactics": _terms(data, names, "tactic"),
        "lessons": [
            {
                "id": lesson.pk,
                "title": lesson.title,
                "locale": lesson.locale.language_code,
                "url": page_url(request, lesson),
                "api_url": api_url(request, lesson),
                "result": lesson.result,
                "scale": lesson.scale,
                "countries": [country.code for country in lesson.countries],
                "tactics": [
                    {"name": t.name, "slug": t.slug} for t in lesson.tactics.all()
                ],
                "tried_by": tried.get(str(lesson.translation_key), 0),
                "signals": [
                    {
                        "metric_kind": s.metric_kind,
                        "label": s.label,
                        "baseline": s.baseline,
                        "result": s.result,
                        "unit": s.unit,
                        "effect": s.effect,
                    }
                    for s in lesson.outcome_signals.all()
                ],
            }
            for lesson in shown
        ],
    }
