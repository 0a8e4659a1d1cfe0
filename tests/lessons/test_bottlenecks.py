"""Bottleneck pages: the approaches campaigns took against one obstacle,
side by side, on the dashboard's scenario (see ``test_dashboard.py``)."""

from __future__ import annotations

import pytest

from . import evidence_data
from .evidence_data import make_user, many_lessons

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def built(django_db_setup, django_db_blocker, tmp_path_factory):
    yield from evidence_data.build_once(django_db_blocker, tmp_path_factory)


@pytest.fixture
def scenario(built, settings, db) -> evidence_data.Scenario:
    return evidence_data.for_test(built, settings)


def page(client, slug: str, language: str = "en"):
    return client.get(f"/{language}/evidence/bottlenecks/{slug}/")


def cards(response) -> dict[str, list[str]]:
    """``{tactic: [lesson titles]}`` of the impact map."""
    assert response.status_code == 200
    return {
        approach.key: [card.lesson.title for card in approach.cards]
        for approach in response.context["approaches"]
    }


def test_unknown_bottleneck_is_not_found(client, scenario):
    assert page(client, "no-such-bottleneck").status_code == 404


def test_lessons_are_grouped_by_tactic(client, scenario):
    response = page(client, "burnout")

    assert cards(response) == {
        "blockade": ["Blockade B", "Blockade A"],
        "phonebank": ["Phone bank"],
    }
    overall = response.context["overall"].stats
    assert (overall.lessons, overall.reports) == (3, 2)


def test_the_summary_is_the_dashboards(client, scenario):
    here = page(client, "burnout").context["overall"].stats
    there = [
        row.stats
        for section in client.get("/en/evidence/").context["sections"]
        for row in section["rows"]
        if section["dimension"].key == "bottleneck" and row.key == "burnout"
    ][0]

    assert (here.lessons, here.reports, here.results, here.sources) == (
        there.lessons,
        there.reports,
        there.results,
        there.sources,
    )


def test_a_reading_group_member_sees_its_restricted_lessons(client, scenario):
    client.force_login(make_user("lawyer", [scenario.group]))

    found = cards(page(client, "burnout"))

    assert "Restricted blockade" in found["blockade"]
    assert "Members blockade" in found["blockade"]
    assert "Draft blockade" not in found["blockade"]


def test_anonymised_lessons_name_no_movement(client, scenario):
    html = page(client, "venues").content.decode()

    assert "Anonymous camp" in html
    assert "Riverside Tenants" not in html
    burnout = page(client, "burnout").content.decode()
    assert "Riverside Tenants" in burnout


def test_cards_show_signals_tried_by_and_a_compare_link(client, scenario):
    response = page(client, "burnout")
    html = response.content.decode()

    assert "100 → 150 people" not in html  # no unit was given
    assert "100 → 150" in html
    assert f'data-tried-by="{scenario.l1.pk}">1 group' in html
    blockade = [a for a in response.context["approaches"] if a.key == "blockade"][0]
    assert blockade.compare_url.startswith(f"{scenario.index.url}compare/?ids=")
    assert set(blockade.compare_url.split("=")[1].split(",")) == {
        str(card.lesson.pk) for card in blockade.cards
    }


def test_the_swedish_page_shows_the_translation(client, scenario):
    found = cards(page(client, "burnout", "sv"))

    assert "Blockad A" in found["blockade"]
    assert "Blockade A" not in found["blockade"]


def test_the_index_lists_every_bottleneck_with_counts(client, scenario):
    response = client.get("/en/evidence/bottlenecks/")

    assert response.status_code == 200
    assert {
        row.key: (row.stats.lessons, row.stats.reports)
        for row in response.context["rows"]
    } == {
        "burnout": (3, 2),
        "venues": (3, 0),
    }


def test_the_arabic_page_is_right_to_left(client, scenario):
    html = page(client, "burnout", "ar").content.decode()

    assert 'dir="rtl"' in html.split(">")[1]
    assert 'direction="rtl"' in html


@pytest.mark.parametrize("count", [3, 12])
def test_the_query_budget_does_not_grow_with_the_lessons(
    client, lesson_index, count, django_assert_max_num_queries
):
    many_lessons(lesson_index, count)

    with django_assert_max_num_queries(30):
        response = page(client, "burnout")

    assert len(response.context["approaches"][0].cards) == count


def test_reading_classes_never_share_the_summary(client, scenario):
    anonymous = page(client, "burnout").context["overall"].stats.lessons
    client.force_login(make_user("lawyer", [scenario.group]))
    lawyer = page(client, "burnout").context["overall"].stats.lessons
    client.logout()

    assert (
        anonymous,
        lawyer,
        page(client, "burnout").context["overall"].stats.lessons,
    ) == (3, 5, 3)
