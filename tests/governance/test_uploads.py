"""Uploaded images lose their metadata (the stored original too); uploads have
size and type limits.

Images are built in memory with Pillow, carrying what a phone writes: EXIF
with GPS coordinates and the camera's make and model, an orientation tag, XMP,
comments and PNG text chunks. Each test then reads the *stored original* back
from storage and looks for those details both through Pillow and as raw bytes.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path
from unittest import mock

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import ExifTags, Image, ImageCms, ImageFile, PngImagePlugin
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.models import Collection

from core import images as uploads

pytestmark = pytest.mark.django_db

#: Strings hidden in the test images' metadata; none may reach storage.
SECRETS = [
    b"SecretMake",
    b"SecretModel",
    b"Secret Author",
    b"secret comment",
    b"xmpmeta",
    b"Exif\x00\x00",
]

XMP = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/'
    '1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/'
    'elements/1.1/" dc:creator="Secret Author"/></rdf:RDF></x:xmpmeta>'
)

#: The colour of the marked corner in :func:`photo`.
MARK = (0, 0, 255)


@pytest.fixture(autouse=True)
def upload_settings(settings):
    """The settings the lead adds to ``config/settings/base.py``."""
    settings.WAGTAILIMAGES_IMAGE_FORM_BASE = "governance.forms.ImageForm"
    settings.WAGTAILDOCS_DOCUMENT_FORM_BASE = "governance.forms.DocumentForm"
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024


@pytest.fixture
def editor(client, admin_user):
    client.force_login(admin_user)
    return client


# --- Builders ---------------------------------------------------------------


def gps_exif(orientation: int | None = None) -> Image.Exif:
    """EXIF as a phone writes it: camera, GPS position, optional orientation."""
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "SecretMake"
    exif[ExifTags.Base.Model] = "SecretModel"
    exif[ExifTags.Base.Artist] = "Secret Author"
    if orientation:
        exif[ExifTags.Base.Orientation] = orientation
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (59.0, 19.0, 46.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (18.0, 4.0, 7.0)
    return exif


def photo(size: tuple[int, int] = (40, 20), mode: str = "RGB") -> Image.Image:
    """A plain image with its top-left corner marked, to follow rotations."""
    image = Image.new(mode, size, "red")
    image.paste(MARK, (0, 0, 10, 10))
    return image


def jpeg(orientation: int | None = None, **options) -> bytes:
    out = io.BytesIO()
    photo().save(
        out,
        "JPEG",
        exif=gps_exif(orientation),
        xmp=XMP.encode(),
        comment=b"secret comment",
        **options,
    )
    return out.getvalue()


def png_text() -> PngImagePlugin.PngInfo:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Secret Author")
    info.add_itxt("Comment", "secret comment", zip=True)
    info.add_text("XML:com.adobe.xmp", XMP)
    return info


def png(orientation: int | None = None) -> bytes:
    out = io.BytesIO()
    photo(mode="RGBA").save(out, "PNG", pnginfo=png_text(), exif=gps_exif(orientation))
    return out.getvalue()


def webp(orientation: int | None = None, lossless: bool = False) -> bytes:
    out = io.BytesIO()
    photo().save(
        out,
        "WEBP",
        exif=gps_exif(orientation),
        xmp=XMP.encode(),
        lossless=lossless,
        quality=95,
    )
    return out.getvalue()


def frames(mode: str = "RGB") -> list[Image.Image]:
    return [Image.new(mode, (8, 6), colour) for colour in ("red", "lime", "blue")]


def animated_webp() -> bytes:
    first, *rest = frames("RGBA")
    out = io.BytesIO()
    first.save(
        out,
        "WEBP",
        save_all=True,
        append_images=rest,
        duration=[100, 200, 300],
        loop=0,
        lossless=True,
        exif=gps_exif(),
        xmp=XMP.encode(),
    )
    return out.getvalue()


def animated_png() -> bytes:
    first, *rest = frames()
    out = io.BytesIO()
    first.save(
        out,
        "PNG",
        save_all=True,
        append_images=rest,
        duration=[100, 200, 300],
        loop=0,
        pnginfo=png_text(),
    )
    return out.getvalue()


def animated_gif() -> bytes:
    """An animated GIF with a comment and an XMP application extension."""
    first, *rest = frames()
    out = io.BytesIO()
    first.save(
        out,
        "GIF",
        save_all=True,
        append_images=rest,
        duration=[100, 200, 300],
        loop=0,
        comment=b"secret comment",
    )
    data = out.getvalue()
    # XMP goes in an application extension; put one after the colour table.
    packed = data[10]
    start = 13 + (3 * 2 ** ((packed & 7) + 1) if packed & 0x80 else 0)
    payload = XMP.encode()
    blocks = b"".join(
        bytes([len(payload[i : i + 255])]) + payload[i : i + 255]
        for i in range(0, len(payload), 255)
    )
    xmp = b"\x21\xff\x0bXMP DataXMP" + blocks + b"\x00"
    return data[:start] + xmp + data[start:]


def upload(data: bytes, name: str) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data)


def stored_bytes(image) -> bytes:
    with image.file.storage.open(image.file.name, "rb") as f:
        return f.read()


def media_files(media_root: Path) -> list[Path]:
    return [path for path in Path(media_root).rglob("*") if path.is_file()]


def assert_clean(data: bytes) -> Image.Image:
    """No metadata in ``data``, read as raw bytes and through Pillow."""
    for secret in SECRETS:
        assert secret not in data, secret
    for chunk in (b"tEXt", b"iTXt", b"zTXt", b"eXIf", b"iCCP", b"EXIF", b"XMP "):
        assert chunk not in data, chunk
    image = Image.open(io.BytesIO(data))
    assert not image.getexif()
    assert not image.getexif().get_ifd(ExifTags.IFD.GPSInfo)
    for key in ("exif", "xmp", "comment", "icc_profile", "Author", "Comment"):
        assert key not in image.info, key
    return image


def assert_metadata_matches_storage(image) -> None:
    """Width, height, size and hash describe the stored file, in the database."""
    image.refresh_from_db()
    data = stored_bytes(image)
    assert image.file_size == len(data) == image.file.storage.size(image.file.name)
    assert image.file_hash == hashlib.sha1(data).hexdigest()  # noqa: S324
    assert (image.width, image.height) == Image.open(io.BytesIO(data)).size


def assert_no_secrets_in_media(media_root: Path) -> None:
    for path in media_files(media_root):
        data = path.read_bytes()
        for secret in SECRETS:
            assert secret not in data, (path, secret)


def root_collection() -> Collection:
    return Collection.get_first_root_node()


def add_image(client, data: bytes, name: str):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Meeting",
            "file": upload(data, name),
            "collection": root_collection().pk,
        },
    )


# --- Images through the admin --------------------------------------------------


@pytest.mark.parametrize(
    ("build", "name", "image_format"),
    [
        (jpeg, "photo.jpg", "JPEG"),
        (png, "photo.png", "PNG"),
        (webp, "photo.webp", "WEBP"),
    ],
)
def test_admin_upload_stores_an_original_without_metadata(
    editor, media_root, build, name, image_format
):
    source = build()
    # The test image does carry a position, a camera and XMP.
    assert Image.open(io.BytesIO(source)).getexif().get_ifd(ExifTags.IFD.GPSInfo)
    assert b"SecretMake" in source and b"xmpmeta" in source

    response = add_image(editor, source, name)

    assert response.status_code == 302, response.content
    image = get_image_model().objects.get()
    stored = assert_clean(stored_bytes(image))
    assert stored.format == image_format
    assert_metadata_matches_storage(image)
    assert_no_secrets_in_media(media_root)


@pytest.mark.parametrize(
    ("build", "name"),
    [(jpeg, "portrait.jpg"), (png, "portrait.png"), (webp, "portrait.webp")],
)
def test_admin_upload_turns_a_rotated_photo_upright(editor, build, name):
    # Stored landscape (40 x 20) with "rotate 90° clockwise to view" (6):
    # the photo is a portrait, and must stay one once the tag is gone.
    response = add_image(editor, build(orientation=6), name)

    assert response.status_code == 302
    image = get_image_model().objects.get()
    stored = assert_clean(stored_bytes(image)).convert("RGB")
    assert (image.width, image.height) == (20, 40) == stored.size
    # The marked top-left corner is now top-right.
    assert _near(stored.getpixel((15, 5)), MARK)
    assert _near(stored.getpixel((5, 5)), (255, 0, 0))
    assert_metadata_matches_storage(image)


def test_multiple_upload_stores_an_original_without_metadata(editor, media_root):
    response = editor.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": upload(jpeg(orientation=6), "rally.jpg")},
    )

    assert response.status_code == 200
    assert response.json()["success"] is True, response.json()
    image = get_image_model().objects.get(pk=response.json()["image_id"])
    assert_clean(stored_bytes(image))
    assert (image.width, image.height) == (20, 40)
    assert_metadata_matches_storage(image)
    assert_no_secrets_in_media(media_root)


def test_replacing_the_file_of_an_image_cleans_the_new_file(editor, media_root):
    image = make_image(png(), "first.png")

    response = editor.post(
        reverse("wagtailimages:edit", args=[image.pk]),
        {
            "title": "Meeting",
            "file": upload(jpeg(orientation=6), "second.jpg"),
            "collection": root_collection().pk,
        },
    )

    assert response.status_code == 302, response.content
    image.refresh_from_db()
    assert image.file.name.endswith(".jpg")
    assert assert_clean(stored_bytes(image)).format == "JPEG"
    assert (image.width, image.height) == (20, 40)
    assert_metadata_matches_storage(image)
    assert [path.name for path in media_files(media_root)] == [
        Path(image.file.name).name
    ]


def test_admin_upload_encodes_once(editor):
    with mock.patch.object(
        uploads, "strip_metadata", wraps=uploads.strip_metadata
    ) as strip:
        add_image(editor, jpeg(), "photo.jpg")

    assert get_image_model().objects.count() == 1
    strip.assert_called_once()


# --- Refused images --------------------------------------------------------------


def test_a_non_image_named_jpg_is_refused_and_nothing_is_saved(editor, media_root):
    response = add_image(editor, b"<html><script>alert(1)</script></html>", "x.jpg")

    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not get_image_model().objects.exists()
    assert media_files(media_root) == []


def test_a_truncated_photo_is_refused_with_a_message(editor, media_root):
    response = add_image(editor, truncated_jpeg(), "cut.jpg")

    assert response.status_code == 200
    [message] = response.context["form"].errors["file"]
    assert "could not be read as an image" in message
    assert not get_image_model().objects.exists()
    assert media_files(media_root) == []


def test_a_truncated_photo_is_refused_after_a_brief_was_laid_out(editor, media_root):
    """WeasyPrint, on import, tells Pillow to accept truncated images."""
    from lessons.briefs import render

    render.html_to_pdf("<p>A brief</p>", base_url="http://testserver/")
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False

    response = add_image(editor, truncated_jpeg(), "cut.jpg")

    assert "could not be read as an image" in response.context["form"].errors["file"][0]
    assert not get_image_model().objects.exists()


def test_multiple_upload_refuses_a_truncated_photo(editor, media_root):
    response = editor.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": upload(truncated_jpeg(keep=400), "cut.jpg")},
    )

    assert response.status_code == 200
    assert response.json()["success"] is False
    assert "could not be read as an image" in response.json()["error_message"]
    assert not get_image_model().objects.exists()
    assert media_files(media_root) == []


@pytest.mark.parametrize("name", ["drawing.svg", "page.html", "tool.exe"])
def test_image_upload_refuses_other_types(editor, media_root, name):
    response = add_image(editor, b"<svg xmlns='http://www.w3.org/2000/svg'/>", name)

    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not get_image_model().objects.exists()
    assert media_files(media_root) == []


# --- Images created in code -------------------------------------------------------


def make_image(data: bytes, name: str):
    return get_image_model().objects.create(
        title="Made in code", file=ContentFile(data, name=name)
    )


@pytest.mark.parametrize(
    ("build", "name"), [(jpeg, "a.jpg"), (png, "a.png"), (webp, "a.webp")]
)
def test_images_created_in_code_are_cleaned(media_root, build, name):
    image = make_image(build(orientation=6), name)

    assert_clean(stored_bytes(image))
    assert (image.width, image.height) == (20, 40)
    assert_metadata_matches_storage(image)
    assert_no_secrets_in_media(media_root)


def test_a_file_saved_on_an_existing_image_is_cleaned(media_root):
    image = make_image(png(), "first.png")

    # What Wagtail's create-from-upload view and scripts do: write the file
    # first, save the image afterwards.
    image.file.save("second.jpg", ContentFile(jpeg(orientation=6)), save=True)

    assert assert_clean(stored_bytes(image)).format == "JPEG"
    assert (image.width, image.height) == (20, 40)
    assert_metadata_matches_storage(image)
    assert_no_secrets_in_media(media_root)


def test_a_file_written_before_a_new_image_is_saved_is_cleaned(media_root):
    image = get_image_model()(title="From an earlier upload")
    image.file.save("later.jpg", ContentFile(jpeg()), save=False)

    image.save()

    assert_clean(stored_bytes(image))
    assert_metadata_matches_storage(image)
    assert_no_secrets_in_media(media_root)


def test_saving_an_image_again_does_not_touch_its_file():
    image = make_image(jpeg(), "a.jpg")
    name, file_hash = image.file.name, image.file_hash

    reloaded = get_image_model().objects.get(pk=image.pk)
    reloaded.title = "Renamed"
    with (
        mock.patch.object(uploads, "strip_metadata") as strip,
        mock.patch.object(FileSystemStorage, "_open") as storage_open,
    ):
        image.title = "Renamed"
        image.save()
        reloaded.save()
        get_image_model().objects.only("id", "title").get(pk=image.pk).save()

    strip.assert_not_called()
    storage_open.assert_not_called()
    reloaded.refresh_from_db()
    assert (reloaded.file.name, reloaded.file_hash) == (name, file_hash)


def test_an_image_pointing_at_a_stored_file_is_not_cleaned_again(media_root):
    image = make_image(jpeg(), "a.jpg")
    data = stored_bytes(image)

    with mock.patch.object(uploads, "strip_metadata") as strip:
        copy = get_image_model().objects.create(
            title="Same file",
            file=image.file.name,
            width=image.width,
            height=image.height,
        )

    strip.assert_not_called()
    assert stored_bytes(copy) == data


def truncated_jpeg(keep: int | None = None) -> bytes:
    """A photo whose header is intact but whose pixels stop half way."""
    out = io.BytesIO()
    Image.effect_noise((200, 200), 60).convert("RGB").save(out, "JPEG")
    data = out.getvalue()
    return data[: keep or len(data) // 2]


def test_a_broken_image_created_in_code_is_refused(media_root):
    # Django reads the dimensions when the file is assigned, and fails first.
    with pytest.raises(OSError):
        make_image(truncated_jpeg(), "cut.jpg")

    assert not get_image_model().objects.exists()
    assert media_files(media_root) == []


def test_an_svg_created_in_code_is_refused(media_root):
    # Willow reads SVG, Pillow cannot: nothing could remove what it hides.
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>'
    with pytest.raises(uploads.UnreadableImageError):
        make_image(svg, "drawing.svg")

    assert not get_image_model().objects.exists()
    assert media_files(media_root) == []


# --- Formats ------------------------------------------------------------------------


def test_jpeg_keeps_good_quality():
    clean = uploads.strip_metadata(jpeg(quality=95))
    before = Image.open(io.BytesIO(jpeg(quality=95))).convert("RGB")
    after = Image.open(io.BytesIO(clean.data)).convert("RGB")

    assert clean.format == "JPEG"
    assert _near(after.getpixel((30, 15)), before.getpixel((30, 15)))


def test_phone_multi_picture_jpeg_keeps_only_its_main_picture():
    out = io.BytesIO()
    photo().save(
        out,
        "MPO",
        save_all=True,
        append_images=[Image.new("RGB", (40, 20), "green")],
        exif=gps_exif(orientation=6),
    )

    clean = uploads.strip_metadata(out.getvalue())

    stored = assert_clean(clean.data)
    assert stored.format == "JPEG"
    assert getattr(stored, "n_frames", 1) == 1
    assert stored.size == (20, 40)


def test_lossless_webp_stays_lossless_and_lossy_stays_lossy():
    lossless = uploads.strip_metadata(webp(lossless=True))
    lossy = uploads.strip_metadata(webp(lossless=False))

    assert b"VP8L" in lossless.data and b"VP8 " not in lossless.data
    assert b"VP8 " in lossy.data
    source = Image.open(io.BytesIO(webp(lossless=True)))
    assert Image.open(io.BytesIO(lossless.data)).tobytes() == source.tobytes()


def test_png_pixels_are_kept_exactly():
    source = Image.open(io.BytesIO(png()))
    clean = Image.open(io.BytesIO(uploads.strip_metadata(png()).data))

    assert clean.mode == source.mode == "RGBA"
    assert clean.tobytes() == source.tobytes()


def test_palette_png_keeps_its_transparency():
    image = Image.new("P", (4, 4), 1)
    image.putpalette([0, 0, 0, 255, 0, 0] + [0] * 762)
    out = io.BytesIO()
    image.save(out, "PNG", transparency=0, pnginfo=png_text())

    clean = Image.open(io.BytesIO(uploads.strip_metadata(out.getvalue()).data))

    assert clean.mode == "P"
    assert clean.info == {"transparency": 0}


@pytest.mark.parametrize(
    ("image_format", "mode"), [("JPEG", "RGB"), ("PNG", "RGBA"), ("WEBP", "RGB")]
)
def test_an_icc_profile_is_applied_and_dropped(image_format, mode):
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    out = io.BytesIO()
    Image.new(mode, (8, 8), "red").save(out, image_format, icc_profile=profile)
    assert "icc_profile" in Image.open(io.BytesIO(out.getvalue())).info

    clean = uploads.strip_metadata(out.getvalue())

    image = assert_clean(clean.data)
    assert profile[:64] not in clean.data
    assert _near(image.convert("RGB").getpixel((4, 4)), (255, 0, 0))


@pytest.mark.parametrize(
    ("build", "name", "image_format"),
    [(animated_gif, "loop.gif", "GIF"), (animated_webp, "loop.webp", "WEBP")],
)
def test_animations_keep_every_frame_and_lose_their_metadata(
    editor, media_root, build, name, image_format
):
    source_data = build()
    assert b"Secret Author" in source_data

    response = add_image(editor, source_data, name)

    assert response.status_code == 302, response.content
    assert_animation_cleaned(get_image_model().objects.get(), source_data, image_format)
    assert_no_secrets_in_media(media_root)


def test_animated_png_keeps_every_frame_and_loses_its_text():
    # Wagtail 8 cannot store animated PNG (Willow cannot read it); cleaning
    # still keeps the animation should Willow learn to.
    source_data = animated_png()
    clean = uploads.strip_metadata(source_data)

    stored = assert_clean(clean.data)
    source = Image.open(io.BytesIO(source_data))
    assert stored.n_frames == source.n_frames == 3
    for index in range(3):
        source.seek(index)
        stored.seek(index)
        assert stored.convert("RGBA").tobytes() == source.convert("RGBA").tobytes()


def assert_animation_cleaned(image, source_data: bytes, image_format: str) -> None:
    stored = assert_clean(stored_bytes(image))
    source = Image.open(io.BytesIO(source_data))
    assert stored.format == image_format
    assert stored.n_frames == source.n_frames == 3
    for index in range(3):
        source.seek(index)
        stored.seek(index)
        assert stored.info.get("duration") == source.info.get("duration")
        assert stored.convert("RGBA").tobytes() == source.convert("RGBA").tobytes()
    assert_metadata_matches_storage(image)


def test_gif_cleaning_is_lossless_and_idempotent():
    once = uploads.strip_metadata(animated_gif()).data
    twice = uploads.strip_metadata(once).data

    assert once == twice
    assert b"secret comment" not in once and b"XMP DataXMP" not in once
    assert b"NETSCAPE2.0" in once  # it still loops


# --- Documents ----------------------------------------------------------------------


def add_document(client, data: bytes, name: str):
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Handbook",
            "file": upload(data, name),
            "collection": root_collection().pk,
        },
    )


def test_a_document_over_the_limit_is_refused_with_the_limit(
    editor, settings, media_root
):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024 * 1024

    response = add_document(editor, b"x" * (1024 * 1024 + 1), "big.pdf")

    assert response.status_code == 200
    # One message, naming the limit (not also "File extension “” is not
    # allowed", which Wagtail's own form adds).
    [message] = response.context["form"].errors["file"]
    assert "Maximum filesize 1.0\xa0MB" in message
    assert not get_document_model().objects.exists()
    assert media_files(media_root) == []


def test_multiple_upload_refuses_a_document_over_the_limit(editor, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024

    response = editor.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": upload(b"x" * 2048, "big.pdf")},
    )

    assert response.json()["success"] is False
    assert response.json()["error_message"].startswith("This file is too big")
    assert "extension" not in response.json()["error_message"]
    assert not get_document_model().objects.exists()


def test_an_allowed_document_under_the_limit_is_accepted(editor):
    response = add_document(editor, b"%PDF-1.4 a small handbook", "handbook.pdf")

    assert response.status_code == 302, response.content
    document = get_document_model().objects.get()
    assert document.file.name.endswith(".pdf")
    assert document.file_size == len(b"%PDF-1.4 a small handbook")


@pytest.mark.parametrize("name", ["tool.exe", "page.html", "drawing.svg", "run.js"])
def test_a_document_of_a_disallowed_type_is_refused(editor, media_root, name):
    response = add_document(editor, b"<script>alert(1)</script>", name)

    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not get_document_model().objects.exists()
    assert media_files(media_root) == []


def _near(pixel, expected, tolerance: int = 12) -> bool:
    return all(
        abs(a - b) <= tolerance for a, b in zip(pixel[:3], expected, strict=True)
    )


# --- File names -----------------------------------------------------------------


def test_an_uploaded_photo_is_stored_under_a_neutral_name(editor, media_root):
    response = add_image(editor, jpeg(), "anna-at-the-blockade.jpg")
    assert response.status_code == 302
    image = get_image_model().objects.get()

    assert "anna" not in image.file.name
    assert image.file.name.endswith(".jpg")
    rendition = image.get_rendition("width-20")
    assert "anna" not in rendition.url
    assert not any("anna" in path.name for path in media_files(media_root))


def test_an_image_made_in_code_is_stored_under_a_neutral_name(media_root):
    image = make_image(png(), "anna-at-the-blockade.png")
    assert "anna" not in image.file.name
    assert image.file.name.endswith(".png")


def test_multiple_upload_stores_no_file_under_any_part_of_the_uploaded_name(
    editor, media_root
):
    response = editor.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": upload(jpeg(), "anna-lindqvist-at-the-safehouse.jpg")},
    )
    assert response.json()["success"] is True, response.json()
    image = get_image_model().objects.get(pk=response.json()["image_id"])
    image.create_rendition(Filter("width-20"))  # not get_: no cached rendition

    stored = [str(path.relative_to(media_root)) for path in media_files(media_root)]
    assert len(stored) == 2  # the original and its rendition
    for part in ("anna", "lindqvist", "safehouse"):
        assert not any(part in name for name in stored), (part, stored)


# --- Animations, re-encoded frame by frame ------------------------------------------


def moving_dot(disposal, loop: int | None = 3) -> bytes:
    """A transparent GIF: a dot moving diagonally, with per-frame disposal."""
    moving = []
    for index in range(4):
        frame = Image.new("P", (16, 16), 0)
        frame.putpalette([0, 0, 0, 255, 0, 0, 0, 255, 0] + [0] * 759)
        frame.paste(1 + index % 2, (index * 3, index * 3, index * 3 + 4, index * 3 + 4))
        moving.append(frame)
    out = io.BytesIO()
    options = {"loop": loop} if loop is not None else {}
    moving[0].save(
        out,
        "GIF",
        save_all=True,
        append_images=moving[1:],
        duration=[50, 60, 70, 80],
        transparency=0,
        disposal=disposal,
        optimize=False,
        comment=b"secret comment",
        **options,
    )
    return out.getvalue()


def played(data: bytes) -> list[tuple[bytes, float, object]]:
    """Each frame as a viewer sees it, with its duration and disposal."""
    image = Image.open(io.BytesIO(data))
    frames_seen = []
    for index in range(image.n_frames):
        image.seek(index)
        image.load()
        disposal = getattr(image, "disposal_method", image.info.get("disposal"))
        frames_seen.append(
            (image.convert("RGBA").tobytes(), image.info.get("duration"), disposal)
        )
    return frames_seen


@pytest.mark.parametrize("disposal", [1, 2, 3])
def test_a_gif_keeps_its_disposal_durations_and_loop_count(disposal):
    source = moving_dot(disposal)

    clean = uploads.strip_metadata(source)

    assert clean.format == "GIF"
    assert played(assert_clean(clean.data).fp.getvalue()) == played(source)
    assert [d for _, _, d in played(clean.data)] == [disposal] * 4
    assert Image.open(io.BytesIO(clean.data)).info["loop"] == 3
    assert b"secret comment" not in clean.data


def test_a_gif_with_mixed_disposal_looks_the_same_when_whole_frames_are_written():
    # Pillow cannot write "leave" after "restore to background" back as it
    # was; every frame is then written whole, which shows the same pictures.
    source = moving_dot([2, 1, 2, 1])

    clean = uploads.strip_metadata(source)

    assert [(p, t) for p, t, _ in played(clean.data)] == [
        (p, t) for p, t, _ in played(source)
    ]
    assert [d for _, _, d in played(clean.data)] == [2, 2, 2, 2]


def test_a_gif_that_plays_once_is_not_made_to_loop():
    source = moving_dot(1, loop=None)
    assert "loop" not in Image.open(io.BytesIO(source)).info

    clean = uploads.strip_metadata(source)

    assert "loop" not in Image.open(io.BytesIO(clean.data)).info
    assert b"NETSCAPE2.0" not in clean.data


def apng(disposal, blend) -> bytes:
    first = Image.new("RGBA", (8, 8), (255, 0, 0, 255))
    second = Image.new("RGBA", (8, 8), (0, 0, 0, 0))
    second.paste((0, 255, 0, 255), (0, 0, 4, 4))
    third = Image.new("RGBA", (8, 8), (0, 0, 255, 128))
    out = io.BytesIO()
    first.save(
        out,
        "PNG",
        save_all=True,
        append_images=[second, third],
        duration=[100, 200, 300],
        loop=2,
        disposal=disposal,
        blend=blend,
        pnginfo=png_text(),
    )
    return out.getvalue()


def test_an_animated_png_keeps_its_disposal_blending_durations_and_loop_count():
    source = apng(disposal=[0, 1, 2], blend=[0, 1, 0])

    clean = uploads.strip_metadata(source)

    stored = assert_clean(clean.data)
    assert played(clean.data) == played(source)
    blends = []
    for index in range(stored.n_frames):
        stored.seek(index)
        blends.append(stored.info.get("blend"))
    assert blends == [0, 1, 0]
    assert stored.info["loop"] == 2


def test_an_animated_webp_keeps_its_durations_and_loop_count_and_stays_lossless():
    clean = uploads.strip_metadata(animated_webp())

    stored = assert_clean(clean.data)
    assert stored.info["loop"] == 0
    assert b"VP8L" in clean.data and b"VP8 " not in clean.data
    assert played(clean.data) == played(animated_webp())


def test_a_lossy_animated_webp_stays_lossy_and_close_to_the_upload():
    noisy = [Image.effect_noise((32, 32), 40).convert("RGB") for _ in range(3)]
    out = io.BytesIO()
    noisy[0].save(
        out,
        "WEBP",
        save_all=True,
        append_images=noisy[1:],
        duration=[100, 100, 120],
        loop=1,
        quality=80,
        exif=gps_exif(),
    )

    clean = uploads.strip_metadata(out.getvalue())

    stored = assert_clean(clean.data)
    assert b"VP8 " in clean.data and b"VP8L" not in clean.data
    assert stored.n_frames == 3
    assert [t for _, t, _ in played(clean.data)] == [100, 100, 120]
    assert stored.info["loop"] == 1


def many_coloured_gif() -> bytes:
    """Two frames whose picture together needs more than 256 colours: the
    second frame's own palette shows through a checkerboard of transparent
    pixels onto the first frame's."""
    size = 32

    def palette(seed: int) -> list[int]:
        return [(seed * 7919 + i * 104729) % 256 for i in range(768)]

    first = Image.new("P", (size, size))
    first.putpalette(palette(1))
    first.putdata([i % 256 for i in range(size * size)])
    second = Image.new("P", (size, size))
    second.putpalette(palette(2))
    second.putdata(
        [
            0 if (x + y) % 2 else 1 + (x * size + y) % 255
            for y in range(size)
            for x in range(size)
        ]
    )
    out = io.BytesIO()
    first.save(
        out,
        "GIF",
        save_all=True,
        append_images=[second],
        duration=[100, 100],
        disposal=1,
        transparency=0,
        optimize=False,
        loop=0,
    )
    return out.getvalue()


def test_an_animation_pillow_cannot_write_back_unchanged_is_refused_in_code(
    media_root,
):
    with pytest.raises(uploads.AnimationNotKeptError):
        make_image(many_coloured_gif(), "colours.gif")

    assert not get_image_model().objects.exists()
    assert media_files(media_root) == []


def test_an_animation_pillow_cannot_write_back_unchanged_gets_a_message(
    editor, media_root
):
    response = add_image(editor, many_coloured_gif(), "colours.gif")

    assert response.status_code == 200
    [message] = response.context["form"].errors["file"]
    assert message == str(uploads.ANIMATION_NOT_KEPT)
    assert "Save it again as an animated WebP" in message
    assert not get_image_model().objects.exists()
    assert media_files(media_root) == []


def test_the_refusal_messages_are_translatable():
    from django.utils.functional import Promise

    assert isinstance(uploads.ANIMATION_NOT_KEPT, Promise)
    assert isinstance(uploads.UNREADABLE_IMAGE, Promise)


def test_a_truncated_animation_is_refused_as_unreadable(editor, media_root):
    noisy = [Image.effect_noise((64, 64), 60).convert("P") for _ in range(3)]
    out = io.BytesIO()
    noisy[0].save(out, "GIF", save_all=True, append_images=noisy[1:], duration=100)
    data = out.getvalue()

    response = add_image(editor, data[: len(data) * 2 // 3], "cut.gif")

    assert response.status_code == 200
    [message] = response.context["form"].errors["file"]
    assert "could not be read as an image" in message
    assert not get_image_model().objects.exists()


def test_an_animation_cut_off_between_frames_is_refused(media_root):
    """Pillow reads it as a shorter animation; only the missing trailer tells."""
    frames = [Image.effect_noise((16, 16), 60).convert("P") for _ in range(3)]
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:], duration=100)

    with pytest.raises(uploads.UnreadableImageError):
        uploads.strip_metadata(out.getvalue()[:-1])
    assert uploads.strip_metadata(out.getvalue()).format == "GIF"


# --- Renditions ---------------------------------------------------------------------


@pytest.mark.parametrize("spec", ["width-20", "fill-10x10", "format-webp", "original"])
def test_a_rendition_of_an_uploaded_gps_tagged_photo_has_no_metadata(
    editor, media_root, spec
):
    source = jpeg(orientation=6)
    assert Image.open(io.BytesIO(source)).getexif().get_ifd(ExifTags.IFD.GPSInfo)
    assert add_image(editor, source, "rally.jpg").status_code == 302
    image = get_image_model().objects.get()

    rendition = image.get_rendition(spec)

    with rendition.file.storage.open(rendition.file.name, "rb") as f:
        assert_clean(f.read())
    assert_no_secrets_in_media(media_root)


def test_a_rendition_of_an_image_made_in_code_has_no_metadata(media_root):
    image = make_image(webp(orientation=6), "rally.webp")

    rendition = image.get_rendition("width-10|format-jpeg")

    with rendition.file.storage.open(rendition.file.name, "rb") as f:
        assert_clean(f.read())
    assert (rendition.width, rendition.height) == (10, 20)


# --- The image model ----------------------------------------------------------------


def test_wagtail_uses_the_praxis_image_and_rendition_models():
    from core.models import Image as PraxisImage
    from core.models import Rendition

    assert get_image_model() is PraxisImage
    assert PraxisImage.get_rendition_model() is Rendition


def test_saving_only_other_fields_stores_no_new_file(media_root):
    image = make_image(jpeg(), "a.jpg")
    image.file = ContentFile(png(), name="b.png")
    image.title = "Renamed"

    with mock.patch.object(uploads, "strip_metadata") as strip:
        image.save(update_fields=["title"])

    strip.assert_not_called()
    assert len(media_files(media_root)) == 1


def test_saving_the_file_field_alone_stores_the_cleaned_file_and_its_details():
    image = make_image(png(), "a.png")
    image.file = ContentFile(jpeg(orientation=6), name="b.jpg")

    image.save(update_fields=["file"])

    assert assert_clean(stored_bytes(image)).format == "JPEG"
    assert_metadata_matches_storage(image)


def test_the_stored_name_says_what_the_file_is():
    # A PNG named .jpg is stored as the PNG it is, under a .png name.
    image = make_image(png(), "photo.jpg")

    assert image.file.name.endswith(".png")
    assert Image.open(io.BytesIO(stored_bytes(image))).format == "PNG"


def test_an_animation_with_too_many_pixels_in_all_its_frames_is_refused_in_code(
    settings, media_root
):
    # 3 frames of 8 x 6: over a limit of 100 pixels, under it per frame.
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 100

    with pytest.raises(uploads.UnreadableImageError):
        make_image(animated_gif(), "loop.gif")

    assert not get_image_model().objects.exists()
    assert media_files(media_root) == []
