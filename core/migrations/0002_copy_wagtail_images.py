"""Move the images from Wagtail's own image model to :class:`core.images.Image`.

Every image keeps its id (pages, StreamField blocks and rich text refer to
images by id), collection, tags, focal point, uploader, dates and stored file;
renditions are copied too, so their addresses in cached pages keep working.
References Wagtail indexed (its "usage" counts), and the permissions groups and
people had on Wagtail's image model (Praxis's roles, movement editor groups,
any group an administrator made) move to the new model, since Wagtail checks
the permissions of the image model in use.

Wagtail's tables are left as they were, so migrating back only has to remove
the copies. The files are not rewritten: a file uploaded before Praxis removed
metadata keeps it until the image's file is replaced.
"""

from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.core.management.color import no_style
from django.db import migrations

#: Image fields copied as they are (by attribute name).
IMAGE_FIELDS = (
    "id",
    "title",
    "file",
    "description",
    "width",
    "height",
    "created_at",
    "uploaded_by_user_id",
    "focal_point_x",
    "focal_point_y",
    "focal_point_width",
    "focal_point_height",
    "file_size",
    "file_hash",
    "collection_id",
)
RENDITION_FIELDS = (
    "id",
    "filter_spec",
    "file",
    "width",
    "height",
    "focal_point_key",
    "image_id",
)
#: Image permission codenames carried over, as Wagtail names them.
IMAGE_ACTIONS = ("add", "change", "delete", "view", "choose")
BATCH = 500


def _content_types(apps):
    ContentType = apps.get_model("contenttypes", "ContentType")
    old, _ = ContentType.objects.get_or_create(app_label="wagtailimages", model="image")
    new, _ = ContentType.objects.get_or_create(app_label="core", model="image")
    return old, new


def _copy(source, target, fields):
    rows = (target(**row) for row in source.objects.order_by("pk").values(*fields))
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) == BATCH:
            target.objects.bulk_create(batch)
            batch = []
    if batch:
        target.objects.bulk_create(batch)


def _permission_pairs(apps, old_type, new_type):
    """``(old, new)`` permission pairs for every image action."""
    Permission = apps.get_model("auth", "Permission")
    pairs = []
    for action in IMAGE_ACTIONS:
        old = Permission.objects.filter(
            content_type=old_type, codename=f"{action}_image"
        ).first()
        new = Permission.objects.filter(
            content_type=new_type, codename=f"{action}_image"
        ).first()
        if old is not None and new is not None:
            pairs.append((old, new))
    return pairs


def copy_images(apps, schema_editor):
    OldImage = apps.get_model("wagtailimages", "Image")
    OldRendition = apps.get_model("wagtailimages", "Rendition")
    Image = apps.get_model("core", "Image")
    Rendition = apps.get_model("core", "Rendition")
    TaggedItem = apps.get_model("taggit", "TaggedItem")
    ReferenceIndex = apps.get_model("wagtailcore", "ReferenceIndex")
    Group = apps.get_model("auth", "Group")
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )
    User = apps.get_model(settings.AUTH_USER_MODEL)
    old_type, new_type = _content_types(apps)

    # Keep each image's upload date instead of stamping "now".
    Image._meta.get_field("created_at").auto_now_add = False
    _copy(OldImage, Image, IMAGE_FIELDS)
    _copy(OldRendition, Rendition, RENDITION_FIELDS)
    # Rows were written with their ids: the next new image must not reuse one.
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), [Image, Rendition]):
            cursor.execute(sql)

    TaggedItem.objects.bulk_create(
        [
            TaggedItem(content_type=new_type, object_id=item.object_id, tag=item.tag)
            for item in TaggedItem.objects.filter(content_type=old_type)
        ],
        batch_size=BATCH,
    )
    ReferenceIndex.objects.filter(to_content_type=old_type).update(
        to_content_type=new_type
    )
    ReferenceIndex.objects.filter(base_content_type=old_type).update(
        base_content_type=new_type, content_type=new_type
    )

    # Permissions are normally created after all migrations have run; the
    # groups need the new model's now.
    core = apps.get_app_config("core")
    core.models_module = True
    create_permissions(core, apps=apps, verbosity=0)
    core.models_module = None
    for old, new in _permission_pairs(apps, old_type, new_type):
        for group in Group.objects.filter(permissions=old):
            group.permissions.add(new)
        for user in User.objects.filter(user_permissions=old):
            user.user_permissions.add(new)
        for grant in GroupCollectionPermission.objects.filter(permission=old):
            GroupCollectionPermission.objects.get_or_create(
                group_id=grant.group_id,
                collection_id=grant.collection_id,
                permission=new,
            )


def remove_copies(apps, schema_editor):
    Image = apps.get_model("core", "Image")
    TaggedItem = apps.get_model("taggit", "TaggedItem")
    ReferenceIndex = apps.get_model("wagtailcore", "ReferenceIndex")
    old_type, new_type = _content_types(apps)

    ReferenceIndex.objects.filter(base_content_type=new_type).update(
        base_content_type=old_type, content_type=old_type
    )
    ReferenceIndex.objects.filter(to_content_type=new_type).update(
        to_content_type=old_type
    )
    TaggedItem.objects.filter(content_type=new_type).delete()
    # Renditions go with their images (CASCADE); the files stay, Wagtail's
    # rows still point at them.
    Image.objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailcore", "0098_apitoken"),
        (
            "taggit",
            "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx",
        ),
        ("auth", "0012_alter_user_first_name_max_length"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [migrations.RunPython(copy_images, remove_copies)]
