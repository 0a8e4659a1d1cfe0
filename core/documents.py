"""Documents attached to lessons and resources, served through their page.

Serving through the page means the page's own reading rules (sensitivity,
privacy sections) apply to its files, and an anonymised page can hand out a
file under a neutral name: an uploaded file's original name often carries the
name of a person, a group or a place.
"""

from __future__ import annotations

import mimetypes
from pathlib import PurePosixPath

from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.html import escape
from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.documents.rich_text import DocumentLinkHandler


def extension(document) -> str:
    """The file's extension with its dot (``".pdf"``), or ``""``."""
    return PurePosixPath(document.file.name).suffix.lower()


def document_response(document, filename: str) -> FileResponse:
    """The file as a download called ``filename``."""
    try:
        handle = document.file.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    content_type, _encoding = mimetypes.guess_type(filename)
    return FileResponse(
        handle,
        as_attachment=True,
        filename=filename,
        content_type=content_type or "application/octet-stream",
    )


def download_name(page, document, position: int | None = None) -> str:
    """The name a visitor's browser saves the file under.

    Anonymised pages use the page's slug and the position of the file, never
    the uploaded file's name: see :mod:`core.attribution`.
    """
    from .attribution import attribution

    return attribution(page).download_name(document, position)


def pages_using(obj) -> list[int]:
    """The ids of the pages that use ``obj`` (a document, an image, any model
    Wagtail's reference index tracks), in their text or attached, from the
    reference index.

    Files follow their pages: documents here and in ``before_serve_document``,
    images and their renditions in :mod:`core.media`.
    """
    from wagtail.models import ReferenceIndex

    object_ids = (
        ReferenceIndex.get_references_to(obj)
        .filter(
            base_content_type__app_label="wagtailcore",
            base_content_type__model="page",
        )
        .values_list("object_id", flat=True)
        .distinct()
    )
    return [int(pk) for pk in object_ids]


def used_anonymously(document) -> bool:
    """Whether an anonymised page uses ``document``."""
    from .visibility import sensitive_models

    ids = pages_using(document)
    return any(
        model.objects.filter(pk__in=ids, anonymised=True).exists()
        for model in sensitive_models()
    )


def serve_document(request: HttpRequest, document_id: int) -> HttpResponse:
    """A document by its number alone, the address rich text links to.

    Wagtail's own address ends in the uploaded file's name; a link written
    into a lesson's text would show it. The same ``before_serve_document``
    hooks run as for Wagtail's view (collection privacy, and the reading rules
    of the pages that use the document), and a file used on an anonymised page
    is saved under a neutral name.
    """
    document = get_object_or_404(get_document_model(), pk=document_id)
    for hook in hooks.get_hooks("before_serve_document"):
        result = hook(document, request)
        if isinstance(result, HttpResponse):
            return result
    if used_anonymously(document):
        filename = f"document-{document.pk}{extension(document)}"
    else:
        filename = document.filename
    return document_response(document, filename)


class NumberedDocumentLinkHandler(DocumentLinkHandler):
    """Rich text links to :func:`serve_document`, without the file name."""

    @classmethod
    def expand_db_attributes_many(cls, attrs_list: list[dict]) -> list[str]:
        return [
            '<a href="%s">' % escape(reverse("praxis_document", args=[document.pk]))
            if document
            else "<a>"
            for document in cls.get_many(attrs_list)
        ]
