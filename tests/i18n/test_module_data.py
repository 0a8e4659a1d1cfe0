"""The library is built once for this module (``tests/module_data.py``), yet
each test sees it as built: what a test changes is rolled back before the
next, and the instances it changed are not handed on. The tests run in the
order written, except that those without the library run first."""

from __future__ import annotations

import pytest
from django.core.cache import cache

from lessons.models import LessonPage

pytestmark = pytest.mark.django_db

SOURCE = "Spokescouncil at a camp"
CHANGED = "Changed by the test before"


def test_changing_the_library(library):
    source = library["source"]
    source.title = CHANGED
    source.sensitivity = "members"
    source.save_revision().publish()
    library["untranslated"].delete()
    cache.set("left-by-the-test-before", True)

    assert LessonPage.objects.get(pk=source.pk).title == CHANGED


def test_the_next_test_sees_the_library_as_built(library, lesson_index):
    source = library["source"]
    assert source.title == SOURCE  # a new instance, not the one changed above
    assert LessonPage.objects.get(pk=source.pk).title == SOURCE
    assert LessonPage.objects.get(pk=source.pk).sensitivity == "public"
    assert LessonPage.objects.filter(pk=library["untranslated"].pk).exists()
    assert cache.get("left-by-the-test-before") is None
    assert library["ar"].get_parent().specific.get_translation(
        lesson_index.locale
    ).pk == lesson_index.pk


def test_a_test_without_the_library_never_sees_it(lesson_index):
    """Written last, run first: the library is not built yet."""
    assert not LessonPage.objects.filter(title=SOURCE).exists()
    assert not lesson_index.get_children().exists()
