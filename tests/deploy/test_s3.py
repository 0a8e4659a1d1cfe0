"""Media in an S3-compatible bucket (moto's server on loopback, through
django-storages): uploads lose their metadata on the way in, pages point at
Praxis's own addresses only, and every file comes back through the reading
rules — a restricted lesson's image no more than from local files."""

from __future__ import annotations

import io

import boto3
import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from config.settings.services import media_storage
from core import backups
from tests.lessons.helpers import make_lesson

from .servers import moto_s3

pytestmark = [pytest.mark.services, pytest.mark.django_db]

BUCKET = "praxis-media"


@pytest.fixture(scope="module")
def s3_endpoint():
    with moto_s3() as url:
        yield url


@pytest.fixture
def bucket(s3_endpoint, settings):
    environ = {
        "MEDIA_S3_BUCKET": BUCKET,
        "MEDIA_S3_ENDPOINT_URL": s3_endpoint,
        "MEDIA_S3_REGION": "us-east-1",
        "MEDIA_S3_ACCESS_KEY_ID": "praxis-test",
        "MEDIA_S3_SECRET_ACCESS_KEY": "praxis-test-secret",
    }
    client = boto3.client(
        "s3",
        endpoint_url=s3_endpoint,
        region_name="us-east-1",
        aws_access_key_id="praxis-test",
        aws_secret_access_key="praxis-test-secret",
    )
    client.create_bucket(Bucket=BUCKET)
    settings.STORAGES = {**settings.STORAGES, "default": media_storage(environ)}
    yield client
    listed = client.list_objects_v2(Bucket=BUCKET).get("Contents", [])
    for item in listed:
        client.delete_object(Bucket=BUCKET, Key=item["Key"])
    client.delete_bucket(Bucket=BUCKET)


def jpeg_with_location() -> bytes:
    image = Image.new("RGB", (80, 40), (200, 60, 30))
    exif = Image.Exif()
    exif[0x010F] = "Camera maker"  # Make
    exif[0x8825] = {2: (59.0, 19.0, 0.0)}  # GPS latitude
    output = io.BytesIO()
    image.save(output, format="JPEG", exif=exif)
    return output.getvalue()


def stored(client, key: str) -> bytes:
    return client.get_object(Bucket=BUCKET, Key=key)["Body"].read()


def test_an_upload_lands_in_the_bucket_without_its_metadata(bucket):
    upload = jpeg_with_location()
    assert b"Camera maker" in upload
    image = get_image_model().objects.create(
        title="Camp map", file=ContentFile(upload, name="camp.jpg")
    )
    data = stored(bucket, image.file.name)
    assert data[:2] == b"\xff\xd8"
    assert b"Camera maker" not in data
    assert not Image.open(io.BytesIO(data)).getexif()


def test_pages_show_praxis_addresses_and_the_image_comes_through_praxis(
    bucket, client, lesson_index, s3_endpoint
):
    image = get_image_model().objects.create(
        title="Camp map", file=ContentFile(jpeg_with_location(), name="camp.jpg")
    )
    lesson = make_lesson(lesson_index, title="Action camp logistics", hero_image=image)
    html = client.get(lesson.url).content.decode()
    rendition = image.get_rendition("width-40")
    assert rendition.url.startswith("/media/images/")
    assert s3_endpoint not in html and "amazonaws" not in html

    response = client.get(rendition.url)
    assert response.status_code == 200
    body = b"".join(response.streaming_content)
    assert body == stored(bucket, rendition.file.name)
    assert "public" in response["Cache-Control"]


def test_a_restricted_lesson_s_image_stays_behind_its_rules(
    bucket, client, lesson_index
):
    image = get_image_model().objects.create(
        title="Safehouse door", file=ContentFile(jpeg_with_location(), name="door.jpg")
    )
    make_lesson(
        lesson_index, title="Safehouse", sensitivity="restricted", hero_image=image
    )
    rendition = image.get_rendition("width-40")
    assert stored(bucket, rendition.file.name)  # it is in the bucket…
    response = client.get(rendition.url)
    assert response.status_code == 404  # …and not for an anonymous visitor
    assert client.get(image.file.url).status_code == 404


def test_a_document_is_served_from_the_bucket_through_its_view(
    bucket, client, lesson_index
):
    document = get_document_model().objects.create(
        title="Legal observer briefing",
        file=ContentFile(b"%PDF-1.4 briefing", name="briefing.pdf"),
    )
    assert stored(bucket, document.file.name) == b"%PDF-1.4 briefing"
    # Documents follow the pages that link to them; a public lesson does.
    make_lesson(
        lesson_index,
        problem=(
            f'<p>See <a linktype="document" id="{document.pk}">the briefing</a>.</p>'
        ),
    )
    response = client.get(f"/documents/{document.pk}/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 briefing"


def test_a_signed_bucket_address_expires(bucket):
    name = default_storage.save("documents/note.txt", ContentFile(b"note"))
    signed = default_storage.signed_url(name, expire=60)
    assert "X-Amz-Expires=60" in signed and "X-Amz-Signature=" in signed
    assert default_storage.url(name) == f"/media/{name}"


def test_readyz_reaches_the_bucket_and_says_when_it_cannot(bucket, client):
    assert client.get("/readyz").json()["checks"]["storage"] == "ok"
    bucket.delete_bucket(Bucket=BUCKET)
    try:
        response = client.get("/readyz")
    finally:
        bucket.create_bucket(Bucket=BUCKET)
    assert response.status_code == 503
    assert response.json()["checks"]["storage"] == "unavailable"


def test_a_backup_takes_the_bucket_s_files(bucket, tmp_path):
    image = get_image_model().objects.create(
        title="Camp map", file=ContentFile(jpeg_with_location(), name="camp.jpg")
    )
    summary = backups.backup(tmp_path / "backup")
    assert summary.files >= 1
    assert (
        image.file.name in backups.read_manifest(tmp_path / "backup")["media"]["files"]
    )
