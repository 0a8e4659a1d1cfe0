"""The get-involved finder: every open opportunity across the network."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from core.locales import active_locale_id, with_fallback
from core.pages import section_parent_page_types
from core.pagination import paginate
from core.rich_text import NOTE_FEATURES
from core.translation import PAGE_FIELDS, translated
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


class GetInvolvedPage(Page):
    """Find a campaign to join: open opportunities, filtered by topic, country,
    online or in person, commitment, language and skill."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=NOTE_FEATURES,
        help_text=_("A few sentences above the finder."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = section_parent_page_types()
    subpage_types: list[str] = []
    max_count_per_parent = 1

    translatable_fields = PAGE_FIELDS + translated("intro")

    class Meta:
        verbose_name = _("get-involved finder")

    def get_context(self, request, *args, **kwargs):
        from ..filters import OpportunityFilterSet

        context = super().get_context(request, *args, **kwargs)
        filterset = OpportunityFilterSet(
            request.GET or None,
            queryset=current_opportunities(request),
            request=request,
        )
        opportunities = paginate(
            request,
            filterset.qs.in_finder_order().select_related("page"),
        )
        opportunities.object_list = list(opportunities.object_list)
        attach_movements(opportunities.object_list, request)
        context["filterset"] = filterset
        context["filter_errors"] = filterset.error_messages()
        context["opportunities"] = opportunities
        return context
