"""``manage.py seed_demo`` builds a complete, realistic data set, once."""

from collections import Counter
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Revision

from home.demo import taxonomy
from lessons.choices import LessonFormat, ResourceType, Result
from lessons.models import (
    GlossaryTerm,
    LearningPathPage,
    LessonAdaptation,
    LessonPage,
    ResourcePage,
    Tactic,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """Seed once for the module; each test reads it inside its own transaction."""
    with django_db_blocker.unblock():
        out = StringIO()
        call_command("seed_demo", stdout=out)
        yield out.getvalue()
        Page.objects.filter(depth__gt=2).delete()
        for model in (GlossaryTerm, Tactic):
            model.objects.all().delete()
        get_user_model().objects.all().delete()


def snapshot() -> dict[str, int]:
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "glossary": GlossaryTerm.objects.count(),
        "users": get_user_model().objects.count(),
        "adaptations": LessonAdaptation.objects.count(),
    }


def test_first_run_prints_the_admin_password_once(seeded):
    assert "password:" in seeded
    again = StringIO()
    call_command("seed_demo", stdout=again)
    assert "password:" not in again.getvalue()
    assert "changepassword admin" in again.getvalue()


def test_running_twice_changes_nothing(seeded):
    before = snapshot()

    call_command("seed_demo", stdout=StringIO())

    assert snapshot() == before


def test_lessons_cover_every_format_result_and_tactic(seeded):
    lessons = LessonPage.objects.live()

    assert lessons.count() >= 40
    assert {lesson.format for lesson in lessons} == set(LessonFormat.values)
    assert {lesson.result for lesson in lessons} == set(Result.values)
    used = set(lessons.values_list("tactics__slug", flat=True))
    assert used == {slug for slug, *_ in taxonomy.TACTICS}


def test_lessons_carry_signals_and_context(seeded):
    for lesson in LessonPage.objects.all():
        assert lesson.outcome_signals.exists(), lesson.slug
        assert lesson.political_context and lesson.legal_context, lesson.slug
        assert len(lesson.activities) >= 1, lesson.slug


def test_at_least_five_lineage_chains(seeded):
    adapted = set(LessonAdaptation.objects.values_list("page_id", flat=True))
    sources = set(LessonAdaptation.objects.values_list("source_id", flat=True))
    # A chain is at least A → B → C: a lesson that adapts one that adapts another.
    middles = adapted & sources
    assert len(middles) >= 5


def test_resources_paths_and_glossary(seeded):
    resources = ResourcePage.objects.live()
    assert resources.count() >= 20
    topic_counts = Counter(resources.values_list("topics__slug", flat=True))
    assert len([slug for slug, n in topic_counts.items() if slug and n >= 1]) >= 6
    assert {r.resource_type for r in resources} == set(ResourceType.values)
    assert LearningPathPage.objects.live().count() == 3
    assert GlossaryTerm.objects.count() >= 25


def test_demo_site_pages_render(seeded, client):
    for url in (
        "/en/",
        "/en/lessons/",
        "/en/resources/",
        "/en/paths/",
        "/en/glossary/",
    ):
        assert client.get(url).status_code == 200, url
    for lesson in LessonPage.objects.filter(sensitivity="public")[:10]:
        assert client.get(lesson.url).status_code == 200, lesson.url
