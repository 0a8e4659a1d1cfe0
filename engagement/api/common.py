"""What the engagement endpoints share: short lists of links to pages, the
movement a campaign belongs to, and links to filtered lists."""

from __future__ import annotations

from django.db.models import QuerySet
from django.db.models.functions import Length, Substr
from django.http import HttpRequest
from django.urls import reverse
from django.utils.http import urlencode

from core.api.schemas import API_NAMESPACE, page_ref
from core.visibility import visible_pages

from ..models import CampaignPage, MovementProfilePage

#: How many items a detail lists of each kind (newest first, or in the order
#: the page shows them); the rest are in the list its ``…_url`` links to.
LIST_SIZE = 20

#: The columns a link to a page needs (see :func:`core.api.schemas.page_ref`).
REF_FIELDS = ("id", "title", "slug", "url_path", "content_type", "locale")


def page_refs(request: HttpRequest, queryset: QuerySet, limit=LIST_SIZE) -> list:
    """PageRef dicts for the first ``limit`` pages of ``queryset`` (already
    narrowed to what the visitor may see, and ordered), in one query."""
    pages = queryset.select_related("locale").only(*REF_FIELDS)[:limit]
    return [page_ref(request, page) for page in pages]


def list_url(request: HttpRequest, route: str, **params: str) -> str:
    """The absolute URL of an API list (``route``) filtered by ``params``."""
    path = reverse(f"{API_NAMESPACE}:{route}")
    return request.build_absolute_uri(f"{path}?{urlencode(params)}")


def campaigns_of(movements: QuerySet) -> QuerySet:
    """Campaigns whose parent is one of ``movements`` (a campaign is always a
    child of its movement's profile), as one sub-query."""
    return CampaignPage.objects.alias(
        parent_path=Substr("path", 1, Length("path") - CampaignPage.steplen)
    ).filter(parent_path__in=movements.values("path"))


def movement_refs(request: HttpRequest, campaigns) -> dict[int, dict]:
    """``{campaign id: PageRef}`` of the movements of ``campaigns`` that the
    visitor may see, in one query; a hidden movement is simply missing."""
    parents = {
        campaign.pk: campaign.path[: -campaign.steplen] for campaign in campaigns
    }
    if not parents:
        return {}
    movements = visible_pages(
        MovementProfilePage.objects.filter(path__in=set(parents.values())), request
    ).select_related("locale")
    by_path = {movement.path: page_ref(request, movement) for movement in movements}
    return {
        campaign_id: by_path[path]
        for campaign_id, path in parents.items()
        if path in by_path
    }
