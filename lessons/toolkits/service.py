"""Choosing a toolkit's items and putting its files together.

A toolkit is lessons and resources a visitor chose (or a learning path with its
steps), in the language of the address it was asked at, on one paper size. It
comes as one PDF (the items' briefs one after another, each a bookmark) or as a
zip: the briefs, an offline copy in HTML that opens from the file system
(``index.html`` and a page per item) and the resources' own files.

Both are put together from briefs already built (:mod:`lessons.briefs`), so
nothing here lays a page out: a toolkit whose briefs are not ready asks the
worker for them and answers "being prepared", as a brief does. A finished file
is kept under ``PRAXIS_BRIEF_ROOT/toolkits`` by a key of its items' live
revisions, files, language and paper, so a toolkit changes when one of its
pages is published again. Who may fetch it is decided on every request by the
items' reading rules (:func:`choose`), never by the file.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from pypdf import PdfReader, PdfWriter
from wagtail.models import Locale, Page

from core import documents
from core.visibility import visible_pages

from ..briefs.service import (
    PAPERS,
    has_brief,
    members_only,
    render_html,
    stored_brief,
)
from ..briefs.tasks import enqueue_build
from ..models import LearningPathPage, LessonPage, ResourcePage

#: At most this many lessons and resources in one toolkit (a path's steps count).
MAX_ITEMS = 20
#: A toolkit's files together may not be larger than this (bytes).
MAX_BYTES = 100 * 1024 * 1024
#: The ways a toolkit comes: by the ``?format=`` value, its content type.
FORMATS = {"pdf": "application/pdf", "zip": "application/zip"}
#: Bump when the zip's layout or the offline pages change.
FORMAT = 1


class ToolkitError(ValueError):
    """A toolkit that cannot be made, with a message for the person."""


@dataclass(frozen=True)
class Item:
    """One page of a toolkit and its stored brief (None while being prepared)."""

    page: Page
    position: int
    paper: str = "a4"

    @property
    def brief(self):
        return stored_brief(self.page, "brief", self.paper)

    @property
    def name(self) -> str:
        """The item's file names in the zip, without extension."""
        return f"{self.position:02d}-{slugify(self.page.slug)[:60] or 'item'}"

    @property
    def document(self):
        document = self.page.document if isinstance(self.page, ResourcePage) else None
        if document is None:
            return None
        try:
            document.file.size  # noqa: B018 - a missing file is left out
        except (FileNotFoundError, OSError):
            return None
        return document

    @property
    def document_name(self) -> str:
        return documents.download_name(self.page, self.document)


@dataclass(frozen=True)
class Toolkit:
    items: tuple[Item, ...]
    paper: str
    language: str
    path: LearningPathPage | None = None

    @property
    def members_only(self) -> bool:
        """Whether a member's sign-in was needed for one of its items."""
        return any(members_only(item.page) for item in self.items)

    @property
    def missing(self) -> list[Item]:
        """The items whose brief is not built yet."""
        return [item for item in self.items if item.brief is None]

    def key(self, fmt: str) -> str:
        parts = [FORMAT, fmt, self.paper, self.language]
        for item in self.items:
            document = item.document
            parts.append(
                [
                    item.page.pk,
                    item.page.live_revision_id,
                    document.pk if document else None,
                    document.file_hash if document else None,
                ]
            )
        return hashlib.sha256(json.dumps(parts).encode()).hexdigest()[:32]

    def stored(self, fmt: str) -> Path | None:
        path = _folder() / f"{self.key(fmt)}.{fmt}"
        return path if path.is_file() else None

    @property
    def title(self) -> str:
        if self.path is not None:
            return self.path.title
        return _("Field toolkit")

    @property
    def filename(self) -> str:
        stem = slugify(self.path.slug) if self.path is not None else "toolkit"
        return f"praxis-{stem}-{self.language}-{self.paper}"


def _folder() -> Path:
    return Path(settings.PRAXIS_BRIEF_ROOT) / "toolkits"


def _int_list(values: list[str]) -> list[int]:
    ids: list[int] = []
    for value in values:
        for part in value.split(","):
            part = part.strip()
            if not part:
                continue
            if not part.isdigit() or len(part) > 12:
                raise ToolkitError(_("Items are chosen by their numbers."))
            if int(part) not in ids:
                ids.append(int(part))
    return ids


def choose(request, item_ids: list[str], path_id: str = "", paper: str = "a4"):
    """The toolkit of ``item_ids`` (lessons and resources) or of the learning
    path ``path_id``, as far as this visitor may read them, in the language of
    the request; :class:`ToolkitError` with a message when there is nothing to
    make, too much, or a paper size Praxis does not print."""
    if paper not in PAPERS:
        raise ToolkitError(_("Choose A4 or US Letter paper."))
    locale = Locale.get_active()
    readable = visible_pages(Page.objects.filter(locale=locale), request)
    path = None
    if path_id:
        if not path_id.isdigit() or len(path_id) > 12:
            raise ToolkitError(_("Items are chosen by their numbers."))
        path = (
            visible_pages(LearningPathPage.objects.filter(locale=locale), request)
            .filter(pk=int(path_id))
            .first()
        )
        if path is None:
            raise ToolkitError(
                _("That learning path is not available in this language.")
            )
        pages = [path] + [step.item for step in path.visible_steps(request)]
    else:
        ids = _int_list(item_ids)
        if len(ids) > MAX_ITEMS:
            raise ToolkitError(
                _("A toolkit holds at most %(count)s lessons and resources.")
                % {"count": MAX_ITEMS}
            )
        found = {
            page.pk: page
            for page in readable.filter(pk__in=ids)
            .type(LessonPage, ResourcePage)
            .specific()
        }
        pages = [found[pk] for pk in ids if pk in found]
    pages = [page for page in pages if has_brief(page)]
    if not pages:
        raise ToolkitError(
            _("Choose at least one lesson or resource you can read in this language.")
        )
    if len(pages) > MAX_ITEMS + 1:
        raise ToolkitError(
            _("A toolkit holds at most %(count)s lessons and resources.")
            % {"count": MAX_ITEMS}
        )
    items = tuple(
        Item(page=page, position=number, paper=paper)
        for number, page in enumerate(pages, start=1)
    )
    return Toolkit(items=items, paper=paper, language=locale.language_code, path=path)


def prepare(toolkit: Toolkit) -> bool:
    """Ask the worker for the briefs not built yet; True when all are ready
    (with the immediate backend they are built here)."""
    for item in toolkit.missing:
        enqueue_build(item.page, "brief", toolkit.paper)
    return not toolkit.missing


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written beside its place, then moved there: nobody gets half a file.
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".part")
    with os.fdopen(handle, "wb") as out:
        out.write(data)
    os.replace(temporary, path)
    return path


def _check_size(toolkit: Toolkit) -> None:
    total = sum(item.brief.size for item in toolkit.items)
    total += sum(item.document.file.size for item in toolkit.items if item.document)
    if total > MAX_BYTES:
        raise ToolkitError(
            _(
                "This toolkit would be larger than %(limit)s MB: choose fewer "
                "lessons and resources."
            )
            % {"limit": MAX_BYTES // (1024 * 1024)}
        )


def combined_pdf(toolkit: Toolkit) -> bytes:
    """The items' briefs in one PDF, each a bookmark named by its title."""
    writer = PdfWriter()
    for item in toolkit.items:
        with item.brief.open() as handle:
            writer.append(PdfReader(handle), outline_item=item.page.title)
    writer.add_metadata({"/Title": toolkit.title, "/Producer": "Praxis"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def offline_zip(toolkit: Toolkit) -> bytes:
    """The briefs, the offline HTML copy and the resources' files, in a zip
    whose folder is named after the toolkit."""
    folder = toolkit.filename
    out = io.BytesIO()
    with (
        translation.override(toolkit.language),
        zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive,
    ):
        entries = []
        for item in toolkit.items:
            page_html = render_html(
                item.page, "brief", toolkit.paper, offline_index="../index.html"
            )
            archive.writestr(f"{folder}/pages/{item.name}.html", page_html)
            with item.brief.open() as handle:
                archive.writestr(
                    zipfile.ZipInfo(f"{folder}/briefs/{item.name}.pdf"),
                    handle.read(),
                    compress_type=zipfile.ZIP_STORED,
                )
            entry = {
                "item": item,
                "page_file": f"pages/{item.name}.html",
                "brief_file": f"briefs/{item.name}.pdf",
                "brief_size": item.brief.size,
            }
            document = item.document
            if document is not None:
                name = f"files/{item.name}-{item.document_name}"
                with document.file.open("rb") as handle:
                    archive.writestr(f"{folder}/{name}", handle.read())
                entry.update(file=name, file_size=document.file.size)
            entries.append(entry)
        index = render_to_string(
            "lessons/toolkits/offline_index.html",
            {"toolkit": toolkit, "entries": entries},
        )
        archive.writestr(f"{folder}/index.html", index)
    return out.getvalue()


BUILDERS = {"pdf": combined_pdf, "zip": offline_zip}


def assemble(toolkit: Toolkit, fmt: str) -> Path:
    """The toolkit's file in ``fmt``, put together once per key; its briefs
    must be ready (:func:`prepare`)."""
    stored = toolkit.stored(fmt)
    if stored is not None:
        return stored
    if toolkit.missing:
        raise RuntimeError("A toolkit is put together from built briefs only.")
    _check_size(toolkit)
    return _write(_folder() / f"{toolkit.key(fmt)}.{fmt}", BUILDERS[fmt](toolkit))


def toolkit_query(page) -> str:
    """The query string of a toolkit of ``page`` alone (a path: with its steps)."""
    if isinstance(page, LearningPathPage):
        return f"path={page.pk}"
    return f"items={page.pk}"
