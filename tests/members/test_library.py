"""The personal library: saving from a page, named lists, share links, limits,
and saved pages that become restricted disappearing for those who may no
longer read them."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group

from lessons import factories
from members.library import services
from members.models import SavedItem, SavedList
from tests.lessons.helpers import make_lesson

from .helpers import event_index, make_event, make_member, make_path, restrict

pytestmark = pytest.mark.django_db

SAVE = "/en/my/library/save/"
LIBRARY = "/en/my/library/"


@pytest.fixture
def lesson(lesson_index):
    return make_lesson(lesson_index, title="Welcome tent buddies")


def test_anonymous_visitors_are_asked_to_sign_in_to_save(client, lesson):
    html = client.get(lesson.url).content.decode()

    assert "Sign in to save this to your library" in html
    assert f"/accounts/login/?next={lesson.url}" in html


def test_saving_without_javascript_goes_back_to_the_page(client, member, lesson):
    client.force_login(member)

    response = client.post(SAVE, {"page": lesson.pk, "next": lesson.url})

    assert response.status_code == 302
    assert response["Location"] == lesson.url
    saved = SavedItem.objects.get(page=lesson)
    assert saved.saved_list.owner == member
    assert saved.saved_list.name == "Saved"
    page = client.get(lesson.url).content.decode()
    assert "Saved to “Saved”." in page
    assert "Remove from Saved" in page


def test_saving_with_javascript_answers_with_the_updated_control(
    client, member, lesson
):
    client.force_login(member)

    response = client.post(SAVE, {"page": lesson.pk}, HTTP_X_REQUESTED_WITH="fetch")

    html = response.content.decode()
    assert response.status_code == 200
    assert "data-save-control" in html and 'role="status"' in html
    assert "<html" not in html


def test_saving_to_a_new_named_list(client, member, lesson):
    client.force_login(member)
    services.default_list(member)

    client.post(SAVE, {"page": lesson.pk, "list": "new", "name": "Camp planning"})

    assert SavedItem.objects.get(page=lesson).saved_list.name == "Camp planning"


def test_a_page_the_member_may_not_read_cannot_be_saved(client, member, lesson_index):
    hidden = make_lesson(lesson_index, title="Legal rota", sensitivity="restricted")
    client.force_login(member)

    response = client.post(SAVE, {"page": hidden.pk})

    assert response.status_code == 404
    assert not SavedItem.objects.exists()


def test_another_members_list_cannot_be_saved_to(client, member, lesson):
    other = make_member("other")
    their_list = services.create_list(other, "Theirs")
    client.force_login(member)

    assert (
        client.post(SAVE, {"page": lesson.pk, "list": their_list.pk}).status_code == 404
    )
    assert not SavedItem.objects.exists()


def test_saving_needs_a_post_with_the_csrf_token(member, lesson):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(member)

    assert client.get(SAVE).status_code == 405
    assert client.post(SAVE, {"page": lesson.pk}).status_code == 403


def test_lists_are_limited_in_number_and_name_length(member, settings):
    with pytest.raises(services.LibraryError, match="at most 80"):
        services.create_list(member, "x" * 81)
    with pytest.raises(services.LibraryError, match="Give the list a name"):
        services.create_list(member, "   ")
    services.create_list(member, "Camp")
    with pytest.raises(services.LibraryError, match="already have"):
        services.create_list(member, "camp")
    SavedList.objects.bulk_create(
        SavedList(owner=member, name=f"List {n}") for n in range(services.MAX_LISTS - 1)
    )
    with pytest.raises(services.LibraryError, match="at most 50 lists"):
        services.create_list(member, "One too many")


def test_a_list_holds_a_limited_number_of_items(member, lesson, monkeypatch):
    monkeypatch.setattr(services, "MAX_ITEMS", 1)
    saved_list = services.create_list(member, "Tiny")
    services.save(member, lesson, saved_list)

    with pytest.raises(services.LibraryError, match="at most 1 items"):
        services.save(
            member, factories.LessonPageFactory(parent=lesson.get_parent()), saved_list
        )


def test_creating_a_list_with_a_bad_name_says_so_next_to_the_field(client, member):
    client.force_login(member)

    response = client.post(LIBRARY, {"name": ""})

    assert response.status_code == 400
    html = response.content.decode()
    assert 'aria-describedby="new-list-error"' in html
    assert "Give the list a name." in html


def test_a_list_is_renamed_and_deleted_by_its_owner_only(client, member, lesson):
    saved_list = services.create_list(member, "Camp")
    services.save(member, lesson, saved_list)
    other = make_member("other")
    client.force_login(other)
    assert (
        client.post(
            f"/en/my/library/{saved_list.pk}/", {"action": "delete"}
        ).status_code
        == 404
    )

    client.force_login(member)
    client.post(
        f"/en/my/library/{saved_list.pk}/", {"action": "rename", "name": "Camp 2"}
    )
    saved_list.refresh_from_db()
    assert saved_list.name == "Camp 2"
    client.post(f"/en/my/library/{saved_list.pk}/", {"action": "delete"})
    assert not SavedList.objects.exists() and not SavedItem.objects.exists()


def test_a_share_link_shows_the_list_and_stopping_it_ends_the_link(
    client, member, lesson
):
    saved_list = services.create_list(member, "Camp")
    services.save(member, lesson, saved_list)
    assert saved_list.share_token is None
    client.force_login(member)

    client.post(f"/en/my/library/{saved_list.pk}/", {"action": "share"})
    saved_list.refresh_from_db()
    link = f"/en/lists/{saved_list.share_token}/"
    client.logout()
    response = client.get(link)
    assert response.status_code == 200
    assert "Welcome tent buddies" in response.content.decode()
    assert 'name="robots" content="noindex"' in response.content.decode()
    assert "private" in response["Cache-Control"]

    client.force_login(member)
    client.post(f"/en/my/library/{saved_list.pk}/", {"action": "unshare"})
    client.logout()
    assert client.get(link).status_code == 404


def test_a_shared_list_shows_each_viewer_only_what_they_may_read(
    client, member, lesson_index
):
    group = Group.objects.create(name="Legal team")
    owner = make_member("owner", group)
    public = make_lesson(lesson_index, title="Open lesson")
    for_members = make_lesson(
        lesson_index, title="Members lesson", sensitivity="members"
    )
    restricted = make_lesson(
        lesson_index, title="Legal lesson", sensitivity="restricted", groups=[group]
    )
    saved_list = services.create_list(owner, "Mixed")
    for page in (public, for_members, restricted):
        services.save(owner, page, saved_list)
    services.set_shared(saved_list, True)
    link = f"/en/lists/{saved_list.share_token}/"

    anonymous = client.get(link).content.decode()
    client.force_login(member)
    signed_in = client.get(link).content.decode()
    client.force_login(owner)
    in_group = client.get(link).content.decode()

    assert "Open lesson" in anonymous and "Members lesson" not in anonymous
    assert "Members lesson" in signed_in and "Legal lesson" not in signed_in
    assert "Legal lesson" in in_group


def test_a_saved_lesson_that_becomes_restricted_disappears(client, lesson_index):
    group = Group.objects.create(name="Legal team")
    owner = make_member("owner")
    reader = make_member("reader", group)
    lesson = make_lesson(lesson_index, title="Rota that became sensitive")
    for person in (owner, reader):
        services.save(person, lesson, services.default_list(person))
    saved_list = SavedList.objects.get(owner=owner)
    services.set_shared(saved_list, True)

    restrict(lesson, group)

    client.force_login(owner)
    library = client.get(LIBRARY).content.decode()
    assert "Rota that became sensitive" not in library
    assert "0 items" in library
    assert (
        "Rota that became sensitive"
        not in client.get(f"/en/lists/{saved_list.share_token}/").content.decode()
    )
    client.force_login(reader)
    assert "Rota that became sensitive" in client.get(LIBRARY).content.decode()


@pytest.fixture
def many_pages(lesson_index, resource_index, path_index):
    lessons = [make_lesson(lesson_index, title=f"Lesson {n}") for n in range(4)]
    resources = [
        factories.ResourcePageFactory(parent=resource_index, title=f"Resource {n}")
        for n in range(3)
    ]
    paths = [make_path(path_index, lessons[:2], title=f"Path {n}") for n in range(2)]
    events = [make_event(event_index(), title="Camp call")]
    return lessons + resources + paths + events


@pytest.mark.parametrize("count", [1, 10])
def test_the_library_and_a_shared_list_take_fixed_queries(
    client, member, many_pages, count, django_assert_max_num_queries
):
    saved_list = services.create_list(member, "Everything")
    # One page of each type first, so that one item and ten take the same path.
    for page in many_pages[:count]:
        services.save(member, page, saved_list)
    services.set_shared(saved_list, True)
    client.force_login(member)

    with django_assert_max_num_queries(22):
        response = client.get(LIBRARY)
    assert response.status_code == 200
    with django_assert_max_num_queries(18):
        assert client.get(f"/en/lists/{saved_list.share_token}/").status_code == 200


@pytest.mark.parametrize("saved", [0, 3])
def test_the_save_control_adds_fixed_queries_to_a_lesson_page(
    client, member, lesson_index, saved
):
    lesson = make_lesson(lesson_index, title="Counted")
    for number in range(saved):
        services.save(member, lesson, services.create_list(member, f"List {number}"))
    client.force_login(member)
    client.get(lesson.url)  # warm Wagtail's site cache

    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        client.get(lesson.url)
    library_queries = [
        q for q in queries.captured_queries if "members_saved" in q["sql"]
    ]
    # The member's lists, and in which of them the page is: never one per list.
    assert len(library_queries) == (2 if saved else 1)
