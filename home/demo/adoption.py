"""Adoption reports ("we tried this") on the demo lessons.

Twenty reports from the demo members: most approved by the demo reviewer
(so the lessons show "Tried by …"), misfires and mixed results among them,
two still waiting for review, two anonymised, and one turned into a draft
lesson by the demo coordinator. The reports are short, so they live here as
data rather than under ``content/``.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import NamedTuple

from django.contrib.auth import get_user_model

from lessons.models import AdoptionReport, AdoptionSignal, LessonPage, ReportStatus
from lessons.models.adoption import lesson_signal_kinds


class Signal(NamedTuple):
    before: str | None
    after: str
    unit: str
    evidence: str


class Entry(NamedTuple):
    lesson: str
    member: str
    result: str
    countries: tuple[str, ...]
    started: str
    adaptations: str
    cautions: str = ""
    group_name: str = ""
    scale: str = "local"
    ended: str | None = None
    anonymised: bool = False
    status: str = ReportStatus.APPROVED
    signal: Signal | None = None


#: The lesson whose report the demo coordinator turned into a draft lesson.
CONVERTED = ("doorstep-pledge-count-rent-strike", "tenants-block-four")
#: Who reviews and who converts (demo role accounts).
REVIEWER, COORDINATOR = "reviewer", "coordinator"

REPORTS = (
    Entry(
        "doorstep-pledge-count-rent-strike",
        "tenants-block-four",
        "worked",
        ("GB",),
        "2025-09",
        "We counted pledges on a shared paper wall chart in the stairwell "
        "instead of a spreadsheet, so every neighbour could see the tally.",
        "Keep the chart away from the landlord's caretaker.",
        group_name="Block four tenants",
        ended="2025-12",
        signal=Signal("12", "61", "households", "Signed pledge cards"),
    ),
    Entry(
        "doorstep-pledge-count-rent-strike",
        "harbour-neighbours",
        "mixed",
        ("LB",),
        "2025-06",
        "We knocked in pairs of one older and one younger neighbour, and asked "
        "for a pledge to meet rather than to withhold rent.",
        "People feared eviction more than we expected: start with repairs.",
        signal=Signal("0", "34", "households", "Names in our notebook"),
    ),
    Entry(
        "doorstep-pledge-count-rent-strike",
        "night-shift-rota",
        "misfire",
        ("SE",),
        "2026-01",
        "We tried the count by text message to save time.",
        "Text pledges meant nothing: half the numbers never answered again.",
        anonymised=True,
    ),
    Entry(
        "phonebank-tenant-assembly-followup",
        "tenants-block-four",
        "worked",
        ("GB",),
        "2026-02",
        "We called everyone who came to the assembly within two days, with a "
        "single question about the next meeting.",
        signal=Signal("40", "72", "people at the second assembly", "Sign-in sheets"),
    ),
    Entry(
        "phonebank-tenant-assembly-followup",
        "domestic-workers-circle",
        "worked",
        ("LB",),
        "2025-11",
        "Voice notes instead of calls: members work long hours and answer late.",
        "Ask before adding anyone to a group chat.",
        group_name="Domestic workers' circle",
        signal=Signal("9", "23", "people", "Attendance list"),
    ),
    Entry(
        "rotating-roles-climate-coalition",
        "study-circle-north",
        "mixed",
        ("SE",),
        "2025-08",
        "We rotated the chair every meeting but kept the same note-taker.",
        "Rotation without a short handover made meetings slower at first.",
        ended="2026-01",
        signal=Signal("6", "9", "active members", "Meeting notes"),
    ),
    Entry(
        "rotating-roles-climate-coalition",
        "camp-kitchen-crew",
        "worked",
        ("DE",),
        "2025-07",
        "Roles rotated by shift in the camp kitchen rather than by meeting.",
        group_name="Camp kitchen crew",
        scale="regional",
    ),
    Entry(
        "care-rota-feminist-climate-camp",
        "camp-kitchen-crew",
        "worked",
        ("DE", "NL"),
        "2025-07",
        "We added a night-time care shift and a quiet tent.",
        "Put the quiet tent away from the kitchen generator.",
        scale="regional",
        signal=Signal("30", "55", "volunteers who stayed all week", "Shift board"),
    ),
    Entry(
        "care-rota-feminist-climate-camp",
        "ferry-terminal-welcome",
        "mixed",
        ("SE",),
        "2025-10",
        "A care rota for a welcome tent at the ferry terminal, in four languages.",
        "Interpreters need the most care of all: they never get a break.",
    ),
    Entry(
        "delivery-riders-heatwave-log-off-strike-delhi",
        "riders-heat-desk",
        "worked",
        ("ES",),
        "2025-07",
        "We timed the log-off to the hottest hour and asked customers to "
        "tip in solidarity.",
        "The app's rating system punished riders who logged off alone: go "
        "together or not at all.",
        group_name="Riders' heat desk",
        scale="national",
        signal=Signal("150", "900", "riders logged off", "Screenshots from riders"),
    ),
    Entry(
        "delivery-riders-heatwave-log-off-strike-delhi",
        "night-shift-rota",
        "misfire",
        ("SE",),
        "2025-08",
        "A log-off in a cool week, to show we could.",
        "Without the heat as a reason, the press ignored it.",
        signal=Signal("0", "40", "riders", "Our own count"),
    ),
    Entry(
        "mutual-aid-medicine-exchange",
        "harbour-neighbours",
        "worked",
        ("LB",),
        "2025-05",
        "A medicine cupboard in the community kitchen, checked by a retired "
        "pharmacist every Friday.",
        "Never take prescription-only medicines without a pharmacist present.",
    ),
    Entry(
        "mutual-aid-medicine-exchange",
        "domestic-workers-circle",
        "mixed",
        ("LB",),
        "2025-09",
        "We ran the exchange from a member's flat.",
        "It put one person at risk: move it to a shared place.",
        anonymised=True,
    ),
    Entry(
        "legal-observer-training-campus-protests",
        "legal-support-desk",
        "worked",
        ("FR",),
        "2025-10",
        "We shortened the course to one evening and added a role play on "
        "police kettles.",
        group_name="Legal support desk",
    ),
    Entry(
        "small-camp-spokescouncil-misfire-west-sweden",
        "study-circle-north",
        "misfire",
        ("SE",),
        "2025-06",
        "We tried a spokescouncil with only three affinity groups.",
        "With so few groups the council was just a meeting with extra steps.",
    ),
    Entry(
        "lower-saxony-climate-camp-spokescouncil",
        "camp-kitchen-crew",
        "worked",
        ("DE",),
        "2025-08",
        "Spokes met twice a day, at breakfast and after dinner, ten minutes each.",
        scale="regional",
        signal=Signal("200", "450", "people at the camp", "Registration desk"),
    ),
    Entry(
        "depositor-switch-regional-bank",
        "bank-switch-team",
        "mixed",
        ("FR",),
        "2025-04",
        "We asked people to switch their savings first and current accounts later.",
        "Banks make switching slow on purpose: give people a checklist.",
        group_name="Bank switch team",
        scale="regional",
    ),
    Entry(
        "forum-theatre-gas-flaring-womens-health-training",
        "ferry-terminal-welcome",
        "worked",
        ("SE",),
        "2025-11",
        "Forum theatre about waiting times at the asylum office, with "
        "newcomers as the actors.",
        "Let people choose roles that are not their own story.",
    ),
    Entry(
        "rent-strike-launched-too-early-madrid-block",
        "tenants-block-four",
        "worked",
        ("GB",),
        "2026-03",
        "We waited until two thirds had pledged before we struck, as the lesson warns.",
        status=ReportStatus.SUBMITTED,
    ),
    Entry(
        "strike-ballot-phonebank-health-workers",
        "riders-heat-desk",
        "mixed",
        ("ES",),
        "2026-02",
        "A phonebank for a union ballot among riders, in Spanish and Urdu.",
        "Several riders share one phone: ask for the name, not the number.",
        status=ReportStatus.SUBMITTED,
    ),
)


def month(value: str | None) -> datetime.date | None:
    if not value:
        return None
    year, number = value.split("-")
    return datetime.date(int(year), int(number), 1)


def build(builder) -> None:
    """Add this feature's demo content; ``builder`` is the running
    :class:`home.demo.build.DemoBuilder` (its members exist already)."""
    from governance.adoption_review import convert_to_lesson, library_of
    from members.adoption import services

    User = get_user_model()
    users = {user.username: user for user in User.objects.all()}
    reviewer, coordinator = users.get(REVIEWER), users.get(COORDINATOR)
    lessons = {
        lesson.slug: lesson
        for lesson in LessonPage.objects.filter(locale=builder.locale).filter(
            slug__in={entry.lesson for entry in REPORTS}
        )
    }
    for entry in REPORTS:
        lesson, member = lessons[entry.lesson], users[entry.member]
        if AdoptionReport.objects.filter(
            lesson=lesson, member=member, adaptations=entry.adaptations
        ).exists():
            continue
        report = AdoptionReport.objects.create(
            lesson=lesson,
            member=member,
            countries=list(entry.countries),
            scale=entry.scale,
            started=month(entry.started),
            ended=month(entry.ended),
            adaptations=entry.adaptations,
            result=entry.result,
            cautions=entry.cautions,
            group_name=entry.group_name,
            anonymised=entry.anonymised,
            consent=True,
            language="en",
        )
        kinds = lesson_signal_kinds(lesson)
        if entry.signal and kinds:
            AdoptionSignal.objects.create(
                report=report,
                metric_kind=kinds[0][0],
                before=Decimal(entry.signal.before) if entry.signal.before else None,
                after=Decimal(entry.signal.after),
                unit=entry.signal.unit,
                evidence=entry.signal.evidence,
            )
        builder.report.add("adoption reports")
        if entry.status == ReportStatus.APPROVED and reviewer is not None:
            services.approve(report, reviewer, "Thank you for reporting back.")
        if (entry.lesson, entry.member) == CONVERTED and coordinator is not None:
            report.refresh_from_db()
            convert_to_lesson(report, coordinator, library_of(report))
            builder.report.add("draft lessons made from adoption reports")
