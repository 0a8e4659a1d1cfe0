"""``/api/v1/campaigns/``: campaigns, what they achieved and how to join them."""

from __future__ import annotations

from datetime import date, datetime

import django_filters
from django.db.models import F
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from ninja import Field, Query, Router

from core.api.filters import filter_list, query_schema
from core.api.pagination import Paginated, paginate
from core.api.schemas import (
    PageRef,
    TermRef,
    Translation,
    page_ref,
    rich_texts,
)
from core.attribution import tied_to_their_origin
from core.listing import ordering_choices
from core.locales import with_fallback
from core.visibility import visible_pages
from lessons.api.common import (
    add_detail_routes,
    pages_and_translations,
    terms_by_page,
)
from lessons.filters import PraxisFilterSet, TermFilter, countries_in, country_choices
from lessons.models import LessonPage, Tactic, Topic

from ..choices import CampaignStatus
from ..fields import contains_any
from ..filters import distinct_codes
from ..models import CampaignPage, MovementProfilePage, Opportunity
from ..models.campaign import accepted_partners_of
from .common import (
    LIST_SIZE,
    campaigns_of,
    movement_refs,
    page_refs,
)
from .opportunities import OpportunityOut, opportunity_out

router = Router(tags=["campaigns"])


class CampaignFilterSet(PraxisFilterSet):
    """The campaign list's facets. The site lists campaigns on their movement's
    profile only, so this small set exists for the API alone."""

    movement = django_filters.CharFilter(
        method="filter_movement", label=_("Movement (its slug)"), max_length=255
    )
    status = django_filters.MultipleChoiceFilter(
        choices=CampaignStatus.choices, label=_("Status")
    )
    topic = TermFilter(field_name="topics__slug", model=Topic, label=_("Topic"))
    tactic = TermFilter(field_name="tactics__slug", model=Tactic, label=_("Tactic"))
    country = django_filters.MultipleChoiceFilter(
        choices=[], method="filter_country", label=_("Country")
    )
    ordering = django_filters.OrderingFilter(
        fields=(("started", "started"), ("title", "title")),
        choices=ordering_choices("started"),
        label=_("Sort by"),
    )

    class Meta:
        model = CampaignPage
        fields: list[str] = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["country"].extra["choices"] = country_choices(
            countries_in(self.queryset, request=self.request)
        )

    def filter_movement(self, queryset, name, value):
        """Campaigns of the movement with this slug, in any of its languages
        (a translated profile may have a translated slug)."""
        if not value:
            return queryset
        movements = visible_pages(MovementProfilePage.objects.all(), self.request)
        family = movements.filter(
            translation_key__in=movements.filter(slug=value).values("translation_key")
        )
        return queryset.filter(pk__in=campaigns_of(family))

    def filter_country(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(contains_any("countries", distinct_codes(value)))


class CampaignSummary(PageRef):
    summary: str
    status: str = Field(description="planning, active, paused, won, lost or ended.")
    started: date | None
    ended: date | None = Field(description="Null while it is still going.")
    countries: list[str] = Field(description="ISO 3166 country codes.")
    topics: list[TermRef]
    tactics: list[TermRef]
    movement: PageRef | None = Field(description="The movement that runs it.")
    first_published_at: datetime | None
    last_published_at: datetime | None


class CampaignDetail(CampaignSummary):
    goals: str = Field(description="HTML.")
    outcome_summary: str = Field(description="HTML: what happened in the end.")
    coalition_partners: list[PageRef] = Field(
        description="Other movements it campaigned with (only those that "
        "accepted to be named as its partners)."
    )
    opportunities: list[OpportunityOut] = Field(
        description="Roles people can take on now (expired ones are left out), "
        "open ones first."
    )
    lessons: list[PageRef] = Field(
        description=f"The newest {LIST_SIZE} lessons learned in it (anonymously "
        "shared lessons are never listed here)."
    )
    translations: list[Translation] = Field(
        description="The same campaign in other languages."
    )


CampaignQuery = query_schema(CampaignFilterSet, "CampaignQuery")

#: The campaign's vocabularies.
TERMS = ("topics", "tactics")


def _visible(request):
    return visible_pages(CampaignPage.objects.all(), request)


def _summary(request, campaign, terms, movements) -> dict:
    return {
        **page_ref(request, campaign),
        "summary": campaign.summary,
        "status": campaign.status,
        "started": campaign.started,
        "ended": campaign.ended,
        "countries": [country.code for country in campaign.countries],
        "topics": terms["topics"],
        "tactics": terms["tactics"],
        "movement": movements.get(campaign.pk),
        "first_published_at": campaign.first_published_at,
        "last_published_at": campaign.last_published_at,
    }


@router.get(
    "/",
    response=Paginated[CampaignSummary],
    url_name="campaignpage-list",
    summary="List campaigns",
)
def list_campaigns(request: HttpRequest, params: Query[CampaignQuery]):
    """Campaigns an anonymous visitor may see, most recently started first,
    filtered by ``movement`` (a movement's slug), ``status``, ``topic``,
    ``tactic`` and ``country``, ordered by ``ordering``."""
    _locale, campaigns = filter_list(
        request,
        CampaignFilterSet,
        _visible(request),
        params,
        F("started").desc(nulls_last=True),
        "title",
        "pk",
    )
    items, envelope = paginate(
        request, campaigns.select_related("locale"), params.page, params.page_size
    )
    terms = terms_by_page(CampaignPage, [item.pk for item in items], TERMS)
    movements = movement_refs(request, items)
    envelope["results"] = [
        _summary(request, campaign, terms[campaign.pk], movements) for campaign in items
    ]
    return envelope


def campaign_detail(request, campaign) -> dict:
    """Everything the campaign's page shows: goals, outcome, partners, the
    roles open now and the lessons learned."""
    terms = terms_by_page(CampaignPage, [campaign.pk], TERMS)
    _pages, translations = pages_and_translations(request, campaign)
    goals, outcome = rich_texts(request, campaign.goals, campaign.outcome_summary)
    partners = with_fallback(
        accepted_partners_of(
            campaign, visible_pages(MovementProfilePage.objects.all(), request)
        ),
        campaign.locale_id,
    )
    lessons = with_fallback(
        visible_pages(
            tied_to_their_origin(
                LessonPage.objects.filter(
                    source_campaign__translation_key=campaign.translation_key
                )
            ),
            request,
        ),
        campaign.locale_id,
    )
    opportunities = Opportunity.objects.filter(page=campaign).current()
    detail = _summary(
        request, campaign, terms[campaign.pk], movement_refs(request, [campaign])
    )
    detail.update(
        {
            "goals": goals,
            "outcome_summary": outcome,
            "coalition_partners": page_refs(
                request, partners.order_by("title", "pk"), limit=None
            ),
            "opportunities": [
                opportunity_out(request, opportunity)
                for opportunity in opportunities.in_finder_order()
            ],
            "lessons": page_refs(
                request, lessons.order_by("-first_published_at", "-pk")
            ),
            "translations": translations,
        }
    )
    return detail


add_detail_routes(
    router,
    model=CampaignPage,
    response=CampaignDetail,
    detail=campaign_detail,
    visible=_visible,
    noun="campaign",
    about=(
        "A campaign: goals, status, dates, where, topics and tactics, outcome, "
        "coalition partners, its movement, the roles open now and lessons learned."
    ),
)
