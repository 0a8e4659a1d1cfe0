"""``/api/v1/resources/``, ``paths/``, ``glossary/`` and ``taxonomy/``: what
an anonymous visitor may see, filtered like the site, in every language, at a
fixed number of queries."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from engagement import factories as engagement
from lessons import factories
from lessons.models import LearningPathStep
from tests.governance.conftest import legal_team, scenario  # noqa: F401
from tests.lessons.helpers import make_lesson

from .conftest import assert_problem, titles, translate

pytestmark = pytest.mark.django_db


def follow(api, url: str):
    """GET an ``api_url`` the API answered with."""
    prefix = "http://testserver/api/v1/"
    assert url.startswith(prefix), url
    return api(url.removeprefix(prefix))


def make_resource(parent, **kwargs):
    """A published resource under ``parent``; a restricted one is readable by
    a "Trusted readers" group."""
    if kwargs.get("sensitivity") != "restricted":
        return factories.ResourcePageFactory(parent=parent, **kwargs)
    resource = factories.ResourcePageFactory.build(**kwargs)
    resource.restricted_to_groups = [
        Group.objects.get_or_create(name="Trusted readers")[0]
    ]
    parent.add_child(instance=resource)
    return resource


def make_document(filename: str = "handout.pdf", title: str = "Handout"):
    return get_document_model().objects.create(
        title=title, file=ContentFile(b"%PDF-1.4 test", name=filename)
    )


def hide_in_private_section(page) -> None:
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )


def count_queries(api, path: str, data: dict) -> tuple[int, dict]:
    with CaptureQueriesContext(connection) as queries:
        response = api(path, data)
    assert response.status_code == 200, response.content
    return len(queries), response.data


def assert_list_queries_constant(api, path: str, data=None) -> int:
    """The list at page sizes 10 and 50 (both full) runs the same number of
    queries, at most 12; returns it."""
    api(path, {"page_size": 50, **(data or {})})  # warm-up
    counts = {}
    for size in (10, 50):
        counts[size], body = count_queries(
            api, path, {"page_size": size, **(data or {})}
        )
        assert len(body["results"]) == size
    assert counts[10] == counts[50] <= 12, counts
    return counts[10]


@pytest.fixture
def movement(home):
    movements = engagement.MovementIndexPageFactory(parent=home)
    return engagement.MovementProfilePageFactory(
        parent=movements, title="Harbour Tenants Union", slug="harbour-tenants"
    )


@pytest.fixture
def hidden_resources(resource_index):
    """One resource of every kind an anonymous visitor may not read."""
    private = make_resource(resource_index, title="Private ledger")
    hide_in_private_section(private)
    return [
        make_resource(resource_index, title="Draft ledger", live=False),
        make_resource(resource_index, title="Members ledger", sensitivity="members"),
        make_resource(
            resource_index, title="Restricted ledger", sensitivity="restricted"
        ),
        private,
    ]


# Resources --------------------------------------------------------------------


def test_the_resource_list_shows_public_resources_only(
    api, resource_index, hidden_resources
):
    public = make_resource(resource_index, title="Open ledger")

    response = api("resources/")

    assert titles(response) == ["Open ledger"]
    assert response.data["count"] == 1
    item = response.data["results"][0]
    assert item["url"] == f"http://testserver{public.url}"
    assert item["api_url"] == f"http://testserver/api/v1/resources/{public.pk}/"
    assert follow(api, item["api_url"]).data["id"] == public.pk


def test_hidden_resources_answer_not_found_by_id_and_slug(api, hidden_resources):
    for resource in hidden_resources:
        problem = assert_problem(api(f"resources/{resource.pk}/"), 404)
        assert resource.title not in json.dumps(problem)
        assert_problem(api(f"resources/by-slug/{resource.slug}/"), 404)


def test_a_resource_shows_every_field_a_visitor_sees(
    api, client, resource_index, movement
):
    housing = factories.TopicFactory(name="Housing", slug="housing")
    resource = make_resource(
        resource_index,
        title="Tenant rights handbook",
        slug="tenant-rights",
        summary="What a landlord may and may not do.",
        body=f'<p>See <a linktype="page" id="{resource_index.pk}">the library</a>.</p>',
        resource_type="report",
        publisher="Legal support collective",
        language="ar",
        year=2024,
        external_url="https://example.org/handbook",
        document=make_document("handbook-2024.pdf", "Handbook 2024"),
        movement=movement,
        topics=[housing],
    )

    summary = api("resources/").data["results"][0]
    detail = api(f"resources/{resource.pk}/").data

    assert summary == {key: detail[key] for key in summary}
    assert detail["summary"] == "What a landlord may and may not do."
    assert detail["type"] == "report"
    assert detail["publisher"] == "Legal support collective"
    assert (detail["language"], detail["language_name"]) == ("ar", "العربيّة")
    assert detail["year"] == 2024
    assert detail["topics"] == [{"name": "Housing", "slug": "housing"}]
    assert detail["external_url"] == "https://example.org/handbook"
    assert detail["movement"]["title"] == "Harbour Tenants Union"
    assert detail["anonymised"] is False
    assert detail["translations"] == []
    assert f'href="http://testserver{resource_index.url}"' in detail["description"]
    document = detail["document"]
    assert document["title"] == "Handbook 2024" and document["extension"] == "pdf"
    assert document["url"] == f"http://testserver{resource.url}download/"
    download = client.get(document["url"])
    assert download.status_code == 200
    assert "handbook-2024.pdf" in download["Content-Disposition"]
    assert api("resources/by-slug/tenant-rights/").data == detail


def test_an_anonymised_resource_names_nobody(api, client, resource_index, movement):
    resource = make_resource(
        resource_index,
        title="Eviction watch rota",
        slug="eviction-watch",
        publisher="Anna Lindqvist",
        anonymised=True,
        movement=movement,
        document=make_document("anna-lindqvist-rota.pdf", "Anna's rota"),
    )

    listed = api("resources/")
    detail = api(f"resources/{resource.pk}/")

    for response in (listed, detail):
        body = response.content.decode()
        for name in ("Anna", "anna-lindqvist", "Harbour Tenants", "harbour-tenants"):
            assert name not in body
    data = detail.data
    assert data["publisher"] == "" and data["movement"] is None
    assert data["anonymised"] is True
    download = client.get(data["document"]["url"])
    assert download.status_code == 200
    assert "eviction-watch.pdf" in download["Content-Disposition"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"topic": "housing"}, ["Rent guide"]),
        ({"type": "video"}, ["Climate film"]),
        ({"type": ["video", "guide"]}, ["Climate film", "Rent guide"]),
        ({"language": "sv"}, ["Climate film"]),
        ({"topic": "housing", "type": "video"}, []),
    ],
)
def test_facets_narrow_the_resource_list(api, resource_index, query, expected):
    housing = factories.TopicFactory(name="Housing", slug="housing")
    make_resource(resource_index, title="Rent guide", topics=[housing])
    make_resource(
        resource_index, title="Climate film", resource_type="video", language="sv"
    )

    assert sorted(titles(api("resources/", query))) == expected


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ({"topic": "no-such-topic"}, "topic"),
        ({"type": "podcast"}, "type"),
        ({"colour": "red"}, "colour"),
        ({"locale": "xx"}, "locale"),
        ({"page_size": 101}, "page_size"),
    ],
)
def test_bad_resource_parameters_are_problems(api, resource_index, query, parameter):
    make_resource(resource_index)

    assert_problem(api("resources/", query), 400, parameter)


def test_resources_are_newest_first(api, resource_index):
    for title in ("First", "Second", "Third"):
        make_resource(resource_index, title=title)

    assert titles(api("resources/")) == ["Third", "Second", "First"]


def test_resources_fall_back_to_their_original_language(api, languages, resource_index):
    translated = make_resource(resource_index, title="Rent guide")
    make_resource(resource_index, title="Climate film")
    swedish = translate(translated, languages["sv"], title="Hyresguide")

    response = api("resources/", {"locale": "sv"})

    listed = {item["title"]: item["locale"] for item in response.data["results"]}
    assert listed == {"Hyresguide": "sv", "Climate film": "en"}
    assert titles(api("resources/")) == ["Climate film", "Rent guide"]
    by_id = api(f"resources/{translated.pk}/", {"locale": "sv"}).data
    assert (by_id["id"], by_id["locale"]) == (swedish.pk, "sv")
    assert api(f"resources/{translated.pk}/").data["translations"] == [
        {
            "locale": "sv",
            "id": swedish.pk,
            "url": f"http://testserver{swedish.url}",
            "api_url": f"http://testserver/api/v1/resources/{swedish.pk}/",
        }
    ]
    by_slug = api(f"resources/by-slug/{swedish.slug}/", {"locale": "sv"}).data
    assert by_slug["id"] == swedish.pk


def test_a_hidden_translation_never_stands_in(api, languages, resource_index):
    resource = make_resource(resource_index, title="Rent guide")
    swedish = translate(resource, languages["sv"], title="Hyresguide")
    swedish.unpublish()

    assert titles(api("resources/", {"locale": "sv"})) == ["Rent guide"]
    assert api(f"resources/{resource.pk}/", {"locale": "sv"}).data["locale"] == "en"
    assert api(f"resources/{resource.pk}/").data["translations"] == []


@pytest.mark.parametrize(
    ("path", "status", "parameter"),
    [
        ("resources/999999/", 404, None),
        ("resources/by-slug/no-such-resource/", 404, None),
        ("resources/2147483648/", 400, "id"),
        ("resources/0/", 400, "id"),
    ],
)
def test_unknown_resources_are_problems(api, resource_index, path, status, parameter):
    make_resource(resource_index)

    assert_problem(api(path), status, parameter)


def test_the_resource_list_runs_the_same_queries_at_any_page_size(
    api, home, resource_index, movement, django_assert_num_queries
):
    topics = [factories.TopicFactory() for _ in range(3)]
    for number in range(50):
        make_resource(
            resource_index,
            title=f"Resource {number}",
            topics=topics,
            movement=movement,
            document=make_document(f"file-{number}.pdf"),
        )

    queries = assert_list_queries_constant(api, "resources/")
    with django_assert_num_queries(queries):
        response = api("resources/", {"topic": topics[0].slug, "page_size": 50})
    assert response.data["count"] == 50


def test_a_resource_takes_at_most_twelve_queries(
    api, languages, resource_index, movement, django_assert_max_num_queries
):
    resource = make_resource(
        resource_index,
        topics=[factories.TopicFactory()],
        movement=movement,
        document=make_document(),
        body=f'<p><a linktype="page" id="{resource_index.pk}">Library</a></p>',
    )
    translate(resource, languages["sv"], title="Översatt")
    api(f"resources/{resource.pk}/")

    for path, data in (
        (f"resources/{resource.pk}/", {}),
        (f"resources/{resource.pk}/", {"locale": "sv"}),
        (f"resources/by-slug/{resource.slug}/", {}),
    ):
        with django_assert_max_num_queries(12):
            body = api(path, data).data
        assert body["movement"] and body["document"] and body["translations"]


# Learning paths ---------------------------------------------------------------


@pytest.fixture
def path_with_hidden_steps(path_index, lesson_index, resource_index, hidden_resources):
    """A path of a public lesson, a public resource and, between them, a
    hidden lesson and resource of every kind."""
    steps = [make_lesson(lesson_index, title="Open rota lesson")]
    steps += [
        make_lesson(lesson_index, title="Draft rota lesson", live=False),
        make_lesson(lesson_index, title="Members rota lesson", sensitivity="members"),
        make_lesson(
            lesson_index, title="Restricted rota lesson", sensitivity="restricted"
        ),
        *hidden_resources,
    ]
    steps.append(make_resource(resource_index, title="Open checklist"))
    path = factories.LearningPathPageFactory(
        parent=path_index,
        title="Staying safe",
        slug="staying-safe",
        summary="For new stewards.",
        intro=f'<p>Start at <a linktype="page" id="{steps[0].pk}">the rota</a>.</p>',
        estimated_hours=Decimal("2.5"),
        facilitator_notes="<p>Pair people up.</p>",
    )
    path.steps = [
        LearningPathStep(page=page, note=f"Step about {page.title}") for page in steps
    ]
    path.save_revision().publish()
    return path


def test_a_path_lists_only_the_steps_everyone_may_read(api, path_with_hidden_steps):
    path = path_with_hidden_steps

    response = api(f"paths/{path.pk}/")

    data = response.data
    steps = [(step["kind"], step["page"]["title"]) for step in data["steps"]]
    assert steps == [("lesson", "Open rota lesson"), ("resource", "Open checklist")]
    assert [step["position"] for step in data["steps"]] == [1, 2]
    assert data["steps"][0]["note"] == "Step about Open rota lesson"
    page = data["steps"][0]["page"]
    assert page["api_url"] == f"http://testserver/api/v1/lessons/{page['id']}/"
    assert data["steps"][1]["page"]["api_url"].startswith(
        "http://testserver/api/v1/resources/"
    )
    assert data["step_count"] == 2
    assert data["estimated_hours"] == "2.5"
    assert data["facilitator_notes"] == "<p>Pair people up.</p>"
    assert "http://testserver/" in data["intro"]
    body = response.content.decode()
    for word in ("Draft", "Members", "Restricted", "Private", "ledger"):
        assert word not in body
    listed = api("paths/").data["results"][0]
    assert listed == {key: data[key] for key in listed}
    assert api("paths/by-slug/staying-safe/").data == data


def test_hidden_paths_are_absent(api, path_index):
    factories.LearningPathPageFactory(parent=path_index, title="Open path")
    draft = factories.LearningPathPageFactory(
        parent=path_index, title="Draft path", live=False
    )
    private = factories.LearningPathPageFactory(parent=path_index, title="Private")
    hide_in_private_section(private)

    assert titles(api("paths/")) == ["Open path"]
    for path in (draft, private):
        assert_problem(api(f"paths/{path.pk}/"), 404)
        assert_problem(api(f"paths/by-slug/{path.slug}/"), 404)


def test_paths_fall_back_to_their_original_language(api, languages, path_index):
    translated = factories.LearningPathPageFactory(parent=path_index, title="Basics")
    factories.LearningPathPageFactory(parent=path_index, title="Advanced")
    swedish = translate(translated, languages["sv"], title="Grunder")

    response = api("paths/", {"locale": "sv"})

    listed = {item["title"]: item["locale"] for item in response.data["results"]}
    assert listed == {"Grunder": "sv", "Advanced": "en"}
    assert api(f"paths/{translated.pk}/", {"locale": "sv"}).data["id"] == swedish.pk
    assert_problem(api("paths/", {"topic": "housing"}), 400, "topic")
    assert_problem(api("paths/999999/"), 404)


def test_paths_run_few_queries(
    api, path_index, lesson_index, django_assert_max_num_queries
):
    lessons = [make_lesson(lesson_index) for _ in range(3)]
    hidden = make_lesson(lesson_index, sensitivity="members")
    for number in range(50):
        path = factories.LearningPathPageFactory(
            parent=path_index, title=f"Path {number:02}"
        )
        path.steps = [LearningPathStep(page=page) for page in (*lessons, hidden)]
        path.save_revision().publish()

    assert_list_queries_constant(api, "paths/")
    assert api("paths/").data["results"][0]["step_count"] == 3
    with django_assert_max_num_queries(12):
        detail = api(f"paths/{path.pk}/").data
    assert len(detail["steps"]) == 3


# Glossary ---------------------------------------------------------------------


def test_the_glossary_lists_terms_a_to_z_with_their_page(api, glossary_page):
    factories.GlossaryTermFactory(term="Picket", slug="picket")
    factories.GlossaryTermFactory(term="affinity group", slug="affinity-group")

    response = api("glossary/")

    assert titles(response, "term") == ["affinity group", "Picket"]
    term = response.data["results"][1]
    assert term["url"] == f"http://testserver{glossary_page.url}#picket"
    assert term["api_url"] == "http://testserver/api/v1/glossary/picket/?locale=en"
    assert term["definition"]
    assert follow(api, term["api_url"]).data["term"] == "Picket"


def test_glossary_terms_fall_back_to_their_original_language(
    api, languages, glossary_page
):
    picket = factories.GlossaryTermFactory(term="Picket", slug="picket")
    factories.GlossaryTermFactory(term="Boycott", slug="boycott")
    swedish = picket.copy_for_translation(languages["sv"])
    swedish.term, swedish.slug = "Strejkvakt", "strejkvakt"
    swedish.save()

    response = api("glossary/", {"locale": "sv"})

    listed = {item["term"]: item["locale"] for item in response.data["results"]}
    assert listed == {"Boycott": "en", "Strejkvakt": "sv"}
    assert api("glossary/picket/", {"locale": "sv"}).data["term"] == "Strejkvakt"
    # Without a locale, the term in the source language.
    assert api("glossary/strejkvakt/").data["term"] == "Picket"
    assert api("glossary/boycott/", {"locale": "sv"}).data["locale"] == "en"
    detail = api("glossary/picket/").data
    assert detail["translations"] == [
        {
            "locale": "sv",
            "id": swedish.pk,
            "url": None,  # No Swedish glossary page.
            "api_url": "http://testserver/api/v1/glossary/strejkvakt/?locale=sv",
        }
    ]


def test_a_hidden_glossary_page_is_not_linked(api, glossary_page):
    factories.GlossaryTermFactory(term="Picket", slug="picket")
    glossary_page.unpublish()

    assert api("glossary/").data["results"][0]["url"] is None
    assert api("glossary/picket/").data["url"] is None


def test_unknown_glossary_terms_are_problems(api, glossary_page):
    assert_problem(api("glossary/no-such-term/"), 404)
    assert_problem(api("glossary/", {"q": "pick"}), 400, "q")
    assert_problem(api("glossary/picket/", {"locale": "xx"}), 400, "locale")


def test_the_glossary_runs_few_queries(
    api, languages, glossary_page, django_assert_max_num_queries
):
    for number in range(50):
        term = factories.GlossaryTermFactory(term=f"Term {number:02}")
        term.copy_for_translation(languages["sv"]).save()

    assert_list_queries_constant(api, "glossary/")
    assert_list_queries_constant(api, "glossary/", {"locale": "sv"})
    with django_assert_max_num_queries(12):
        detail = api("glossary/term-00/").data
    assert detail["translations"]


# Taxonomy ---------------------------------------------------------------------


def make_hidden_lessons(parent, dress=lambda lesson: None) -> list:
    """One lesson of every kind an anonymous visitor may not read, each passed
    to ``dress`` before the private one is put in a privacy section (saving a
    lesson brings its privacy in line with its sensitivity)."""
    private = make_lesson(parent, title="Private rota")
    lessons = [
        make_lesson(parent, title="Draft rota", live=False),
        make_lesson(parent, title="Members rota", sensitivity="members"),
        make_lesson(parent, title="Restricted rota", sensitivity="restricted"),
        private,
    ]
    for lesson in lessons:
        dress(lesson)
    hide_in_private_section(private)
    return lessons


@pytest.mark.parametrize(
    ("kind", "factory", "field"),
    [
        ("topics", factories.TopicFactory, "topics"),
        ("tactics", factories.TacticFactory, "tactics"),
        ("audiences", factories.AudienceFactory, "audiences"),
        ("bottlenecks", factories.BottleneckFactory, "bottlenecks"),
    ],
)
def test_lesson_counts_count_public_lessons_only(
    api, lesson_index, kind, factory, field
):
    term = factory(name="Safety", slug="safety", description="Staying safe.")
    factory(name="Unused", slug="unused")

    def dress(lesson):
        getattr(lesson, field).set([term])
        lesson.save()

    make_hidden_lessons(lesson_index, dress)
    make_lesson(lesson_index, title="Open rota", **{field: [term]})

    response = api(f"taxonomy/{kind}/")

    assert [(t["name"], t["lesson_count"]) for t in response.data["results"]] == [
        ("Safety", 1),
        ("Unused", 0),
    ]
    detail = api(f"taxonomy/{kind}/safety/").data
    assert detail["lesson_count"] == 1
    assert detail["description"] == "Staying safe."
    assert (
        detail["api_url"]
        == f"http://testserver/api/v1/taxonomy/{kind}/safety/?locale=en"
    )
    facet = kind[:-1]
    assert api("lessons/", {facet: "safety"}).data["count"] == 1


def test_unknown_vocabularies_and_terms_are_problems(api, locale):
    factories.TopicFactory(slug="housing")

    assert_problem(api("taxonomy/colours/"), 400, "kind")
    assert_problem(api("taxonomy/colours/housing/"), 400, "kind")
    assert_problem(api("taxonomy/topics/no-such-topic/"), 404)
    assert_problem(api("taxonomy/tactics/housing/"), 404)
    assert_problem(api("taxonomy/topics/", {"page": 2}), 404)


def test_terms_and_counts_follow_the_locale(api, languages, lesson_index):
    housing = factories.TopicFactory(name="Housing", slug="housing")
    factories.TopicFactory(name="Climate", slug="climate")
    swedish_housing = housing.copy_for_translation(languages["sv"])
    swedish_housing.name = "Boende"
    swedish_housing.save()
    lesson = make_lesson(lesson_index, title="Rent strike", topics=[housing])
    make_lesson(lesson_index, title="Tenant meeting", topics=[housing])
    translate(lesson, languages["sv"], title="Hyresstrejk")

    response = api("taxonomy/topics/", {"locale": "sv"})

    listed = [
        (t["name"], t["locale"], t["lesson_count"]) for t in response.data["results"]
    ]
    # The Swedish list shows the translation and the untranslated lesson.
    assert listed == [("Boende", "sv", 2), ("Climate", "en", 0)]
    detail = api("taxonomy/topics/housing/", {"locale": "sv"}).data
    assert (detail["name"], detail["lesson_count"]) == ("Boende", 2)
    assert [t["locale"] for t in detail["translations"]] == ["en"]
    assert api("lessons/", {"topic": "housing", "locale": "sv"}).data["count"] == 2


def test_the_taxonomy_runs_few_queries(
    api, lesson_index, django_assert_max_num_queries
):
    topics = [factories.TopicFactory(name=f"Topic {n:02}") for n in range(50)]
    for number in range(5):
        make_lesson(lesson_index, topics=topics[number::5])
    make_lesson(lesson_index, topics=topics, sensitivity="members")

    assert_list_queries_constant(api, "taxonomy/topics/")
    assert [t["lesson_count"] for t in api("taxonomy/topics/").data["results"]] == [
        1
    ] * 20
    with django_assert_max_num_queries(12):
        assert api("taxonomy/topics/topic-00/").data["lesson_count"] == 1


# Nothing hidden leaks ---------------------------------------------------------


def library_responses(api, scenario):  # noqa: F811
    """Every list of this module's endpoints in both languages, and every
    item's detail."""
    responses = []
    for path in (
        "resources/",
        "paths/",
        "glossary/",
        *(f"taxonomy/{kind}/" for kind in ("topics", "tactics", "audiences")),
        "taxonomy/bottlenecks/",
    ):
        for code in ("en", "sv"):
            listed = api(path, {"locale": code, "page_size": 100})
            assert listed.status_code == 200, listed.content
            responses.append(listed)
            for item in listed.data["results"]:
                responses.append(follow(api, item["api_url"]))
    return responses


def test_nothing_restricted_appears_anywhere(api, scenario):  # noqa: F811
    responses = library_responses(api, scenario)

    assert len(responses) > 14
    for response in responses:
        assert response.status_code == 200, response.content
        body = response.content.decode()
        for secret in scenario.restricted_strings:
            assert secret not in body
        assert scenario.members.title not in body
    path = api(f"paths/{scenario.path.pk}/").data
    assert [step["page"]["title"] for step in path["steps"]] == [scenario.public.title]
    topic = api("taxonomy/topics/safety-planning/").data
    assert topic["lesson_count"] == 1
    assert api("taxonomy/topics/covert-logistics/").data["lesson_count"] == 0
    resource = api(f"resources/{scenario.restricted_resource.pk}/")
    assert_problem(resource, 404)
