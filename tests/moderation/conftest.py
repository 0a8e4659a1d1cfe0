"""Fixtures for the moderation tests: a clean rate-limit count, the Moderators
group and a public lesson to report."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.cache import caches

from moderation.models import MODERATORS_GROUP
from tests.lessons.helpers import make_lesson


@pytest.fixture(autouse=True)
def clear_rate_limits():
    """django-ratelimit counts in the cache named by ``RATELIMIT_USE_CACHE``
    (process memory in tests), which outlives a test: start and end empty."""
    cache = caches[getattr(settings, "RATELIMIT_USE_CACHE", "default")]
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def moderators(db) -> Group:
    """The Moderators group (the lead's roles migration creates it for real)."""
    return Group.objects.get_or_create(name=MODERATORS_GROUP)[0]


@pytest.fixture
def lesson(lesson_index):
    return make_lesson(lesson_index, title="Banner drop on the bridge")
