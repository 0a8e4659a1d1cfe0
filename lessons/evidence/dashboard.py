"""The evidence dashboard's numbers: lessons, approved adoption reports, results
and outcome signals, counted per term of a vocabulary.

Everything here starts from the lessons the viewer may read, in the reader's
language with the fallback rule (a lesson and its translations count once),
narrowed by the lesson library's own FilterSet; see :func:`counted_lessons`.
:func:`aggregate` then counts them with a fixed number of grouped queries per
dimension (five), however many lessons there are.

**Strength of evidence** and **size of effect** are kept apart on purpose:

- strength (:class:`Strength`) says how many *independent sources* there are,
  how far they agree and how recent the newest is. Lessons shared by the same
  movement count as one source (one organisation telling its story twice is
  still one voice); a lesson with no movement is a source of its own; each
  approved adoption report is a source of its own (another group tried it).
- effect (:attr:`TermStats.effects`) is the median percentage change of the
  outcome signals whose "before" and "after" are both known (and "before" is
  not zero), per kind of measure, with how many signals it rests on. The
  figures of approved adoption reports count there too.

The risk-level dimension counts a lesson under *each* risk level of its
cautions, as the library's ``?risk=`` filter finds it, so that a number and the
library list behind its link agree.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.db.models import CharField, Count, Max, Prefetch, Q, QuerySet, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core.locales import with_fallback
from core.visibility import visible_pages

from ..choices import Effect, MetricKind, Result, RiskLevel
from ..models import (
    AdoptionReport,
    AdoptionSignal,
    Audience,
    Bottleneck,
    LessonOutcomeSignal,
    LessonPage,
    Tactic,
)

#: The most lessons a bottleneck page (or its API answer) lists one by one;
#: the counts cover all of them, and the library link lists every one.
MAX_LESSONS = 60
#: Fewest independent sources for "Consistent across N sources".
CONSISTENT_SOURCES = 3
#: Smallest share of results agreeing with the most common one for
#: "Consistent across N sources" (three of four).
CONSISTENT_SHARE = 0.75


@dataclass(frozen=True)
class Dimension:
    """One way of grouping lessons: a vocabulary, or the risk of a caution."""

    key: str
    #: The lookup from a lesson to the value it is grouped by.
    lookup: str
    label: str
    #: The lesson library's filter for one value of it.
    filter_name: str
    model: type | None = None
    #: The section heading and the chart's title on the dashboard.
    heading: str = ""
    chart_title: str = ""


#: The dimensions of the dashboard, in the order it shows them.
DIMENSIONS: dict[str, Dimension] = {
    d.key: d
    for d in (
        Dimension(
            "tactic",
            "tactics__slug",
            _("Tactic"),
            "tactic",
            Tactic,
            _("By tactic"),
            _("Results by tactic"),
        ),
        Dimension(
            "audience",
            "audiences__slug",
            _("Audience"),
            "audience",
            Audience,
            _("By audience"),
            _("Results by audience"),
        ),
        Dimension(
            "bottleneck",
            "bottlenecks__slug",
            _("Bottleneck"),
            "bottleneck",
            Bottleneck,
            _("By bottleneck"),
            _("Results by bottleneck"),
        ),
        Dimension(
            "risk",
            "cautions__risk_level",
            _("Risk level"),
            "risk",
            None,
            _("By risk level of a caution"),
            _("Results by risk level of a caution"),
        ),
    )
}
#: Every counted lesson as one group: all of them are live, so grouping by
#: ``live`` gives the one row the same queries as a term's.
OVERALL = Dimension("all", "live", _("All lessons"), "")


@dataclass(frozen=True)
class Strength:
    """How much evidence there is, apart from what it says."""

    sources: int
    #: The result most sources report, and the share of results that agree.
    majority: str
    share: float
    newest_year: int | None

    @property
    def label(self) -> str:
        if self.sources == 0:
            return str(_("No evidence yet"))
        if self.sources == 1:
            return str(_("Single report"))
        if self.sources >= CONSISTENT_SOURCES and self.share >= CONSISTENT_SHARE:
            return ngettext(
                "Consistent across %(count)d source",
                "Consistent across %(count)d sources",
                self.sources,
            ) % {"count": self.sources}
        return str(_("Some evidence"))

    @property
    def level(self) -> str:
        """A CSS-friendly name of the label: none, single, some, consistent."""
        if self.sources == 0:
            return "none"
        if self.sources == 1:
            return "single"
        if self.sources >= CONSISTENT_SOURCES and self.share >= CONSISTENT_SHARE:
            return "consistent"
        return "some"

    @property
    def share_percent(self) -> int:
        return round(self.share * 100)


@dataclass
class TermStats:
    """The numbers of one term (or of all counted lessons)."""

    key: str
    lessons: int = 0
    reports: int = 0
    lesson_results: dict[str, int] = field(default_factory=dict)
    report_results: dict[str, int] = field(default_factory=dict)
    #: Distinct movements among the lessons, and lessons with no movement.
    movements: int = 0
    unattributed: int = 0
    newest: date | None = None
    #: ``{metric kind: {effect: signals}}`` of the lessons' outcome signals.
    directions: dict[str, dict[str, int]] = field(default_factory=dict)
    #: ``{metric kind: percentage changes}`` while counting; then
    #: :meth:`summarise` turns them into ``effects``.
    changes: dict[str, list[float]] = field(default_factory=dict)
    #: ``{metric kind: (median % change, signals)}``, in MetricKind order.
    effects: dict[str, tuple[float, int]] = field(default_factory=dict)

    @property
    def results(self) -> dict[str, int]:
        """Worked / mixed / misfire of the lessons and reports together."""
        return {
            value: self.lesson_results.get(value, 0) + self.report_results.get(value, 0)
            for value in Result.values
        }

    @property
    def sources(self) -> int:
        return self.movements + self.unattributed + self.reports

    @property
    def strength(self) -> Strength:
        results = self.results
        total = sum(results.values())
        majority = max(Result.values, key=lambda value: results[value])
        share = results[majority] / total if total else 0.0
        return Strength(
            sources=self.sources,
            majority=majority if total else "",
            share=share,
            newest_year=self.newest.year if self.newest else None,
        )

    def summarise(self) -> None:
        """Replace the percentage changes by their medians (what is cached)."""
        self.effects = {
            kind: (
                round(statistics.median(self.changes[kind]), 1),
                len(self.changes[kind]),
            )
            for kind in MetricKind.values
            if self.changes.get(kind)
        }
        self.changes = {}

    @property
    def signal_total(self) -> int:
        return sum(sum(effects.values()) for effects in self.directions.values())


def percent_change(before: Decimal | None, after: Decimal | None) -> float | None:
    """``after`` against ``before`` in percent; None when either is unknown or
    ``before`` is zero (no percentage of nothing)."""
    if before is None or after is None or before == 0:
        return None
    return float((after - before) / abs(before) * 100)


def counted_lessons(request, locale_id: int) -> QuerySet:
    """The lessons the viewer may read, in the reader's language or the
    original where untranslated: the set every number starts from."""
    return with_fallback(visible_pages(LessonPage.objects.all(), request), locale_id)


def approved_reports(request, lessons: QuerySet) -> QuerySet:
    """Approved reports on ``lessons`` or their translations, where the
    report's own lesson is one the viewer may read."""
    readable = visible_pages(LessonPage.objects.all(), request)
    return AdoptionReport.objects.approved().filter(
        lesson__in=readable.values("pk"),
        lesson__translation_key__in=lessons.values("translation_key"),
    )


def aggregate(
    lessons: QuerySet, reports: QuerySet, dimensions=None
) -> dict[str, dict[str, TermStats]]:
    """``{dimension key: {term: TermStats}}`` for ``lessons`` (already
    filtered) and ``reports`` (:func:`approved_reports`), plus ``"all"``.

    Five grouped queries per dimension, whatever the number of lessons.
    """
    # A fresh queryset over the ids: the FilterSet's joins (``?tactic=…``)
    # must not narrow the grouping joins (the other tactics of those lessons).
    base = LessonPage.objects.filter(pk__in=lessons.values("pk"))
    reports = AdoptionReport.objects.filter(pk__in=reports.values("pk"))
    found: dict[str, dict[str, TermStats]] = {}
    for dimension in [OVERALL, *(dimensions or DIMENSIONS.values())]:
        found[dimension.key] = _aggregate_one(base, reports, dimension.lookup)
    return found


def _result_counts(prefix: str = "") -> dict:
    return {
        f"r_{value}": Count("pk", filter=Q(**{f"{prefix}result": value}), distinct=True)
        for value in Result.values
    }


def _aggregate_one(base: QuerySet, reports: QuerySet, lookup: str) -> dict:
    stats: dict[str, TermStats] = {}

    def term(key) -> TermStats:
        key = str(key)
        if key not in stats:
            stats[key] = TermStats(key=key)
        return stats[key]

    lesson_rows = (
        base.filter(**{f"{lookup}__isnull": False})
        .order_by()
        .values(lookup)
        .annotate(
            n=Count("pk", distinct=True),
            movements=Count("movement", distinct=True),
            unattributed=Count("pk", filter=Q(movement__isnull=True), distinct=True),
            newest=Max(Coalesce("ended", "started")),
            **_result_counts(),
        )
    )
    for row in lesson_rows:
        item = term(row[lookup])
        item.lessons = row["n"]
        item.movements = row["movements"]
        item.unattributed = row["unattributed"]
        item.newest = row["newest"]
        item.lesson_results = {v: row[f"r_{v}"] for v in Result.values}

    report_lookup = f"lesson__{lookup}"
    report_rows = (
        reports.filter(**{f"{report_lookup}__isnull": False})
        .order_by()
        .values(report_lookup)
        .annotate(
            n=Count("pk", distinct=True),
            newest=Max(Coalesce("ended", "started")),
            **_result_counts(),
        )
    )
    for row in report_rows:
        item = term(row[report_lookup])
        item.reports = row["n"]
        item.report_results = {v: row[f"r_{v}"] for v in Result.values}
        if row["newest"] and (item.newest is None or row["newest"] > item.newest):
            item.newest = row["newest"]

    signal_lookup = f"page__{lookup}"
    signals = LessonOutcomeSignal.objects.filter(
        page__in=base.values("pk"), **{f"{signal_lookup}__isnull": False}
    ).order_by()
    for key, kind, effect, n in signals.values_list(
        signal_lookup, "metric_kind", "effect"
    ).annotate(n=Count("pk", distinct=True)):
        term(key).directions.setdefault(kind, {})[effect] = n
    measured = signals.filter(baseline__isnull=False, result__isnull=False).exclude(
        baseline=0
    )
    for key, kind, before, after in measured.values_list(
        signal_lookup, "metric_kind", "baseline", "result"
    ):
        term(key).changes.setdefault(kind, []).append(percent_change(before, after))

    adoption_lookup = f"report__{report_lookup}"
    figures = (
        AdoptionSignal.objects.filter(
            report__in=reports.values("pk"),
            before__isnull=False,
            after__isnull=False,
            **{f"{adoption_lookup}__isnull": False},
        )
        .exclude(before=0)
        .order_by()
    )
    for key, kind, before, after in figures.values_list(
        adoption_lookup, "metric_kind", "before", "after"
    ):
        term(key).changes.setdefault(kind, []).append(percent_change(before, after))

    for item in stats.values():
        item.summarise()
    if lookup == OVERALL.lookup:
        # ``live`` is True for every row; name the one group for what it is.
        stats = {OVERALL.key: stats.get("True", TermStats(key=OVERALL.key))}
        stats[OVERALL.key].key = OVERALL.key
    return stats


def term_names(locale_id: int, dimensions=None) -> dict[str, dict[str, str]]:
    """``{dimension key: {slug: name}}`` in the reader's language (or the
    original of untranslated terms), in one query; risk levels from their
    choice labels."""
    kind = CharField()
    chosen = [d for d in (dimensions or DIMENSIONS.values()) if d.model is not None]
    names: dict[str, dict[str, str]] = {d.key: {} for d in chosen}
    parts = [
        with_fallback(d.model.objects.all(), locale_id)
        .annotate(kind=Value(d.key, output_field=kind))
        .values_list("kind", "slug", "name")
        .order_by()
        for d in chosen
    ]
    if parts:
        for key, slug, name in parts[0].union(*parts[1:], all=True):
            names[key][slug] = name
    names["risk"] = {value: str(label) for value, label in RiskLevel.choices}
    return names


#: (value, label) of the results and effects, in the order charts draw them.
RESULTS = Result.choices
EFFECTS = [
    (Effect.IMPROVED, Effect.IMPROVED.label),
    (Effect.NO_CHANGE, Effect.NO_CHANGE.label),
    (Effect.WORSENED, Effect.WORSENED.label),
    (Effect.UNCLEAR, Effect.UNCLEAR.label),
]


def bottleneck_lessons(
    lessons: QuerySet, reports: QuerySet, limit: int = MAX_LESSONS
) -> tuple[list[LessonPage], dict[str, int]]:
    """The newest ``limit`` of ``lessons`` with their tactics and signals, and
    ``{translation key: approved reports}`` (reports on any language of a
    lesson count for it): three queries, however many lessons."""
    shown = list(
        LessonPage.objects.filter(pk__in=lessons.values("pk"))
        .select_related("locale")
        .prefetch_related(
            Prefetch("tactics", queryset=Tactic.objects.order_by("name")),
            Prefetch(
                "outcome_signals",
                queryset=LessonOutcomeSignal.objects.order_by("sort_order", "pk"),
            ),
        )
        .order_by("-first_published_at", "-pk")[:limit]
    )
    tried = dict(
        reports.filter(lesson__translation_key__in=[ln.translation_key for ln in shown])
        .order_by()
        .values_list("lesson__translation_key")
        .annotate(n=Count("pk", distinct=True))
    )
    return shown, {str(key): n for key, n in tried.items()}
