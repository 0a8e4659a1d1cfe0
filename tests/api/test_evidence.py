"""``/api/v1/evidence/``: the dashboard's numbers for anonymous readers, the
same as the page's; one bottleneck's approaches; problems for bad input."""

from __future__ import annotations

import pytest

from tests.lessons import evidence_data
from tests.lessons.evidence_data import many_lessons

from .conftest import assert_problem

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def built(django_db_setup, django_db_blocker, tmp_path_factory):
    yield from evidence_data.build_once(django_db_blocker, tmp_path_factory)


@pytest.fixture
def scenario(built, settings, db) -> evidence_data.Scenario:
    return evidence_data.for_test(built, settings)


def by_key(items) -> dict:
    return {
        item["key"]: (
            item["lessons"],
            item["adoption_reports"],
            item["results"]["worked"],
            item["results"]["mixed"],
            item["results"]["misfire"],
        )
        for item in items
    }


def page_numbers(client, query: str = "", language: str = "en") -> dict:
    response = client.get(f"/{language}/evidence/{query}")
    return {
        section["dimension"].key: {
            row.key: (
                row.stats.lessons,
                row.stats.reports,
                *(n for _v, _l, n in row.results),
            )
            for row in section["rows"]
        }
        for section in response.context["sections"]
    }


def test_the_numbers_are_the_pages(api, client, scenario):
    data = api("evidence/").data
    page = page_numbers(client)

    assert by_key(data["tactics"]) == page["tactic"]
    assert by_key(data["audiences"]) == page["audience"]
    assert by_key(data["bottlenecks"]) == page["bottleneck"]
    assert by_key(data["risk_levels"]) == page["risk"]
    assert by_key(data["tactics"])["blockade"] == (4, 1, 4, 1, 0)


def test_filters_and_locale_are_the_pages(api, client, scenario):
    data = api("evidence/", {"bottleneck": "burnout", "locale": "sv"}).data

    assert data["locale"] == "sv"
    assert data["overall"]["lessons"] == 3
    assert (
        by_key(data["tactics"])
        == page_numbers(client, "?bottleneck=burnout", "sv")["tactic"]
    )


def test_signed_in_visitors_get_the_anonymous_numbers(api, client, scenario):
    client.force_login(evidence_data.make_user("lawyer", [scenario.group]))

    data = api("evidence/").data

    assert by_key(data["tactics"])["blockade"] == (4, 1, 4, 1, 0)


def test_strength_and_effect_are_separate(api, scenario):
    overall = api("evidence/").data["overall"]

    # One movement (L1, L2, the anonymised lesson), four lessons with none,
    # two approved reports.
    assert overall["strength"]["sources"] == 7
    assert overall["effects"] == [
        {"metric_kind": "turnout", "median_change_percent": 50.0, "signals": 5}
    ]
    assert {d["metric_kind"]: d["improved"] for d in overall["directions"]} == {
        "turnout": 3,
        "media_reach": 0,
    }


def test_a_bad_filter_is_a_problem(api, scenario):
    assert_problem(api("evidence/", {"result": "winning"}), 400, "result")
    assert_problem(api("evidence/", {"colour": "red"}), 400, "colour")


def test_a_bottleneck_lists_its_approaches(api, scenario):
    response = api("evidence/bottlenecks/burnout/")

    assert response.status_code == 200
    data = response.data
    assert data["name"] == "Burnout"
    assert (data["overall"]["lessons"], data["overall"]["adoption_reports"]) == (3, 2)
    assert by_key(data["tactics"]) == {
        "blockade": (2, 1, 2, 1, 0),
        "phonebank": (1, 1, 1, 0, 1),
    }
    titles = {lesson["title"]: lesson["tried_by"] for lesson in data["lessons"]}
    assert titles == {"Blockade A": 1, "Blockade B": 0, "Phone bank": 1}
    assert "movement" not in data["lessons"][0]


def test_an_unknown_bottleneck_is_a_404_problem(api, scenario):
    assert_problem(api("evidence/bottlenecks/no-such/"), 404)


def test_answers_carry_the_apis_caching_headers(api, scenario):
    response = api("evidence/")

    assert "public" in response["Cache-Control"]
    assert api("evidence/", HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


def test_the_openapi_document_has_the_paths(api, scenario):
    paths = api("openapi.json").data["paths"]

    assert "/api/v1/evidence/" in paths
    assert "/api/v1/evidence/bottlenecks/{slug}/" in paths
    parameters = {p["name"] for p in paths["/api/v1/evidence/"]["get"]["parameters"]}
    assert {"locale", "bottleneck", "country", "result"} <= parameters


@pytest.mark.parametrize("count", [3, 12])
def test_the_query_budget_does_not_grow_with_the_lessons(
    api, lesson_index, count, django_assert_max_num_queries
):
    many_lessons(lesson_index, count)

    with django_assert_max_num_queries(35):
        response = api("evidence/", {"tactic": "blockade"})

    assert response.data["overall"]["lessons"] == count
    with django_assert_max_num_queries(30):
        response = api("evidence/bottlenecks/burnout/")

    assert len(response.data["lessons"]) == count
