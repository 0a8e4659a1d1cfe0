"""Images stored on Wagtail's own image model before ``core.Image`` existed
move to it with their ids, files, tags, focal points, renditions, references
and permissions (``core/migrations/0002_copy_wagtail_images``).

The test really migrates: it unapplies the copy (and everything after it, such
as the pages' foreign keys moving to the new model), stores an image the way
the old schema did with the historical models, and migrates forward again.
Migrating needs a transactional test; the serialized rollback puts back what
the migrations created for the tests that follow.
"""

from __future__ import annotations

import datetime
import io
import uuid

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection, GroupCollectionPermission, ReferenceIndex

from engagement import factories as engagement_factories
from engagement.models import MovementProfilePage
from governance.roles import CONTRIBUTORS, COORDINATORS
from lessons import factories
from lessons.models import LessonPage
from tests.transactional import migration_data_back_for_the_next_module  # noqa: F401

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

#: The last state before the images were copied.
BEFORE_COPY = ("core", "0001_initial")
OLD_ID = 41
FILE_NAME = "original_images/rally-before.jpg"
RENDITION_NAME = "images/rally-before.width-20.jpg"


@pytest.fixture
def executor():
    executor = MigrationExecutor(connection)
    yield executor
    # Whatever happened, leave the schema at the latest migrations.
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    ContentType.objects.clear_cache()


def jpeg_bytes(size: tuple[int, int] = (40, 20)) -> bytes:
    out = io.BytesIO()
    PILImage.new("RGB", size, "red").save(out, "JPEG")
    return out.getvalue()


def store_old_image(apps) -> None:
    """An image, its tag, rendition, page reference and a group's permission
    on it, written through the historical models (Wagtail's image model)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    OldImage = apps.get_model("wagtailimages", "Image")
    OldRendition = apps.get_model("wagtailimages", "Rendition")
    Tag = apps.get_model("taggit", "Tag")
    TaggedItem = apps.get_model("taggit", "TaggedItem")
    References = apps.get_model("wagtailcore", "ReferenceIndex")
    Permission = apps.get_model("auth", "Permission")
    HistoricalGroup = apps.get_model("auth", "Group")
    GroupCollection = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Collection = apps.get_model("wagtailcore", "Collection")
    Lesson = apps.get_model("lessons", "LessonPage")

    data = jpeg_bytes()
    default_storage.save(FILE_NAME, ContentFile(data))
    default_storage.save(RENDITION_NAME, ContentFile(jpeg_bytes((20, 10))))
    photos = Collection.objects.get(name="Photos")
    OldImage.objects.create(
        id=OLD_ID,
        title="Rally",
        file=FILE_NAME,
        width=40,
        height=20,
        collection=photos,
        focal_point_x=5,
        focal_point_y=6,
        focal_point_width=7,
        focal_point_height=8,
        file_size=len(data),
        file_hash="a" * 40,
    )
    OldImage.objects.filter(id=OLD_ID).update(
        created_at=datetime.datetime(2024, 5, 1, tzinfo=datetime.UTC)
    )
    OldRendition.objects.create(
        image_id=OLD_ID,
        filter_spec="width-20",
        file=RENDITION_NAME,
        width=20,
        height=10,
    )
    old_type = ContentType.objects.get(app_label="wagtailimages", model="image")
    TaggedItem.objects.create(
        content_type=old_type,
        object_id=OLD_ID,
        tag=Tag.objects.create(name="rally", slug="rally"),
    )
    lesson = Lesson.objects.get(title="Night shifts")
    lesson.hero_image_id = OLD_ID
    lesson.save(update_fields=["hero_image"])
    Movement = apps.get_model("engagement", "MovementProfilePage")
    Movement.objects.filter(title="Tenants united").update(logo_id=OLD_ID)
    page_type = ContentType.objects.get(app_label="wagtailcore", model="page")
    References.objects.create(
        content_type=ContentType.objects.get(app_label="lessons", model="lessonpage"),
        base_content_type=page_type,
        object_id=str(lesson.pk),
        to_content_type=old_type,
        to_object_id=str(OLD_ID),
        model_path="hero_image",
        content_path="hero_image",
        content_path_hash=uuid.uuid5(uuid.NAMESPACE_URL, "hero_image"),
    )
    photo_desk = HistoricalGroup.objects.create(name="Photo desk")
    choose = Permission.objects.get(content_type=old_type, codename="choose_image")
    GroupCollection.objects.create(
        group=photo_desk, collection=photos, permission=choose
    )


def test_wagtails_images_move_to_the_praxis_model_with_everything_pointing_at_them(
    home, executor
):
    Collection.get_first_root_node().add_child(name="Photos")
    lesson = factories.LessonPageFactory(
        parent=factories.LessonIndexPageFactory(parent=home), title="Night shifts"
    )
    movement = engagement_factories.MovementProfilePageFactory(
        parent=engagement_factories.MovementIndexPageFactory(parent=home),
        title="Tenants united",
    )

    state = executor.migrate([BEFORE_COPY])
    assert (
        state.apps.get_model("lessons", "LessonPage")
        ._meta.get_field("hero_image")
        .related_model._meta.label
        == "wagtailimages.Image"
    )
    store_old_image(state.apps)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    ContentType.objects.clear_cache()

    image = get_image_model().objects.get(pk=OLD_ID)
    assert image._meta.label == "core.Image"
    assert (image.title, image.file.name, image.width, image.height) == (
        "Rally",
        FILE_NAME,
        40,
        20,
    )
    assert image.file.read() == default_storage.open(FILE_NAME).read()
    assert image.collection.name == "Photos"
    assert (
        image.focal_point_x,
        image.focal_point_y,
        image.focal_point_width,
        image.focal_point_height,
    ) == (5, 6, 7, 8)
    assert image.created_at.date() == datetime.date(2024, 5, 1)
    assert list(image.tags.names()) == ["rally"]
    [rendition] = image.renditions.all()
    assert (rendition.filter_spec, rendition.file.name) == ("width-20", RENDITION_NAME)
    # The pages' foreign keys now point at the new model, same id.
    assert LessonPage.objects.get(pk=lesson.pk).hero_image == image
    assert MovementProfilePage.objects.get(pk=movement.pk).logo == image
    # Wagtail's usage listing of the image finds the lesson.
    assert [ref.object_id for ref in ReferenceIndex.get_references_to(image)] == [
        str(lesson.pk)
    ]
    # A group made by hand may still choose images in its collection.
    photo_desk = Group.objects.get(name="Photo desk")
    assert GroupCollectionPermission.objects.filter(
        group=photo_desk,
        collection=image.collection,
        permission__content_type__app_label="core",
        permission__codename="choose_image",
    ).exists()
    # The next image gets a new id, not one of the copied ones.
    new = get_image_model().objects.create(
        title="After", file=ContentFile(jpeg_bytes(), name="after.jpg")
    )
    assert new.pk > OLD_ID


def test_the_roles_grant_image_permissions_on_the_praxis_model_after_migrating(
    executor,
):
    executor.migrate([BEFORE_COPY])
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    for name, codenames in (
        (CONTRIBUTORS, {"add_image", "choose_image"}),
        (COORDINATORS, {"add_image", "choose_image", "change_image"}),
    ):
        granted = GroupCollectionPermission.objects.filter(group__name=name)
        assert {
            grant.permission.codename
            for grant in granted.filter(permission__content_type__app_label="core")
        } == codenames
        assert not granted.filter(
            permission__content_type__app_label="wagtailimages"
        ).exists()
