"""Site search over lessons and resources."""

import pytest
from django.urls import reverse

from lessons import factories
from tests.lessons.helpers import make_lesson

pytestmark = pytest.mark.django_db


@pytest.fixture
def search_url(home):
    return reverse("search")


def result_titles(response) -> list[str]:
    return [page.title for page in response.context["results"]]


def test_search_url_carries_the_language_prefix(search_url):
    assert search_url == "/en/search/"


def test_search_finds_lessons_and_resources(
    client, search_url, lesson_index, resource_index
):
    make_lesson(lesson_index, title="Legal observers at night")
    factories.ResourcePageFactory(
        parent=resource_index, title="Legal observers handbook"
    )
    make_lesson(lesson_index, title="Rent strike")

    response = client.get(search_url, {"q": "legal observers"})

    assert set(result_titles(response)) == {
        "Legal observers at night",
        "Legal observers handbook",
    }


def test_search_can_be_limited_to_one_type(
    client, search_url, lesson_index, resource_index
):
    make_lesson(lesson_index, title="Legal observers at night")
    factories.ResourcePageFactory(
        parent=resource_index, title="Legal observers handbook"
    )

    response = client.get(search_url, {"q": "legal observers", "type": "resources"})

    assert result_titles(response) == ["Legal observers handbook"]


def test_empty_search_shows_a_helpful_page(client, search_url):
    response = client.get(search_url)

    assert response.status_code == 200
    assert "Type a few words above" in response.content.decode()
    assert response.context["results"].paginator.count == 0


def test_search_never_returns_hidden_lessons(client, search_url, lesson_index, member):
    make_lesson(lesson_index, title="Camp under surveillance", sensitivity="members")
    make_lesson(
        lesson_index, title="Camp under pressure restricted", sensitivity="restricted"
    )
    make_lesson(lesson_index, title="Camp in the open")

    anonymous = client.get(search_url, {"q": "camp"})
    client.force_login(member)
    signed_in = client.get(search_url, {"q": "camp"})

    assert result_titles(anonymous) == ["Camp in the open"]
    assert set(result_titles(signed_in)) == {
        "Camp in the open",
        "Camp under surveillance",
    }
    assert "Camp under pressure restricted" not in signed_in.content.decode()


@pytest.mark.parametrize("query", ["\x00camp", "camp" * 500, "'; DROP TABLE--", "%%%"])
def test_odd_queries_get_a_normal_page(client, search_url, lesson_index, query):
    make_lesson(lesson_index, title="Camp")

    response = client.get(search_url, {"q": query})

    assert response.status_code == 200
    assert len(response.context["search_query"]) <= 200


def test_search_query_count_is_bounded(
    client, search_url, lesson_index, django_assert_max_num_queries
):
    for n in range(15):
        make_lesson(lesson_index, title=f"Camp {n}")
    client.get(search_url, {"q": "camp"})

    with django_assert_max_num_queries(12):
        response = client.get(search_url, {"q": "camp"})

    assert len(result_titles(response)) == 15


def test_search_finds_movements_campaigns_and_events(client, search_url, home):
    from engagement import factories as engagement

    movements = engagement.MovementIndexPageFactory(parent=home)
    calendar = engagement.EventIndexPageFactory(parent=home)
    movement = engagement.MovementProfilePageFactory(
        parent=movements, title="Watershed alliance", summary="Rivers for people."
    )
    engagement.CampaignPageFactory(
        parent=movement, title="Watershed cleanup drive", summary="Rivers."
    )
    engagement.EventPageFactory(
        parent=calendar, title="Watershed roundtable", summary="Rivers again."
    )
    engagement.EventPageFactory(
        parent=calendar, title="Watershed draft", summary="Hidden.", live=False
    )

    response = client.get(search_url, {"q": "watershed"})
    only_events = client.get(search_url, {"q": "watershed", "type": "events"})

    found = {page.title for page in response.context["results"]}
    assert found == {
        "Watershed alliance",
        "Watershed cleanup drive",
        "Watershed roundtable",
    }
    assert [page.title for page in only_events.context["results"]] == [
        "Watershed roundtable"
    ]
