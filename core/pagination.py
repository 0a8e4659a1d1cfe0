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


def paginate(request, queryset, per_page: int | None = None):
    """One page of ``queryset``; a bad or out-of-range page number shows page 1
    or the last page instead of an error."""
    paginator = Paginator(queryset, per_page or settings.PRAXIS_PAGE_SIZE)
    number = request.GET.get("page")
    try:
        return paginator.page(number)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)
