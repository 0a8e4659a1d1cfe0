"""Fixtures for the language tests: every site language, and lessons
translated through wagtail-localize the way a translator does it."""

from __future__ import annotations

import pytest
from django.conf import settings
from wagtail.models import Locale

from home.demo.languages import translate, write_fields, write_lesson
from home.models import HomePage
from lessons import factories
from tests.lessons.helpers import make_full_lesson, make_lesson
from tests.module_data import for_this_test, fresh, once_per_module


@pytest.fixture
def locales(db) -> dict[str, Locale]:
    """The ``Locale`` of every site language (made after ``migrate``)."""
    return {
        code: Locale.objects.get(language_code=code) for code, _ in settings.LANGUAGES
    }


def translated_lesson(lesson, locale, **text):
    """``lesson`` translated into ``locale`` through wagtail-localize, with
    ``text`` for its title and summary (and anything else)."""
    values = {"title": f"{lesson.title} ({locale.language_code})", "summary": ""}
    values.update(text)
    values["summary"] = values["summary"] or f"{lesson.summary} [{locale}]"
    page, _created = translate(lesson, locale, write_lesson(values))
    return page


def translated_term(term, locale, name: str):
    page, _created = translate(term, locale, write_fields({"name": name}))
    return page


@pytest.fixture(scope="module")
def built_library(django_db_setup, django_db_blocker, tmp_path_factory):
    """The library, built once for the module (``tests/module_data.py``)."""
    with once_per_module(django_db_blocker, tmp_path_factory) as media:
        home = HomePage.objects.get(locale=Locale.get_default())
        locales = {
            code: Locale.objects.get(language_code=code)
            for code, _ in settings.LANGUAGES
        }
        lesson_index = factories.LessonIndexPageFactory(parent=home)
        yield media, {"index": lesson_index, **build_library(lesson_index, locales)}


@pytest.fixture
def library(built_library, settings, db):
    """An English library with a lesson translated into Arabic and Swedish,
    one nobody translated, and one written in Swedish; as the database has it
    at the start of this test."""
    media, built = built_library
    pages = for_this_test(built, media, settings)
    del pages["index"]
    return pages


@pytest.fixture
def lesson_index(request, home):
    """The library's index when the test has the library (as when the library
    was built on the test's own index), else a new one."""
    if "library" in request.fixturenames:
        _media, built = request.getfixturevalue("built_library")
        return fresh(built["index"])
    return factories.LessonIndexPageFactory(parent=home)


def build_library(lesson_index, locales) -> dict:
    # The library exists in every language, as seed_demo makes it (translating
    # a lesson first would copy its parents as aliases of the English pages).
    for code in ("sv", "ar", "es", "fr"):
        translate(lesson_index.get_parent().specific, locales[code], lambda page: None)
        translate(lesson_index, locales[code], lambda page: None)
    topic = factories.TopicFactory(name="Climate justice", slug="climate-justice")
    translated_term(topic, locales["ar"], "العدالة المناخية")
    both = make_full_lesson(
        lesson_index,
        title="Spokescouncil at a camp",
        terms=1,
        # As the editor saves them: empty optional parts are "", not missing.
        activities=[
            (
                "step",
                {
                    "title": "Map the site",
                    "description": "<p>Walk it twice.</p>",
                    "duration": "",
                    "materials": "",
                },
            )
        ],
    )
    both.topics = [topic]
    both.save_revision().publish()
    arabic = translated_lesson(both, locales["ar"], title="مجلس المندوبين في المخيم")
    swedish = translated_lesson(both, locales["sv"], title="Talespersonsråd på lägret")
    untranslated = make_lesson(lesson_index, title="Door-knocking script")
    swedish_index = lesson_index.get_translation(locales["sv"])
    original = make_lesson(
        swedish_index.specific, title="Renovräkning i miljonprogrammet"
    )
    return {
        "topic": topic,
        "source": both,
        "ar": arabic,
        "sv": swedish,
        "untranslated": untranslated,
        "swedish_original": original,
    }
