"""Movement editors edit their own movement's pages and nothing else."""

from __future__ import annotations

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import GroupPagePermission

from engagement import factories
from engagement.permissions import ensure_editor_group
from lessons.models import LessonPage
from tests.lessons.helpers import lesson_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def other_movement(movement_index):
    return factories.MovementProfilePageFactory(
        parent=movement_index, title="Harbour Workers", slug="harbour-workers"
    )


@pytest.fixture
def editor(django_user_model, movement, lesson_index):
    user = django_user_model.objects.create_user(username="editor", password="pw")
    movement.refresh_from_db()
    user.groups.add(movement.editor_group)
    return user


def page_permissions(group) -> set[tuple[str, int]]:
    return set(
        GroupPagePermission.objects.filter(group=group).values_list(
            "permission__codename", "page_id"
        )
    )


def test_creating_a_movement_creates_its_editor_group(lesson_index, movement_index):
    movement = factories.MovementProfilePageFactory(
        parent=movement_index, title="Coastal Commons"
    )

    movement.refresh_from_db()

    group = movement.editor_group
    assert group.name == "Movement editors: Coastal Commons"
    assert page_permissions(group) == {
        ("add_page", movement.pk),
        ("change_page", movement.pk),
        ("publish_page", movement.pk),
        ("add_page", lesson_index.pk),
    }
    assert group.permissions.filter(codename="access_admin").exists()


def test_editor_group_is_repaired_without_duplicates(movement, lesson_index):
    movement.refresh_from_db()
    GroupPagePermission.objects.filter(group=movement.editor_group).delete()

    out = io.StringIO()
    call_command("movement_editor_groups", stdout=out)
    call_command("movement_editor_groups", stdout=out)

    assert GroupPagePermission.objects.filter(group=movement.editor_group).count() == 4
    assert Group.objects.filter(name__startswith="Movement editors").count() == 1


def test_two_movements_with_one_name_get_two_groups(movement_index):
    first = factories.MovementProfilePageFactory(parent=movement_index, title="Same")
    second = factories.MovementProfilePageFactory(
        parent=movement_index, title="Same", slug="same-2"
    )
    first.refresh_from_db()
    second.refresh_from_db()

    assert first.editor_group != second.editor_group
    assert ensure_editor_group(second) == second.editor_group


def test_editor_can_edit_own_movement_and_campaigns_only(
    editor, movement, campaign, other_movement
):
    other_campaign = factories.CampaignPageFactory(parent=other_movement)

    assert movement.permissions_for_user(editor).can_edit()
    assert campaign.permissions_for_user(editor).can_edit()
    assert campaign.permissions_for_user(editor).can_publish()
    assert not other_movement.permissions_for_user(editor).can_edit()
    assert not other_campaign.permissions_for_user(editor).can_edit()
    assert not other_movement.permissions_for_user(editor).can_add_subpage()


def test_editor_may_start_lessons_but_not_publish_them(editor, lesson_index):
    permissions = lesson_index.permissions_for_user(editor)

    assert permissions.can_add_subpage()
    assert not permissions.can_publish_subpage()


def test_admin_refuses_another_movements_edit_view(
    client, editor, movement, other_movement
):
    client.force_login(editor)

    own = client.get(f"/admin/pages/{movement.pk}/edit/")
    other = client.get(f"/admin/pages/{other_movement.pk}/edit/")

    assert own.status_code == 200
    assert other.status_code == 302
    assert other.headers["Location"] == "/admin/"


def test_admin_explorer_lists_only_own_movement(
    client, editor, movement, other_movement
):
    client.force_login(editor)

    response = client.get(f"/admin/pages/{movement.get_parent().pk}/")

    html = response.content.decode()
    assert response.status_code == 200
    assert movement.title in html
    assert other_movement.title not in html


def test_lesson_form_offers_editors_only_their_movements(
    client, editor, lesson_index, movement, other_movement
):
    client.force_login(editor)

    response = client.get(f"/admin/pages/add/lessons/lessonpage/{lesson_index.pk}/")

    field = response.context["form"].fields["movement"]
    assert response.status_code == 200
    assert list(field.queryset) == [movement]
    assert field.required


def test_lesson_form_offers_publishers_every_movement(
    admin_client, lesson_index, movement, other_movement
):
    response = admin_client.get(
        f"/admin/pages/add/lessons/lessonpage/{lesson_index.pk}/"
    )

    field = response.context["form"].fields["movement"]
    assert set(field.queryset) == {movement, other_movement}
    assert not field.required


def test_editor_cannot_attribute_a_lesson_to_another_movement(
    client, editor, lesson_index, other_movement
):
    client.force_login(editor)
    data = lesson_form_data(
        title="Borrowed credit",
        slug="borrowed-credit",
        summary="A lesson claimed for someone else.",
        movement=other_movement.pk,
    )

    response = client.post(
        f"/admin/pages/add/lessons/lessonpage/{lesson_index.pk}/", data
    )

    assert response.status_code == 200
    assert "movement" in response.context["form"].errors
    assert not LessonPage.objects.filter(slug="borrowed-credit").exists()


def test_a_copied_movement_gets_its_own_editor_group(movement, movement_index):
    movement.refresh_from_db()

    copy = movement.copy(update_attrs={"title": "Copy", "slug": "copy"})

    copy.refresh_from_db()
    assert copy.editor_group is not None
    assert copy.editor_group != movement.editor_group
    assert not copy.permissions_for_user(_member_of(movement.editor_group)).can_edit()


def _member_of(group):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_user(username="copy-check", password="pw")
    user.groups.add(group)
    return user


def test_movement_editors_may_upload_and_choose_images_of_the_image_model_in_use(
    editor,
):
    from wagtail.images import get_image_model
    from wagtail.permissions import policy_registry

    policy = policy_registry.get_by_type(get_image_model())
    assert policy.model._meta.label == "core.Image"
    assert policy.user_has_permission(editor, "add")
    assert policy.user_has_permission(editor, "choose")
    granted = editor.groups.get().collection_permissions.values_list(
        "permission__content_type__app_label", "permission__codename"
    )
    assert {("core", "add_image"), ("core", "choose_image")} <= set(granted)
    assert not any(app_label == "wagtailimages" for app_label, _ in granted)
