"""Small builders for the mentoring tests."""

from __future__ import annotations

from django.contrib.auth import get_user_model

from lessons.factories import TacticFactory, TopicFactory
from members.mentoring.models import MentoringProfile, ProfileKind
from members.models import Member

#: A contact detail that must never show outside an active pairing.
CONTACT = "signal:+46-70-SECRET"
MESSAGE = "Hello, my private note"


def make_member(username: str, *, trusted: bool = True, display_name: str = ""):
    """A member; ``trusted``: past the "new member" level."""
    user = get_user_model().objects.create_user(
        username=username, password="pw", email=f"{username}@example.org"
    )
    Member.objects.filter(user=user).update(
        display_name=display_name or username.title(),
        accepted_contributions=1 if trusted else 0,
    )
    return user


def make_profile(
    user,
    kind: str = ProfileKind.OFFER,
    *,
    languages=("en",),
    time_zone: str = "Europe/Stockholm",
    mode: str = "either",
    capacity: int = 1,
    topics=(),
    tactics=(),
    contact: str = "",
    active: bool = True,
    intro: str = "",
) -> MentoringProfile:
    profile = MentoringProfile.objects.create(
        member=user,
        kind=kind,
        languages=list(languages),
        time_zone=time_zone,
        mode=mode,
        capacity=capacity,
        intro=intro or f"{user.username} {kind}",
        contact=contact or f"{CONTACT}-{user.username}",
        active=active,
    )
    profile.topics.set(topics)
    profile.tactics.set(tactics)
    return profile


def topic(name: str):
    return TopicFactory(name=name, slug=name.lower().replace(" ", "-"))


def tactic(name: str):
    return TacticFactory(name=name, slug=name.lower().replace(" ", "-"))
