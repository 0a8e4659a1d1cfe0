"""Shared fixtures: media in a temporary folder, a site with the library pages."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Locale, Site

from home.models import HomePage
from lessons import factories

#: Module fixtures of the files that take minutes (the admin matrix walks
#: every admin URL per role; ``seed_demo`` builds the whole demo): those files
#: run first, so that pytest-xdist spreads the short ones around them instead
#: of leaving one worker alone with a long file at the end.
LONGEST = {"matrix", "seeded"}


def module_fixtures(item) -> list[str]:
    info = getattr(item, "_fixtureinfo", None)
    return sorted(
        name
        for name, definitions in (info.name2fixturedefs if info else {}).items()
        if definitions and definitions[-1].scope == "module"
    )


def pytest_collection_modifyitems(items):
    """Within each file, the tests that use data built once for the module (a
    module-scoped fixture, see ``tests/module_data.py``) run after the others,
    grouped by that fixture, so that no other test sees its rows. The longest
    files (:data:`LONGEST`) come first; otherwise files keep their order, and
    tests their order within each group."""
    files: dict[str, int] = {}
    longest: set[str] = set()
    for item in items:
        file = item.nodeid.split("::")[0]
        files.setdefault(file, len(files))
        if LONGEST.intersection(module_fixtures(item)):
            longest.add(file)

    def key(item) -> tuple[bool, int, str]:
        file = item.nodeid.split("::")[0]
        return file not in longest, files[file], ",".join(module_fixtures(item))

    items.sort(key=key)


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: Wagtail keeps the site's root
    paths there, and a page an earlier test made (and rolled back) must not
    linger in them."""
    cache.clear()


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
    """The home page the data migration creates, as the default site's root
    (a module's data may have translated it)."""
    page = HomePage.objects.get(locale=Locale.get_default())
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
