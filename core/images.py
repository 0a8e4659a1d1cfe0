"""Praxis's image model, whose files lose their hidden metadata before they are
stored (``WAGTAILIMAGES_IMAGE_MODEL = "core.Image"``).

Phones and cameras write the place a photo was taken (EXIF GPS), the device and
its serial number, the time, the editing software and sometimes the author's
name into the file (EXIF, XMP, IPTC, JPEG comments, PNG text chunks, ICC profile
descriptions, MPO side images). Wagtail keeps all of it in the original upload,
and Willow copies EXIF into renditions. For people organising in hostile
environments a single photo can locate a meeting place, so Praxis never stores
an image file as uploaded: Pillow decodes it and encodes the pixels afresh, and
nothing else is carried over.

Where it happens
    In the model's own file handling: :class:`CleanImageFieldFile`, the
    ``FieldFile`` of :attr:`Image.file`, cleans whatever it is asked to write
    to storage. Django writes every new image file through
    ``FieldFile.save()`` (``FileField.pre_save`` for a file assigned to the
    field, Wagtail's create-from-upload view and scripts directly), so the
    admin, the choosers, Wagtail's v3 API, factories and any code that saves
    an image are covered, and an uncleaned copy never reaches storage.
    :meth:`Image.save` stores a newly assigned file before the row is written,
    so the stored original's ``width``/``height``, ``file_size`` and
    ``file_hash`` describe the cleaned file. Renditions are made from it, so
    they are clean too.

    The upload form (``WAGTAILIMAGES_IMAGE_FORM_BASE``) cleans during
    validation with :func:`clean_upload`, so a file Pillow cannot decode gets a
    form error (the exception's ``message``) instead of a server error; it
    hands the cleaned file on as a
    :class:`CleanedImageFile`, which the field stores without encoding it a
    second time.

Once per upload
    Only writing a new file cleans: saving an image again, or pointing an image
    at a file already in storage, reads and encodes nothing. Re-encoding a JPEG
    again would only lose quality.

Still images
    JPEG (and MPO, the multi-picture JPEG some phones write, which keeps only
    its main picture), PNG and WebP are turned upright with
    :func:`PIL.ImageOps.exif_transpose` (so portrait photos do not end up
    sideways once the orientation tag is gone), converted to sRGB when they
    carry an ICC profile (the profile itself can name the device and is
    dropped), copied without any ``info`` except PNG transparency, and encoded
    in the same format: JPEG at quality 90, PNG losslessly, WebP losslessly
    when the upload was lossless and at quality 90 otherwise. Anything after
    the image data (a polyglot's HTML, a ZIP) is lost with the rest.

Animated images
    Animated GIF, PNG and WebP are re-encoded frame by frame, like photos,
    keeping each frame's duration, the loop count and, where Pillow can write
    it, each frame's disposal (GIF and PNG) and blending (PNG). Pillow decodes
    every frame to the full picture a viewer sees, so when the original
    disposals do not reproduce it, every frame is written whole instead
    (restore to background), which looks the same. The result is decoded again
    and compared with the upload, frame by frame: pixels exactly (within a few
    levels for lossy WebP), durations to the millisecond, the frame count and
    the loop count. An animation Pillow cannot write back unchanged (a GIF
    whose frames together need more than 256 colours, for instance) is refused
    with :data:`ANIMATION_NOT_KEPT`, which tells the uploader what to do,
    rather than stored changed or stored with its metadata. Re-encoding is
    preferred to refusing every animation because Pillow reproduces the
    common ones exactly (the check proves it for each upload) and movements
    do share animated explainers; it is preferred to copying the file block
    by block because a byte-level parser keeps whatever it does not know
    about, which is how metadata survives. Orientation tags and ICC profiles
    of animations are dropped without being applied: animation encoders do
    not write them, and browsers draw animations without them.

Limits
    ``bulk_create`` and ``QuerySet.update`` bypass the field and are not
    covered; nothing in Praxis creates images that way. Files stored before
    this model existed (copied from Wagtail's own image model by
    ``core/migrations/0002``) keep their metadata until their file is
    replaced.
"""

from __future__ import annotations

import io
import logging
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.files import File
from django.core.files.base import ContentFile
from django.db import models
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from PIL import ImageChops, ImageOps, ImageSequence, ImageStat
from taggit.managers import TaggableManager
from wagtail.images.models import (
    AbstractImage,
    AbstractRendition,
    WagtailImageField,
    WagtailImageFieldFile,
    get_upload_to,
)
from wagtail.utils.file import hash_filelike

logger = logging.getLogger(__name__)

#: JPEG quality for re-encoded photos: visually lossless for photographs.
JPEG_QUALITY = 90
#: Quality for re-encoding lossy WebP uploads (stills and animations).
WEBP_QUALITY = 90
#: How far a lossy WebP animation's re-encoded frames may drift from the
#: upload: the mean difference of any channel, in levels out of 255.
LOSSY_FRAME_TOLERANCE = 8

#: ``Image.info`` keys copied to the cleaned image: only what changes how the
#: pixels look. Everything else (exif, xmp, icc_profile, comment, dpi, PNG
#: text, GIF extensions) is left behind.
_KEPT_INFO = frozenset({"transparency"})

#: File name extensions of the formats Praxis stores, so the name says what
#: the bytes are whatever the upload was called.
_EXTENSIONS = {"JPEG": ".jpg", "PNG": ".png", "GIF": ".gif", "WEBP": ".webp"}

#: Shown for an image file that cannot be decoded, whatever found out first.
UNREADABLE_IMAGE = _(
    "This file could not be read as an image, so its hidden details (such as "
    "where a photo was taken) could not be removed. Export it again from an "
    "image editor and upload that file."
)
#: Shown for an animation Pillow cannot write back without changing it.
ANIMATION_NOT_KEPT = _(
    "This animation could not be saved without its hidden details (such as "
    "where it was made) and without changing how it looks, for example "
    "because its frames together use more than 256 colours. Save it again "
    "as an animated WebP, or as a GIF with one colour palette, and upload "
    "that file."
)


class UnreadableImageError(ValueError):
    """The file cannot be decoded completely, so it cannot be cleaned and is
    refused rather than stored with its metadata."""

    #: What the uploader is told.
    message = UNREADABLE_IMAGE
    code = "invalid_image"


class AnimationNotKeptError(UnreadableImageError):
    """Pillow cannot write the animation back unchanged."""

    message = ANIMATION_NOT_KEPT
    code = "animation_not_kept"


@dataclass(frozen=True)
class CleanImage:
    """The bytes of a cleaned image and what Wagtail stores about them."""

    data: bytes
    format: str
    width: int
    height: int


def neutral_name(name: str, image_format: str = "") -> str:
    """A random file name with the extension of ``image_format`` (or of
    ``name`` when the format is unknown).

    An uploaded photo's name (``anna-at-the-blockade.jpg``) would otherwise
    live on in the address of every resized copy, anonymised lessons included.
    """
    extension = _EXTENSIONS.get(image_format) or os.path.splitext(name)[1].lower()
    return uuid.uuid4().hex + extension


class CleanedImageFile(ContentFile):
    """A file already cleaned by :func:`strip_metadata`, under a neutral name
    (:func:`neutral_name`); :class:`CleanImageFieldFile` stores it as it is."""

    def __init__(self, image: CleanImage, name: str) -> None:
        super().__init__(image.data, name=neutral_name(name, image.format))
        self.clean_image = image


def clean_upload(upload: File) -> CleanedImageFile:
    """Read ``upload`` and return it cleaned, leaving it rewound.

    Raises :class:`UnreadableImageError` (or :class:`AnimationNotKeptError`)
    for files that cannot be cleaned; their ``message`` is for the uploader.
    """
    if isinstance(upload, CleanedImageFile):
        return upload
    if upload.closed:
        upload.open("rb")
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    return CleanedImageFile(strip_metadata(data), name=upload.name or "")


# --- Cleaning -----------------------------------------------------------------


def strip_metadata(data: bytes) -> CleanImage:
    """Return ``data`` re-encoded without metadata, in the same image format.

    Raises :class:`UnreadableImageError` when Pillow cannot decode the whole
    file (not an image, truncated, a decompression bomb, a format Pillow cannot
    write), and :class:`AnimationNotKeptError` when it cannot write an
    animation back unchanged.
    """
    try:
        image = PILImage.open(io.BytesIO(data))
        image_format = image.format or ""
        animated = image_format in {"GIF", "PNG", "WEBP"} and (
            image_format == "GIF" or getattr(image, "is_animated", False)
        )
        if not animated:
            image.load()
    # Untrusted input: Pillow raises many exception types on malformed files
    # (OSError, SyntaxError, struct.error, IndexError, DecompressionBombError…)
    # and every one of them means "refuse this upload".
    except Exception as exc:
        raise UnreadableImageError("Pillow cannot decode this file.") from exc

    if animated:
        return _reencode_animation(image, data)
    return _reencode_still(image, data)


def _reencode_still(image: PILImage.Image, data: bytes) -> CleanImage:
    """Decode, turn upright, convert to sRGB and encode a still image afresh."""
    # MPO (phones' multi-picture JPEG) keeps only its main picture, as JPEG:
    # the side pictures carry their own EXIF.
    image_format = "JPEG" if image.format == "MPO" else (image.format or "")
    original_mode = image.mode
    kept_info = {key: image.info[key] for key in _KEPT_INFO if key in image.info}
    icc_profile = image.info.get("icc_profile")

    try:
        upright = ImageOps.exif_transpose(image)  # always a new image
    # A malformed EXIF block must not stop the upload: keep the pixels as
    # they are; the block itself is dropped below either way.
    except Exception:
        logger.warning("Ignoring an unreadable EXIF orientation.", exc_info=True)
        upright = None
    clean = upright if upright is not None else image.copy()
    # Only the copy is needed from here on; free the upload's decoded pixels.
    image.close()

    converted = _to_srgb(clean, icc_profile)
    # Nothing from the upload's info survives except how transparency is
    # coded, and only when the pixels were not converted to other colours.
    unchanged = converted is clean and clean.mode == original_mode
    clean = converted
    clean.info = kept_info if unchanged else {}

    output = io.BytesIO()
    try:
        clean.save(output, format=image_format, **_encoder_options(image_format, data))
    except Exception as exc:
        raise UnreadableImageError(
            f"Pillow cannot write {image_format or 'this'} images."
        ) from exc
    return CleanImage(output.getvalue(), image_format, clean.width, clean.height)


def _encoder_options(image_format: str, data: bytes) -> dict[str, Any]:
    """Encoder settings that keep the upload's quality; no metadata options
    are ever passed, and no ``info`` is left to copy, so Pillow writes none."""
    if image_format == "JPEG":
        return {"quality": JPEG_QUALITY, "optimize": True}
    if image_format == "WEBP":
        if _webp_is_lossless(data):
            return {"lossless": True, "exact": True}
        return {"quality": WEBP_QUALITY}
    return {}


def _to_srgb(image: PILImage.Image, icc_profile: bytes | None) -> PILImage.Image:
    """Convert colour images with an embedded ICC profile to sRGB.

    The profile is metadata too (its description and copyright can name the
    device), but dropping it from a Display P3 or Adobe RGB photo would dull
    its colours; converting first keeps them. Grey and palette images keep
    their pixels and lose the profile.
    """
    if not icc_profile or image.mode not in {"RGB", "RGBA", "CMYK"}:
        return image
    try:
        from PIL import ImageCms

        source = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
        target = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
        output_mode = "RGB" if image.mode == "CMYK" else image.mode
        converted = ImageCms.profileToProfile(
            image, source, target, outputMode=output_mode
        )
    except Exception:
        logger.warning("Dropping an ICC profile that cannot be applied.", exc_info=True)
        return image
    return converted if converted is not None else image


# --- Animations -----------------------------------------------------------------


@dataclass
class _Animation:
    """An animation as Pillow decoded it: the full picture of every frame and
    how it is played."""

    format: str
    frames: list[PILImage.Image]
    durations: list[float]
    #: Per-frame disposal as Pillow reads and writes it (GIF and PNG only).
    disposals: list[int]
    #: Per-frame blending (PNG only).
    blends: list[int]
    #: ``None``: played once (a GIF without a looping extension).
    loop: int | None
    lossless: bool


def _decode_animation(image: PILImage.Image, data: bytes) -> _Animation:
    image_format = image.format or ""
    # Pillow reads a GIF cut off between two frames as a shorter animation:
    # every GIF ends with its trailer byte, so one without it is truncated.
    if image_format == "GIF" and not data.endswith(b"\x3b"):
        raise UnreadableImageError("The GIF ends before its trailer.")
    # Every frame is held decoded; Wagtail's own limit on the pixels of all
    # frames (checked by the upload form first, with its message) bounds that
    # for images saved in code too.
    limit = getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", 128_000_000)
    try:
        pixels = image.width * image.height * getattr(image, "n_frames", 1)
    except Exception as exc:
        raise UnreadableImageError("Pillow cannot count the frames.") from exc
    if limit and pixels > limit:
        raise UnreadableImageError(f"{pixels} pixels in all frames is too many.")
    loop = image.info.get("loop")
    frames, durations, disposals, blends = [], [], [], []
    try:
        for frame in ImageSequence.Iterator(image):
            frame.load()  # WebP sets the frame's duration when it is loaded
            durations.append(frame.info.get("duration", 0))
            if image_format == "GIF":
                disposals.append(getattr(frame, "disposal_method", 0))
            elif image_format == "PNG":
                disposals.append(frame.info.get("disposal", 0))
                blends.append(frame.info.get("blend", 0))
            copy = frame.copy()
            copy.info = {k: frame.info[k] for k in _KEPT_INFO if k in frame.info}
            frames.append(copy)
    # Every frame is decoded: a broken animation is refused like a broken
    # photo (see strip_metadata for why every exception counts).
    except Exception as exc:
        raise UnreadableImageError("Pillow cannot decode this animation.") from exc
    lossless = image_format != "WEBP" or _webp_is_lossless(data)
    image.close()
    return _Animation(
        image_format, frames, durations, disposals, blends, loop, lossless
    )


def _reencode_animation(image: PILImage.Image, data: bytes) -> CleanImage:
    """Encode every frame afresh and check the result plays like the upload."""
    animation = _decode_animation(image, data)
    for whole_frames in (False, True):
        if whole_frames and not animation.disposals:
            break  # WebP has no disposal to vary
        try:
            output = _encode_animation(animation, whole_frames=whole_frames)
        # Pillow decoded every frame but cannot write them this way (it
        # raises ValueError, OSError… for palettes it cannot build): try the
        # next way, then refuse.
        except Exception:
            logger.info("Pillow cannot write an animation this way.", exc_info=True)
            continue
        if _plays_like(output, animation):
            first = animation.frames[0]
            return CleanImage(output, animation.format, first.width, first.height)
    raise AnimationNotKeptError(
        f"Pillow cannot write this {animation.format} animation back unchanged."
    )


def _encode_animation(animation: _Animation, *, whole_frames: bool) -> bytes:
    """Encode ``animation``; ``whole_frames`` writes every frame as the full
    picture on a cleared canvas instead of keeping the upload's disposals."""
    first, *rest = animation.frames
    options: dict[str, Any] = {
        "save_all": True,
        "append_images": rest,
        "duration": animation.durations,
    }
    if animation.loop is not None:
        options["loop"] = animation.loop
    if animation.format == "GIF":
        # 2: restore to background, so each frame is drawn on a cleared canvas.
        whole = [2] * len(animation.frames)
        options["disposal"] = whole if whole_frames else animation.disposals
    elif animation.format == "PNG":
        if not whole_frames:
            options["disposal"] = animation.disposals
            options["blend"] = animation.blends
    elif animation.format == "WEBP":
        if animation.lossless:
            options.update(lossless=True, exact=True)
        else:
            options["quality"] = WEBP_QUALITY
    output = io.BytesIO()
    first.save(output, format=animation.format, **options)
    return output.getvalue()


def _plays_like(data: bytes, animation: _Animation) -> bool:
    """Whether ``data`` shows the same frames, as long, as often."""
    try:
        encoded = PILImage.open(io.BytesIO(data))
        if getattr(encoded, "n_frames", 1) != len(animation.frames):
            return False
        if encoded.info.get("loop") != animation.loop:
            return False
        for index, expected in enumerate(animation.frames):
            encoded.seek(index)
            encoded.load()
            duration = encoded.info.get("duration", 0)
            if abs(duration - animation.durations[index]) > 1:
                return False
            if not _same_pixels(encoded, expected, exact=animation.lossless):
                return False
    # Pillow failing to read back what it wrote means the copy is not usable.
    except Exception:
        logger.warning("Cannot read back a re-encoded animation.", exc_info=True)
        return False
    return True


def _same_pixels(
    actual: PILImage.Image, expected: PILImage.Image, *, exact: bool
) -> bool:
    actual, expected = actual.convert("RGBA"), expected.convert("RGBA")
    if actual.size != expected.size:
        return False
    if exact:
        return actual.tobytes() == expected.tobytes()
    difference = ImageStat.Stat(ImageChops.difference(actual, expected))
    return max(difference.mean) <= LOSSY_FRAME_TOLERANCE


def _webp_chunks(data: bytes) -> Iterator[tuple[bytes, bytes]]:
    """Yield ``(fourcc, payload)`` for each top-level chunk of a WebP file."""
    end = min(len(data), 8 + int.from_bytes(data[4:8], "little"))
    pos = 12
    while pos + 8 <= end:
        fourcc = data[pos : pos + 4]
        size = int.from_bytes(data[pos + 4 : pos + 8], "little")
        yield fourcc, data[pos + 8 : pos + 8 + size]
        pos += 8 + size + (size & 1)  # chunks are padded to an even size


def _webp_is_lossless(data: bytes) -> bool:
    """Whether a WebP was encoded losslessly (``VP8L`` image data, in the
    file or in its first animation frame). Pillow does not say; this only
    chooses encoder settings, the pixels always come from Pillow."""
    for fourcc, payload in _webp_chunks(data):
        if fourcc in {b"VP8L", b"VP8 "}:
            return fourcc == b"VP8L"
        if fourcc == b"ANMF":  # 16 bytes of frame header, then the frame's data
            return payload[16:20] == b"VP8L"
    return False


# --- Models ---------------------------------------------------------------------


class CleanImageFieldFile(WagtailImageFieldFile):
    """An image file that is cleaned on its way to storage.

    ``FieldFile.save()`` is where Django writes a new file (it is also what
    ``FileField.pre_save`` calls for a file assigned to the field), so
    cleaning here covers every way of giving an image a file, and storage
    never holds the upload as it came.
    """

    def save(self, name: str, content: File, save: bool = True) -> None:
        """Store ``content`` cleaned, record what Wagtail keeps about it
        (dimensions, size and hash of the cleaned bytes), then save the
        instance if asked to.

        Raises :class:`UnreadableImageError` for files Pillow cannot clean;
        the upload form refuses those earlier, with a message.
        """
        cleaned = clean_upload(content)
        image = cleaned.clean_image
        # ``name`` is the upload's: only its neutral replacement is stored.
        super().save(cleaned.name, cleaned, save=False)
        instance = self.instance
        instance.width, instance.height = image.width, image.height
        instance.file_size = len(image.data)
        instance.file_hash = hash_filelike(io.BytesIO(image.data))
        if save:
            instance.save()


class CleanImageField(WagtailImageField):
    """Wagtail's image field, storing files through :class:`CleanImageFieldFile`.

    Migrations name it by its path (``core.images.CleanImageField``): keep
    that path importable if it moves.
    """

    attr_class = CleanImageFieldFile


class Image(AbstractImage):
    """The image every Praxis page, block and chooser uses: Wagtail's image,
    whose stored files carry no hidden metadata (see the module docstring)."""

    file = CleanImageField(
        verbose_name=_("file"),
        upload_to=get_upload_to,
        width_field="width",
        height_field="height",
    )
    # Wagtail's own image model stays installed (its table held the images
    # before, see ``core/migrations/0002``), so the reverse accessors of these
    # two fields need names of their own.
    uploaded_by_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by user"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="uploaded_images",
    )
    uploaded_by_user.wagtail_reference_index_ignore = True
    tags = TaggableManager(
        help_text=None, blank=True, verbose_name=_("tags"), related_name="images"
    )

    admin_form_fields = (
        "title",
        "file",
        "description",
        "collection",
        "tags",
        "focal_point_x",
        "focal_point_y",
        "focal_point_width",
        "focal_point_height",
    )

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")
        permissions = [("choose_image", "Can choose image")]

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Store a newly assigned file (cleaning it) before the row is saved.

        ``FileField.pre_save`` would store it only while the row's values are
        collected, after ``width``, ``height``, ``file_size`` and ``file_hash``
        (declared before ``file``) were read, so they would describe the
        upload instead of the cleaned file.
        """
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "file" in update_fields:
            field_file = self.file
            if field_file and not field_file._committed:
                field_file.save(field_file.name, field_file.file, save=False)
            if update_fields is not None:
                kwargs["update_fields"] = {
                    *update_fields,
                    *("width", "height", "file_size", "file_hash"),
                }
        super().save(*args, **kwargs)

    def get_upload_to(self, filename: str) -> str:
        """Wagtail's folder and name rules, for a neutral name
        (:func:`neutral_name`) whatever the file was called."""
        return super().get_upload_to(neutral_name(filename))


class Rendition(AbstractRendition):
    """A resized copy of an :class:`Image`, made from its cleaned file."""

    image = models.ForeignKey(
        Image, related_name="renditions", on_delete=models.CASCADE
    )

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
