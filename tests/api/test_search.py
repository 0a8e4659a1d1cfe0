"""``/api/v1/search/``: the site's search, across every type, for anonymous
readers, in one language, at a fixed number of queries."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from engagement import factories as engagement
from lessons import factories
from lessons.models import LessonAuthor
from tests.lessons.helpers import make_lesson

from .conftest import assert_problem, translate

pytestmark = pytest.mark.django_db

#: The word every page of these tests shares, to search for.
WORD = "blockade"


def found(response) -> list[tuple[str, str]]:
    assert response.status_code == 200, response.content
    return [(item["type"], item["title"]) for item in response.data["results"]]


@pytest.fixture
def one_of_each(home, lesson_index, resource_index):
    """A lesson, a resource, a movement, a campaign and an event on ``WORD``."""
    movement = engagement.MovementProfilePageFactory(
        parent=engagement.MovementIndexPageFactory(parent=home),
        title=f"Harbour {WORD} union",
    )
    return {
        "lesson": make_lesson(lesson_index, title=f"Night {WORD} shifts"),
        "resource": factories.ResourcePageFactory(
            parent=resource_index, title=f"{WORD} legal guide"
        ),
        "movement": movement,
        "campaign": engagement.CampaignPageFactory(
            parent=movement, title=f"Port {WORD} campaign"
        ),
        "event": engagement.EventPageFactory(
            parent=engagement.EventIndexPageFactory(parent=home),
            title=f"{WORD} roundtable",
        ),
    }


def test_search_finds_every_type_with_links_to_the_page_and_the_api(api, one_of_each):
    response = api("search/", {"q": WORD})

    assert sorted(found(response)) == sorted(
        (kind, page.title) for kind, page in one_of_each.items()
    )
    lesson = one_of_each["lesson"]
    item = next(i for i in response.data["results"] if i["type"] == "lesson")
    assert item == {
        "type": "lesson",
        "id": lesson.pk,
        "title": lesson.title,
        "slug": lesson.slug,
        "locale": "en",
        "url": f"http://testserver{lesson.url}",
        "api_url": f"http://testserver/api/v1/lessons/{lesson.pk}/",
        "summary": lesson.summary,
        "result": lesson.result,
        "highlight": {
            "title": f"Night <mark>{WORD}</mark> shifts",
            "snippet": item["highlight"]["snippet"],
            "text": item["highlight"]["text"],
            "matches": item["highlight"]["matches"],
        },
    }
    assert response.data["count"] == 5
    assert response["Cache-Control"] == "public, max-age=300"
    assert response["ETag"]


def test_search_runs_the_same_search_as_the_site(client, api, one_of_each):
    site = client.get("/en/search/", {"q": WORD})

    assert [item["id"] for item in api("search/", {"q": WORD}).data["results"]] == [
        page.pk for page in site.context["results"]
    ]


@pytest.mark.parametrize(
    "kind", ["lesson", "resource", "movement", "campaign", "event"]
)
def test_search_can_be_limited_to_one_type(api, one_of_each, kind):
    response = api("search/", {"q": WORD, "type": kind})

    assert found(response) == [(kind, one_of_each[kind].title)]


def test_search_looks_in_the_readers_language_with_untranslated_originals(
    api, languages, lesson_index
):
    lesson = make_lesson(lesson_index, title=f"Night {WORD} shifts")
    swedish = translate(lesson, languages["sv"], title=f"Nattskift vid {WORD}")
    make_lesson(lesson_index, title=f"Only in English {WORD}")

    in_swedish = api("search/", {"q": WORD, "locale": "sv"})
    only_swedish = api("search/", {"q": WORD, "locale": "sv", "language": "sv"})
    only_french = api("search/", {"q": WORD, "locale": "fr", "language": "fr"})
    everything = api("search/", {"q": WORD, "locale": "sv", "language": "all"})

    assert sorted(found(in_swedish)) == [
        ("lesson", swedish.title),
        ("lesson", f"Only in English {WORD}"),
    ]
    by_title = {item["title"]: item for item in in_swedish.data["results"]}
    assert by_title[swedish.title]["locale"] == "sv"
    assert by_title[swedish.title]["url"].startswith("http://testserver/sv/")
    assert by_title[f"Only in English {WORD}"]["locale"] == "en"
    assert found(only_swedish) == [("lesson", swedish.title)]
    assert found(only_french) == []
    assert everything.data["count"] == 3
    assert sorted(title for _kind, title in found(api("search/", {"q": WORD}))) == [
        f"Night {WORD} shifts",
        f"Only in English {WORD}",
    ]


def test_an_unknown_language_is_a_problem(api, lesson_index):
    response = api("search/", {"q": WORD, "language": "xx"})

    assert_problem(response, 400, "language")


def test_search_never_finds_what_an_anonymous_visitor_may_not_read(
    api, home, lesson_index, resource_index, one_of_each
):
    make_lesson(lesson_index, title=f"Draft {WORD}", live=False)
    make_lesson(lesson_index, title=f"Members {WORD}", sensitivity="members")
    make_lesson(lesson_index, title=f"Restricted {WORD}", sensitivity="restricted")
    resource = factories.ResourcePageFactory.build(
        title=f"Restricted {WORD} ledger", sensitivity="restricted"
    )
    resource.restricted_to_groups = [Group.objects.create(name="Legal team")]
    resource_index.add_child(instance=resource)
    section = factories.LessonIndexPageFactory(parent=home, slug="inner-circle")
    PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.PASSWORD, password="pw"
    )
    make_lesson(section, title=f"Public lesson in a private {WORD} section")
    engagement.EventPageFactory(
        parent=one_of_each["event"].get_parent(),
        title=f"Draft {WORD} event",
        live=False,
    )

    response = api("search/", {"q": WORD, "page_size": 100})

    assert sorted(title for _kind, title in found(response)) == sorted(
        page.title for page in one_of_each.values()
    )


def test_anonymised_lessons_are_found_without_naming_anyone(api, home, lesson_index):
    movement = engagement.MovementProfilePageFactory(
        parent=engagement.MovementIndexPageFactory(parent=home),
        title="Harbour Tenants Union",
    )
    lesson = make_lesson(
        lesson_index,
        title=f"Quiet {WORD} watch",
        summary="How we watched the evictions.",
        anonymised=True,
        movement=movement,
    )
    lesson.authors = [LessonAuthor(name="Anna Lindqvist")]
    lesson.save_revision().publish()

    response = api("search/", {"q": WORD, "type": "lesson"})

    assert found(response) == [("lesson", lesson.title)]
    assert response.data["results"][0]["summary"] == "How we watched the evictions."
    body = response.content.decode()
    assert "Harbour Tenants Union" not in body
    assert movement.slug not in body
    assert "Lindqvist" not in body


def test_search_pages_are_numbered(api, lesson_index):
    for number in range(5):
        make_lesson(lesson_index, title=f"{WORD} {number}")

    first = api("search/", {"q": WORD, "page_size": 2})
    last = api("search/", {"q": WORD, "page_size": 2, "page": 3})

    assert first.data["count"] == 5
    assert len(first.data["results"]) == 2
    assert "page=2" in first.data["next"]
    assert "q=blockade" in first.data["next"]
    assert len(last.data["results"]) == 1
    assert last.data["next"] is None
    assert_problem(api("search/", {"q": WORD, "page": 4}), 404)


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({}, "q"),
        ({"q": ""}, "q"),
        ({"q": "   "}, "q"),
        ({"q": "x" * 201}, "q"),
        ({"q": WORD, "type": "lessons"}, "type"),
        ({"q": WORD, "type": "glossary"}, "type"),
        ({"q": WORD, "locale": "xx"}, "locale"),
        ({"q": WORD, "page_size": 101}, "page_size"),
        ({"q": WORD, "page": 0}, "page"),
        ({"q": WORD, "colour": "x"}, "colour"),
        ({"q": WORD, "result": "won"}, "result"),
        ({"q": WORD, "language": "xx"}, "language"),
    ],
)
def test_bad_search_parameters_are_problems(api, home, params, parameter):
    assert_problem(api("search/", params), 400, parameter)


def test_a_query_of_two_hundred_characters_is_searched(api, home):
    assert found(api("search/", {"q": "x" * 200})) == []


@pytest.mark.parametrize(
    "query", ['"', "'", "*", "a OR", "-b", "(c", "AND NOT", "é ü ß", "ال", "%_\\"]
)
def test_search_syntax_characters_are_searched_as_text(api, home, query):
    assert api("search/", {"q": query}).status_code == 200


def test_search_runs_a_fixed_number_of_queries(
    api, home, lesson_index, resource_index, django_assert_max_num_queries
):
    movements = engagement.MovementIndexPageFactory(parent=home)
    events = engagement.EventIndexPageFactory(parent=home)
    for number in range(8):
        movement = engagement.MovementProfilePageFactory(
            parent=movements, title=f"{WORD} movement {number}"
        )
        engagement.CampaignPageFactory(
            parent=movement, title=f"{WORD} campaign {number}"
        )
        engagement.EventPageFactory(parent=events, title=f"{WORD} event {number}")
        factories.ResourcePageFactory(
            parent=resource_index, title=f"{WORD} guide {number}"
        )
    for number in range(30):
        make_lesson(lesson_index, title=f"{WORD} lesson {number}")
    api("search/", {"q": WORD, "page_size": 10})  # warm-up: site and locales

    counts = {}
    for size in (10, 50):
        with django_assert_max_num_queries(12) as captured:
            response = api("search/", {"q": WORD, "page_size": size})
        assert len(response.data["results"]) == size
        counts[size] = len(captured)

    assert counts[10] == counts[50]
