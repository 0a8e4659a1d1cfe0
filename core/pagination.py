"""Pages of a listing on the public site.

Every listing page (the index pages, a movement's lessons, the event and
opportunity finders, search results) shows its items through :func:`paginate`,
so a page number in a shared or stale link never gives an error page. The API
answers a page past the last with a problem instead (:mod:`core.api.pagination`),
because a client that asks for it has a bug it should hear about.
"""

from __future__ import annotations

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import QuerySet
from django.utils.functional import cached_property

from core import generation


class ListingPaginator(Paginator):
    """Django's paginator, with the count an anonymous reader is shown
    remembered until anything is published (:func:`core.generation.anonymous_count`):
    counting every match is the costliest part of a listing's first page."""

    def __init__(self, request, object_list, per_page, **kwargs) -> None:
        super().__init__(object_list, per_page, **kwargs)
        self.request = request

    @cached_property
    def count(self) -> int:
        if isinstance(self.object_list, QuerySet):
            return generation.anonymous_count(self.request, self.object_list)
        return super().count


def paginate(request, queryset, per_page: int | None = None):
    """One page of ``queryset``; a bad or out-of-range page number shows page 1
    or the last page instead of an error."""
    paginator = ListingPaginator(
        request, queryset, per_page or settings.PRAXIS_PAGE_SIZE
    )
    number = request.GET.get("page")
    try:
        return paginator.page(number)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)
