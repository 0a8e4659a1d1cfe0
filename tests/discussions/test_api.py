"""``/api/v1/<kind>/{id}/discussion/``: public pages' visible posts only."""

from __future__ import annotations

import pytest

from members.discussions import services
from members.discussions.models import DiscussionSwitch, SwitchState
from tests.lessons.helpers import make_lesson

from .helpers import make_member, post

pytestmark = pytest.mark.django_db


def url(page, kind="lessons"):
    return f"/api/v1/{kind}/{page.pk}/discussion/"


def test_threads_with_their_visible_replies(client, lesson, ana, ben):
    question = post(ana, lesson, "How *long* did it take?")
    post(ben, lesson, "Two weeks.", parent=question)
    post(make_member("new", trusted=False), lesson, "Waiting", parent=question)
    hidden = post(ben, lesson, "Hidden one", parent=question)
    services.hide(None, [hidden])
    response = client.get(url(lesson))
    assert response.status_code == 200
    data = response.json()
    assert data["count"] == 1
    thread = data["results"][0]
    assert thread["html"] == "<p>How <em>long</em> did it take?</p>"
    assert thread["author"] == "Ana D."
    assert thread["permalink"].endswith(f"/discussions/post/{question.pk}/")
    assert [r["html"] for r in thread["replies"]] == ["<p>Two weeks.</p>"]
    assert thread["replies"][0]["in_reply_to"] == question.pk


def test_the_list_is_paginated(client, lesson, ana):
    for n in range(3):
        post(ana, lesson, f"Q{n}")
    data = client.get(url(lesson), {"page_size": 2}).json()
    assert data["count"] == 3 and len(data["results"]) == 2 and data["next"]
    assert client.get(url(lesson), {"page": 9}).status_code == 404


@pytest.mark.parametrize("sensitivity", ["members", "restricted"])
def test_pages_that_are_not_public_are_not_found(
    client, lesson_index, ana, sensitivity
):
    lesson = make_lesson(lesson_index, title="Not public", sensitivity=sensitivity)
    post(ana, lesson, "Secret words") if sensitivity == "members" else None
    response = client.get(url(lesson))
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/problem+json")
    assert "Secret words" not in response.text


def test_discussions_switched_off_and_wrong_kinds_are_not_found(
    client, lesson, lesson_index, ana
):
    post(ana, lesson)
    assert client.get(url(lesson, "events")).status_code == 404
    assert client.get("/api/v1/lessons/999999/discussion/").status_code == 404
    DiscussionSwitch.objects.create(page=lesson_index, state=SwitchState.OFF)
    assert client.get(url(lesson)).status_code == 404


def test_anonymised_lessons_have_no_discussion_in_the_api(client, lesson_index):
    lesson = make_lesson(lesson_index, title="Quiet", anonymised=True)
    assert client.get(url(lesson)).status_code == 404


def test_the_endpoints_are_in_the_openapi_document(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    for kind in ("lessons", "resources", "paths", "events"):
        assert f"/api/v1/{kind}/{{id}}/discussion/" in paths


@pytest.mark.parametrize("count", [2, 12])
def test_a_fixed_number_of_queries(
    client, lesson, ana, count, django_assert_max_num_queries
):
    for n in range(count):
        question = post(make_member(f"a{n}"), lesson, f"Q{n}")
        post(make_member(f"b{n}"), lesson, f"A{n}", parent=question)
    client.get(url(lesson))
    with django_assert_max_num_queries(20):
        data = client.get(url(lesson)).json()
    assert data["count"] == count
