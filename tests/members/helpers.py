"""Small builders for the members' tests."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from engagement.factories import EventIndexPageFactory, EventPageFactory
from home.models import HomePage
from lessons import factories
from lessons.models import LearningPathStep
from tests.lessons.helpers import make_lesson


def make_member(username: str, *groups: Group):
    user = get_user_model().objects.create_user(
        username=username, password="pw", email=f"{username}@example.org"
    )
    user.groups.add(*groups)
    return user


def make_path(parent, steps, title="Camp path"):
    path = factories.LearningPathPageFactory.build(title=title)
    path.steps = [LearningPathStep(page=page) for page in steps]
    parent.add_child(instance=path)
    return path


def event_index():
    return EventIndexPageFactory(parent=HomePage.objects.get(), slug="events")


def make_event(parent, **kwargs):
    return EventPageFactory(parent=parent, **kwargs)


def restrict(lesson, group: Group) -> None:
    """Make a published lesson readable by ``group`` only, as an editor would."""
    lesson.sensitivity = "restricted"
    lesson.restricted_to_groups = [group]
    lesson.save_revision().publish()


__all__ = ["make_event", "make_lesson", "make_member", "make_path", "restrict"]
