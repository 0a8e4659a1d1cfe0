"""Conditional requests never keep what is no longer visible.

A client (or a shared cache) that revalidates an answer after an item in it was
made members-only, unpublished or deleted, or after a new item was published,
gets the new answer, whichever validator it sends back.
"""

from __future__ import annotations

import time

import pytest
from django.utils.http import http_date

from tests.lessons.helpers import make_full_lesson, make_lesson

pytestmark = pytest.mark.django_db

LIST = "/api/v1/lessons/"


def publish(lesson):
    lesson.save_revision().publish()  # Sets the publication dates.
    return lesson


def make_members_only(lesson) -> None:
    lesson.sensitivity = "members"
    lesson.save_revision().publish()


def unpublish(lesson) -> None:
    lesson.unpublish()


def delete(lesson) -> None:
    lesson.delete()


#: What can take a lesson out of what an anonymous visitor sees.
HIDE = [make_members_only, unpublish, delete]


@pytest.fixture
def night_watch(lesson_index):
    """One of two published lessons in the list; the one that changes."""
    publish(make_lesson(lesson_index, title="Phone tree"))
    return publish(make_lesson(lesson_index, title="Night watch"))


def since_now() -> dict[str, str]:
    """The ``If-Modified-Since`` of a client that fetched the answer just now."""
    return {"HTTP_IF_MODIFIED_SINCE": http_date(time.time())}


def test_list_answers_carry_no_last_modified(client, night_watch):
    response = client.get(LIST)

    assert response.status_code == 200
    assert "Last-Modified" not in response


@pytest.mark.parametrize("hide", HIDE)
def test_a_date_validator_does_not_keep_a_hidden_lesson_in_a_list(
    client, night_watch, hide
):
    client.get(LIST)
    hide(night_watch)

    response = client.get(LIST, **since_now())

    assert response.status_code == 200
    assert b"Night watch" not in response.content
    assert b"Phone tree" in response.content


@pytest.mark.parametrize("hide", HIDE)
def test_an_etag_validator_does_not_keep_a_hidden_lesson_in_a_list(
    client, night_watch, hide
):
    first = client.get(LIST)
    hide(night_watch)

    response = client.get(LIST, HTTP_IF_NONE_MATCH=first["ETag"])

    assert response.status_code == 200
    assert b"Night watch" not in response.content
    assert response["ETag"] != first["ETag"]


@pytest.mark.parametrize("validator", ["etag", "date"])
def test_a_newly_published_lesson_reaches_a_revalidating_client(
    client, night_watch, lesson_index, validator
):
    first = client.get(LIST)
    publish(make_lesson(lesson_index, title="Rent strike"))
    headers = (
        {"HTTP_IF_NONE_MATCH": first["ETag"]} if validator == "etag" else since_now()
    )

    response = client.get(LIST, **headers)

    assert response.status_code == 200
    assert b"Rent strike" in response.content


def test_a_date_validator_does_not_keep_a_hidden_source_in_a_lesson(
    client, lesson_index
):
    source = publish(make_lesson(lesson_index, title="Jail support"))
    lesson = publish(make_full_lesson(lesson_index, title="Camp", sources=[source]))
    url = f"/api/v1/lessons/{lesson.pk}/"
    assert b"Jail support" in client.get(url).content
    make_members_only(source)

    response = client.get(url, **since_now())

    assert response.status_code == 200
    assert b"Jail support" not in response.content


def test_an_unchanged_list_is_not_modified_for_its_etag(
    client, night_watch, django_assert_max_num_queries
):
    first = client.get(LIST)

    with django_assert_max_num_queries(12):
        response = client.get(LIST, HTTP_IF_NONE_MATCH=first["ETag"])

    assert response.status_code == 304
    assert response.content == b""
