"""The lesson library listing: facets, bad input, pagination, query budget."""

import pytest

from lessons import factories
from lessons.models import LessonCaution

from .helpers import make_lesson

pytestmark = pytest.mark.django_db


def titles(response) -> set[str]:
    return {lesson.title for lesson in response.context["lessons"]}


@pytest.fixture
def housing(locale):
    return factories.TopicFactory(name="Housing", slug="housing")


@pytest.fixture
def climate(locale):
    return factories.TopicFactory(name="Climate", slug="climate")


def test_library_lists_published_lessons(client, lesson_index):
    make_lesson(lesson_index, title="Published")
    draft = make_lesson(lesson_index, title="Draft")
    draft.unpublish()

    response = client.get(lesson_index.url)

    assert response.status_code == 200
    assert titles(response) == {"Published"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("topic=housing", {"Rent strike"}),
        ("topic=housing&topic=climate", {"Rent strike", "Camp"}),
        ("result=misfire", {"Camp"}),
        ("format=template", {"Rent strike"}),
        ("country=KE", {"Camp"}),
        ("risk=high", {"Camp"}),
        ("topic=housing&result=misfire", set()),
    ],
)
def test_facets_narrow_the_list(
    client, lesson_index, housing, climate, query, expected
):
    make_lesson(
        lesson_index,
        title="Rent strike",
        topics=[housing],
        format="template",
        countries=["ES"],
    )
    camp = factories.LessonPageFactory.build(
        title="Camp", result="misfire", countries=["KE", "SE"]
    )
    camp.cautions = [LessonCaution(risk_level="high", title="Arrests")]
    camp.topics = [climate]
    lesson_index.add_child(instance=camp)

    response = client.get(f"{lesson_index.url}?{query}")

    assert titles(response) == expected


def test_a_lesson_with_two_chosen_topics_is_listed_once(
    client, lesson_index, housing, climate
):
    make_lesson(lesson_index, title="Both", topics=[housing, climate])
    make_lesson(lesson_index, title="Housing only", topics=[housing])

    response = client.get(f"{lesson_index.url}?topic=housing&topic=climate")
    api = client.get("/api/v1/lessons/?topic=housing&topic=climate").json()

    listed = [lesson.title for lesson in response.context["lessons"]]
    assert sorted(listed) == ["Both", "Housing only"]
    assert api["count"] == 2
    assert sorted(item["title"] for item in api["results"]) == ["Both", "Housing only"]


def test_tactic_audience_and_bottleneck_facets(client, lesson_index):
    tactic = factories.TacticFactory(name="Blockade", slug="blockade")
    audience = factories.AudienceFactory(name="Trainers", slug="trainers")
    bottleneck = factories.BottleneckFactory(name="Burnout", slug="burnout")
    make_lesson(
        lesson_index,
        title="Tagged",
        tactics=[tactic],
        audiences=[audience],
        bottlenecks=[bottleneck],
    )
    make_lesson(lesson_index, title="Other")

    for query in ("tactic=blockade", "audience=trainers", "bottleneck=burnout"):
        assert titles(client.get(f"{lesson_index.url}?{query}")) == {"Tagged"}


def test_unknown_filter_values_show_a_message_not_an_error(
    client, lesson_index, housing
):
    make_lesson(lesson_index, title="Rent strike", topics=[housing])

    response = client.get(
        f"{lesson_index.url}?topic=no-such-topic&result=winning&country=ZZ&page=x"
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert "Some filters could not be used" in html
    assert "no-such-topic" in html
    assert titles(response) == {"Rent strike"}


def test_valid_filters_still_apply_next_to_invalid_ones(client, lesson_index, housing):
    make_lesson(lesson_index, title="Rent strike", topics=[housing])
    make_lesson(lesson_index, title="Other")

    response = client.get(f"{lesson_index.url}?topic=housing&result=winning")

    assert titles(response) == {"Rent strike"}


def test_library_paginates_twenty_a_page(client, lesson_index):
    for n in range(23):
        make_lesson(lesson_index, title=f"Lesson {n:02}")

    first = client.get(lesson_index.url)
    second = client.get(f"{lesson_index.url}?page=2")
    beyond = client.get(f"{lesson_index.url}?page=99")

    assert len(first.context["lessons"]) == 20
    assert len(second.context["lessons"]) == 3
    assert beyond.context["lessons"].number == 2
    assert titles(first).isdisjoint(titles(second))


def test_ordering_by_title(client, lesson_index):
    for title in ("Beta", "Alpha", "Gamma"):
        make_lesson(lesson_index, title=title)

    response = client.get(f"{lesson_index.url}?ordering=title")

    assert [lesson.title for lesson in response.context["lessons"]] == [
        "Alpha",
        "Beta",
        "Gamma",
    ]


@pytest.mark.parametrize("sensitivity", ["members", "restricted"])
def test_library_hides_non_public_lessons_from_visitors(
    client, lesson_index, sensitivity
):
    make_lesson(lesson_index, title="Hidden lesson", sensitivity=sensitivity)

    response = client.get(lesson_index.url)

    assert "Hidden lesson" not in response.content.decode()


def test_members_see_members_lessons(client, lesson_index, member):
    make_lesson(lesson_index, title="Members lesson", sensitivity="members")
    client.force_login(member)

    assert "Members lesson" in titles(client.get(lesson_index.url))


def test_country_facet_lists_only_visible_lessons_countries(client, lesson_index):
    make_lesson(lesson_index, countries=["CL"])
    make_lesson(lesson_index, countries=["PH"], sensitivity="restricted")

    response = client.get(lesson_index.url)
    choices = dict(response.context["filterset"].form.fields["country"].choices)

    assert "CL" in choices
    assert "PH" not in choices


@pytest.mark.parametrize("size", [2, 20])
def test_library_query_count_is_constant(
    client, lesson_index, django_assert_max_num_queries, size
):
    terms = [factories.TopicFactory() for _ in range(size)]
    tactics = [factories.TacticFactory() for _ in range(size)]
    for n in range(size + 5):
        make_lesson(lesson_index, topics=terms[: n % size + 1], tactics=tactics)
    client.get(lesson_index.url)  # warm Wagtail's site root path cache

    with django_assert_max_num_queries(15):
        response = client.get(f"{lesson_index.url}?tactic={tactics[0].slug}")

    assert len(response.context["lessons"]) == min(size + 5, 20)


@pytest.mark.parametrize("language", ["en", "sv", "ar", "es", "fr"])
def test_the_sort_menu_speaks_the_readers_language(language):
    """The labels are made when the form is shown, in the reader's language
    (not once, in the language the server started in)."""
    from django.utils import translation

    from lessons.filters import LessonFilterSet

    with translation.override(language):
        field = LessonFilterSet(data={}).form["ordering"]
        html = str(field)
        labels = [str(label) for _value, label in field.field.choices]
        expected = [
            translation.gettext(label)
            for label in ("Newest first", "Oldest first", "Title, A to Z")
        ]

    assert labels[:3] == expected
    if language != "en":
        assert "Newest first" not in labels
    assert "---------" not in html
    assert "descending" not in html


@pytest.mark.parametrize("language", ["en", "ar"])
def test_an_unknown_filter_value_gets_a_message_for_people(
    client, lesson_index, housing, language
):
    from django.utils import translation

    from lessons.filters import LessonFilterSet
    from lessons.models import LessonPage

    make_lesson(lesson_index, title="Rent strike", topics=[housing])
    with translation.override(language):
        filters = LessonFilterSet(
            {"topic": ["bogus"]}, queryset=LessonPage.objects.live()
        )
        messages = [str(message) for message in filters.error_messages()]
    response = client.get(f"{lesson_index.url}?topic=bogus")

    assert len(messages) == 1
    assert "bogus" in messages[0]
    assert "Select a valid choice" not in messages[0]
    if language == "en":
        assert messages[0].startswith("There is nothing called “bogus”")
        assert messages[0] in response.content.decode()
    else:
        assert "There is nothing" not in messages[0]
    assert titles(response) == {"Rent strike"}
