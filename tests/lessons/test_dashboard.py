"""The evidence dashboard: hand-counted numbers for each kind of viewer,
strength apart from effect, charts equal to their tables, right-to-left,
caching and the query budget.

The scenario (built once for the module), with what an anonymous visitor
counts:

======  =========  =====================  ===========  ========  ==========
lesson  tactics    bottleneck / audience  result       movement  cautions
======  =========  =====================  ===========  ========  ==========
L1      blockade   burnout / trainers     worked       M1        –
L2      blockade   burnout                worked       M1        –
L3      phonebank  burnout                misfire      –         –
L4      phonebank  venues                 mixed        –         high
L5      both       venues                 worked       –         low, high
L6      –          –                      worked       –         –
ANON    blockade   venues                 worked       M1        –
======  =========  =====================  ===========  ========  ==========

Not counted for anonymous visitors: MEMBERS (blockade, burnout, mixed;
members only), RESTRICTED (blockade, burnout, misfire; one group), DRAFT
(blockade, unpublished). L1 also exists in Swedish (counted once). Approved
reports: on L1's Swedish version (mixed, 2024) and on L3 (worked, with a
turnout figure 10 → 20); one on L2 is still waiting (not counted).

Turnout signals: L1 100 → 150 (+50 %), L2 200 → 300 (+50 %), L3 100 → 90
(−10 %), L5 50 → 100 (+100 %); L2 also has a media-reach signal without
figures ("unclear").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Locale

from engagement import factories as engagement
from home.demo.languages import translate, write_lesson
from home.models import HomePage
from lessons import factories
from lessons.evidence.dashboard import (
    CONSISTENT_SHARE,
    Strength,
    percent_change,
)
from lessons.models import LessonCaution, LessonOutcomeSignal, LessonPage
from tests.adoption_helpers import make_report
from tests.module_data import for_this_test, once_per_module


pytestmark = pytest.mark.django_db


@dataclass
class Scenario:
    index: object
    l1: object
    l1_sv: object
    l3: object
    anonymised: object
    movement: object
    group: object


def signal(kind, before, after, effect):
    return LessonOutcomeSignal(
        metric_kind=kind,
        label=f"{kind} measured",
        baseline=None if before is None else Decimal(before),
        result=None if after is None else Decimal(after),
        effect=effect,
    )


def lesson(index, title, *, tactics=(), bottlenecks=(), audiences=(), signals=(),
           cautions=(), groups=None, **fields):
    page = factories.LessonPageFactory.build(title=title, **fields)
    page.tactics = list(tactics)
    page.bottlenecks = list(bottlenecks)
    page.audiences = list(audiences)
    page.outcome_signals = list(signals)
    page.cautions = [LessonCaution(risk_level=level, title=level) for level in cautions]
    if fields.get("sensitivity") == "restricted":
        page.restricted_to_groups = groups
    index.add_child(instance=page)
    page.save_revision().publish()
    return LessonPage.objects.get(pk=page.pk)


def build(home) -> Scenario:
    index = factories.LessonIndexPageFactory(parent=home)
    blockade = factories.TacticFactory(name="Blockade", slug="blockade")
    phonebank = factories.TacticFactory(name="Phone bank", slug="phonebank")
    burnout = factories.BottleneckFactory(name="Burnout", slug="burnout")
    venues = factories.BottleneckFactory(name="Securing venues", slug="venues")
    trainers = factories.AudienceFactory(name="Trainers", slug="trainers")
    directory = engagement.MovementIndexPageFactory(parent=home)
    movement = engagement.MovementProfilePageFactory(
        parent=directory, title="Riverside Tenants"
    )
    group = Group.objects.create(name="Legal team")

    l1 = lesson(
        index, "Blockade A", tactics=[blockade], bottlenecks=[burnout],
        audiences=[trainers], movement=movement, ended=date(2024, 5, 1),
        started=date(2024, 1, 1),
        signals=[signal("turnout", 100, 150, "improved")],
    )
    lesson(
        index, "Blockade B", tactics=[blockade], bottlenecks=[burnout],
        movement=movement, started=date(2025, 1, 1), ended=date(2025, 3, 1),
        signals=[
            signal("turnout", 200, 300, "improved"),
            signal("media_reach", None, None, "unclear"),
        ],
    )
    l3 = lesson(
        index, "Phone bank", tactics=[phonebank], bottlenecks=[burnout],
        result="misfire", started=date(2022, 1, 1), ended=date(2022, 6, 1),
        signals=[signal("turnout", 100, 90, "worsened")],
    )
    lesson(
        index, "Venue hunt", tactics=[phonebank], bottlenecks=[venues],
        result="mixed", cautions=["high"], started=date(2023, 2, 1),
    )
    lesson(
        index, "Both", tactics=[blockade, phonebank], bottlenecks=[venues],
        cautions=["low", "high"], started=date(2021, 1, 1), ended=date(2021, 2, 1),
        signals=[signal("turnout", 50, 100, "improved")],
    )
    lesson(index, "Plain", started=date(2020, 1, 1), ended=date(2020, 2, 1))
    anonymised = lesson(
        index, "Anonymous camp", tactics=[blockade], bottlenecks=[venues],
        movement=movement, anonymised=True, started=date(2023, 1, 1),
        ended=date(2023, 2, 1),
    )
    lesson(
        index, "Members blockade", tactics=[blockade], bottlenecks=[burnout],
        result="mixed", sensitivity="members",
    )
    lesson(
        index, "Restricted blockade", tactics=[blockade], bottlenecks=[burnout],
        result="misfire", sensitivity="restricted", groups=[group],
    )
    draft = lesson(index, "Draft blockade", tactics=[blockade], bottlenecks=[burnout])
    draft.unpublish()

    swedish = Locale.objects.get(language_code="sv")
    translate(home, swedish, lambda page: None)
    translate(index, swedish, lambda page: None)
    l1_sv, _new = translate(
        l1, swedish, write_lesson({"title": "Blockad A", "summary": "På svenska."})
    )
    reporter = make_user("reporter")
    make_report(l1_sv, reporter, result="mixed", started=date(2024, 9, 1))
    report = make_report(
        l3, reporter, result="worked", started=date(2023, 4, 1), signals=1
    )
    report.signals.update(before=Decimal(10), after=Decimal(20))
    make_report(
        LessonPage.objects.get(title="Blockade B"),
        reporter,
        result="misfire",
        status="submitted",
        started=date(2026, 1, 1),
    )
    return Scenario(index, l1, l1_sv, l3, anonymised, movement, group)


def make_user(username, groups=()):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user(username=username, password="pw")
    user.groups.set(groups)
    return user


@pytest.fixture(scope="module")
def built(django_db_setup, django_db_blocker, tmp_path_factory):
    with once_per_module(django_db_blocker, tmp_path_factory) as media:
        home = HomePage.objects.get(locale=Locale.get_default())
        yield media, build(home)


@pytest.fixture
def scenario(built, settings, db) -> Scenario:
    media, data = built
    return for_this_test(data, media, settings)


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
    assert dict((label, (m, n)) for label, m, n in overall.effects) == {
        "Turnout": (50.0, 5)
    }
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
    assert '<title id="chart-tactic-title">Results by Tactic</title>' in html
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
    from lessons.models import AdoptionReport

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


def many_lessons(lesson_index, count: int) -> None:
    tactic = factories.TacticFactory(name="Blockade", slug="blockade")
    bottleneck = factories.BottleneckFactory(name="Burnout", slug="burnout")
    reporter = make_user(f"reporter-{count}")
    for n in range(count):
        page = lesson(
            lesson_index,
            f"Lesson {n}",
            tactics=[tactic],
            bottlenecks=[bottleneck],
            cautions=["high"],
            result=("worked", "mixed", "misfire")[n % 3],
            signals=[signal("turnout", 10 + n, 20 + n, "improved")],
        )
        make_report(page, reporter, signals=1)


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
