"""The demo's discussions: a dozen lessons in three languages, replies and a
quote, one post hidden by three reports, one waiting in the queue."""

from __future__ import annotations

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Locale, Page

from engagement.models import MovementProfilePage
from home.demo import discussions as demo
from lessons.models import Audience, Bottleneck, GlossaryTerm, Tactic, Topic
from members.discussions import services
from members.discussions.models import ModerationEntry, Post, PostStatus, Thread

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """Seed once for the module (as tests/home/test_seed_demo.py does)."""
    with django_db_blocker.unblock():
        call_command("seed_demo", stdout=StringIO())
        yield
        editor_groups = list(
            MovementProfilePage.objects.values_list("editor_group", flat=True)
        )
        ModerationEntry.objects.all().delete()
        Page.objects.filter(depth__gt=2).delete()
        Page.objects.filter(depth=2).exclude(locale=Locale.get_default()).delete()
        Group.objects.filter(pk__in=editor_groups).delete()
        for model in (GlossaryTerm, Tactic, Topic, Audience, Bottleneck):
            model.objects.all().delete()
        get_user_model().objects.all().delete()


def test_the_content_files_are_valid():
    found = demo.entries()
    assert len(found) >= 12
    assert {language for _slug, language, _data in found} >= {"en", "ar", "es"}


def test_a_dozen_lessons_in_three_languages_have_discussions(seeded):
    threads = Thread.objects.filter(posts__status=PostStatus.VISIBLE).distinct()
    assert threads.count() >= 12
    languages = set(threads.values_list("page__locale__language_code", flat=True))
    assert languages >= {"en", "ar", "es"}
    for thread in threads.select_related("page"):
        assert services.access(thread.page.specific, None).read


def test_replies_a_quote_a_hidden_post_and_one_waiting(seeded):
    assert Post.objects.filter(parent__isnull=False).count() >= 10
    assert Post.objects.filter(quoted__isnull=False).exists()
    hidden = Post.objects.get(status=PostStatus.HIDDEN)
    assert hidden.reports.count() == 3
    waiting = Post.objects.get(status=PostStatus.AWAITING)
    assert services.limits_for(waiting.author).posts_premoderated
    assert set(services.queue()) == {hidden, waiting}


def test_the_discussions_show_on_the_lesson_pages(seeded, client):
    thread = Thread.objects.get(
        page__slug="care-rota-feminist-climate-camp", page__locale__language_code="es"
    )
    text = client.get(thread.page.url).text
    assert "turnos de noche" in text
    assert 'dir="auto"' in text


def test_running_twice_adds_no_posts(seeded):
    before = Post.objects.count()
    call_command("seed_demo", stdout=StringIO())
    assert Post.objects.count() == before
