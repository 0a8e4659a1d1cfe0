"""Files members upload with a resource lose their hidden details first.

A PDF names its author, the software and the times it was written in its
document information and its XMP metadata; both are dropped and the file is
written afresh (:mod:`pypdf`), so nothing appended after the end of the file
survives either. Plain text and CSV carry no metadata and are only checked to
be text. Every file is stored under a random name: an upload's own name
(``minutes-anna-lindqvist.pdf``) often says who made it. Images follow the
same rule in :mod:`core.images`.
"""

from __future__ import annotations

import io
import uuid

from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _

#: Shown for a file that cannot be read, so its details cannot be removed.
UNREADABLE = _(
    "This file could not be read, so its hidden details (such as the author's "
    "name) could not be removed. Save it again as PDF and upload that file."
)


class UncleanableFile(ValueError):
    message = UNREADABLE


def neutral_name(extension: str) -> str:
    return f"{uuid.uuid4().hex}.{extension}"


def clean_pdf(data: bytes) -> bytes:
    """``data`` written afresh without document information or XMP."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise UncleanableFile("encrypted")
        writer = PdfWriter()
        for page in reader.pages:
            writer.add_page(page)
        for page in writer.pages:
            if NameObject("/Metadata") in page:
                del page[NameObject("/Metadata")]
        root = writer._root_object
        if NameObject("/Metadata") in root:
            del root[NameObject("/Metadata")]
        writer._info = None
        output = io.BytesIO()
        writer.write(output)
    except UncleanableFile:
        raise
    # Untrusted input: pypdf raises many kinds of error on a malformed file,
    # and each means "refuse this upload".
    except Exception as error:
        raise UncleanableFile(str(error)) from error
    return output.getvalue()


def clean_text(data: bytes) -> bytes:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UncleanableFile("not utf-8") from error
    return data


def clean_file(upload, extension: str) -> ContentFile:
    """``upload`` cleaned, as a file under a random name."""
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    cleaned = clean_pdf(data) if extension == "pdf" else clean_text(data)
    return ContentFile(cleaned, name=neutral_name(extension))
