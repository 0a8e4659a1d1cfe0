"""The get-involved finder: every open opportunity across the network."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from core.listing import ListingPage
from core.locales import active_locale_id, with_fallback
from core.visibility import visible_pages

from .campaign import CampaignPage, Opportunity
from .movement import MovementProfilePage


def current_opportunities(request):
    """Opportunities that have not expired, on campaigns the visitor may see:
    in the visitor's language, or in their original language where nobody
    has translated them yet."""
    campaigns = with_fallback(
        visible_pages(CampaignPage.objects.all(), request), active_locale_id()
    )
    return Opportunity.objects.current().filter(page__in=campaigns.values("pk"))


def attach_movements(opportunities, request) -> None:
    """Set ``opportunity.movement`` to its campaign's movement (or ``None`` if
    the visitor may not see it), with one query for the whole list."""
    parent_paths = {
        opportunity.page.path[: -CampaignPage.steplen] for opportunity in opportunities
    }
    movements = {
        movement.path: movement
        for movement in visible_pages(
            MovementProfilePage.objects.filter(path__in=parent_paths), request
        )
    }
    for opportunity in opportunities:
        opportunity.movement = movements.get(
            opportunity.page.path[: -CampaignPage.steplen]
        )


class GetInvolvedPage(ListingPage):
    """Find a campaign to join: open opportunities, filtered by topic, country,
    online or in person, commitment, language and skill."""

    subpage_types: list[str] = []
    filterset_class = "engagement.filters.OpportunityFilterSet"
    ordering = ()
    listing_name = "opportunities"

    class Meta:
        verbose_name = _("get-involved finder")

    def listed_items(self, request):
        """Open roles of the campaigns the reader may see: opportunities are
        not pages, and :func:`current_opportunities` applies the rules."""
        return current_opportunities(request)

    def prepare(self, queryset):
        return queryset.in_finder_order().select_related("page")

    def decorate(self, request, items):
        attach_movements(items, request)
        return items
