"""``/api/v1/adoption-reports/`` and the reports on a lesson's detail: only
approved ones, only on lessons an anonymous visitor may read, anonymised
ones naming nobody; filters and pages answer like the other lists."""

from __future__ import annotations

import pytest

from members.models import Member
from tests.adoption_helpers import make_report, with_signals
from tests.lessons.helpers import make_lesson
from tests.members.helpers import make_member

from .conftest import assert_problem, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def lesson(lesson_index):
    return with_signals(make_lesson(lesson_index, title="Tenant assembly"), "turnout")


@pytest.fixture
def ada(db):
    user = make_member("ada")
    Member.objects.filter(user=user).update(display_name="Ada L")
    return user


def test_the_list_has_approved_reports_with_their_signals(api, lesson, ada):
    report = make_report(lesson, ada, group_name="Tenants", signals=1, result="mixed")
    make_report(lesson, ada, status="submitted")
    make_report(lesson, ada, status="declined")
    response = api("adoption-reports/")
    assert response.status_code == 200
    assert response.data["count"] == 1
    [item] = response.data["results"]
    assert item["id"] == report.pk
    assert item["lesson"]["id"] == lesson.pk
    assert (item["result"], item["countries"]) == ("mixed", ["KE"])
    assert (item["group_name"], item["member"]) == ("Tenants", "Ada L")
    assert item["signals"][0]["metric_kind"] == "turnout"
    assert float(item["signals"][0]["change"]) == 30


def test_anonymised_reports_name_neither_member_nor_group(
    api, lesson, lesson_index, ada
):
    make_report(lesson, ada, group_name="Tenants", anonymised=True)
    quiet = make_lesson(lesson_index, title="Quiet camp", anonymised=True)
    make_report(quiet, ada, group_name="Tenants")
    response = api("adoption-reports/")
    assert response.data["count"] == 2
    for item in response.data["results"]:
        assert item["anonymised"] is True
        assert item["group_name"] is None
        assert item["member"] is None
    assert b"Ada L" not in response.content
    assert b"Tenants" not in response.content


def test_reports_on_lessons_anonymous_readers_cannot_read_are_left_out(
    api, lesson_index, ada
):
    for sensitivity in ("members", "restricted"):
        hidden = make_lesson(
            lesson_index, title=f"Hidden {sensitivity}", sensitivity=sensitivity
        )
        make_report(hidden, ada, group_name="Secret group")
        response = api("adoption-reports/", {"lesson": hidden.pk})
        assert response.status_code == 200
        assert response.data["count"] == 0
        assert_problem(api(f"lessons/{hidden.pk}/"), 404)
    response = api("adoption-reports/")
    assert response.data["count"] == 0
    assert b"Secret group" not in response.content
    assert b"Hidden" not in response.content


def test_filters_by_lesson_and_result(api, lesson, lesson_index, ada):
    other = make_lesson(lesson_index, title="Other")
    make_report(lesson, ada, result="worked")
    make_report(lesson, ada, result="misfire")
    make_report(other, ada, result="misfire")
    assert api("adoption-reports/", {"lesson": lesson.pk}).data["count"] == 2
    response = api("adoption-reports/", {"lesson": lesson.pk, "result": "misfire"})
    assert [item["result"] for item in response.data["results"]] == ["misfire"]
    assert api("adoption-reports/", {"result": "misfire"}).data["count"] == 2


def test_reports_on_a_translation_count_for_the_lesson(api, lesson, languages, ada):
    swedish = translate(lesson, languages["sv"], title="Hyresgästmöte")
    make_report(swedish, ada)
    make_report(lesson, ada)
    assert api("adoption-reports/", {"lesson": lesson.pk}).data["count"] == 2
    detail = api(f"lessons/{lesson.pk}/").data
    assert detail["tried_by"]["total"] == 2


def test_bad_filters_and_pages_are_problems(api, lesson):
    assert_problem(api("adoption-reports/", {"result": "great"}), 400, "result")
    assert_problem(api("adoption-reports/", {"lesson": "tenant"}), 400, "lesson")
    assert_problem(api("adoption-reports/", {"colour": "red"}), 400, "colour")
    assert_problem(api("adoption-reports/", {"page": 9}), 404)


def test_pages_of_reports(api, lesson, ada):
    for _ in range(3):
        make_report(lesson, ada)
    response = api("adoption-reports/", {"page_size": 2})
    assert len(response.data["results"]) == 2
    assert response.data["next"].endswith("page=2&page_size=2")


def test_the_lesson_detail_has_the_tried_by_summary_and_the_reports(api, lesson, ada):
    for result in ("worked", "worked", "mixed", "misfire"):
        make_report(lesson, ada, result=result)
    make_report(lesson, ada, result="misfire", status="submitted")
    detail = api(f"lessons/{lesson.pk}/").data
    assert detail["tried_by"] == {"total": 4, "worked": 2, "mixed": 1, "misfire": 1}
    assert len(detail["adoption_reports"]) == 4


def test_the_openapi_document_describes_the_list(api):
    schema = api("openapi.json").data
    operation = schema["paths"]["/api/v1/adoption-reports/"]["get"]
    names = {parameter["name"] for parameter in operation["parameters"]}
    assert {"lesson", "result", "page", "page_size"} <= names
    assert "AdoptionReportOut" in schema["components"]["schemas"]
    assert "tried_by" in schema["components"]["schemas"]["LessonDetail"]["properties"]


@pytest.mark.parametrize("count", [2, 12])
def test_the_list_and_the_detail_have_a_fixed_query_count(
    api, lesson, count, django_assert_max_num_queries
):
    for n in range(count):
        make_report(lesson, make_member(f"m{n}"), signals=2)
    api("adoption-reports/")
    with django_assert_max_num_queries(LIST_BUDGET):
        assert len(api("adoption-reports/").data["results"]) == count
    with django_assert_max_num_queries(DETAIL_BUDGET):
        assert len(api(f"lessons/{lesson.pk}/").data["adoption_reports"]) == count


LIST_BUDGET = 4
#: The lesson detail with its reports; one of them suggests related lessons
#: (shared tactics, bottlenecks and topics) for a lesson editors linked none to;
#: and one asks whether it sits in a privacy section with no brief (downloads).
DETAIL_BUDGET = 13
