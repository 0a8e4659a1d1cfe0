"""Anonymised pages hide the same things everywhere: the page, the API and the
search index follow one attribution rule (:mod:`core.attribution`)."""

from __future__ import annotations

import json
import re

import pytest
import wagtail_factories
from django.urls import reverse

from core.attribution import attribution
from lessons import factories
from lessons.models import LessonAuthor
from tests.lessons.helpers import make_lesson

pytestmark = pytest.mark.django_db

#: A publisher's name that appears nowhere else in these tests.
PUBLISHER = "Quillfeather Tenants Collective"

#: An image title as Wagtail makes it from an upload: here, a person's name.
PERSON = "Amira Lindqvist at the picket"


def api(client, path: str, **params):
    response = client.get(f"/api/v1/{path.lstrip('/')}", params)
    assert response.status_code == 200, response.content
    return json.loads(response.content)


def site_search_titles(client, query: str) -> list[str]:
    response = client.get(reverse("search"), {"q": query})
    assert response.status_code == 200
    return [page.title for page in response.context["results"]]


def api_search_titles(client, query: str) -> list[str]:
    return [item["title"] for item in api(client, "search/", q=query)["results"]]


def html_alt(html: str) -> str:
    """The ``alt`` of the lesson's image on its page."""
    figure = re.search(r'<figure class="lesson__image">(.*?)</figure>', html, re.S)
    assert figure, "the lesson page shows no image"
    return re.search(r'alt="([^"]*)"', figure.group(1)).group(1)


# Search ------------------------------------------------------------------------


@pytest.fixture
def resources(resource_index):
    """A named resource and an anonymised one by the same publisher."""
    return {
        "named": factories.ResourcePageFactory(
            parent=resource_index, title="Named guide", publisher=PUBLISHER
        ),
        "anonymised": factories.ResourcePageFactory(
            parent=resource_index,
            title="Anonymous guide",
            publisher=PUBLISHER,
            anonymised=True,
        ),
    }


@pytest.mark.parametrize(
    "search", [site_search_titles, api_search_titles], ids=["site", "api"]
)
def test_an_anonymised_resource_is_not_found_by_its_hidden_publisher(
    client, resources, search
):
    assert search(client, "Quillfeather") == ["Named guide"]


@pytest.mark.parametrize(
    "search", [site_search_titles, api_search_titles], ids=["site", "api"]
)
def test_an_anonymised_resource_is_still_found_by_its_own_words(
    client, resources, search
):
    assert sorted(search(client, "guide")) == ["Anonymous guide", "Named guide"]


def test_a_resource_is_found_by_its_publisher_again_once_named(client, resources):
    resource = resources["anonymised"]
    resource.anonymised = False
    resource.save_revision().publish()

    assert sorted(site_search_titles(client, "Quillfeather")) == [
        "Anonymous guide",
        "Named guide",
    ]


def test_the_search_index_holds_no_hidden_publisher(resources):
    from wagtail.search.index import SearchField

    (field,) = [
        field
        for field in type(resources["anonymised"]).search_fields
        if isinstance(field, SearchField) and "publisher" in field.field_name
    ]

    assert field.get_value(resources["anonymised"]) == ""
    assert field.get_value(resources["named"]) == PUBLISHER


# Image text alternatives -------------------------------------------------------


@pytest.fixture
def person_image():
    """An image with no description, titled with a person's name."""
    return wagtail_factories.ImageFactory(title=PERSON, description="")


def test_an_anonymised_lessons_image_has_no_title_as_alt_in_the_api(
    client, lesson_index, person_image
):
    lesson = make_lesson(lesson_index, hero_image=person_image, anonymised=True)

    detail = api(client, f"lessons/{lesson.pk}/")
    listed = api(client, "lessons/")["results"][0]

    assert detail["image"]["alt"] == ""
    assert listed["image"]["alt"] == ""


def test_an_anonymised_lessons_image_keeps_its_real_description_in_the_api(
    client, lesson_index
):
    image = wagtail_factories.ImageFactory(title=PERSON, description="Tents at dawn")
    lesson = make_lesson(lesson_index, hero_image=image, anonymised=True)

    assert api(client, f"lessons/{lesson.pk}/")["image"]["alt"] == "Tents at dawn"


@pytest.mark.parametrize("anonymised", [True, False], ids=["anonymised", "named"])
@pytest.mark.parametrize("description", ["", "Tents at dawn"])
def test_the_api_gives_the_same_image_alt_as_the_page(
    client, lesson_index, anonymised, description
):
    image = wagtail_factories.ImageFactory(title=PERSON, description=description)
    lesson = make_lesson(lesson_index, hero_image=image, anonymised=anonymised)

    page_alt = html_alt(client.get(lesson.url).content.decode())

    assert api(client, f"lessons/{lesson.pk}/")["image"]["alt"] == page_alt


# The rule itself ---------------------------------------------------------------


def test_an_anonymised_lesson_names_no_author_movement_or_campaign(lesson_index):
    lesson = make_lesson(lesson_index, anonymised=True)
    lesson.movement_id = 12
    lesson.source_campaign_id = 13
    LessonAuthor.objects.create(page=lesson, name="Amira Lindqvist")

    credit = attribution(lesson)

    assert (credit.authors, credit.movement_id, credit.campaign_id) == ([], None, None)
    assert credit.origin_ids == []
    assert credit.credit == "Shared anonymously by a movement in the network."


def test_a_named_lesson_names_its_authors_movement_and_campaign(lesson_index):
    lesson = make_lesson(lesson_index)
    lesson.movement_id = 12
    lesson.source_campaign_id = 13
    LessonAuthor.objects.create(page=lesson, name="Amira Lindqvist")

    credit = attribution(lesson)

    assert credit.authors == ["Amira Lindqvist"]
    assert credit.origin_ids == [12, 13]
    assert credit.credit == ""


def test_the_lesson_page_and_the_api_credit_an_anonymised_lesson_alike(
    client, lesson_index
):
    lesson = make_lesson(lesson_index, anonymised=True)
    LessonAuthor.objects.create(page=lesson, name="Amira Lindqvist")

    html = client.get(lesson.url).content.decode()
    detail = api(client, f"lessons/{lesson.pk}/")

    assert "Amira" not in html
    assert "Shared anonymously by a movement in the network." in html
    assert detail["authors"] == []
