"""``/api/v1/me/``: a member's own lists, saved items, learning paths and
RSVPs, by personal access token or session, only while the member may read
each page, never cached by anyone else; the rest of the API stays anonymous."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from engagement import factories as engagement_factories
from lessons import factories
from lessons.models import LearningPathStep
from members.api.auth import digest
from members.api.tokens import create_token
from members.models import (
    AccessToken,
    Member,
    PathProgress,
    Rsvp,
    RsvpStatus,
    SavedItem,
    SavedList,
    StepDone,
)
from tests.lessons.helpers import make_lesson

pytestmark = pytest.mark.django_db


def token_for(user, label: str = "script") -> str:
    return create_token(user, label)[1]


def bearer(token: str) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


def get(client, path: str, token: str | None = None, **data):
    headers = bearer(token) if token else {}
    response = client.get(f"/api/v1/{path.lstrip('/')}", data, **headers)
    response.data = json.loads(response.content) if response.content else None
    return response


def save(user, page, name: str = "Reading") -> SavedItem:
    saved_list, _created = SavedList.objects.get_or_create(owner=user, name=name)
    return SavedItem.objects.create(saved_list=saved_list, page=page)


def restrict(page) -> None:
    """Make a lesson readable only by a group the member is not in."""
    group, _created = Group.objects.get_or_create(name="Coordinators only")
    page.restricted_to_groups.set([group])
    type(page).objects.filter(pk=page.pk).update(sensitivity="restricted")


def assert_refused(response) -> dict:
    assert response.status_code == 401, response.content
    assert response["Content-Type"].startswith("application/problem+json")
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert "/my/tokens/" in response.data["detail"]
    return response.data


@pytest.fixture
def token(member) -> str:
    return token_for(member)


@pytest.fixture
def other(django_user_model):
    return django_user_model.objects.create_user(username="other", password="pw")


@pytest.fixture
def event_index(home):
    return engagement_factories.EventIndexPageFactory(parent=home)


# Who is asking ------------------------------------------------------------------


def test_no_credentials_are_refused_with_a_bearer_challenge(client):
    problem = assert_refused(get(client, "me/"))

    assert problem["type"] == "urn:praxis:problem:not-signed-in"


def test_an_unknown_token_is_refused(client, token):
    assert_refused(get(client, "me/", token=token + "x"))


def test_a_revoked_token_is_refused(client, member, token):
    AccessToken.objects.filter(member=member).delete()

    assert_refused(get(client, "me/", token=token))


def test_a_token_of_an_inactive_account_is_refused(client, member, token):
    member.is_active = False
    member.save()

    assert_refused(get(client, "me/", token=token))


def test_another_authorization_scheme_is_refused(client, token):
    response = client.get("/api/v1/me/", HTTP_AUTHORIZATION=f"Token {token}")

    assert response.status_code == 401


def test_a_token_reads_its_member(client, member, token):
    response = get(client, "me/", token=token)

    assert response.status_code == 200
    assert response.data["display_name"] == "member"
    assert response.data["trust_level"] == 0
    assert response.data["counts"] == {"lists": 0, "saved": 0, "paths": 0, "rsvps": 0}


def test_the_session_reads_the_signed_in_member(client, member):
    client.force_login(member)

    response = get(client, "me/")

    assert response.status_code == 200
    assert response.data["display_name"] == "member"


def test_only_the_digest_of_a_token_is_stored(member):
    row, token = create_token(member, "phone")

    assert row.digest == digest(token)
    assert token not in {row.digest, row.label}


def test_use_is_recorded_at_most_once_a_minute(client, member, token):
    get(client, "me/", token=token)
    first = AccessToken.objects.get(member=member).last_used_at
    get(client, "me/", token=token)
    assert AccessToken.objects.get(member=member).last_used_at == first

    AccessToken.objects.filter(member=member).update(
        last_used_at=timezone.now() - timedelta(minutes=2)
    )
    get(client, "me/", token=token)

    assert AccessToken.objects.get(member=member).last_used_at > first


def test_an_account_without_a_member_profile_gets_one(client, member, token):
    Member.objects.filter(user=member).delete()

    response = get(client, "me/", token=token)

    assert response.status_code == 200
    assert Member.objects.filter(user=member).exists()


# Headers ------------------------------------------------------------------------


def test_answers_are_private_and_vary_with_the_credentials(client, token):
    response = get(client, "me/", token=token)

    assert response["Cache-Control"] == "private, no-store"
    vary = {part.strip() for part in response["Vary"].split(",")}
    assert {"Authorization", "Cookie"} <= vary
    assert "ETag" not in response


def test_refusals_are_private_and_vary_with_the_credentials(client):
    response = get(client, "me/")

    assert response["Cache-Control"] == "private, no-store"
    assert "Authorization" in response["Vary"]


# Lists and saved items ----------------------------------------------------------


def test_lists_count_only_the_items_the_member_may_read(
    client, member, token, lesson_index
):
    readable = make_lesson(lesson_index, title="Phone tree")
    hidden = make_lesson(lesson_index, title="Safe houses")
    save(member, readable)
    save(member, hidden)
    restrict(hidden)
    SavedList.objects.filter(owner=member).update(share_token="abc")

    response = get(client, "me/lists/", token=token)

    assert response.data == [
        {
            "id": SavedList.objects.get(owner=member).pk,
            "name": "Reading",
            "shared": True,
            "item_count": 1,
            "updated_at": response.data[0]["updated_at"],
        }
    ]


def test_a_list_shows_its_items_with_their_pages(client, member, token, lesson_index):
    lesson = make_lesson(lesson_index, title="Phone tree")
    item = save(member, lesson)

    response = get(client, f"me/lists/{item.saved_list_id}/", token=token)

    assert response.status_code == 200
    assert response.data["name"] == "Reading"
    assert response.data["count"] == 1
    (result,) = response.data["results"]
    assert result["page_id"] == lesson.pk
    assert result["type"] == "lessons.LessonPage"
    assert result["title"] == "Phone tree"
    assert result["locale"] == "en"
    assert result["url"].endswith(lesson.url)
    assert result["api_url"].endswith(f"/api/v1/lessons/{lesson.pk}/")


def test_another_members_list_is_not_found(client, other, token, lesson_index):
    item = save(other, make_lesson(lesson_index))

    response = get(client, f"me/lists/{item.saved_list_id}/", token=token)

    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/problem+json")


def test_an_item_made_restricted_leaves_the_owners_list_and_saved_items(
    client, member, token, lesson_index
):
    lesson = make_lesson(lesson_index, title="Safe houses")
    item = save(member, lesson)
    restrict(lesson)

    in_list = get(client, f"me/lists/{item.saved_list_id}/", token=token)
    saved = get(client, "me/saved/", token=token)

    assert in_list.data["count"] == 0
    assert saved.data["count"] == 0
    assert "Safe houses" not in in_list.content.decode() + saved.content.decode()


def test_an_unpublished_item_leaves_the_saved_items(
    client, member, token, lesson_index
):
    lesson = make_lesson(lesson_index)
    save(member, lesson)
    lesson.unpublish()

    assert get(client, "me/saved/", token=token).data["results"] == []


def test_members_only_items_stay_for_the_member(client, member, token, lesson_index):
    save(member, make_lesson(lesson_index, sensitivity="members"))

    assert get(client, "me/saved/", token=token).data["count"] == 1


def test_saved_items_are_paginated_newest_first(client, member, token, lesson_index):
    for number in range(3):
        save(member, make_lesson(lesson_index, title=f"Lesson {number}"))

    first = get(client, "me/saved/", token=token, page_size=2)
    second = get(client, "me/saved/", token=token, page_size=2, page=2)

    assert first.data["count"] == 3
    assert [r["title"] for r in first.data["results"]] == ["Lesson 2", "Lesson 1"]
    assert first.data["next"].endswith("page=2&page_size=2")
    assert [r["title"] for r in second.data["results"]] == ["Lesson 0"]


def test_an_unknown_parameter_is_a_problem(client, token):
    response = get(client, "me/saved/", token=token, sort="title")

    assert response.status_code == 400
    assert response.data["errors"][0]["parameter"] == "sort"


# Learning paths -----------------------------------------------------------------


def make_path(path_index, steps):
    path = factories.LearningPathPageFactory(parent=path_index)
    for order, page in enumerate(steps):
        LearningPathStep.objects.create(
            path=path, page=page, sort_order=order, locale=path.locale
        )
    return path


def test_progress_counts_the_readable_steps_and_those_done(
    client, member, token, lesson_index, path_index
):
    done, hidden_done, todo = (make_lesson(lesson_index) for _ in range(3))
    path = make_path(path_index, [done, hidden_done, todo])
    progress = PathProgress.objects.create(member=member, path=path)
    StepDone.objects.create(progress=progress, page=done)
    StepDone.objects.create(progress=progress, page=hidden_done)
    restrict(hidden_done)

    (result,) = get(client, "me/progress/", token=token).data

    assert result["path_id"] == path.pk
    assert (result["steps_done"], result["steps"]) == (1, 2)
    assert result["finished"] is False


def test_a_finished_path_says_so(client, member, token, lesson_index, path_index):
    path = make_path(path_index, [make_lesson(lesson_index)])
    PathProgress.objects.create(member=member, path=path, finished_at=timezone.now())

    (result,) = get(client, "me/progress/", token=token).data

    assert result["finished"] is True


def test_a_path_the_member_may_no_longer_read_is_left_out(
    client, member, token, lesson_index, path_index
):
    path = make_path(path_index, [make_lesson(lesson_index)])
    PathProgress.objects.create(member=member, path=path)
    path.unpublish()

    assert get(client, "me/progress/", token=token).data == []


# RSVPs --------------------------------------------------------------------------


def test_rsvps_give_the_place_on_the_waiting_list(
    client, member, other, token, event_index
):
    event = engagement_factories.EventPageFactory(parent=event_index, capacity=1)
    now = timezone.now()
    Rsvp.objects.create(
        member=other, event=event, status=RsvpStatus.WAITING, waiting_since=now
    )
    Rsvp.objects.create(
        member=member,
        event=event,
        status=RsvpStatus.WAITING,
        waiting_since=now + timedelta(seconds=1),
    )

    (result,) = get(client, "me/rsvps/", token=token).data

    assert result["event_id"] == event.pk
    assert result["status"] == "waiting"
    assert result["waiting_position"] == 2


def test_going_has_no_waiting_position(client, member, token, event_index):
    event = engagement_factories.EventPageFactory(parent=event_index)
    Rsvp.objects.create(member=member, event=event, status=RsvpStatus.GOING)

    (result,) = get(client, "me/rsvps/", token=token).data

    assert (result["status"], result["waiting_position"]) == ("going", None)


def test_an_event_no_longer_published_is_left_out(client, member, token, event_index):
    event = engagement_factories.EventPageFactory(parent=event_index)
    Rsvp.objects.create(member=member, event=event, status=RsvpStatus.GOING)
    event.unpublish()

    assert get(client, "me/rsvps/", token=token).data == []


# Query counts -------------------------------------------------------------------


@pytest.mark.parametrize("count", [1, 5])
def test_the_saved_items_cost_the_same_queries_however_many(
    client,
    member,
    token,
    lesson_index,
    resource_index,
    count,
    django_assert_max_num_queries,
):
    for _ in range(count):
        save(member, make_lesson(lesson_index))
        save(member, factories.ResourcePageFactory(parent=resource_index), "Other")
    list_id = SavedList.objects.get(owner=member, name="Reading").pk
    get(client, "me/", token=token)  # Site root paths, last_used_at.

    with django_assert_max_num_queries(7):
        assert get(client, "me/saved/", token=token).data["count"] == 2 * count
    with django_assert_max_num_queries(8):
        assert get(client, f"me/lists/{list_id}/", token=token).data["count"] == count
    with django_assert_max_num_queries(4):
        assert len(get(client, "me/lists/", token=token).data) == 2


@pytest.mark.parametrize("count", [1, 5])
def test_progress_costs_the_same_queries_however_many_paths(
    client,
    member,
    token,
    lesson_index,
    path_index,
    count,
    django_assert_max_num_queries,
):
    for _ in range(count):
        lesson = make_lesson(lesson_index)
        progress = PathProgress.objects.create(
            member=member, path=make_path(path_index, [lesson])
        )
        StepDone.objects.create(progress=progress, page=lesson)
    get(client, "me/", token=token)

    with django_assert_max_num_queries(8):
        assert len(get(client, "me/progress/", token=token).data) == count


@pytest.mark.parametrize("count", [1, 5])
def test_rsvps_cost_the_same_queries_however_many(
    client, member, token, event_index, count, django_assert_max_num_queries
):
    for _ in range(count):
        event = engagement_factories.EventPageFactory(parent=event_index)
        Rsvp.objects.create(
            member=member,
            event=event,
            status=RsvpStatus.WAITING,
            waiting_since=timezone.now(),
        )
    get(client, "me/", token=token)

    with django_assert_max_num_queries(6):
        assert len(get(client, "me/rsvps/", token=token).data) == count


# Saving and removing ------------------------------------------------------------


def post_item(client, list_id: int, page_id: int, **headers):
    return client.post(
        f"/api/v1/me/lists/{list_id}/items/",
        json.dumps({"page_id": page_id}),
        content_type="application/json",
        **headers,
    )


def test_a_token_saves_a_readable_page_once(client, member, token, lesson_index):
    saved_list = SavedList.objects.create(owner=member, name="Reading")
    lesson = make_lesson(lesson_index, title="Phone tree")

    first = post_item(client, saved_list.pk, lesson.pk, **bearer(token))
    again = post_item(client, saved_list.pk, lesson.pk, **bearer(token))

    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json()["title"] == "Phone tree"
    assert SavedItem.objects.filter(saved_list=saved_list).count() == 1


def test_a_page_the_member_may_not_read_cannot_be_saved(
    client, member, token, lesson_index
):
    saved_list = SavedList.objects.create(owner=member, name="Reading")
    lesson = make_lesson(lesson_index)
    restrict(lesson)

    response = post_item(client, saved_list.pk, lesson.pk, **bearer(token))

    assert response.status_code == 404
    assert not SavedItem.objects.exists()


def test_nothing_is_saved_to_another_members_list(client, other, token, lesson_index):
    saved_list = SavedList.objects.create(owner=other, name="Theirs")

    response = post_item(
        client, saved_list.pk, make_lesson(lesson_index).pk, **bearer(token)
    )

    assert response.status_code == 404
    assert not SavedItem.objects.exists()


def test_the_session_needs_the_csrf_token_to_save(member, lesson_index):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(member)
    saved_list = SavedList.objects.create(owner=member, name="Reading")
    lesson = make_lesson(lesson_index)
    browser.get("/en/my/tokens/")  # Sets the CSRF cookie.
    csrf = browser.cookies["csrftoken"].value

    refused = post_item(browser, saved_list.pk, lesson.pk)
    accepted = post_item(browser, saved_list.pk, lesson.pk, HTTP_X_CSRFTOKEN=csrf)

    assert refused.status_code == 403
    assert accepted.status_code == 201


def test_a_token_removes_a_saved_page(client, member, token, lesson_index):
    item = save(member, make_lesson(lesson_index))

    response = client.delete(
        f"/api/v1/me/lists/{item.saved_list_id}/items/{item.page_id}/",
        **bearer(token),
    )

    assert response.status_code == 204
    assert not SavedItem.objects.exists()


# Rate limit ---------------------------------------------------------------------


def test_the_rate_limit_counts_each_token_apart(settings, client, member):
    cache.clear()
    settings.PRAXIS_API_RATE = "2/m"
    first, second = token_for(member, "one"), token_for(member, "two")

    statuses = [get(client, "me/", token=first).status_code for _ in range(3)]
    other = get(client, "me/", token=second)

    assert statuses == [200, 200, 429]
    assert other.status_code == 200
    cache.clear()


# The rest of the API stays anonymous ----------------------------------------------


def test_other_endpoints_read_as_anonymous_whatever_the_credentials(
    client, member, token, lesson_index
):
    make_lesson(lesson_index, title="Phone tree")
    make_lesson(lesson_index, title="For members", sensitivity="members")
    anonymous = client.get("/api/v1/lessons/")
    with_token = client.get("/api/v1/lessons/", **bearer(token))
    client.force_login(member)
    with_session = client.get("/api/v1/lessons/")

    assert anonymous.content == with_token.content == with_session.content
    assert b"For members" not in anonymous.content
    assert with_token["Cache-Control"].startswith("public")


# OpenAPI ------------------------------------------------------------------------


def test_the_schema_documents_the_members_api_with_its_security(client):
    schema = client.get("/api/v1/openapi.json").json()

    paths = [
        "/api/v1/me/",
        "/api/v1/me/lists/",
        "/api/v1/me/lists/{id}/",
        "/api/v1/me/saved/",
        "/api/v1/me/progress/",
        "/api/v1/me/rsvps/",
        "/api/v1/me/lists/{id}/items/",
        "/api/v1/me/lists/{id}/items/{page_id}/",
    ]
    for path in paths:
        for operation in schema["paths"][path].values():
            assert operation["tags"] == ["Members"], path
            assert operation["security"] == [{"MemberToken": []}, {"MemberSession": []}]
            assert "401" in operation["responses"]
            assert "304" not in operation["responses"]
    schemes = schema["components"]["securitySchemes"]
    assert schemes["MemberToken"]["scheme"] == "bearer"
    assert schemes["MemberSession"]["in"] == "cookie"
