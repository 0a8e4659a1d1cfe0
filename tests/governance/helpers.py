"""Builders for governance tests: people in roles."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group


def person(username: str, *roles: str):
    """A user in the named role groups (made by the data migration)."""
    user = get_user_model().objects.create_user(
        username=username, password="pw", email=f"{username}@example.org"
    )
    user.groups.add(*Group.objects.filter(name__in=roles))
    assert user.groups.count() == len(roles), "a role group is missing"
    return user
