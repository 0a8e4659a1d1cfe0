"""The evidence dashboard: hand-counted numbers for each kind of viewer,
strength apart from effect, charts equal to their tables, right-to-left,
caching and the query budget. The scenario, and what each viewer counts in
it, is described in ``evidence_data.py``."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.urls import reverse

from lessons.evidence.dashboard import CONSISTENT_SHARE, Strength, percent_change
from lessons.models import AdoptionReport

from . import evidence_data
from .evidence_data import lesson, make_user, many_lessons

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def built(django_db_setup, django_db_blocker, tmp_path_factory):
    yield from evidence_data.build_once(django_db_blocker, tmp_path_factory)


@pytest.fixture
def scenario(built, settings, db) -> evidence_data.Scenario:
    return evidence_data.for_test(built, settings)


def counts(response, dimension: str) -> dict[str, tuple[int, int, int, int, int]]:
    """``{term: (lessons, reports, worked, mixed, misfire)}`` of one dimension."""
    assert response.status_code == 200
    for section in response.context["sections"]:
        if section["dimension"].key == dimension:
            return {
                row.key: (
                    row.stats.lessons,
                    row.stats.reports,
                    *(n for _value, _label, n in row.results),
                )
                for row in section["rows"]
            }
    raise AssertionError(dimension)


def dashboard(client, query: str = "", language: str = "en"):
    return client.get(f"/{language}/evidence/{query}")


# Counts for each kind of viewer -------------------------------------------


def test_anonymous_counts_per_tactic(client, scenario):
    assert counts(dashboard(client), "tactic") == {
        "blockade": (4, 1, 4, 1, 0),
        "phonebank": (3, 1, 2, 1, 1),
    }


def test_anonymous_counts_per_bottleneck_audience_and_risk(client, scenario):
    response = dashboard(client)

    assert counts(response, "bottleneck") == {
        "burnout": (3, 2, 3, 1, 1),
        "venues": (3, 0, 2, 1, 0),
    }
    assert counts(response, "audience") == {"trainers": (1, 1, 1, 1, 0)}
    assert counts(response, "risk") == {"high": (2, 0, 1, 1, 0), "low": (1, 0, 1, 0, 0)}


def test_overall_counts_a_translated_lesson_once(client, scenario):
    for language in ("en", "sv"):
        overall = dashboard(client, language=language).context["overall"].stats

        assert (overall.lessons, overall.reports) == (7, 2), language


def test_a_member_also_counts_members_only_lessons(client, scenario):
    client.force_login(make_user("member"))

    assert counts(dashboard(client), "tactic")["blockade"] == (5, 1, 4, 2, 0)


def test_a_reading_group_member_also_counts_its_restricted_lessons(client, scenario):
    client.force_login(make_user("lawyer", [scenario.group]))

    assert counts(dashboard(client), "tactic")["blockade"] == (6, 1, 4, 2, 1)
    assert counts(dashboard(client), "bottleneck")["burnout"] == (5, 2, 3, 2, 2)


def test_filters_mean_what_they_mean_in_the_library(client, scenario):
    response = dashboard(client, "?bottleneck=burnout")

    assert response.context["overall"].stats.lessons == 3
    # Other tactics of the filtered lessons are still grouped.
    assert counts(response, "tactic") == {
        "blockade": (2, 1, 2, 1, 0),
        "phonebank": (1, 1, 1, 0, 1),
    }


def test_bad_filter_values_get_the_filter_sets_message(client, scenario):
    response = dashboard(client, "?bottleneck=no-such&result=winning")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Some filters could not be used" in html
    assert "no-such" in html


def test_anonymised_lessons_count_but_name_no_movement(client, scenario):
    html = dashboard(client).content.decode()

    assert "Riverside Tenants" not in html
    assert "Anonymous camp" not in html


# Strength and effect --------------------------------------------------------


def test_sources_count_a_movement_once(client, scenario):
    rows = {
        row.key: row.stats
        for section in dashboard(client).context["sections"]
        for row in section["rows"]
        if section["dimension"].key == "tactic"
    }
    blockade = rows["blockade"].strength

    # L1, L2 and the anonymised lesson are one movement; L5; one report.
    assert blockade.sources == 3
    assert blockade.share == pytest.approx(4 / 5)
    assert blockade.label == "Consistent across 3 sources"
    assert blockade.newest_year == 2025
    assert rows["phonebank"].strength.label == "Some evidence"


@pytest.mark.parametrize(
    ("sources", "share", "label"),
    [
        (0, 0.0, "No evidence yet"),
        (1, 1.0, "Single report"),
        (2, 1.0, "Some evidence"),
        (3, CONSISTENT_SHARE - 0.01, "Some evidence"),
        (3, CONSISTENT_SHARE, "Consistent across 3 sources"),
        (12, 0.9, "Consistent across 12 sources"),
    ],
)
def test_strength_labels_at_their_thresholds(sources, share, label):
    assert Strength(sources, "worked", share, None).label == label


def test_median_effect_by_kind_with_its_count(client, scenario):
    response = dashboard(client)
    overall = response.context["overall"]

    # Turnout: +50, +50, -10, +100 and the report's +100; media reach has
    # no figures, so no effect, but a direction.
    assert {label: (m, n) for label, m, n in overall.effects} == {"Turnout": (50.0, 5)}
    assert overall.stats.directions == {
        "turnout": {"improved": 3, "worsened": 1},
        "media_reach": {"unclear": 1},
    }
    phonebank = [
        row
        for section in response.context["sections"]
        for row in section["rows"]
        if section["dimension"].key == "tactic" and row.key == "phonebank"
    ][0]
    assert phonebank.effects == [("Turnout", 100.0, 3)]


def test_percent_change_needs_a_known_non_zero_start():
    assert percent_change(Decimal(50), Decimal(75)) == 50.0
    assert percent_change(Decimal(0), Decimal(75)) is None
    assert percent_change(None, Decimal(75)) is None


# Charts ---------------------------------------------------------------------

SEGMENT = re.compile(
    r'<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)" height="\d+" fill="[^"]+" '
    r'data-row="([^"]*)" data-key="([^"]*)" data-value="(\d+)"'
)
CELL = re.compile(r'<td data-row="([^"]*)" data-key="([^"]*)">(\d+)</td>')


def chart_and_table(html: str, chart: str) -> tuple[dict, dict]:
    svg = html.split(f'aria-labelledby="chart-{chart}-title"')[1].split("</svg>")[0]
    table = html.split(f'data-chart="{chart}"')[1].split("</table>")[0]
    drawn = {(row, key): int(v) for _x, _w, row, key, v in SEGMENT.findall(svg)}
    listed = {
        (row, key): int(v)
        for row, key, v in CELL.findall(table)
        if key in ("worked", "mixed", "misfire") and int(v)
    }
    return drawn, listed


def test_the_chart_draws_the_numbers_of_its_table(client, scenario):
    html = dashboard(client).content.decode()

    drawn, listed = chart_and_table(html, "tactic")

    assert drawn == listed
    assert drawn[("blockade", "worked")] == 4


def test_charts_are_images_with_a_title_and_nothing_from_elsewhere(client, scenario):
    html = dashboard(client).content.decode()

    assert html.count('role="img"') >= 5
    assert '<title id="chart-tactic-title">Results by tactic</title>' in html
    assert "https://" not in html.split("<main")[1].replace(
        "http://www.w3.org/2000/svg", ""
    )
    assert " style=" not in html.split("<main")[1]


def test_an_arabic_page_mirrors_the_charts(client, scenario):
    html = dashboard(client, language="ar").content.decode()

    assert 'dir="rtl"' in html.split(">")[1]
    svg = html.split('aria-labelledby="chart-tactic-title"')[1].split("</svg>")[0]
    assert 'direction="rtl"' in svg
    # The first segment of each bar starts at the right-hand end of the bars.
    first = SEGMENT.search(svg)
    assert float(first.group(1)) + float(first.group(2)) == pytest.approx(300)
    english = dashboard(client).content.decode()
    svg = english.split('aria-labelledby="chart-tactic-title"')[1].split("</svg>")[0]
    assert float(SEGMENT.search(svg).group(1)) == pytest.approx(150)


def test_terms_link_to_the_library_and_bottleneck_pages(client, scenario):
    html = dashboard(client).content.decode()

    assert f'href="{scenario.index.url}?tactic=blockade"' in html
    assert f'href="{scenario.index.url}?risk=high"' in html
    assert f'href="{reverse("evidence:bottleneck", args=["burnout"])}"' in html


# Caching --------------------------------------------------------------------


def test_publishing_a_lesson_refreshes_the_numbers(client, scenario):
    assert dashboard(client).context["overall"].stats.lessons == 7

    new = lesson(scenario.index, "New one")

    assert dashboard(client).context["overall"].stats.lessons == 8
    new.unpublish()

    assert dashboard(client).context["overall"].stats.lessons == 7


def test_approving_a_report_refreshes_the_numbers(client, scenario):
    assert dashboard(client).context["overall"].stats.reports == 2
    pending = AdoptionReport.objects.get(status="submitted")
    pending.status = "approved"
    pending.save()

    assert dashboard(client).context["overall"].stats.reports == 3


def test_reading_classes_never_share_numbers(client, scenario):
    lawyer = make_user("lawyer", [scenario.group])
    anonymous_first = dashboard(client).context["overall"].stats.lessons
    client.force_login(lawyer)
    lawyer_numbers = dashboard(client).context["overall"].stats.lessons
    client.logout()
    anonymous_again = dashboard(client).context["overall"].stats.lessons
    client.force_login(make_user("member"))
    member_numbers = dashboard(client).context["overall"].stats.lessons

    assert (anonymous_first, lawyer_numbers, anonymous_again, member_numbers) == (
        7,
        9,
        7,
        8,
    )


def test_the_numbers_are_cached(client, scenario, django_assert_max_num_queries):
    dashboard(client)
    with django_assert_max_num_queries(12):
        response = dashboard(client)

    assert response.context["overall"].stats.lessons == 7


# Query budget ---------------------------------------------------------------


@pytest.mark.parametrize("count", [3, 12])
def test_the_query_budget_does_not_grow_with_the_lessons(
    client, lesson_index, count, django_assert_max_num_queries
):
    many_lessons(lesson_index, count)

    with django_assert_max_num_queries(40):
        response = dashboard(client, "?result=misfire&tactic=blockade")

    assert response.context["overall"].stats.lessons == count // 3
    with django_assert_max_num_queries(40):
        response = dashboard(client, "?tactic=blockade")

    assert response.context["overall"].stats.lessons == count
    assert response.context["overall"].stats.reports == count
