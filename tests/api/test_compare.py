"""``/api/v1/lessons/compare/``: what an anonymous visitor may read, the same
rows as the page with ``differs``, 400 problems for bad ids, in the OpenAPI
document, at a fixed number of queries."""

from __future__ import annotations

from decimal import Decimal

import pytest

from engagement import factories as engagement
from lessons import factories
from lessons.models import LessonOutcomeSignal
from tests.lessons.helpers import make_full_lesson, make_lesson

from .conftest import assert_problem, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def lessons(lesson_index, home):
    movements = engagement.MovementIndexPageFactory(parent=home)
    quiet = engagement.MovementProfilePageFactory(
        parent=movements, title="Quiet Tenants Network"
    )
    rent = factories.LessonPageFactory.build(
        title="Rent strike", result="worked", countries=["ES"]
    )
    rent.outcome_signals = [
        LessonOutcomeSignal(
            metric_kind="turnout",
            label="Households on strike",
            baseline=Decimal(10),
            result=Decimal(80),
            unit="households",
            effect="improved",
        )
    ]
    lesson_index.add_child(instance=rent)
    rent.save_revision().publish()
    return {
        "rent": rent,
        "camp": make_lesson(
            lesson_index, title="Climate camp", result="misfire", countries=["ES"]
        ),
        "anonymous": make_lesson(
            lesson_index, title="Quiet strike", anonymised=True, movement=quiet
        ),
        "members": make_lesson(
            lesson_index, title="Members rota", sensitivity="members"
        ),
        "restricted": make_lesson(
            lesson_index, title="Restricted rota", sensitivity="restricted"
        ),
        "draft": make_lesson(lesson_index, title="Draft rota", live=False),
    }


def test_compare_answers_the_rows_and_what_differs(api, lessons):
    rent, camp = lessons["rent"], lessons["camp"]

    response = api("lessons/compare/", {"ids": f"{rent.pk},{camp.pk}"})

    assert response.status_code == 200, response.content
    data = response.data
    assert data["ids"] == [rent.pk, camp.pk]
    assert [item["title"] for item in data["lessons"]] == [
        "Rent strike",
        "Climate camp",
    ]
    first = data["lessons"][0]
    assert first["result"] == "worked" and first["countries"] == ["ES"]
    assert first["signals"][0]["baseline"] == "10.00"
    assert first["tried_by"] == {"total": 0, "worked": 0, "mixed": 0, "misfire": 0}
    assert first["url"] == f"http://testserver{rent.url}"
    assert "result" in data["differs"] and "signals" in data["differs"]
    assert "countries" not in data["differs"] and "scale" not in data["differs"]
    assert "public" in response["Cache-Control"] and response["ETag"]


def test_repeated_ids_are_accepted(api, lessons):
    rent, camp = lessons["rent"], lessons["camp"]

    response = api(f"lessons/compare/?ids={camp.pk}&ids={rent.pk}")

    assert response.data["ids"] == [camp.pk, rent.pk]


def test_hidden_lessons_are_left_out_as_if_they_did_not_exist(
    api, client, lessons, django_user_model
):
    rent = lessons["rent"]
    hidden = [lessons[key].pk for key in ("members", "restricted")]
    # A signed-in superuser still reads as an anonymous visitor.
    client.force_login(
        django_user_model.objects.create_superuser("root", "root@example.org", "pw")
    )

    with_hidden = api("lessons/compare/", {"ids": f"{rent.pk},{hidden[0]},{hidden[1]}"})
    with_missing = api("lessons/compare/", {"ids": f"{rent.pk},999999,999998"})

    assert with_hidden.data["ids"] == [rent.pk]
    assert with_hidden.content == with_missing.content
    for key in ("members", "restricted", "draft"):
        assert lessons[key].title not in str(with_hidden.data)


def test_an_anonymised_lesson_names_no_movement(api, lessons):
    data = api("lessons/compare/", {"ids": str(lessons["anonymous"].pk)}).data

    item = data["lessons"][0]
    assert item["anonymised"] is True
    assert item["movement"] is None and item["source_campaign"] is None
    assert "Quiet Tenants Network" not in str(data)


def test_a_translation_is_shown_in_the_locale_asked_for(api, languages, lessons):
    rent = lessons["rent"]
    swedish = translate(rent, languages["sv"], title="Hyresstrejk")

    data = api("lessons/compare/", {"ids": str(rent.pk), "locale": "sv"}).data

    assert data["lessons"][0]["id"] == swedish.pk
    assert data["lessons"][0]["asked_id"] == rent.pk
    assert data["lessons"][0]["title"] == "Hyresstrejk"


@pytest.mark.parametrize(
    "params",
    [
        {"ids": "1,2,3,4"},
        {"ids": "1,abc"},
        {"ids": "99999999999"},
        {"ids": ""},
        {},
        {"ids": "1", "colour": "red"},
        {"ids": "1", "locale": "xx"},
    ],
)
def test_bad_ids_are_400_problems(api, lessons, params):
    problem = assert_problem(api("lessons/compare/", params), 400)

    assert problem["detail"]


def test_too_many_ids_say_how_many_are_allowed(api, lessons):
    problem = assert_problem(api("lessons/compare/", {"ids": "1,2,3,4"}), 400, "ids")

    assert "at most 3" in problem["detail"]


def test_the_openapi_document_has_the_compare_path(api):
    schema = api("openapi.json").data

    operation = schema["paths"]["/api/v1/lessons/compare/"]["get"]
    assert operation["summary"] == "Compare up to three lessons"
    assert "ids" in [parameter["name"] for parameter in operation["parameters"]]
    assert operation["responses"]["400"]["content"] == {
        "application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}
    }


def test_the_query_count_is_the_same_for_one_and_three_lessons(
    api, lesson_index, django_assert_num_queries
):
    full = [make_full_lesson(lesson_index) for _ in range(3)]
    api("lessons/compare/", {"ids": str(full[0].pk)})

    # The lessons with their versions, the lessons, cautions, signals, terms,
    # reports (no movements: none named), and one for the API's plumbing.
    with django_assert_num_queries(7):
        one = api("lessons/compare/", {"ids": str(full[0].pk)})
    with django_assert_num_queries(7):
        three = api("lessons/compare/", {"ids": ",".join(str(x.pk) for x in full)})

    assert len(one.data["lessons"]) == 1 and len(three.data["lessons"]) == 3
