"""The search page's facets, highlights, suggestions and languages, on a
small hand-counted fixture built once for the module.

Anonymous readers in English, searching for ``harbour``, may read:

============================  =========  ========  ==============  ========
item                          type       language  topics          result
============================  =========  ========  ==============  ========
Harbour blockade              lesson     en        housing         worked
Harbour strike                lesson     en        housing, climate misfire
Harbour guide                 resource   en        housing
Harbour roundtable            event      en
Hamnblockad harbour (sv)      lesson     sv        (translation of the blockade)
============================  =========  ========  ==============  ========

and not "Harbour camp" (members only: climate, mixed) nor "Harbour secret"
(restricted: housing, worked); a member also reads the camp.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from engagement import factories as engagement
from home.models import HomePage
from lessons import factories
from lessons.models import GlossaryTerm
from tests.api.conftest import translate
from tests.lessons.helpers import make_lesson
from tests.module_data import fresh, once_per_module

pytestmark = pytest.mark.django_db

URL = "/en/search/"
API = "/api/v1/search/"


@pytest.fixture(scope="module")
def built(django_db_setup, django_db_blocker, tmp_path_factory):
    with once_per_module(django_db_blocker, tmp_path_factory):
        sv = Locale.objects.get_or_create(language_code="sv")[0]
        home = HomePage.objects.get(locale=Locale.get_default())
        library = factories.LessonIndexPageFactory(parent=home, slug="library")
        resources = factories.ResourceIndexPageFactory(parent=home)
        housing = factories.TopicFactory(name="Housing", slug="housing")
        climate = factories.TopicFactory(name="Climate", slug="climate")
        factories.TopicFactory(name="Bostad", slug="housing", locale=sv)
        GlossaryTerm.objects.create(
            term="Spokescouncil", slug="spokescouncil", definition="Delegates."
        )

        def lesson(title, topics, **kwargs):
            page = make_lesson(library, title=title, **kwargs)
            page.topics.set(topics)
            page.save_revision().publish()
            return page

        blockade = lesson("Harbour blockade", [housing], result="worked")
        lesson("Harbour strike", [housing, climate], result="misfire")
        lesson("Harbour camp", [climate], result="mixed", sensitivity="members")
        lesson(
            "Harbour secret",
            [housing],
            result="worked",
            sensitivity="restricted",
            groups=[Group.objects.create(name="Dock legal team")],
        )
        guide = factories.ResourcePageFactory(parent=resources, title="Harbour guide")
        guide.topics.set([housing])
        guide.save_revision().publish()
        engagement.EventPageFactory(
            parent=engagement.EventIndexPageFactory(parent=home),
            title="Harbour roundtable",
        )
        translate(blockade, sv, title="Hamnblockad harbour")
        yield {"library": library}


@pytest.fixture
def data(built):
    return fresh(built)


def counts(response, facet: str) -> dict[str, int]:
    return {
        item["value"].value: item["value"].count
        for group in response.context["facet_groups"]
        if group["name"] == facet
        for item in group["values"]
    }


def titles(response) -> set[str]:
    return {item["page"].title for item in response.context["items"]}


def test_facet_counts_for_an_anonymous_reader(client, data):
    response = client.get(URL, {"q": "harbour"})

    assert titles(response) == {
        "Harbour blockade",
        "Harbour strike",
        "Harbour guide",
        "Harbour roundtable",
    }
    assert counts(response, "type") == {"lessons": 2, "resources": 1, "events": 1}
    assert counts(response, "topic") == {"housing": 3, "climate": 1}
    assert counts(response, "result") == {"worked": 1, "misfire": 1}
    assert counts(response, "language") == {"": 4, "en": 4, "sv": 1, "all": 5}
    assert "Harbour camp" not in response.content.decode()
    assert "Harbour secret" not in response.content.decode()


def test_facet_counts_for_a_member_include_members_only_lessons(client, data, member):
    client.force_login(member)

    response = client.get(URL, {"q": "harbour"})

    assert counts(response, "type") == {"lessons": 3, "resources": 1, "events": 1}
    assert counts(response, "topic") == {"housing": 3, "climate": 2}
    assert counts(response, "result") == {"worked": 1, "misfire": 1, "mixed": 1}
    assert "Harbour secret" not in response.content.decode()


def test_a_facet_narrows_the_results_and_the_other_counts(client, data):
    response = client.get(URL, {"q": "harbour", "topic": "housing"})

    assert titles(response) == {"Harbour blockade", "Harbour strike", "Harbour guide"}
    assert counts(response, "type") == {"lessons": 2, "resources": 1}
    # A facet's own counts stay those of its other choices.
    assert counts(response, "topic") == {"housing": 3, "climate": 1}
    assert counts(response, "result") == {"worked": 1, "misfire": 1}
    chosen = response.context["chosen"]
    assert [(item["label"], item["url"]) for item in chosen] == [
        ("Housing", "?q=harbour")
    ]
    assert 'href="?q=harbour"' in response.content.decode()


def test_a_result_facet_keeps_lessons_only(client, data):
    response = client.get(URL, {"q": "harbour", "result": "misfire"})

    assert titles(response) == {"Harbour strike"}
    assert counts(response, "type") == {"lessons": 1}


def test_another_language_or_every_language(client, data):
    swedish = client.get(URL, {"q": "harbour", "language": "sv"})
    every = client.get(URL, {"q": "harbour", "language": "all"})

    assert titles(swedish) == {"Hamnblockad harbour"}
    assert len(titles(every)) == 5
    page = swedish.content.decode()
    assert 'lang="sv"' in page
    assert "In Swedish" in page


def test_topic_names_are_in_the_readers_language(client, data):
    response = client.get("/sv/search/", {"q": "harbour"})

    labels = {
        item["value"].value: item["value"].label
        for group in response.context["facet_groups"]
        if group["name"] == "topic"
        for item in group["values"]
    }
    assert labels["housing"] == "Bostad"


@pytest.mark.parametrize(
    "params", [{"language": "xx"}, {"result": "won"}, {"type": "glossary"}]
)
def test_an_unknown_facet_value_is_left_out_with_a_message(client, data, params):
    response = client.get(URL, {"q": "harbour", **params})

    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()
    # The search still runs, on the words and the facets it understood.
    assert response.context["result_count"] > 0


def test_the_language_switcher_keeps_the_query_and_the_facets(client, data):
    response = client.get(URL, {"q": "harbour", "topic": "housing"})

    page = response.content.decode()
    assert 'href="/sv/search/?q=harbour&amp;topic=housing"' in page
    assert 'href="/ar/search/?q=harbour&amp;topic=housing"' in page


def test_no_results_offers_ways_on(client, data):
    response = client.get(URL, {"q": "spokescouncel", "topic": "housing"})

    page = response.content.decode()
    assert response.status_code == 200
    assert "Nothing matched “spokescouncel”" in page
    assert 'href="?q=Spokescouncil"' in page
    assert 'href="?q=spokescouncel&amp;topic=housing&amp;language=all"' in page
    assert 'href="?q=spokescouncel"' in page  # without the filters
    library = data["library"].url
    assert f'href="{library}?topic=housing"' in page
    assert f'href="{library}"' in page


def test_matches_are_marked_and_everything_else_escaped(client, data):
    response = client.get(URL, {"q": "harbour <script>alert(1)</script>"})

    page = response.content.decode()
    assert "<mark>Harbour</mark> blockade" in page
    assert "<script>alert" not in page


def test_the_api_gives_the_pages_facets(client, data):
    params = {"q": "harbour", "topic": "housing"}
    site = client.get(URL, params)
    api = client.get(API, params).json()

    for name in ("type", "language", "topic", "result"):
        assert {v["value"]: v["count"] for v in api["facets"][name]} == counts(
            site, name
        )
    # The Swedish translation has the Swedish "housing" topic.
    assert counts(site, "language") == {"": 3, "en": 3, "sv": 1, "all": 4}
    assert [item["title"] for item in api["results"]] == [
        item["page"].title for item in site.context["items"]
    ]
    first = api["results"][0]["highlight"]
    assert "<mark>Harbour</mark>" in first["title"]


def queries_for(client, query: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(URL, {"q": query})
    assert response.status_code == 200
    return len(captured)


def test_the_query_count_is_the_same_for_3_and_for_12_results(client, data):
    library = data["library"]
    for n in range(3):
        make_lesson(library, title=f"Pier {n}")
    for n in range(12):
        make_lesson(library, title=f"Quay {n}")
    client.get(URL, {"q": "pier"})

    assert queries_for(client, "pier") == queries_for(client, "quay")
