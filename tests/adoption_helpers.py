"""Builders for the "we tried this" tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from lessons.models import AdoptionReport, AdoptionSignal, LessonOutcomeSignal


def with_signals(lesson, *kinds: str):
    """Give a published lesson outcome signals of ``kinds``."""
    lesson.outcome_signals = [
        LessonOutcomeSignal(metric_kind=kind, label=f"Measured {kind}", result=10)
        for kind in kinds
    ]
    lesson.save_revision().publish()
    return lesson


def make_report(lesson, member, *, signals: int = 0, **fields) -> AdoptionReport:
    fields.setdefault("status", "approved")
    fields.setdefault("result", "worked")
    report = AdoptionReport.objects.create(
        lesson=lesson,
        member=member,
        countries=fields.pop("countries", ["KE"]),
        started=fields.pop("started", date(2026, 3, 1)),
        adaptations=fields.pop("adaptations", "We ran it over two weekends."),
        consent=True,
        **fields,
    )
    AdoptionSignal.objects.bulk_create(
        AdoptionSignal(
            report=report,
            metric_kind="turnout",
            before=Decimal(10 + n),
            after=Decimal(40 + n),
            unit="people",
            evidence="Sign-in sheets",
        )
        for n in range(signals)
    )
    return report


def form_data(**fields) -> dict:
    """POST data of the "we tried this" form, every required field filled."""
    data = {
        "countries": ["KE"],
        "scale": "local",
        "started": "2026-03",
        "ended": "",
        "adaptations": "We held it in a market instead of a square.",
        "result": "mixed",
        "cautions": "Ask the traders first.",
        "group_name": "Nairobi tenants",
        "consent": "on",
        "signals-TOTAL_FORMS": "2",
        "signals-INITIAL_FORMS": "0",
        "signals-MIN_NUM_FORMS": "0",
        "signals-MAX_NUM_FORMS": "5",
    }
    data.update(fields)
    return {key: value for key, value in data.items() if value is not None}
