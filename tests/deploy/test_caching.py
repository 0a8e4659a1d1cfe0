"""Which responses a shared cache may keep (``core.caching``): an anonymous
visitor's HTML pages for a few minutes, never a signed-in person's, a page
with someone's form token, a private page or anything under the admin."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory

from core.caching import SharedCacheMiddleware
from tests.lessons.helpers import make_lesson

pytestmark = pytest.mark.django_db


def is_shared(response) -> bool:
    return "public" in response.get("Cache-Control", "")


def test_an_anonymous_lesson_page_may_be_kept_by_a_shared_cache(client, lesson_index):
    lesson = make_lesson(lesson_index, title="Action camp logistics")
    response = client.get(lesson.url)
    assert response.status_code == 200
    control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert control == {"public", "max-age=0", "s-maxage=300"}
    assert "Cookie" in response["Vary"]
    assert not response.cookies


def test_the_lifetime_is_a_setting(client, lesson_index, settings):
    settings.PRAXIS_PAGE_MAX_AGE = 45
    lesson = make_lesson(lesson_index)
    assert "s-maxage=45" in client.get(lesson.url)["Cache-Control"]


def test_listings_and_the_home_page_too(client, lesson_index, home):
    make_lesson(lesson_index)
    for url in (home.url, lesson_index.url, f"{lesson_index.url}?sort=title"):
        assert is_shared(client.get(url)), url


def test_a_signed_in_member_s_pages_are_private(client, lesson_index, member):
    lesson = make_lesson(lesson_index)
    client.force_login(member)
    for url in (lesson.url, lesson_index.url):
        response = client.get(url)
        assert response.status_code == 200
        assert response["Cache-Control"] == "private"


def test_a_restricted_or_members_only_lesson_is_never_shared(client, lesson_index):
    restricted = make_lesson(lesson_index, sensitivity="restricted")
    members = make_lesson(lesson_index, sensitivity="members")
    for lesson in (restricted, members):
        response = client.get(lesson.url)
        assert not is_shared(response), (lesson.sensitivity, response.status_code)


def test_the_admin_the_accounts_and_a_member_s_own_pages_are_never_shared(client, home):
    for url in ("/accounts/login/", "/en/my/library/", "/admin/"):
        response = client.get(url)
        assert not is_shared(response), url


def test_a_missing_page_is_private(client, home):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert not is_shared(response)


def test_a_view_s_own_cache_rules_stand(client, lesson_index):
    lesson = make_lesson(lesson_index)
    response = client.get(f"{lesson.url}brief.pdf")
    assert response.status_code in (200, 202)
    assert response["Cache-Control"] != "private"
    assert "s-maxage" not in response["Cache-Control"]


def anonymous_get(path: str = "/en/somewhere/"):
    request = RequestFactory().get(path)
    request.user = AnonymousUser()
    return request


def test_a_page_carrying_a_form_token_is_private():
    def view_with_a_form(request):
        get_token(request)
        return HttpResponse("<form>", content_type="text/html")

    response = SharedCacheMiddleware(view_with_a_form)(anonymous_get())
    assert response["Cache-Control"] == "private"


def test_a_page_setting_a_cookie_is_private():
    def view_with_a_cookie(request):
        response = HttpResponse("<p>", content_type="text/html")
        response.set_cookie("seen", "1")
        return response

    response = SharedCacheMiddleware(view_with_a_cookie)(anonymous_get())
    assert response["Cache-Control"] == "private"


def test_other_kinds_of_response_are_left_alone():
    def json_view(request):
        return HttpResponse("{}", content_type="application/json")

    response = SharedCacheMiddleware(json_view)(anonymous_get())
    assert not response.has_header("Cache-Control")
