"""Related lessons: editors' choices first; otherwise lessons sharing tactics
(3), bottlenecks (2) and topics (1), visible ones only, never the lesson
itself or its translations, in a fixed number of queries."""

from __future__ import annotations

import pytest
from wagtail.models import Locale

from home.demo.languages import translate
from lessons import factories
from lessons.evidence.related import suggested_lessons
from lessons.models import LessonPage, LessonRelatedLink
from tests.i18n.conftest import translated_lesson

from .helpers import make_lesson

pytestmark = pytest.mark.django_db


@pytest.fixture
def terms(locale):
    return {
        "tactic": factories.TacticFactory(name="Blockade", slug="blockade"),
        "tactic2": factories.TacticFactory(name="Boycott", slug="boycott"),
        "bottleneck": factories.BottleneckFactory(name="Venues", slug="venues"),
        "topic": factories.TopicFactory(name="Housing", slug="housing"),
        "topic2": factories.TopicFactory(name="Climate", slug="climate"),
    }


@pytest.fixture
def scored(lesson_index, terms):
    """A lesson and candidates whose scores are counted by hand."""
    t = terms
    lesson = make_lesson(
        lesson_index,
        title="Reader's lesson",
        tactics=[t["tactic"], t["tactic2"]],
        bottlenecks=[t["bottleneck"]],
        topics=[t["topic"], t["topic2"]],
    )
    return {
        "lesson": lesson,
        # 3 + 3 = 6
        "two_tactics": make_lesson(
            lesson_index, title="Two tactics", tactics=[t["tactic"], t["tactic2"]]
        ),
        # 3 + 2 = 5
        "tactic_bottleneck": make_lesson(
            lesson_index,
            title="Tactic and bottleneck",
            tactics=[t["tactic"]],
            bottlenecks=[t["bottleneck"]],
        ),
        # 2 + 1 = 3, older
        "bottleneck_topic_old": make_lesson(
            lesson_index,
            title="Bottleneck and topic, older",
            bottlenecks=[t["bottleneck"]],
            topics=[t["topic"]],
        ),
        # 1 + 1 = 2: fifth, left out
        "two_topics": make_lesson(
            lesson_index, title="Two topics", topics=[t["topic"], t["topic2"]]
        ),
        # 3, newer than the other 3: wins the tie
        "tactic_new": make_lesson(
            lesson_index, title="One tactic, newer", tactics=[t["tactic2"]]
        ),
        "nothing": make_lesson(lesson_index, title="Nothing shared"),
        "members": make_lesson(
            lesson_index,
            title="Members only, all shared",
            sensitivity="members",
            tactics=[t["tactic"], t["tactic2"]],
            bottlenecks=[t["bottleneck"]],
        ),
        "restricted": make_lesson(
            lesson_index,
            title="Restricted, all shared",
            sensitivity="restricted",
            tactics=[t["tactic"], t["tactic2"]],
        ),
        "draft": make_lesson(
            lesson_index,
            title="Draft, all shared",
            live=False,
            tactics=[t["tactic"], t["tactic2"]],
        ),
    }


def titles(pages) -> list[str]:
    return [page.title for page in pages]


def visible(user=None):
    from core.visibility import visible_pages

    return visible_pages(LessonPage.objects.all(), user)


def test_suggestions_are_ordered_by_score_then_newest(scored):
    found = suggested_lessons(scored["lesson"], visible())

    assert titles(found) == [
        "Two tactics",  # 6
        "Tactic and bottleneck",  # 5
        "One tactic, newer",  # 3, newest of the two 3s
        "Bottleneck and topic, older",  # 3
    ]


def test_members_see_members_only_suggestions(scored, member):
    found = suggested_lessons(scored["lesson"], visible(member))

    # 3 + 3 + 2 = 8: first for a member; restricted and draft never.
    assert titles(found)[0] == "Members only, all shared"
    assert "Restricted, all shared" not in titles(found)
    assert "Draft, all shared" not in titles(found)


def test_the_lesson_itself_and_its_translations_are_never_suggested(
    lesson_index, scored
):
    swedish = Locale.objects.get(language_code="sv")
    translate(lesson_index.get_parent().specific, swedish, lambda page: None)
    translate(lesson_index, swedish, lambda page: None)
    translated_lesson(scored["lesson"], swedish, title="Läsarens lektion")

    found = suggested_lessons(scored["lesson"], visible())

    assert "Reader's lesson" not in titles(found)
    assert "Läsarens lektion" not in titles(found)


def test_the_page_marks_suggestions_and_stays_within_its_budget(
    client, scored, django_assert_max_num_queries
):
    lesson = scored["lesson"]
    client.get(lesson.url)

    # The lesson page's budget (tests/lessons/test_lesson_page.py).
    with django_assert_max_num_queries(25):
        response = client.get(lesson.url)

    html = response.content.decode()
    assert "Lessons like this one" in html
    assert ">Related lessons<" not in html
    assert "Two tactics" in html
    assert "Members only, all shared" not in html
    assert "Restricted, all shared" not in html


def test_editors_links_win_over_suggestions(client, scored):
    lesson = scored["lesson"]
    LessonRelatedLink.objects.create(page=lesson, lesson=scored["nothing"])

    html = client.get(lesson.url).content.decode()

    assert ">Related lessons<" in html
    assert "Nothing shared" in html
    assert "Lessons like this one" not in html
    assert "Two tactics" not in html


def test_editors_links_the_reader_may_not_see_leave_room_for_suggestions(
    client, scored
):
    lesson = scored["lesson"]
    LessonRelatedLink.objects.create(page=lesson, lesson=scored["members"])

    html = client.get(lesson.url).content.decode()

    assert "Members only, all shared" not in html
    assert "Lessons like this one" in html


def test_the_api_detail_lists_the_same_suggestions(client, scored):
    lesson = scored["lesson"]

    data = client.get(f"/api/v1/lessons/{lesson.pk}/").json()

    assert data["related_suggested"] is True
    assert [item["title"] for item in data["related"]] == titles(
        suggested_lessons(lesson, visible())
    )
    LessonRelatedLink.objects.create(page=lesson, lesson=scored["nothing"])
    data = client.get(f"/api/v1/lessons/{lesson.pk}/").json()
    assert data["related_suggested"] is False
    assert [item["title"] for item in data["related"]] == ["Nothing shared"]


@pytest.fixture
def remembering(settings):
    settings.PRAXIS_CONTENT_MEMO_SECONDS = 600


def test_the_ranking_is_remembered_until_something_is_published(
    remembering, lesson_index, terms, scored, django_assert_num_queries
):
    lesson = scored["lesson"]
    first = titles(suggested_lessons(lesson, visible()))
    # The ranking is remembered: only the private sections (for visible())
    # and the reader's share of the ranking are read.
    with django_assert_num_queries(2):
        assert titles(suggested_lessons(lesson, visible())) == first

    newest = make_lesson(
        lesson_index,
        title="Shares everything, just published",
        tactics=[terms["tactic"], terms["tactic2"]],
        bottlenecks=[terms["bottleneck"]],
        topics=[terms["topic"]],
    )
    # Until it is published through Wagtail, the remembered ranking holds.
    assert titles(suggested_lessons(lesson, visible())) == first
    newest.save_revision().publish()

    assert titles(suggested_lessons(lesson, visible()))[0] == (
        "Shares everything, just published"
    )


def test_visibility_is_read_anew_even_when_the_ranking_is_remembered(
    remembering, scored, member
):
    lesson = scored["lesson"]
    # A member's request remembers a ranking holding the members-only lesson…
    assert titles(suggested_lessons(lesson, visible(member)))[0] == (
        "Members only, all shared"
    )
    # …which an anonymous reader still never gets.
    assert "Members only, all shared" not in titles(
        suggested_lessons(lesson, visible())
    )


def test_a_reader_who_may_read_little_of_a_full_ranking_is_scored_one_by_one(
    monkeypatch, scored
):
    from lessons.evidence import related

    # Two ranked: the members-only and restricted lessons (8 and 6) fill the
    # ranking, and an anonymous reader may read neither.
    monkeypatch.setattr(related, "RANKED", 2)

    found = suggested_lessons(scored["lesson"], visible())

    assert titles(found) == [
        "Two tactics",
        "Tactic and bottleneck",
        "One tactic, newer",
        "Bottleneck and topic, older",
    ]


def test_a_preview_scores_the_drafts_terms(scored, terms):
    lesson = scored["lesson"]
    lesson.tactics = []
    lesson.bottlenecks = [terms["bottleneck"]]
    lesson.topics = []

    found = suggested_lessons(lesson, visible(), preview=True)

    # Both share the bottleneck (2); the one made later comes first.
    assert titles(found) == ["Bottleneck and topic, older", "Tactic and bottleneck"]


def test_the_ranking_leaves_out_the_lesson_and_its_translations(lesson_index, scored):
    from lessons.evidence.related import _ranking

    swedish = Locale.objects.get(language_code="sv")
    translate(lesson_index.get_parent().specific, swedish, lambda page: None)
    translate(lesson_index, swedish, lambda page: None)
    swedish_lesson = translated_lesson(scored["lesson"], swedish, title="Läsarens")

    ranked = _ranking(scored["lesson"], preview=False)

    assert scored["lesson"].pk not in ranked
    assert swedish_lesson.pk not in ranked
    assert ranked[0] == scored["members"].pk  # 8: the ranking knows no reader
