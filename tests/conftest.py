"""Shared fixtures: media in a temporary folder, a site with the library pages."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.utils import translation
from wagtail.models import Locale, Site

from home.models import HomePage
from lessons import factories


@pytest.fixture(autouse=True)
def source_language():
    """Each test starts in the source language: a request to ``/sv/…`` leaves
    Swedish active in the thread after it (Django's LocaleMiddleware activates
    the language and nothing switches it back)."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def locale(db) -> Locale:
    return Locale.get_default()


@pytest.fixture
def home(db) -> HomePage:
    """The home page the data migration creates, as the default site's root."""
    page = HomePage.objects.get()
    site = Site.objects.get(is_default_site=True)
    assert site.root_page_id == page.pk
    return page


@pytest.fixture
def lesson_index(home):
    return factories.LessonIndexPageFactory(parent=home)


@pytest.fixture
def resource_index(home):
    return factories.ResourceIndexPageFactory(parent=home)


@pytest.fixture
def path_index(home):
    return factories.LearningPathIndexPageFactory(parent=home)


@pytest.fixture
def glossary_page(home):
    return factories.GlossaryPageFactory(parent=home)


@pytest.fixture
def member(django_user_model):
    return django_user_model.objects.create_user(username="member", password="pw")
