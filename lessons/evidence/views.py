"""The evidence dashboard and the bottleneck pages (``/<lang>/evidence/…``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Page

from core.attribution import attribution
from core.locales import active_locale_id, with_fallback
from core.visibility import visible_pages

from ..choices import MetricKind
from ..filters import LessonFilterSet
from ..models import Bottleneck, LessonIndexPage, LessonPage
from . import cache
from .charts import Bar, Segment, stacked_bars
from .dashboard import (
    DIMENSIONS,
    EFFECTS,
    MAX_LESSONS,
    OVERALL,
    RESULTS,
    TermStats,
    aggregate,
    approved_reports,
    bottleneck_lessons,
    counted_lessons,
    term_names,
)

#: Lessons a "compare these" link takes (the compare page's own limit).
COMPARE_LIMIT = 3

KIND_LABELS = dict(MetricKind.choices)
EFFECT_LABELS = dict(EFFECTS)


@dataclass
class Row:
    """One term of a dimension, as the templates show it."""

    key: str
    name: str
    stats: TermStats
    library_url: str = ""
    page_url: str = ""
    results: list = field(default_factory=list)
    directions: list = field(default_factory=list)
    effects: list = field(default_factory=list)


def _row(key: str, name: str, stats: TermStats, **urls) -> Row:
    return Row(
        key=key,
        name=name,
        stats=stats,
        results=[(value, label, stats.results[value]) for value, label in RESULTS],
        directions=[
            (
                KIND_LABELS.get(kind, kind),
                [
                    (value, label, stats.directions[kind].get(value, 0))
                    for value, label in EFFECTS
                    if stats.directions[kind].get(value, 0)
                ],
            )
            for kind in MetricKind.values
            if kind in stats.directions
        ],
        effects=[
            (KIND_LABELS.get(kind, kind), median, count)
            for kind, (median, count) in stats.effects.items()
        ],
        **urls,
    )


def results_chart(chart_id: str, title: str, rows: list[Row], rtl: bool):
    return stacked_bars(
        chart_id,
        title,
        [
            Bar(
                row.key,
                row.name,
                [Segment(v, str(lab), n) for v, lab, n in row.results],
            )
            for row in rows
        ],
        rtl=rtl,
    )


def direction_rows(stats: TermStats) -> list[Row]:
    """One row per metric kind, with its signals by effect."""
    return [
        Row(
            key=kind,
            name=str(KIND_LABELS.get(kind, kind)),
            stats=stats,
            results=[
                (value, label, stats.directions[kind].get(value, 0))
                for value, label in EFFECTS
            ],
        )
        for kind in MetricKind.values
        if kind in stats.directions
    ]


def library_page(request, locale_id: int):
    """The first lesson library the reader may see, in their language or
    the original."""
    return (
        with_fallback(visible_pages(LessonIndexPage.objects.all(), request), locale_id)
        .order_by("path")
        .first()
    )


def _language_and_reader(request) -> tuple[str, str]:
    return translation.get_language() or "", cache.reading_class(request.user)


def _overview(stats: TermStats, rtl: bool, prefix: str) -> dict:
    """The summary on top of the dashboard and of a bottleneck page."""
    overall = _row(OVERALL.key, str(OVERALL.label), stats)
    directions = direction_rows(stats)
    return {
        "overall": overall,
        "overall_rows": [overall],
        "overall_chart": results_chart(
            f"{prefix}-results",
            _("Results of all counted lessons and reports"),
            [overall],
            rtl,
        ),
        "direction_rows": directions,
        "direction_chart": stacked_bars(
            f"{prefix}-directions",
            _("Outcome signals by kind of measure and direction"),
            [
                Bar(
                    row.key,
                    row.name,
                    [Segment(v, str(lab), n) for v, lab, n in row.results],
                )
                for row in directions
            ],
            rtl=rtl,
        )
        if directions
        else "",
    }


def dashboard(request: HttpRequest) -> HttpResponse:
    """Lessons, reports, results and signals per tactic, audience,
    bottleneck and risk level, filtered like the library."""
    locale_id = active_locale_id()
    lessons = counted_lessons(request, locale_id)
    filterset = LessonFilterSet(request.GET or None, queryset=lessons, request=request)
    filterset.filters.pop("ordering", None)
    filtered = filterset.qs
    language, reader = _language_and_reader(request)
    data = cache.cached(
        "dashboard",
        language,
        reader,
        cache.query_key(request.GET),
        lambda: aggregate(filtered, approved_reports(request, filtered)),
    )
    names = term_names(locale_id)
    library = library_page(request, locale_id)
    library_url = library.get_url(request) if library else ""
    rtl = translation.get_language_bidi()
    sections = []
    for dimension in DIMENSIONS.values():
        rows = [
            _row(
                key,
                names.get(dimension.key, {}).get(key, key),
                stats,
                library_url=(
                    f"{library_url}?{urlencode({dimension.filter_name: key})}"
                    if library_url
                    else ""
                ),
                page_url=(
                    reverse("evidence:bottleneck", args=[key])
                    if dimension.key == "bottleneck"
                    else ""
                ),
            )
            for key, stats in data[dimension.key].items()
        ]
        rows.sort(key=lambda row: (-row.stats.lessons, row.name.casefold()))
        sections.append(
            {
                "dimension": dimension,
                "rows": rows,
                "chart": results_chart(
                    f"chart-{dimension.key}",
                    str(dimension.chart_title),
                    rows,
                    rtl,
                )
                if rows
                else "",
            }
        )
    overall = data[OVERALL.key][OVERALL.key]
    return render(
        request,
        "lessons/evidence/dashboard.html",
        {
            "page_title": _("Evidence dashboard"),
            "filterset": filterset,
            "filter_errors": filterset.error_messages(),
            "sections": sections,
            "library_url": library_url,
            **_overview(overall, rtl, "overall"),
        },
    )


def bottleneck_index(request: HttpRequest) -> HttpResponse:
    """Every bottleneck with its numbers (those of the unfiltered dashboard)."""
    locale_id = active_locale_id()
    language, reader = _language_and_reader(request)
    empty = request.GET.__class__("")

    def compute():
        lessons = counted_lessons(request, locale_id)
        return aggregate(lessons, approved_reports(request, lessons))

    data = cache.cached("dashboard", language, reader, cache.query_key(empty), compute)
    counts = data["bottleneck"]
    rows = [
        _row(
            term.slug,
            term.name,
            counts.get(term.slug) or TermStats(key=term.slug),
            page_url=reverse("evidence:bottleneck", args=[term.slug]),
        )
        for term in with_fallback(Bottleneck.objects.all(), locale_id).order_by(
            "name", "pk"
        )
    ]
    rows.sort(key=lambda row: (-row.stats.lessons, row.name.casefold()))
    return render(
        request,
        "lessons/evidence/bottleneck_index.html",
        {"page_title": _("Bottlenecks"), "rows": rows},
    )


@dataclass
class Card:
    lesson: LessonPage
    movement: Page | None
    tried_by: int
    signals: list


@dataclass
class Approach:
    """The lessons that took one tactic against the bottleneck."""

    key: str
    name: str
    stats: TermStats | None
    cards: list[Card]
    compare_url: str = ""


def bottleneck(request: HttpRequest, slug: str) -> HttpResponse:
    """One bottleneck's lessons side by side, grouped by tactic (the
    impact map), with the evidence summary on top."""
    locale_id = active_locale_id()
    term = (
        with_fallback(Bottleneck.objects.filter(slug=slug), locale_id)
        .order_by("pk")
        .first()
    )
    if term is None:
        raise Http404
    lessons = counted_lessons(request, locale_id).filter(bottlenecks__slug=slug)
    reports = approved_reports(request, lessons)
    language, reader = _language_and_reader(request)
    data = cache.cached(
        "bottleneck",
        language,
        reader,
        cache.text_key(slug),
        lambda: aggregate(lessons, reports, dimensions=[DIMENSIONS["tactic"]]),
    )
    tactic_names = term_names(locale_id, [DIMENSIONS["tactic"]])["tactic"]
    library = library_page(request, locale_id)
    library_url = library.get_url(request) if library else ""
    rtl = translation.get_language_bidi()

    shown, tried = bottleneck_lessons(lessons, reports, MAX_LESSONS)
    movement_ids = {attribution(ln).movement_id for ln in shown} - {None}
    movements = (
        {
            page.pk: page
            for page in visible_pages(Page.objects.filter(pk__in=movement_ids), request)
        }
        if movement_ids
        else {}
    )
    groups: dict[str, list[Card]] = {}
    for lesson in shown:
        card = Card(
            lesson=lesson,
            movement=movements.get(attribution(lesson).movement_id),
            tried_by=tried.get(str(lesson.translation_key), 0),
            signals=list(lesson.outcome_signals.all()),
        )
        for tactic in lesson.tactics.all() or [None]:
            groups.setdefault(tactic.slug if tactic else "", []).append(card)
    tactic_stats = data["tactic"]
    approaches = []
    for key, cards in groups.items():
        ids = ",".join(str(card.lesson.pk) for card in cards[:COMPARE_LIMIT])
        approaches.append(
            Approach(
                key=key,
                name=tactic_names.get(key, key) if key else _("No tactic recorded"),
                stats=tactic_stats.get(key),
                cards=cards,
                compare_url=(
                    f"{library_url}compare/?ids={ids}"
                    if library_url and len(cards) > 1
                    else ""
                ),
            )
        )
    approaches.sort(
        key=lambda a: (not a.key, -(a.stats.lessons if a.stats else 0), a.name)
    )
    overall = data[OVERALL.key][OVERALL.key]
    approach_rows = [
        _row(a.key, a.name, a.stats) for a in approaches if a.stats is not None
    ]
    return render(
        request,
        "lessons/evidence/bottleneck.html",
        {
            "page_title": term.name,
            "term": term,
            "approaches": approaches,
            "approach_rows": approach_rows,
            "approach_chart": results_chart(
                "chart-approaches", _("Results by tactic"), approach_rows, rtl
            )
            if approach_rows
            else "",
            "shown": len(shown),
            "library_url": (
                f"{library_url}?{urlencode({'bottleneck': slug})}"
                if library_url
                else ""
            ),
            **_overview(overall, rtl, "bottleneck"),
        },
    )
