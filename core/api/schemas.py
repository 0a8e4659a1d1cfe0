"""Schemas and serialisers every router uses: links to pages, taxonomy terms,
images with renditions, documents and rich text.

URLs are absolute, so that a client on another host can follow them: public
page URLs for people, ``api_url`` for the same item in this API.
"""

from __future__ import annotations

import re
from datetime import datetime

from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from ninja import Field, Path, Schema
from wagtail.images import get_image_model
from wagtail.models import Page

#: The fixed image sizes every image is offered in, by name.
RENDITIONS = {
    "thumbnail": "fill-400x225",
    "medium": "fill-800x450",
    "large": "max-1600x1600",
}

API_NAMESPACE = "api-v1"

#: The largest id any item has room for; larger ones are refused with a 400.
MAX_ID = 2**31 - 1
#: The longest slug a page may have.
MAX_SLUG = 255


def item_id():
    """The ``id`` path parameter of detail endpoints."""
    return Path(..., ge=1, le=MAX_ID, description="The item's id.")


def item_slug():
    """The ``slug`` path parameter of by-slug endpoints."""
    return Path(..., min_length=1, max_length=MAX_SLUG, description="The slug.")


class PageRef(Schema):
    """A link to another page: enough to show it in a list and to follow it."""

    id: int
    title: str
    slug: str
    locale: str = Field(description="The language the page is written in.")
    url: str | None = Field(description="The public page, for people.")
    api_url: str | None = Field(description="The same page in this API, if it has one.")


class TermRef(Schema):
    name: str
    slug: str


class Rendition(Schema):
    url: str
    width: int
    height: int


class ImageOut(Schema):
    id: int
    alt: str = Field(description="A description for people who cannot see it.")
    width: int
    height: int
    renditions: dict[str, Rendition] = Field(
        description="The image at fixed sizes: "
        + ", ".join(f"{name} ({spec})" for name, spec in RENDITIONS.items())
    )


class DocumentOut(Schema):
    title: str
    url: str = Field(description="Where to download the file.")
    extension: str


class Translation(Schema):
    locale: str
    id: int
    url: str | None
    api_url: str | None


def absolute(request: HttpRequest, url: str | None) -> str | None:
    if not url:
        return url
    return request.build_absolute_uri(url)


def api_url(request: HttpRequest, obj) -> str | None:
    """The API detail URL of ``obj``, by its model's ``<model>-detail`` route
    taking its ``id`` (a generic ``Page`` counts as its specific type)."""
    model = obj.specific_class if isinstance(obj, Page) else type(obj)
    try:
        # By ``id`` only: snippets found by slug and locale have routes of
        # their own (see their routers), which this does not match.
        path = reverse(
            f"{API_NAMESPACE}:{model._meta.model_name}-detail", kwargs={"id": obj.pk}
        )
    except NoReverseMatch:
        return None
    return request.build_absolute_uri(path)


def page_url(request: HttpRequest, page) -> str | None:
    """The page's public URL on the host the API was asked on (from Wagtail's
    cached site root paths: no query per page)."""
    parts = page.get_url_parts(request)
    if parts is None:
        return None
    _site_id, _root_url, path = parts
    return absolute(request, path)


def page_ref(request: HttpRequest, page) -> dict:
    """A :class:`PageRef` for ``page`` (``locale`` should be selected with it)."""
    return {
        "id": page.pk,
        "title": page.title,
        "slug": page.slug,
        "locale": page.locale.language_code,
        "url": page_url(request, page),
        "api_url": api_url(request, page),
    }


def term_refs(terms) -> list[dict]:
    return [{"name": term.name, "slug": term.slug} for term in terms]


def image_queryset():
    """Images with their renditions at :data:`RENDITIONS`, for ``Prefetch``."""
    return get_image_model().objects.prefetch_renditions(*RENDITIONS.values())


def image_out(request: HttpRequest, image, page=None) -> dict | None:
    """An :class:`ImageOut` for one of ``page``'s images, with the same text
    alternative as the page's HTML: :mod:`core.attribution` decides it, so
    an anonymised page never hands out an image title (often the uploaded
    file's name) as ``alt``."""
    from core.attribution import attribution

    if image is None:
        return None
    renditions = image.get_renditions(*RENDITIONS.values())
    return {
        "id": image.pk,
        "alt": attribution(page).image_alt(image),
        "width": image.width,
        "height": image.height,
        "renditions": {
            name: {
                "url": absolute(request, renditions[spec].url),
                "width": renditions[spec].width,
                "height": renditions[spec].height,
            }
            for name, spec in RENDITIONS.items()
        },
    }


_LOCAL_URL = re.compile(r'(\s(?:href|src)=")(/(?!/)[^"]*)"')


def rich_texts(request: HttpRequest, *values: str | None) -> list[str]:
    """Rich text from the database as HTML, with internal links to pages,
    documents and images resolved to absolute public URLs; links to pages the
    reader may not see are plain text (see :mod:`core.rich_text`).

    All values are expanded together, so the links of every field of an item
    cost one query per kind of link, not one per field.
    """
    from core.rich_text import expand_for_reader, reader_links

    root = request.build_absolute_uri("/").rstrip("/")
    return [
        _LOCAL_URL.sub(lambda m: f'{m.group(1)}{root}{m.group(2)}"', html)
        for html in expand_for_reader(
            reader_links(request, page_url, localise=False), *values
        )
    ]


def latest(*moments: datetime | None) -> datetime | None:
    known = [moment for moment in moments if moment is not None]
    return max(known) if known else None
