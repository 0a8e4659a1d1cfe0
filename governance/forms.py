"""The upload forms Wagtail builds its image and document forms from
(``WAGTAILIMAGES_IMAGE_FORM_BASE``, ``WAGTAILDOCS_DOCUMENT_FORM_BASE``).

Wagtail builds every image and document form from these bases: the admin's add
and edit views, the multiple uploaders, the choosers' upload tabs and the v3
API. The limits themselves are Wagtail settings (``WAGTAILIMAGES_MAX_UPLOAD_SIZE``,
``WAGTAILIMAGES_EXTENSIONS``, ``WAGTAILDOCS_MAX_UPLOAD_SIZE``,
``WAGTAILDOCS_EXTENSIONS``); these forms make sure a refused upload gets one
clear message. An image's metadata is removed by the image model itself
(:mod:`core.images`); the image form does it during validation so that a file
that cannot be cleaned is refused with a message instead of a server error.

Upstream gaps worked around here (Wagtail 8.0):

- A file that starts like an image but cannot be decoded (a truncated photo)
  crashes Wagtail's image field with a server error instead of a form error
  (wagtail/wagtail#1354): Willow decodes it to count its pixels and Wagtail
  only catches decompression-bomb errors there.
- A document refused by its field (too big) also gets the model's extension
  check run against an empty file, adding "File extension “” is not allowed"
  under the real message.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.core.files import File
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from core import images
from core.images import UNREADABLE_IMAGE


class ImageFileField(WagtailImageField):
    """Wagtail's image field, refusing undecodable files with a message
    (wagtail/wagtail#1354) instead of letting Pillow's error through."""

    def check_image_pixel_size(self, f: Any) -> None:
        try:
            super().check_image_pixel_size(f)
        except ValidationError:
            raise
        # Counting pixels decodes the untrusted file; any error Pillow raises
        # (OSError for a truncated file, SyntaxError, struct.error…) means the
        # file is broken.
        except Exception as exc:
            raise ValidationError(UNREADABLE_IMAGE, code="invalid_image") from exc


class ImageForm(BaseImageForm):
    """Wagtail's image form, handing on a cleaned file instead of the upload."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if type(field) is WagtailImageField:
            # Wagtail makes this field itself (``formfield_for_dbfield``), with
            # the label, widget and limits it wants; only the check differs.
            field.__class__ = ImageFileField

    def clean_file(self) -> File | None:
        """Return the upload re-encoded without metadata, or refuse it with a
        message the uploader can act on.

        The cleaned file reaches the model as a
        :class:`~core.images.CleanedImageFile`, which the model's file field
        stores without encoding it a second time.
        """
        upload = self.cleaned_data.get("file")
        if not upload or "file" not in self.changed_data:
            return upload
        try:
            return images.clean_upload(upload)
        except images.UnreadableImageError as exc:
            raise ValidationError(exc.message, code=exc.code) from None


class DocumentForm(BaseDocumentForm):
    """Wagtail's document form, with one message per refused upload."""

    def _post_clean(self) -> None:
        # ``_post_clean`` runs the model's ``clean()``, whose extension check
        # sees an empty name when the field has already refused the file.
        refused = self._errors.get("file")
        count = len(refused) if refused else 0
        super()._post_clean()
        if refused:
            del refused[count:]
