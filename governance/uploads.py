"""What happens to uploaded images: their hidden metadata is removed before the
original file is stored.

Phones and cameras write the place a photo was taken (EXIF GPS), the device and
its serial number, the time, the editing software and sometimes the author's
name into the file (EXIF, XMP, IPTC, JPEG comments, PNG text chunks, ICC profile
descriptions, MPO side images). Wagtail keeps all of it in the original upload,
and Willow copies EXIF into renditions. For people organising in hostile
environments a single photo can locate a meeting place, so Praxis never stores
an image file as uploaded: the file is rebuilt from its pixels first.

Where it happens
    A ``pre_save`` receiver on the image model (:func:`strip_new_image_file`)
    runs before Django's ``FileField.pre_save`` writes the file to storage, so
    the stored original, ``width``/``height``, ``file_size`` and ``file_hash``
    all describe the cleaned file. Being on the model, it covers the admin, the
    choosers, Wagtail's v3 API, factories and any code that saves an image.
    The admin form (:class:`governance.forms.ImageForm`) runs the same cleaning
    during validation, so a file Pillow cannot decode gets a form error instead
    of a server error, and hands the cleaned file on marked as
    :class:`StrippedImageFile` so the model does not encode it a second time.

What "new file" means
    Only a file that is not yet the one stored for this image is cleaned: an
    uncommitted upload, or a file that ``FieldFile.save()`` has just written
    (Wagtail's create-from-upload view does that). The name the image was
    loaded or constructed with is remembered in ``post_init``, so saving an
    image without a new file reads nothing from storage. Cleaning is therefore
    done once per upload; re-encoding a JPEG again would only lose quality.

Formats
    Still JPEG (and MPO, the multi-picture JPEG some phones write), PNG and
    WebP are decoded, turned upright with :func:`PIL.ImageOps.exif_transpose`
    (so portrait photos do not end up sideways once the orientation tag is
    gone), converted to sRGB when they carry an ICC profile (the profile itself
    can name the device and is dropped), copied without any ``info`` except
    PNG transparency, and encoded again in the same format: JPEG at quality 90,
    PNG losslessly, WebP losslessly when the upload was lossless and at quality
    90 otherwise. Anything after the image data (a polyglot's HTML, a ZIP) is
    lost with the rest.

Animated images
    GIF has no EXIF or orientation, but it can carry comments and XMP or ICC
    application extensions. Re-encoding an animated GIF with Pillow can change
    palettes, disposal and timing, so GIFs are cleaned losslessly at the block
    level instead: only the header, colour tables, graphic control extensions,
    the looping extension and image data are copied. Animated PNG and animated
    WebP are cleaned the same way at the chunk level (text, ``eXIf``, ``iCCP``,
    ``EXIF``, ``XMP`` and unknown chunks are dropped), keeping every frame
    exactly; their orientation tag goes with the EXIF, which animation encoders
    do not write. Every frame is decoded first, so a broken animation is
    refused like a broken photo.

Limits
    ``bulk_create`` and ``QuerySet.update`` send no signals and are not covered;
    nothing in Praxis creates images that way. Images stored before this module
    existed keep their metadata until their file is replaced.
"""

from __future__ import annotations

import io
import logging
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from django.core.files.base import ContentFile
from django.db.models.fields.files import FieldFile
from django.db.models.signals import post_init, post_save, pre_save
from django.dispatch import receiver
from PIL import Image, ImageOps, ImageSequence
from wagtail.images import get_image_model
from wagtail.utils.file import hash_filelike

logger = logging.getLogger(__name__)

#: The image model whose saves are watched (apps are loaded when ``ready()``
#: imports this module).
ImageModel = get_image_model()

#: JPEG quality for re-encoded photos: visually lossless for photographs.
JPEG_QUALITY = 90
#: Quality for re-encoding lossy WebP uploads.
WEBP_QUALITY = 90

#: ``Image.info`` keys copied to the cleaned image: only what changes how the
#: pixels look. Everything else (exif, xmp, icc_profile, comment, dpi, PNG
#: text) is left behind.
_KEPT_INFO = frozenset({"transparency"})

#: Attribute on image instances holding the file name they were loaded or
#: constructed with ("" when nothing was stored yet).
_STORED_NAME = "_praxis_stored_file_name"
#: Attribute naming a just-written, uncleaned copy to delete after saving.
_UNCLEAN_COPY = "_praxis_unclean_file_name"
#: Marker for a deferred ``file`` field: the stored name must be looked up.
_UNKNOWN = object()


class UnreadableImageError(ValueError):
    """The file cannot be decoded completely, so it cannot be cleaned and is
    refused rather than stored with its metadata."""


@dataclass(frozen=True)
class CleanImage:
    """The bytes of a cleaned image and what Wagtail stores about them."""

    data: bytes
    format: str
    width: int
    height: int


def neutral_name(name: str) -> str:
    """A random file name with ``name``'s extension.

    An uploaded photo's name (``anna-at-the-blockade.jpg``) would otherwise
    live on in the address of every resized copy, anonymised lessons included.
    """
    return uuid.uuid4().hex + os.path.splitext(name)[1].lower()


class StrippedImageFile(ContentFile):
    """A file already cleaned by :func:`strip_metadata` (in the upload form),
    under a neutral name (:func:`neutral_name`).

    The model-level receiver recognises it and only records its size, hash
    and dimensions instead of encoding it again.
    """

    def __init__(self, image: CleanImage, name: str) -> None:
        super().__init__(image.data, name=neutral_name(name))
        self.clean_image = image


# --- Cleaning -----------------------------------------------------------------


def strip_metadata(data: bytes) -> CleanImage:
    """Return ``data`` rebuilt without metadata, in the same image format.

    Raises :class:`UnreadableImageError` when Pillow cannot decode the whole
    file (not an image, truncated, a decompression bomb, a format Pillow cannot
    write).
    """
    try:
        image = Image.open(io.BytesIO(data))
        image_format = image.format or ""
        animated = getattr(image, "is_animated", False)
        if image_format == "GIF" or (animated and image_format in {"PNG", "WEBP"}):
            # Decode every frame: a broken animation is refused, not stored.
            for frame in ImageSequence.Iterator(image):
                frame.load()
            image.seek(0)
        else:
            image.load()
    # Untrusted input: Pillow raises many exception types on malformed files
    # (OSError, SyntaxError, struct.error, IndexError, DecompressionBombError…)
    # and every one of them means "refuse this upload".
    except Exception as exc:
        raise UnreadableImageError("Pillow cannot decode this file.") from exc

    width, height = image.size
    if image_format == "GIF":
        return CleanImage(_strip_gif(data), "GIF", width, height)
    if animated and image_format == "PNG":
        return CleanImage(_strip_png_chunks(data), "PNG", width, height)
    if animated and image_format == "WEBP":
        return CleanImage(_strip_webp_chunks(data), "WEBP", width, height)
    return _reencode_still(image, data)


def _reencode_still(image: Image.Image, data: bytes) -> CleanImage:
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
        options = _encoder_options(image_format, data)
        clean.save(output, format=image_format, **options)
    except Exception as exc:
        raise UnreadableImageError(
            f"Pillow cannot write {image_format or 'this'} images."
        ) from exc
    return CleanImage(output.getvalue(), image_format, clean.width, clean.height)


def _encoder_options(image_format: str, data: bytes) -> dict[str, Any]:
    """Encoder settings that keep the upload's quality; no metadata options
    are ever passed, so Pillow writes none."""
    if image_format == "JPEG":
        return {"quality": JPEG_QUALITY, "optimize": True}
    if image_format == "WEBP":
        if _webp_is_lossless(data):
            return {"lossless": True, "exact": True}
        return {"quality": WEBP_QUALITY}
    return {}


def _to_srgb(image: Image.Image, icc_profile: bytes | None) -> Image.Image:
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


# --- Container-level cleaning (lossless, for animations) ----------------------


def _strip_gif(data: bytes) -> bytes:
    """Copy a GIF keeping only what draws it.

    Kept: header, logical screen descriptor, global and local colour tables,
    graphic control extensions (delays, disposal, transparency), the
    NETSCAPE2.0/ANIMEXTS1.0 looping extension and image data. Dropped: comment
    extensions, plain-text extensions (browsers do not draw them, so they are
    hidden text), other application extensions (XMP, ICC, IPTC) and anything
    after the trailer.
    """
    if data[:6] not in {b"GIF87a", b"GIF89a"} or len(data) < 13:
        raise UnreadableImageError("Not a GIF file.")
    pos = 13 + _gif_colour_table_size(data[10])
    parts = [data[:pos]]
    while True:
        if pos >= len(data):
            raise UnreadableImageError("GIF file ends without a trailer.")
        introducer = data[pos]
        if introducer == 0x3B:  # trailer
            parts.append(b"\x3b")
            return b"".join(parts)
        if introducer == 0x21:  # extension: label, then data sub-blocks
            label = data[pos + 1] if pos + 1 < len(data) else None
            end = _skip_gif_sub_blocks(data, pos + 2)
            if label == 0xF9 or (label == 0xFF and _is_gif_loop_extension(data, pos)):
                parts.append(data[pos:end])
            pos = end
        elif introducer == 0x2C:  # image descriptor, colour table, LZW data
            if pos + 10 > len(data):
                raise UnreadableImageError("GIF image descriptor is truncated.")
            start = pos
            pos += 10 + _gif_colour_table_size(data[pos + 9]) + 1  # +1: LZW size
            end = _skip_gif_sub_blocks(data, pos)
            parts.append(data[start:end])
            pos = end
        else:
            raise UnreadableImageError("Unknown block in GIF file.")


def _gif_colour_table_size(packed: int) -> int:
    return 3 * (2 ** ((packed & 0x07) + 1)) if packed & 0x80 else 0


def _skip_gif_sub_blocks(data: bytes, pos: int) -> int:
    """Return the position after a run of GIF data sub-blocks."""
    while True:
        if pos >= len(data):
            raise UnreadableImageError("GIF data block is truncated.")
        size = data[pos]
        pos += 1 + size
        if size == 0:
            return pos


def _is_gif_loop_extension(data: bytes, pos: int) -> bool:
    # Application extension: 0x21 0xFF, block size 11, 8-byte id + 3-byte code.
    return data[pos + 2 : pos + 14] in {b"\x0bNETSCAPE2.0", b"\x0bANIMEXTS1.0"}


#: PNG chunks that describe pixels, transparency, colour or animation.
_PNG_KEPT_CHUNKS = frozenset(
    {
        b"IHDR",
        b"PLTE",
        b"tRNS",
        b"gAMA",
        b"cHRM",
        b"sRGB",
        b"sBIT",
        b"bKGD",
        b"acTL",
        b"fcTL",
        b"IDAT",
        b"fdAT",
        b"IEND",
    }
)
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _strip_png_chunks(data: bytes) -> bytes:
    """Copy an (animated) PNG with only the chunks in ``_PNG_KEPT_CHUNKS``."""
    if not data.startswith(_PNG_SIGNATURE):
        raise UnreadableImageError("Not a PNG file.")
    parts = [_PNG_SIGNATURE]
    pos = len(_PNG_SIGNATURE)
    while pos + 12 <= len(data):
        length = int.from_bytes(data[pos : pos + 4], "big")
        chunk_type = data[pos + 4 : pos + 8]
        end = pos + 12 + length  # length, type, data, CRC
        if end > len(data):
            break
        if chunk_type in _PNG_KEPT_CHUNKS:
            parts.append(data[pos:end])
        if chunk_type == b"IEND":
            return b"".join(parts)
        pos = end
    raise UnreadableImageError("PNG file is truncated.")


#: WebP chunks that hold image data or animation (ICCP, EXIF, XMP and unknown
#: chunks are dropped).
_WEBP_KEPT_CHUNKS = frozenset({b"VP8X", b"ANIM", b"ANMF", b"ALPH", b"VP8 ", b"VP8L"})
#: VP8X flags announcing ICC, EXIF and XMP chunks, cleared with the chunks.
_VP8X_METADATA_FLAGS = 0x20 | 0x08 | 0x04


def _webp_chunks(data: bytes) -> Iterator[tuple[bytes, bytes]]:
    """Yield ``(fourcc, payload)`` for each top-level chunk of a WebP file."""
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise UnreadableImageError("Not a WebP file.")
    end = min(len(data), 8 + int.from_bytes(data[4:8], "little"))
    pos = 12
    while pos + 8 <= end:
        fourcc = data[pos : pos + 4]
        size = int.from_bytes(data[pos + 4 : pos + 8], "little")
        start, stop = pos + 8, pos + 8 + size
        if stop > end:
            raise UnreadableImageError("WebP chunk is truncated.")
        yield fourcc, data[start:stop]
        pos = stop + (size & 1)  # chunks are padded to an even size


def _strip_webp_chunks(data: bytes) -> bytes:
    """Copy an (animated) WebP with only image and animation chunks."""
    body = []
    for fourcc, payload in _webp_chunks(data):
        if fourcc not in _WEBP_KEPT_CHUNKS:
            continue
        if fourcc == b"VP8X" and payload:
            payload = bytes([payload[0] & ~_VP8X_METADATA_FLAGS]) + payload[1:]
        padding = b"\x00" if len(payload) & 1 else b""
        body.append(fourcc + len(payload).to_bytes(4, "little") + payload + padding)
    chunks = b"".join(body)
    return b"RIFF" + (4 + len(chunks)).to_bytes(4, "little") + b"WEBP" + chunks


def _webp_is_lossless(data: bytes) -> bool:
    """Whether a still WebP was encoded losslessly (a ``VP8L`` chunk)."""
    try:
        return any(fourcc == b"VP8L" for fourcc, _ in _webp_chunks(data))
    except UnreadableImageError:
        return False


# --- Model hooks ----------------------------------------------------------------


@receiver(post_init, sender=ImageModel, dispatch_uid="governance.uploads.remember")
def remember_stored_file(sender: type, instance: Any, **kwargs: Any) -> None:
    """Remember which file name is already stored for this image, so a later
    save can tell a new file from the old one without reading storage."""
    value = instance.__dict__.get("file", _UNKNOWN)
    if value is _UNKNOWN:  # deferred: looked up if the image is saved
        stored: object = _UNKNOWN
    elif isinstance(value, str):
        stored = value
    elif isinstance(value, FieldFile) and value._committed:
        stored = value.name or ""
    else:  # a File object handed to the constructor: a new upload
        stored = ""
    setattr(instance, _STORED_NAME, stored)


@receiver(pre_save, sender=ImageModel, dispatch_uid="governance.uploads.strip")
def strip_new_image_file(
    sender: type,
    instance: Any,
    raw: bool = False,
    update_fields: frozenset[str] | None = None,
    **kwargs: Any,
) -> None:
    """Replace a new image file with its cleaned version before it is stored.

    Raises :class:`UnreadableImageError` for files Pillow cannot decode; the
    upload form refuses those earlier with a message.
    """
    if raw or (update_fields is not None and "file" not in update_fields):
        return
    field_file = instance.file
    if not field_file:
        return

    if not field_file._committed:
        inner = field_file.file
        if isinstance(inner, StrippedImageFile):
            _record(instance, inner.clean_image)
            return
        field_file.open("rb")
        field_file.seek(0)
        data = field_file.read()
        unclean_copy = None
    elif _is_newly_stored(sender, instance, field_file.name):
        with field_file.storage.open(field_file.name, "rb") as stored:
            data = stored.read()
        unclean_copy = field_file.name
    else:
        return

    clean = strip_metadata(data)
    instance.file = StrippedImageFile(clean, name=os.path.basename(field_file.name))
    _record(instance, clean)
    if unclean_copy:
        setattr(instance, _UNCLEAN_COPY, unclean_copy)


@receiver(post_save, sender=ImageModel, dispatch_uid="governance.uploads.settle")
def settle_stored_file(sender: type, instance: Any, **kwargs: Any) -> None:
    """Delete the uncleaned copy ``FieldFile.save()`` wrote, once the cleaned
    file is stored, and remember the stored name for the next save."""
    unclean_copy = instance.__dict__.pop(_UNCLEAN_COPY, None)
    name = instance.file.name if instance.file else ""
    if (
        unclean_copy
        and unclean_copy != name
        and not sender._default_manager.filter(file=unclean_copy).exists()
    ):
        instance.file.storage.delete(unclean_copy)
    setattr(instance, _STORED_NAME, name)


def _is_newly_stored(sender: type, instance: Any, name: str) -> bool:
    """Whether ``name`` is a committed file that is not yet this image's
    stored file (``FieldFile.save()`` wrote it since the image was loaded)."""
    stored = getattr(instance, _STORED_NAME, _UNKNOWN)
    if stored is _UNKNOWN:  # the file field was deferred when loaded
        if instance.pk is None:
            return False
        stored = (
            sender._default_manager.filter(pk=instance.pk)
            .values_list("file", flat=True)
            .first()
        )
    return name != stored


def _record(instance: Any, clean: CleanImage) -> None:
    """Set what Wagtail stores about the file from the cleaned bytes, the same
    way ``AbstractImage._set_image_file_metadata`` would."""
    instance.width = clean.width
    instance.height = clean.height
    instance.file_size = len(clean.data)
    instance.file_hash = hash_filelike(io.BytesIO(clean.data))
