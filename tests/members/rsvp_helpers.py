"""Builders shared by the RSVP, notification and task tests."""

from __future__ import annotations

from django.contrib.auth import get_user_model

from engagement import factories
from members.models import Member


def event_index(home):
    return factories.EventIndexPageFactory(parent=home)


def make_event(index, **kwargs):
    return factories.EventPageFactory(parent=index, **kwargs)


def make_member(username: str, *, email: bool = True, language: str = "en", **extra):
    user = get_user_model().objects.create_user(
        username=username, password="pw", email=f"{username}@example.org", **extra
    )
    Member.objects.filter(user=user).update(
        display_name=f"{username.title()} D.",
        email_notifications=email,
        language=language,
    )
    return user


def answer(client, event, choice: str, **data):
    return client.post(
        f"/en/my/events/{event.pk}/rsvp/", {"answer": choice, **data}
    )


def restrict(page):
    """Make ``page`` readable by one group only (nobody in these tests)."""
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    group = Group.objects.create(name=f"Circle {page.pk}")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(group)
    return group
