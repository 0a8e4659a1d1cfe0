"""Page-number pagination with ``next``/``previous`` links.

``page_size`` is 20 unless asked for, and never more than :data:`MAX_PAGE_SIZE`;
a page past the last one is a 404 problem that says how many pages there are.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from django.core.paginator import EmptyPage
from django.http import HttpRequest
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from ninja import Field, Schema

from ..pagination import ListingPaginator
from .problems import Problem

T = TypeVar("T")

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
#: No listing has this many pages; larger numbers are refused before any query.
MAX_PAGE = 100_000


class Paginated(Schema, Generic[T]):
    count: int = Field(description="How many items match, on every page.")
    page: int = Field(description="This page's number, from 1.")
    page_size: int
    next: str | None = Field(description="The next page's URL, if there is one.")
    previous: str | None = Field(description="The previous page's URL, if any.")
    results: list[T]


def _page_url(request: HttpRequest, number: int) -> str:
    query = request.GET.copy()
    query["page"] = str(number)
    return request.build_absolute_uri(
        f"{request.path}?{urlencode(sorted(query.lists()), doseq=True)}"
    )


def paginate(request: HttpRequest, items, page: int, page_size: int):
    """``(page of items, the envelope without results)`` for ``items``."""
    paginator = ListingPaginator(request, items, page_size)
    try:
        current = paginator.page(page)
    except EmptyPage:
        raise Problem(
            404,
            _("There is no page %(page)s: this list has %(pages)s page(s).")
            % {"page": page, "pages": paginator.num_pages},
        ) from None
    envelope = {
        "count": paginator.count,
        "page": current.number,
        "page_size": page_size,
        "next": _page_url(request, current.next_page_number())
        if current.has_next()
        else None,
        "previous": _page_url(request, current.previous_page_number())
        if current.has_previous()
        else None,
    }
    return list(current.object_list), envelope
