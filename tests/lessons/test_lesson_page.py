"""The lesson page shows every unit and stays within its query budget."""

import pytest
from django.contrib.auth.models import Group

from lessons.models import LessonCaution

from .helpers import make_full_lesson, make_lesson

pytestmark = pytest.mark.django_db


def test_lesson_page_shows_every_unit(client, lesson_index):
    source = make_lesson(lesson_index, title="Original climate camp")
    lesson = make_full_lesson(lesson_index, title="Smaller camp", sources=[source])

    response = client.get(lesson.url)

    assert response.status_code == 200
    html = response.content.decode()
    for heading in (
        "The problem",
        "What we did",
        "Outcomes",
        "Cautions",
        "Context",
        "Lineage",
        "About this lesson",
    ):
        assert f">{heading}</h2>" in html
    assert "Police may kettle the camp" in html
    assert "<caption" in html and "People at action day 0" in html
    assert "Original climate camp" in html
    assert "Shorter camp than Original climate camp" in html
    assert "Logistics working group" in html
    assert "Creative Commons Attribution-ShareAlike 4.0" in html


def test_source_lesson_lists_its_adaptations(client, lesson_index):
    source = make_lesson(lesson_index, title="Original climate camp")
    make_full_lesson(lesson_index, title="Smaller camp", sources=[source])

    html = client.get(source.url).content.decode()

    assert "Adapted by" in html
    assert "Smaller camp" in html


def test_anonymised_lesson_hides_authors(client, lesson_index):
    lesson = make_full_lesson(lesson_index, anonymised=True)

    html = client.get(lesson.url).content.decode()

    assert "Logistics working group" not in html
    assert "Shared anonymously by a movement in the network." in html


def test_lineage_hides_lessons_the_visitor_cannot_read(client, lesson_index):
    secret = make_lesson(lesson_index, title="Secret source", sensitivity="members")
    lesson = make_full_lesson(lesson_index, sources=[secret])

    html = client.get(lesson.url).content.decode()

    assert "Secret source" not in html


@pytest.mark.parametrize("sensitivity", ["members", "restricted"])
def test_non_public_lesson_is_not_served_to_anonymous_visitors(
    client, lesson_index, sensitivity
):
    lesson = make_lesson(lesson_index, sensitivity=sensitivity)

    response = client.get(lesson.url)

    assert response.status_code in (302, 404)
    assert lesson.title not in response.content.decode()


def test_members_lesson_is_served_to_members(client, lesson_index, member):
    lesson = make_lesson(lesson_index, sensitivity="members", title="For members")
    client.force_login(member)

    response = client.get(lesson.url)

    assert response.status_code == 200
    assert "For members" in response.content.decode()


def test_restricted_lesson_is_served_only_to_its_groups(client, lesson_index, member):
    group = Group.objects.create(name="Security circle")
    lesson = make_lesson(lesson_index, sensitivity="restricted", groups=[group])
    client.force_login(member)

    refused = client.get(lesson.url)
    assert refused.status_code == 404
    assert lesson.title not in refused.content.decode()
    member.groups.add(group)
    assert client.get(lesson.url).status_code == 200


@pytest.mark.parametrize("size", [1, 6])
def test_lesson_page_query_count_is_bounded(
    client, lesson_index, django_assert_max_num_queries, size
):
    sources = [make_lesson(lesson_index) for _ in range(size)]
    lesson = make_full_lesson(lesson_index, terms=size, signals=size, sources=sources)
    for _ in range(size):
        make_full_lesson(lesson_index, terms=1, signals=1, sources=[lesson])

    # 20 for the lesson, two for the "we tried this" reports and their
    # signals, 3 for its discussion (switch, reader, posts), and the lineage
    # graph's: a query per generation (at most three), one for the adaptations
    # between the lessons found and one for those lessons, in place of one;
    # and one for the "Print and take away" block (is the lesson inside a
    # password or group privacy section, which has no brief?).
    with django_assert_max_num_queries(28):
        response = client.get(lesson.url)

    assert response.status_code == 200


def test_editors_preview_a_draft_with_its_unsaved_parts(lesson_index):
    source = make_lesson(lesson_index, title="Original camp")
    lesson = make_full_lesson(lesson_index, sources=[source])
    lesson.title = "Draft title"
    lesson.cautions.add(LessonCaution(risk_level="high", title="New caution"))
    draft = lesson.save_revision().as_object()

    response = draft.make_preview_request()

    html = response.content.decode()
    assert response.status_code == 200
    assert "Draft title" in html
    assert "New caution" in html
    assert "Original camp" in html
