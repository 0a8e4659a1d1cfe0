"""Who a page is credited to, in one place: the page, the API and the search
index all ask :func:`attribution` what they may show about the people and
groups behind a lesson or resource.

An anonymised page names no author, movement, campaign or publisher anywhere
public, and hands out no uploaded file name or image title (both are often the
name of a person, a group or a place). Asking here rather than testing
``page.anonymised`` in each template, serialiser and index field keeps every
channel saying the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

#: What an anonymised page says instead of its authors.
ANONYMOUS_CREDIT = _("Shared anonymously by a movement in the network.")


@dataclass(frozen=True)
class Attribution:
    """What may be said publicly about who made ``page``.

    Fields that need a query (``authors``) are read only when asked for, so a
    listing can ask for the movement of many pages without a query each.
    """

    page: Any

    @property
    def anonymised(self) -> bool:
        return bool(getattr(self.page, "anonymised", False))

    @property
    def movement_id(self) -> int | None:
        """The owning movement, to look up and link to; None when hidden."""
        return None if self.anonymised else getattr(self.page, "movement_id", None)

    @property
    def campaign_id(self) -> int | None:
        """The campaign the lesson was learned in; None when hidden."""
        if self.anonymised:
            return None
        return getattr(self.page, "source_campaign_id", None)

    @property
    def origin_ids(self) -> list[int]:
        """The movement and campaign ids that may be shown, known ones only."""
        return [pk for pk in (self.movement_id, self.campaign_id) if pk]

    @property
    def publisher(self) -> str:
        """A resource's publisher, or ``""`` when hidden."""
        return "" if self.anonymised else getattr(self.page, "publisher", "") or ""

    @property
    def authors(self) -> list[str]:
        """The authors' public names, in order; empty when hidden (one query)."""
        if self.anonymised or not hasattr(self.page, "authors"):
            return []
        return [author.public_name for author in self.page.authors.all()]

    @property
    def credit(self) -> str:
        """The neutral wording shown instead of names, or ``""`` when named."""
        return str(ANONYMOUS_CREDIT) if self.anonymised else ""

    def image_alt(self, image) -> str:
        """The text alternative of one of the page's images.

        The image's description when it has one. Otherwise Wagtail falls back
        on the image's title, usually the uploaded file's name: an anonymised
        page gives ``""`` (a decorative image) instead.
        """
        if image is None:
            return ""
        if self.anonymised:
            return getattr(image, "description", "") or ""
        return image.default_alt_text or ""

    def document_label(self, title: str, label: str, position: int = 1) -> str:
        """The link text of an attached file: ``label`` (the editor's link text
        or the document's title) when named; for an anonymised page, the
        editor's own link text ``title`` or a neutral "Document 1"."""
        if not self.anonymised:
            return label
        return title or str(_("Document %(number)s") % {"number": position})

    def download_name(self, document, position: int | None = None) -> str:
        """The name a visitor's browser saves the file under: the uploaded
        name when named, otherwise the page's slug (and the file's position),
        so that the uploaded name never reaches an anonymised page's readers."""
        if not self.anonymised:
            return document.filename
        stem = self.page.slug if position is None else f"{self.page.slug}-{position}"
        from .documents import extension

        return stem + extension(document)


def attribution(page) -> Attribution:
    """The attribution rule for ``page`` (any page; pages that cannot be
    anonymised are always named)."""
    return Attribution(page)


def tied_to_their_origin(queryset: QuerySet) -> QuerySet:
    """The pages of ``queryset`` that may be shown with their movement or
    campaign: an anonymised page never is, in a movement's or campaign's
    lists, in the "movement" filter or in the API. The same rule as
    :func:`attribution`, for querysets."""
    return queryset.filter(anonymised=False)
