"""``/api/v1/me/mentoring/``: the member's own mentoring profiles and
pairings, by personal access token or session (``members.api.auth``).

The other person of a pairing is named by display name only; their contact
details and the pairing's message are in the answer only while the pairing
is active (``services.contacts_for``), exactly as on the member's page.
"""

from __future__ import annotations

from datetime import date, datetime

from django.db.models import Q
from django.http import HttpRequest
from ninja import Field, Router, Schema

from ..api.auth import MEMBER_AUTH, MemberRateThrottle
from . import services
from .models import MentoringProfile, Pairing

router = Router(tags=["Members"], auth=MEMBER_AUTH, throttle=[MemberRateThrottle()])


class ProfileOut(Schema):
    kind: str = Field(description="``offer`` or ``request``.")
    topics: list[str] = Field(description="In the reader's language.")
    tactics: list[str]
    languages: list[str] = Field(description="Language codes.")
    time_zone: str
    mode: str = Field(description="``async``, ``live`` or ``either``.")
    capacity: int | None = Field(description="Mentees at once (offers only).")
    intro: str
    contact: str = Field(description="The member's own contact details.")
    active: bool


class PairingOut(Schema):
    id: int
    role: str = Field(description="The member's role: ``mentor`` or ``mentee``.")
    with_name: str = Field(description="The other person's display name.")
    status: str = Field(
        description="``proposed``, ``active``, ``declined``, ``ended``, ``expired``."
    )
    awaiting_me: bool = Field(description="A proposal waiting for my answer.")
    proposed_at: datetime
    started_at: datetime | None
    ends_on: date
    ended_at: datetime | None
    contact: str | None = Field(
        description="The other person's contact details: only while active."
    )
    message: str | None = Field(description="The first message: only while active.")


class MentoringOut(Schema):
    profiles: list[ProfileOut]
    pairings: list[PairingOut]


@router.get(
    "/mentoring/",
    response=MentoringOut,
    url_name="me-mentoring",
    summary="My mentoring",
)
def my_mentoring(request: HttpRequest):
    """My offer and request, and my pairings, newest first."""
    user = request.user
    names = services.TermNames()
    profiles = services.with_terms(MentoringProfile.objects.filter(member=user))
    pairings = list(
        Pairing.objects.filter(Q(mentor=user) | Q(mentee=user))
        .select_related("mentor__member", "mentee__member")
        .order_by("-created_at", "-pk")
    )
    contacts = services.contacts_for(user, pairings)

    def name(person) -> str:
        member = getattr(person, "member", None)
        return member.display_name if member else ""

    return {
        "profiles": [
            {
                "kind": p.kind,
                "topics": names.of("topics", services.topic_keys(p)),
                "tactics": names.of("tactics", services.tactic_keys(p)),
                "languages": p.languages,
                "time_zone": p.time_zone,
                "mode": p.mode,
                "capacity": p.capacity if p.kind == "offer" else None,
                "intro": p.intro,
                "contact": p.contact,
                "active": p.active,
            }
            for p in profiles
        ],
        "pairings": [
            {
                "id": p.pk,
                "role": "mentor" if p.mentor_id == user.pk else "mentee",
                "with_name": name(p.other(user)),
                "status": p.status,
                "awaiting_me": p.awaits(user),
                "proposed_at": p.created_at,
                "started_at": p.started_at,
                "ends_on": p.ends_on,
                "ended_at": p.ended_at,
                "contact": (contacts.get(p.pk) or {}).get("contact"),
                "message": (contacts.get(p.pk) or {}).get("message"),
            }
            for p in pairings
        ],
    }
