"""Approved "we tried this" reports on the lesson page: the tried-by summary,
what an anonymised report hides, and a fixed query count."""

from __future__ import annotations

import pytest
from django.utils import translation

from lessons.models import AdoptionReport
from lessons.models.adoption import tried_by, tried_by_counts
from members.models import Member
from tests.adoption_helpers import make_report, with_signals
from tests.lessons.helpers import make_lesson
from tests.members.helpers import make_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def lesson(lesson_index):
    return with_signals(make_lesson(lesson_index, title="Tenant assembly"), "turnout")


def named(username: str, display_name: str):
    user = make_member(username)
    Member.objects.filter(user=user).update(display_name=display_name)
    return user


def test_the_summary_counts_approved_reports_by_result(lesson):
    member = make_member("ada")
    for result in ("worked", "worked", "mixed", "misfire"):
        make_report(lesson, member, result=result)
    make_report(lesson, member, result="misfire", status="submitted")
    make_report(lesson, member, result="misfire", status="declined")
    summary = tried_by(AdoptionReport.objects.approved())
    assert summary.text == "Tried by 4 groups: 2 worked, 1 mixed, 1 misfire"
    assert tried_by_counts([lesson.pk])[lesson.pk].counts == {
        "worked": 2,
        "mixed": 1,
        "misfire": 1,
    }


def test_the_summary_leaves_out_results_nobody_had_and_says_one_group():
    summary = tried_by([AdoptionReport(result="misfire")])
    assert summary.text == "Tried by 1 group: 1 misfire"
    assert tried_by([]).text == ""


def test_the_summary_is_translated(lesson):
    make_report(lesson, make_member("ada"))
    with translation.override("sv"):
        text = tried_by(AdoptionReport.objects.approved()).text
    assert text  # the catalogue may not have it yet; it must not fail
    assert "1" in text


def test_the_lesson_page_shows_the_summary_and_the_reports(client, lesson):
    make_report(
        lesson,
        named("ada", "Ada L"),
        group_name="Nairobi tenants",
        signals=1,
        cautions="Ask the traders first.",
        result="mixed",
    )
    make_report(lesson, make_member("bo"), result="worked", status="submitted")
    html = client.get(lesson.url).content.decode()
    assert "Tried by 1 group: 1 mixed" in html
    assert "Nairobi tenants (Ada L)" in html
    assert "Ask the traders first." in html
    assert "10.00 → 40.00 people" in html
    assert "Sign-in sheets" in html
    assert "Kenya" in html


def test_an_anonymised_report_shows_neither_member_nor_group(client, lesson):
    make_report(
        lesson, named("ada", "Ada L"), group_name="Nairobi tenants", anonymised=True
    )
    html = client.get(lesson.url).content.decode()
    assert "Tried by 1 group: 1 worked" in html
    assert "Ada L" not in html
    assert "Nairobi tenants" not in html
    assert "Kenya" in html


def test_reports_on_an_anonymised_lesson_name_nobody(client, lesson_index):
    lesson = make_lesson(lesson_index, title="Quiet camp", anonymised=True)
    make_report(lesson, named("ada", "Ada L"), group_name="Nairobi tenants")
    html = client.get(lesson.url).content.decode()
    assert "Tried by 1 group" in html
    assert "Ada L" not in html
    assert "Nairobi tenants" not in html


def test_a_lesson_nobody_tried_says_so(client, lesson):
    html = client.get(lesson.url).content.decode()
    assert "No group has reported trying this lesson yet." in html
    assert "Tried by 0" not in html
    assert "Tried by others" not in html


@pytest.mark.parametrize("count", [2, 12])
def test_the_lesson_page_has_a_fixed_query_count(
    client, lesson, count, django_assert_max_num_queries
):
    for n in range(count):
        make_report(lesson, named(f"m{n}", f"Member {n}"), signals=2)
    client.get(lesson.url)  # the site's root paths are cached after the first
    with django_assert_max_num_queries(BUDGET):
        response = client.get(lesson.url)
    assert response.content.decode().count('class="tried-by__report"') == count


#: The lesson page's queries with reports (the same for 2 and 12 reports),
#: its discussion's three and the "Print and take away" block's one included.
BUDGET = 24
