"""Uploaded files follow their pages (``core.media``).

An image used only on a restricted or members-only lesson, its original and
its renditions, and documents' files are not handed out from a guessable
``/media/…`` address — under ``make run`` (DEBUG) as in production — and no
stored file name or public image address carries the uploaded file's name.
"""

from __future__ import annotations

import importlib
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.urls import clear_url_caches
from PIL import Image
from wagtail.images import get_image_model

from governance.roles import CONTRIBUTORS
from lessons import factories
from lessons.models import LessonPage

from .conftest import make_document, make_restricted

#: The name a photo was uploaded under: a person and a place.
UPLOADED_NAME = "anna-lindqvist-at-the-safehouse.png"
#: Every part of :data:`UPLOADED_NAME` that must not reach a stored name or URL.
NAME_PARTS = ["anna", "lindqvist", "safehouse"]


def png() -> bytes:
    output = io.BytesIO()
    Image.new("RGB", (40, 20), (200, 30, 30)).save(output, format="PNG")
    return output.getvalue()


def make_image(title: str = "Anna at the safehouse", owner=None):
    return get_image_model().objects.create(
        title=title,
        file=ContentFile(png(), name=UPLOADED_NAME),
        uploaded_by_user=owner,
    )


def rendition_url(image) -> str:
    return image.get_rendition("width-20").url


def original_url(image) -> str:
    return image.file.url


def assert_private(response) -> None:
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


@dataclass
class Files:
    """Lessons of each sensitivity, each showing its own image."""

    public: LessonPage
    members: LessonPage
    restricted: LessonPage
    public_image: object
    members_image: object
    restricted_image: object


@pytest.fixture(autouse=True)
def fresh_cache() -> Iterator[None]:
    """Wagtail caches renditions by image id, and the test database hands the
    same ids out again in the next test."""
    caches["default"].clear()
    yield
    caches["default"].clear()


@pytest.fixture(params=[False, True], ids=["production", "make-run"])
def debug(request, settings) -> Iterator[bool]:
    """Run with DEBUG off and on; the URLconf is built again for each, since
    ``config/urls.py`` adds routes when DEBUG is on."""
    import config.urls

    settings.DEBUG = request.param
    clear_url_caches()
    importlib.reload(config.urls)
    yield request.param
    settings.DEBUG = False
    clear_url_caches()
    importlib.reload(config.urls)


@pytest.fixture
def files(lesson_index, legal_team) -> Files:
    public_image = make_image("Open meeting")
    members_image = make_image("Members meeting")
    restricted_image = make_image("Anna at the safehouse")
    public = factories.LessonPageFactory(
        parent=lesson_index, title="Open basics", hero_image=public_image
    )
    members = factories.LessonPageFactory(
        parent=lesson_index,
        title="Members drill",
        sensitivity="members",
        hero_image=members_image,
    )
    restricted = make_restricted(
        lesson_index, legal_team, title="Secret rota", hero_image=restricted_image
    )
    for page in (public, members, restricted):
        page.save_revision().publish()
    return Files(
        public, members, restricted, public_image, members_image, restricted_image
    )


@pytest.fixture
def contributor(django_user_model):
    """Someone who may choose every image in the library, but reads no
    restricted lesson."""
    user = django_user_model.objects.create_user(username="contrib", password="pw")
    user.groups.add(Group.objects.get(name=CONTRIBUTORS))
    return user


# --- Originals ------------------------------------------------------------------


def test_an_original_is_not_served_to_anonymous_visitors(client, files, debug):
    response = client.get(original_url(files.restricted_image))

    assert response.status_code == 404


def test_an_original_of_a_public_lessons_image_is_not_served_to_the_public(
    client, files, debug
):
    response = client.get(original_url(files.public_image))

    assert response.status_code == 404


def test_an_original_is_not_served_to_a_signed_in_member(client, files, member):
    client.force_login(member)

    response = client.get(original_url(files.public_image))

    assert response.status_code == 404


def test_an_original_is_served_privately_to_whoever_uploaded_it(
    client, files, contributor
):
    image = make_image(owner=contributor)
    files.restricted.hero_image = image
    files.restricted.save_revision().publish()
    client.force_login(contributor)

    response = client.get(original_url(image))

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == image.file.open("rb").read()
    assert_private(response)


def test_an_original_is_served_to_a_superuser(client, files, superuser):
    client.force_login(superuser)

    response = client.get(original_url(files.restricted_image))

    assert response.status_code == 200
    assert_private(response)


def test_a_contributor_gets_no_original_only_a_restricted_lesson_uses(
    client, files, contributor
):
    client.force_login(contributor)

    response = client.get(original_url(files.restricted_image))

    assert response.status_code == 404


def test_a_contributor_gets_the_original_of_an_image_no_page_uses(
    client, db, contributor
):
    """Choosing an image from the library needs its picture."""
    image = make_image()
    client.force_login(contributor)

    response = client.get(original_url(image))

    assert response.status_code == 200


# --- Renditions -----------------------------------------------------------------


def test_a_rendition_on_a_public_lesson_is_served_to_anyone(
    client, files, debug, django_assert_max_num_queries
):
    url = rendition_url(files.public_image)

    with django_assert_max_num_queries(6):
        response = client.get(url)

    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert "public" in response["Cache-Control"]
    assert "max-age=3600" in response["Cache-Control"]


def test_a_rendition_on_a_public_lesson_is_served_to_a_member(client, files, member):
    client.force_login(member)

    response = client.get(rendition_url(files.public_image))

    assert response.status_code == 200


def test_a_rendition_of_a_restricted_lessons_image_is_hidden_from_anonymous_visitors(
    client, files, debug
):
    response = client.get(rendition_url(files.restricted_image))

    assert response.status_code == 404
    assert_private(response)


def test_a_rendition_of_a_restricted_lessons_image_is_hidden_from_an_outsider(
    client, files, outsider
):
    client.force_login(outsider)

    response = client.get(rendition_url(files.restricted_image))

    assert response.status_code == 404


def test_a_rendition_of_a_restricted_lessons_image_is_served_to_its_group(
    client, files, insider, debug, django_assert_max_num_queries
):
    url = rendition_url(files.restricted_image)
    client.force_login(insider)

    with django_assert_max_num_queries(10):
        response = client.get(url)

    assert response.status_code == 200
    assert_private(response)


def test_a_rendition_of_a_members_lessons_image_is_hidden_from_anonymous_visitors(
    client, files
):
    response = client.get(rendition_url(files.members_image))

    assert response.status_code == 404


def test_a_rendition_of_a_members_lessons_image_is_served_privately_to_members(
    client, files, member
):
    client.force_login(member)

    response = client.get(rendition_url(files.members_image))

    assert response.status_code == 200
    assert_private(response)


def test_a_rendition_on_an_unpublished_lesson_is_not_served(client, files):
    url = rendition_url(files.public_image)
    files.public.unpublish()

    response = client.get(url)

    assert response.status_code == 404


def test_a_rendition_of_an_image_no_page_uses_is_not_served_to_the_public(client, db):
    response = client.get(rendition_url(make_image()))

    assert response.status_code == 404


def test_the_admin_thumbnail_of_an_unused_image_is_served_to_a_contributor(
    client, db, contributor
):
    image = make_image()
    client.force_login(contributor)

    response = client.get(rendition_url(image))

    assert response.status_code == 200
    assert_private(response)


def test_a_rendition_of_an_image_in_a_public_lessons_rich_text_is_served(
    client, lesson_index
):
    image = make_image()
    lesson = factories.LessonPageFactory(
        parent=lesson_index,
        problem=f'<p>Before</p><embed embedtype="image" id="{image.pk}" '
        'format="fullwidth" alt=""/>',
    )
    lesson.save_revision().publish()

    response = client.get(rendition_url(image))

    assert response.status_code == 200


# --- Other files and addresses ----------------------------------------------------


def test_a_documents_file_is_not_served_from_its_media_address(
    client, files, superuser, debug
):
    document = make_document("Rota sheet", "rota-sheet.pdf")
    files.public.documents.create(document=document)
    files.public.save_revision().publish()
    client.force_login(superuser)

    response = client.get(document.file.url)

    assert document.file.url.startswith("/media/documents/")
    assert response.status_code == 404


def test_a_path_climbing_out_of_its_folder_is_not_served(client, files, superuser):
    client.force_login(superuser)
    name = files.restricted_image.file.name

    response = client.get(f"/media/images/../{name}")

    assert response.status_code == 404


def test_a_file_that_belongs_to_no_image_is_not_served(client, media_root, superuser):
    (media_root / "images").mkdir(parents=True)
    (media_root / "images" / "stray.png").write_bytes(png())
    client.force_login(superuser)

    response = client.get("/media/images/stray.png")

    assert response.status_code == 404


def test_media_answers_only_reading_methods(client, files):
    response = client.post(rendition_url(files.public_image))

    assert response.status_code == 405


def test_with_accel_redirect_nginx_sends_the_file(client, files, settings):
    settings.PRAXIS_MEDIA_ACCEL_REDIRECT = "/protected-media/"
    rendition = files.public_image.get_rendition("width-20")

    response = client.get(rendition.url)

    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"/protected-media/{rendition.file.name}"
    assert response.content == b""
    assert "public" in response["Cache-Control"]


def test_with_accel_redirect_a_refused_file_is_still_refused(client, files, settings):
    settings.PRAXIS_MEDIA_ACCEL_REDIRECT = "/protected-media/"

    response = client.get(rendition_url(files.restricted_image))

    assert response.status_code == 404
    assert not response.has_header("X-Accel-Redirect")


# --- File names -----------------------------------------------------------------


def test_stored_names_of_an_upload_and_its_rendition_carry_no_part_of_its_name(
    db, media_root
):
    image = make_image()
    image.get_rendition("width-20")

    stored = [str(path.relative_to(media_root)) for path in media_root.rglob("*.*")]
    assert len(stored) == 2
    for name in stored:
        for part in NAME_PARTS:
            assert part not in name.lower(), name


def test_a_public_pages_image_address_carries_no_part_of_the_uploaded_name(
    client, files
):
    page = client.get(files.public.url)
    sources = re.findall(r'<img[^>]+src="([^"]+)"', page.content.decode())

    assert sources, "the lesson shows its image"
    for source in sources:
        for part in NAME_PARTS:
            assert part not in source.lower(), source
        assert client.get(source).status_code == 200
