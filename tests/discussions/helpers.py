"""Builders for the discussions' tests."""

from __future__ import annotations

from django.contrib.auth import get_user_model

from members.discussions import services
from members.models import Member


def make_member(username: str, *, trusted: bool = True, groups=()):
    """A member with a display name; ``trusted``: past the new members'
    pre-moderation (one accepted contribution)."""
    user = get_user_model().objects.create_user(
        username=username, password="pw", email=f"{username}@example.org"
    )
    Member.objects.filter(user=user).update(
        display_name=f"{username.title()} D.",
        accepted_contributions=1 if trusted else 0,
    )
    user.groups.add(*groups)
    return user


def post(user, page, body="A question?", **kwargs):
    return services.create_post(user, page, body, **kwargs)
