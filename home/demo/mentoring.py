"""Mentoring offers, requests and pairings between the demo members.

Compact data rather than content files: the intros are a line each, written
in the member's own language. The contact details use the domain reserved
for examples. Pairings are made directly in the state they are shown in (two
active, one proposed): the demo members are new members, who could not yet
propose to strangers themselves.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.utils import timezone

from lessons.models import Tactic, Topic
from members.mentoring.models import (
    MentoringProfile,
    Pairing,
    PairingStatus,
    ProfileKind,
)
from members.mentoring.services import add_months


@dataclass(frozen=True)
class Entry:
    member: str
    kind: str
    languages: tuple[str, ...]
    time_zone: str
    mode: str
    intro: str
    topics: tuple[str, ...] = ()
    tactics: tuple[str, ...] = ()
    capacity: int = 1


OFFER, REQUEST = ProfileKind.OFFER, ProfileKind.REQUEST

#: Eight offers and four requests, in several languages and time zones.
PROFILES = (
    Entry(
        "tenants-block-four",
        OFFER,
        ("en", "es"),
        "Europe/London",
        "either",
        "We ran a rent strike across four blocks; happy to help a new "
        "tenants' union plan its first one.",
        ("housing",),
        ("rent-strike", "door-knocking"),
        3,
    ),
    Entry(
        "domestic-workers-circle",
        OFFER,
        ("ar", "en"),
        "Asia/Beirut",
        "live",
        "نساعد مجموعات العاملات المنزليات على تنظيم أول لقاء وحماية العضوات.",
        ("labour", "feminism"),
        ("mutual-aid",),
        2,
    ),
    Entry(
        "legal-support-desk",
        OFFER,
        ("en",),
        "America/New_York",
        "async",
        "Legal observers for ten years: we can review your protest "
        "legal-support plan in writing.",
        ("civic-space",),
        ("legal-observing",),
        2,
    ),
    Entry(
        "ferry-terminal-welcome",
        OFFER,
        ("sv", "en"),
        "Europe/Stockholm",
        "either",
        "Vi har tagit emot nyanlända i hamnen i fem år och delar "
        "gärna hur vi organiserar volontärer.",
        ("migration",),
        ("mutual-aid", "volunteer-pipeline"),
        2,
    ),
    Entry(
        "bank-switch-team",
        OFFER,
        ("fr", "en"),
        "Europe/Paris",
        "live",
        "Nous accompagnons les campagnes de changement de banque et de "
        "désinvestissement.",
        ("finance", "climate-justice"),
        ("divestment", "boycott"),
        1,
    ),
    Entry(
        "wetland-brigade",
        OFFER,
        ("es",),
        "America/Bogota",
        "either",
        "Defendemos humedales con brigadas comunitarias; compartimos cómo "
        "empezar y cuidarse.",
        ("climate-justice", "food-land"),
        ("action-camp",),
        2,
    ),
    Entry(
        "theatre-facilitators",
        OFFER,
        ("fr", "ar"),
        "Africa/Tunis",
        "live",
        "Formation de formateurs par le théâtre de l'opprimé.",
        ("civic-space",),
        ("training-of-trainers", "creative-action"),
        3,
    ),
    Entry(
        "study-circle-north",
        OFFER,
        ("sv",),
        "Europe/Stockholm",
        "async",
        "Studiecirklar för fackklubbar: vi hjälper er att komma igång.",
        ("labour",),
        ("training-of-trainers",),
        1,
    ),
    Entry(
        "harbour-neighbours",
        REQUEST,
        ("ar", "en"),
        "Africa/Cairo",
        "either",
        "نحن جيران في الميناء ونريد تنظيم مستأجري العمارة لأول مرة.",
        ("housing",),
        ("rent-strike", "door-knocking"),
    ),
    Entry(
        "night-shift-rota",
        REQUEST,
        ("sv", "en"),
        "Europe/Stockholm",
        "live",
        "Vi vill starta en fackklubb på nattskiftet och behöver någon att bolla med.",
        ("labour",),
        ("strike",),
    ),
    Entry(
        "riders-heat-desk",
        REQUEST,
        ("en", "es"),
        "America/Mexico_City",
        "async",
        "Delivery riders organising against heat: looking for "
        "someone who has run a legal-support desk.",
        ("labour", "civic-space"),
        ("legal-observing",),
    ),
    Entry(
        "camp-kitchen-crew",
        REQUEST,
        ("en", "fr"),
        "Europe/Brussels",
        "either",
        "Our camp kitchen wants to grow into a mutual-aid network.",
        ("food-land",),
        ("mutual-aid",),
    ),
)

#: ``(mentor, mentee, status, months, started days ago)``.
PAIRINGS = (
    ("tenants-block-four", "harbour-neighbours", PairingStatus.ACTIVE, 3, 20),
    ("study-circle-north", "night-shift-rota", PairingStatus.ACTIVE, 6, 45),
    ("legal-support-desk", "riders-heat-desk", PairingStatus.PROPOSED, 3, 2),
)


def build(builder) -> None:
    """Add this feature's demo content; ``builder`` is the running
    :class:`home.demo.build.DemoBuilder` (its members exist already)."""
    users = {
        user.username: user
        for user in get_user_model().objects.filter(
            username__in={entry.member for entry in PROFILES}
        )
    }
    for entry in PROFILES:
        user = users.get(entry.member)
        if (
            user is None
            or MentoringProfile.objects.filter(member=user, kind=entry.kind).exists()
        ):
            continue
        profile = MentoringProfile.objects.create(
            member=user,
            kind=entry.kind,
            languages=list(entry.languages),
            time_zone=entry.time_zone,
            mode=entry.mode,
            capacity=entry.capacity,
            intro=entry.intro,
            contact=f"{entry.member}@example.org",
        )
        profile.topics.set(builder.terms(Topic, list(entry.topics)))
        profile.tactics.set(builder.terms(Tactic, list(entry.tactics)))
        builder.report.add(f"mentoring {entry.kind}s")
    now = timezone.now()
    for mentor_name, mentee_name, status, months, days_ago in PAIRINGS:
        mentor, mentee = users.get(mentor_name), users.get(mentee_name)
        if mentor is None or mentee is None:
            continue
        if Pairing.objects.filter(mentor=mentor, mentee=mentee).exists():
            continue
        proposed = now - datetime.timedelta(days=days_ago)
        active = status == PairingStatus.ACTIVE
        pairing = Pairing.objects.create(
            mentor=mentor,
            mentee=mentee,
            proposed_by=mentee,
            status=status,
            ends_on=add_months(proposed.date(), months),
            mentee_accepted_at=proposed,
            mentor_accepted_at=proposed if active else None,
            started_at=proposed if active else None,
        )
        # ``created_at`` is set on save; the demo dates it back.
        Pairing.objects.filter(pk=pairing.pk).update(created_at=proposed)
        builder.report.add("mentoring pairings")
