"""Movement editor groups: each movement edits its own pages and nothing else.

Creating a movement profile creates a "Movement editors: <name>" group with
Wagtail page permissions on that profile's subtree (its campaigns), and the
right to start lessons, resources and events, which go to review rather than
straight to the public site. ``manage.py movement_editor_groups`` repairs the
groups of existing profiles.
"""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.images import get_image_model
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

#: Page permissions on the movement's own profile and campaigns.
SUBTREE_PERMISSIONS = ("add_page", "change_page", "publish_page")
#: Page permissions on the library and calendar: start pages and edit one's own
#: drafts, but not publish them or edit anyone else's.
CONTRIBUTE_PERMISSIONS = ("add_page",)
#: Index pages under which movement editors may contribute.
MOVEMENT_EDITORS_ADD_UNDER = (
    "lessons.LessonIndexPage",
    "lessons.ResourceIndexPage",
    "engagement.EventIndexPage",
)
#: Collection permissions so editors can upload a logo, photos and handouts:
#: actions on the image model in use (Wagtail checks that model's permissions,
#: ``WAGTAILIMAGES_IMAGE_MODEL``), then document permissions.
IMAGE_ACTIONS = ("add", "choose")
COLLECTION_PERMISSIONS = (
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
)
#: Group names are limited to 150 characters by ``django.contrib.auth``.
NAME_LENGTH = 150


def editor_group_name(movement) -> str:
    name = _("Movement editors: %(name)s") % {"name": movement.title}
    return name[:NAME_LENGTH]


def _page_permission(codename: str) -> Permission:
    return Permission.objects.get(
        content_type__app_label="wagtailcore", codename=codename
    )


def _collection_permissions() -> list[Permission]:
    meta = get_image_model()._meta
    images = [
        Permission.objects.get(
            content_type__app_label=meta.app_label,
            codename=f"{action}_{meta.model_name}",
        )
        for action in IMAGE_ACTIONS
    ]
    return images + [
        Permission.objects.get(content_type__app_label=app_label, codename=codename)
        for app_label, codename in COLLECTION_PERMISSIONS
    ]


def _unique_name(movement) -> str:
    name = editor_group_name(movement)
    if not Group.objects.filter(name=name).exists():
        return name
    suffix = f" ({movement.pk})"
    return name[: NAME_LENGTH - len(suffix)] + suffix


@transaction.atomic
def ensure_editor_group(movement) -> Group:
    """Create or repair the editor group of ``movement``; return it.

    Translations of a movement share one group, so its editors can work on the
    profile in every language.
    """
    from django.apps import apps

    from .models import MovementProfilePage

    group = movement.editor_group
    if group is None:
        sibling = (
            MovementProfilePage.objects.filter(
                translation_key=movement.translation_key, editor_group__isnull=False
            )
            .exclude(pk=movement.pk)
            .select_related("editor_group")
            .first()
        )
        group = sibling.editor_group if sibling else None
    if group is None:
        group = Group.objects.create(name=_unique_name(movement))
    if movement.editor_group_id != group.pk:
        movement.editor_group = group
        MovementProfilePage.objects.filter(pk=movement.pk).update(editor_group=group)

    group.permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
    )
    for codename in SUBTREE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group, page=movement, permission=_page_permission(codename)
        )
    for label in MOVEMENT_EDITORS_ADD_UNDER:
        for index in apps.get_model(label).objects.filter(locale=movement.locale_id):
            for codename in CONTRIBUTE_PERMISSIONS:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=index, permission=_page_permission(codename)
                )
    root = Collection.get_first_root_node()
    if root is not None:
        for permission in _collection_permissions():
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root, permission=permission
            )
    return group


def create_editor_group(sender, instance, created, raw=False, **kwargs) -> None:
    """``post_save`` receiver: a new movement profile gets its editor group; a
    renamed one's group is renamed with it, so people are added to the right one."""
    if raw:
        return
    if created:
        ensure_editor_group(instance)
        return
    update_fields = kwargs.get("update_fields")
    if update_fields is not None and "title" not in update_fields:
        return  # a draft was saved: the live title has not changed
    rename_editor_group(instance)


def rename_editor_group(movement) -> None:
    group = movement.editor_group
    if group is None:
        return
    name = editor_group_name(movement)
    if group.name != name and not Group.objects.filter(name=name).exists():
        group.name = name
        group.save(update_fields=["name"])


def grant_on_new_index(sender, instance, created, raw=False, **kwargs) -> None:
    """``post_save`` receiver: a library or calendar index created after the
    movements still lets every movement's editors contribute to it."""
    if not created or raw:
        return
    from .models import MovementProfilePage

    groups = Group.objects.filter(
        pk__in=MovementProfilePage.objects.filter(
            locale=instance.locale_id, editor_group__isnull=False
        ).values("editor_group")
    )
    for group in groups:
        for codename in CONTRIBUTE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=group, page=instance, permission=_page_permission(codename)
            )


def movements_editable_by(user):
    """Movements ``user`` edits as a member of their editor groups."""
    from .models import MovementProfilePage

    return MovementProfilePage.objects.editable_by(user)
