"""``/api/v1/pages/find/``: the page at a public path, for frontends that
route by path; and Wagtail's own page API, which stays unmounted."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from lessons import factories
from tests.lessons.helpers import make_lesson

from .conftest import assert_problem, translate

pytestmark = pytest.mark.django_db


def find(api, path: str):
    return api("pages/find/", {"path": path})


def test_a_lesson_is_found_by_its_path(api, lesson_index):
    lesson = make_lesson(lesson_index, title="Night shifts", slug="night-shifts")

    response = find(api, "/en/lessons/night-shifts/")

    assert response.status_code == 200, response.content
    assert response.data == {
        "id": lesson.pk,
        "type": "lessons.LessonPage",
        "title": "Night shifts",
        "slug": "night-shifts",
        "locale": "en",
        "url": "http://testserver/en/lessons/night-shifts/",
        "api_url": f"http://testserver/api/v1/lessons/{lesson.pk}/",
    }
    assert response["Cache-Control"] == "public, max-age=300"
    assert response["ETag"]


def test_the_path_of_every_page_finds_it(api, home, lesson_index):
    lesson = make_lesson(lesson_index)

    for page in (home, lesson_index, lesson):
        response = find(api, page.url)
        assert response.status_code == 200, (page.url, response.content)
        assert response.data["id"] == page.pk
        assert response.data["url"] == f"http://testserver{page.url}"
    assert find(api, "/en/").data["type"] == "home.HomePage"


def test_a_path_without_its_last_slash_or_with_encoded_letters_is_found(
    api, lesson_index
):
    lesson = make_lesson(lesson_index, title="Sitzblockade", slug="straße-blockade")

    assert find(api, "/en/lessons/straße-blockade").data["id"] == lesson.pk
    assert find(api, "/en/lessons/stra%C3%9Fe-blockade/").data["id"] == lesson.pk
    assert find(api, "//en//lessons/straße-blockade//").data["id"] == lesson.pk


def test_the_language_prefix_picks_the_translation(api, languages, lesson_index):
    lesson = make_lesson(lesson_index, title="Night shifts", slug="night-shifts")
    swedish = translate(lesson, languages["sv"], title="Nattskift", slug="nattskift")

    response = find(api, swedish.url)

    assert swedish.url == "/sv/lessons/nattskift/"
    assert response.data["id"] == swedish.pk
    assert response.data["locale"] == "sv"
    assert_problem(find(api, "/sv/lessons/night-shifts/"), 404)
    assert_problem(find(api, "/en/lessons/nattskift/"), 404)


@pytest.mark.parametrize(
    "path",
    [
        "/lessons/night-shifts/",  # no language prefix
        "/xx/lessons/night-shifts/",  # not a language of the site
        "/en-us/lessons/night-shifts/",
        "/",
        "/en/lessons/night-shifts/documents/1/",  # a route of the page, not a page
        "/en/lessons/no-such-lesson/",
        "/en/admin/",
    ],
)
def test_paths_that_are_not_pages_are_not_found(api, lesson_index, path):
    make_lesson(lesson_index, slug="night-shifts")

    problem = assert_problem(find(api, path), 404)

    assert problem["instance"] == "/api/v1/pages/find/"


def test_hidden_pages_are_not_found(api, home, lesson_index, resource_index):
    """Drafts, members-only and restricted pages, and public pages inside a
    private section, answer as if they did not exist."""
    draft = make_lesson(lesson_index, live=False)
    members = make_lesson(lesson_index, sensitivity="members")
    restricted = make_lesson(lesson_index, sensitivity="restricted")
    resource = factories.ResourcePageFactory.build(sensitivity="restricted")
    resource.restricted_to_groups = [Group.objects.create(name="Legal team")]
    resource_index.add_child(instance=resource)
    section = factories.LessonIndexPageFactory(parent=home, slug="inner-circle")
    PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.LOGIN
    )
    inside = make_lesson(section)
    public = make_lesson(lesson_index)

    for page in (draft, members, restricted, resource, section, inside):
        path = "/en" + page.url_path.removeprefix(home.url_path.rstrip("/"))
        assert_problem(find(api, path), 404)
    assert find(api, public.url).status_code == 200


def test_find_is_the_same_for_signed_in_people(client, api, lesson_index, member):
    lesson = make_lesson(lesson_index, sensitivity="members")
    client.force_login(member)

    assert_problem(find(api, lesson.url), 404)


@pytest.mark.parametrize(
    "path",
    [
        "",
        "en/lessons/night-shifts/",
        "http://testserver/en/lessons/night-shifts/",
        "/" + "a" * 1000,
        "/en/lessons/%00/",
    ],
)
def test_bad_paths_are_problems(api, home, path):
    assert_problem(find(api, path), 400, "path")


def test_a_nul_character_or_another_parameter_is_a_problem(api, home):
    assert_problem(find(api, "/en/\x00/"), 400)
    assert_problem(api("pages/find/"), 400, "path")
    assert_problem(api("pages/find/", {"path": "/en/", "locale": "sv"}), 400, "locale")


def test_the_longest_path_is_looked_up(api, home):
    assert_problem(find(api, "/en/" + "a" * 996), 404)


def test_find_runs_at_most_three_queries(
    api, lesson_index, django_assert_max_num_queries
):
    lesson = make_lesson(lesson_index)
    find(api, lesson.url)  # warm-up: site root paths and content types

    with django_assert_max_num_queries(3):
        assert find(api, lesson.url).status_code == 200


@pytest.mark.parametrize("path", ["/api/v3-preview/pages/", "/api/v2/pages/"])
def test_wagtails_own_page_api_is_not_mounted(client, lesson_index, path):
    make_lesson(lesson_index, title="Night shifts")

    response = client.get(path)

    assert response.status_code == 404
    assert b"Night shifts" not in response.content
    assert b'"items"' not in response.content
