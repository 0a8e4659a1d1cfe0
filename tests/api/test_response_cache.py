"""The API's optional server-side response cache (``PRAXIS_API_RESPONSE_CACHE``,
``core.api.response_cache``): a public answer is given again without a query,
until anything anonymous visitors could see changes."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group

from tests.lessons.helpers import make_lesson

pytestmark = pytest.mark.django_db

LIST = "/api/v1/lessons/"


@pytest.fixture
def kept(settings):
    settings.PRAXIS_API_RESPONSE_CACHE = 300


def test_off_by_default(client, lesson_index):
    make_lesson(lesson_index, title="Action camp logistics")
    client.get(LIST)
    assert "X-Praxis-Cache" not in client.get(LIST)


def test_a_public_answer_is_given_again_without_a_query(
    client, lesson_index, kept, django_assert_num_queries
):
    make_lesson(lesson_index, title="Action camp logistics")
    first = client.get(LIST)
    assert first.status_code == 200 and "X-Praxis-Cache" not in first
    with django_assert_num_queries(0):
        second = client.get(LIST)
    assert second["X-Praxis-Cache"] == "hit"
    assert second.content == first.content
    assert second["ETag"] == first["ETag"]
    assert second["Cache-Control"] == first["Cache-Control"]
    # The query string is part of the address.
    assert "X-Praxis-Cache" not in client.get(f"{LIST}?ordering=title")


def test_a_kept_answer_still_answers_304(client, lesson_index, kept):
    make_lesson(lesson_index)
    etag = client.get(LIST)["ETag"]
    response = client.get(LIST, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304


def test_a_publish_makes_every_kept_answer_stale(
    client, lesson_index, kept, django_capture_on_commit_callbacks
):
    lesson = make_lesson(lesson_index, title="Action camp logistics")
    client.get(LIST)
    client.get(f"/api/v1/lessons/{lesson.pk}/")
    lesson.title = "Action camp logistics, second season"
    with django_capture_on_commit_callbacks(execute=True):
        lesson.save_revision().publish()
    for address in (LIST, f"/api/v1/lessons/{lesson.pk}/"):
        response = client.get(address)
        assert "X-Praxis-Cache" not in response, address
        assert "second season" in response.content.decode(), address


def test_a_lesson_made_restricted_leaves_the_kept_list(
    client, lesson_index, kept, django_capture_on_commit_callbacks
):
    lesson = make_lesson(lesson_index, title="Quartermaster rota")
    assert "Quartermaster rota" in client.get(LIST).content.decode()
    lesson.sensitivity = "restricted"
    lesson.restricted_to_groups = [Group.objects.create(name="Camp crew")]
    with django_capture_on_commit_callbacks(execute=True):
        lesson.save_revision().publish()
    assert "Quartermaster rota" not in client.get(LIST).content.decode()
    assert client.get(f"/api/v1/lessons/{lesson.pk}/").status_code == 404


def test_errors_and_a_member_s_own_answers_are_never_kept(client, home, kept, member):
    for _ in range(2):
        response = client.get(f"{LIST}?locale=xx")
        assert response.status_code == 400 and "X-Praxis-Cache" not in response
    client.force_login(member)
    for _ in range(2):
        response = client.get("/api/v1/me/lists/")
        assert "X-Praxis-Cache" not in response


def test_the_rate_limit_counts_answers_from_the_cache(
    client, lesson_index, kept, settings
):
    make_lesson(lesson_index)
    settings.PRAXIS_API_RATE = "3/m"
    statuses = [client.get(LIST).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]


def test_each_interface_language_is_kept_apart(client, lesson_index, kept):
    make_lesson(lesson_index)
    client.get(LIST, HTTP_ACCEPT_LANGUAGE="sv")
    assert "X-Praxis-Cache" not in client.get(LIST, HTTP_ACCEPT_LANGUAGE="ar")
    assert client.get(LIST, HTTP_ACCEPT_LANGUAGE="sv")["X-Praxis-Cache"] == "hit"
