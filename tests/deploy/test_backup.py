"""``manage.py backup`` and ``manage.py restore``: a backup restored into an
empty database serves the same lessons, with their images; a damaged backup
restores nothing. Transactional: the restore empties and refills every
table, as it would on a new server."""

from __future__ import annotations

import io
import json
import tarfile

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from PIL import Image
from wagtail.images import get_image_model
from wagtail.models import Page, PageLogEntry

from core import backups
from lessons.models import LessonPage
from tests.lessons.helpers import make_lesson
from tests.transactional import migration_data_back_for_the_next_module  # noqa: F401

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def png() -> bytes:
    output = io.BytesIO()
    Image.new("RGB", (60, 30), (20, 120, 60)).save(output, format="PNG")
    return output.getvalue()


@pytest.fixture
def site_with_lessons(lesson_index):
    image = get_image_model().objects.create(
        title="Camp map", file=ContentFile(png(), name="camp-map.png")
    )
    camp = make_lesson(lesson_index, title="Action camp logistics", hero_image=image)
    make_lesson(lesson_index, title="Volunteer pipeline in six weeks")
    make_lesson(
        lesson_index, title="Legal observers at the blockade", sensitivity="restricted"
    )
    get_user_model().objects.create_user("coordinator", password="pw")
    # Wagtail keeps the history of a deleted page, pointing at its old id.
    gone = make_lesson(lesson_index, title="Withdrawn lesson")
    PageLogEntry.objects.log_action(instance=gone, action="wagtail.publish")
    gone.delete()
    rendition = image.get_rendition("width-40")
    return camp, rendition.url


def serve(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response


def test_a_backup_restored_into_an_empty_database_serves_the_same_lessons(
    client, site_with_lessons, tmp_path
):
    camp, rendition_url = site_with_lessons
    titles = sorted(LessonPage.objects.live().values_list("title", flat=True))
    before = serve(client, camp.url).content.decode()
    image_bytes = b"".join(serve(client, rendition_url).streaming_content)

    out = io.StringIO()
    call_command("backup", str(tmp_path / "backup"), stdout=out)
    assert "Backed up" in out.getvalue()
    manifest = json.loads((tmp_path / "backup" / "manifest.json").read_text())
    assert any(
        name.startswith("original_images/") for name in manifest["media"]["files"]
    )

    # An empty database and an empty media folder: a new server.
    backups.empty_database()
    for name in backups.media_files():
        backups.default_storage.delete(name)
    assert not Page.objects.exists()
    assert client.get(camp.url).status_code == 404

    call_command("restore", str(tmp_path / "backup"), stdout=out)

    assert sorted(LessonPage.objects.live().values_list("title", flat=True)) == titles
    after = serve(client, camp.url).content.decode()
    assert "Action camp logistics" in after
    assert after.count("<h2") == before.count("<h2")
    assert b"".join(serve(client, rendition_url).streaming_content) == image_bytes
    assert get_user_model().objects.get(username="coordinator").check_password("pw")
    assert PageLogEntry.objects.filter(label="Withdrawn lesson").exists()
    # The site search finds them again (its index is rebuilt, not restored).
    assert (
        "Volunteer pipeline in six weeks"
        in serve(client, "/en/search/?q=volunteer+pipeline").content.decode()
    )
    # The restricted lesson stays restricted.
    restricted = LessonPage.objects.get(title="Legal observers at the blockade")
    assert client.get(restricted.url).status_code in (302, 403, 404)


def test_restore_refuses_a_database_with_content(site_with_lessons, tmp_path):
    call_command("backup", str(tmp_path / "backup"), stdout=io.StringIO())
    with pytest.raises(CommandError, match="--replace"):
        call_command("restore", str(tmp_path / "backup"))


def test_a_damaged_backup_restores_nothing(site_with_lessons, tmp_path):
    folder = tmp_path / "backup"
    call_command("backup", str(folder), stdout=io.StringIO())
    # One image's bytes changed inside the archive.
    with tarfile.open(folder / "media.tar.gz") as archive:
        members = [(m, archive.extractfile(m).read()) for m in archive.getmembers()]
    with tarfile.open(folder / "media.tar.gz", "w:gz") as archive:
        for member, content in members:
            content = content[:-1] + b"x"
            member.size = len(content)
            archive.addfile(member, io.BytesIO(content))
    pages = Page.objects.count()

    with pytest.raises(CommandError, match="does not match the manifest"):
        call_command("restore", str(folder), "--replace")
    assert Page.objects.count() == pages


def test_a_folder_without_a_backup_is_named_in_the_error(tmp_path, db):
    with pytest.raises(CommandError, match="holds no backup"):
        call_command("restore", str(tmp_path))


def test_a_backup_never_overwrites_another(site_with_lessons, tmp_path):
    call_command("backup", str(tmp_path / "b"), stdout=io.StringIO())
    with pytest.raises(CommandError, match="already holds a backup"):
        call_command("backup", str(tmp_path / "b"), stdout=io.StringIO())
