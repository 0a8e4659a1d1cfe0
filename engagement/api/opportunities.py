"""``/api/v1/opportunities/``: the get-involved finder.

Only current opportunities are listed or found (:meth:`OpportunityQuerySet.current`:
not past their end date or the date to join by, on a campaign that has not
finished), on campaigns an anonymous visitor may see.
"""

from __future__ import annotations

from datetime import date

from django.db.models import Case, IntegerField, Q, Subquery, Value, When
from django.http import Http404, HttpRequest
from ninja import Field, Query, Router, Schema

from core.api.filters import filter_list, query_schema
from core.api.locales import resolve_locale, with_fallback
from core.api.pagination import Paginated, paginate
from core.api.schemas import PageRef, TermRef, api_url, item_id, page_ref
from core.visibility import visible_pages
from lessons.api.common import DetailQuery, detail_locale, terms_by_page

from ..filters import OpportunityFilterSet
from ..models import CampaignPage, Opportunity
from .common import movement_refs

router = Router(tags=["opportunities"])


class OpportunityOut(Schema):
    id: int
    api_url: str | None
    role: str
    description: str
    commitment: str = Field(description="one_off, monthly, weekly or ongoing.")
    attendance: str = Field(description="online, in_person or both.")
    country: str = Field(description="ISO 3166 code; empty for roles open anywhere.")
    town: str
    skills: list[str] = Field(description="Skill codes; empty when none is needed.")
    languages: list[str] = Field(description="Language codes the role is done in.")
    starts_on: date | None
    ends_on: date | None
    join_by: date | None = Field(description="The last day to sign up, if any.")
    is_open: bool = Field(description="False when it starts later.")
    join_url: str | None = Field(description="Where to sign up.")
    join_email: str | None = Field(description="Where to write to sign up.")


class OpportunityWithCampaign(OpportunityOut):
    campaign: PageRef
    movement: PageRef | None = Field(description="The campaign's movement.")
    topics: list[TermRef] = Field(description="The campaign's topics.")


OpportunityQuery = query_schema(OpportunityFilterSet, "OpportunityQuery")


def opportunity_out(request, opportunity) -> dict:
    return {
        "id": opportunity.pk,
        "api_url": api_url(request, opportunity),
        "role": opportunity.role,
        "description": opportunity.description,
        "commitment": opportunity.commitment,
        "attendance": opportunity.attendance,
        "country": opportunity.country.code or "",
        "town": opportunity.town,
        "skills": opportunity.skills,
        "languages": opportunity.languages,
        "starts_on": opportunity.starts_on,
        "ends_on": opportunity.ends_on,
        "join_by": opportunity.join_by,
        "is_open": opportunity.is_open,
        "join_url": opportunity.join_url or None,
        "join_email": opportunity.join_email or None,
    }


def _with_campaign(request, opportunities) -> list[dict]:
    """:class:`OpportunityWithCampaign` dicts; the campaigns come selected with
    the opportunities, their movements and topics in one query each."""
    campaigns = [opportunity.page for opportunity in opportunities]
    movements = movement_refs(request, campaigns)
    terms = terms_by_page(CampaignPage, {page.pk for page in campaigns}, ("topics",))
    return [
        {
            **opportunity_out(request, opportunity),
            "campaign": page_ref(request, opportunity.page),
            "movement": movements.get(opportunity.page_id),
            "topics": terms[opportunity.page_id]["topics"],
        }
        for opportunity in opportunities
    ]


def _current(request, locale=None):
    """Current opportunities on the campaigns the visitor may see; with
    ``locale``, on those campaigns listed in that language (the fallback
    rule: a campaign not translated there is listed in its original)."""
    campaigns = visible_pages(CampaignPage.objects.all(), request)
    if locale is not None:
        campaigns = with_fallback(campaigns, locale)
    return Opportunity.objects.current().filter(page__in=campaigns.values("pk"))


@router.get(
    "/",
    response=Paginated[OpportunityWithCampaign],
    url_name="opportunity-list",
    summary="List opportunities to get involved",
)
def list_opportunities(request: HttpRequest, params: Query[OpportunityQuery]):
    """Roles people can take on now, open ones first and soonest closing
    first, with the get-involved finder's facets (``topic``, ``country``,
    ``attendance``, ``commitment``, ``language``, ``skill``)."""
    locale = resolve_locale(params.locale)
    # The campaigns are chosen for ``locale`` with the fallback rule; their
    # opportunities are in each campaign's language.
    queryset = _current(request, locale).in_finder_order()
    _locale, opportunities = filter_list(
        request,
        OpportunityFilterSet,
        queryset,
        params,
        *Opportunity.FINDER_ORDER,
        fallback=None,
    )
    items, envelope = paginate(
        request,
        opportunities.select_related("page__locale"),
        params.page,
        params.page_size,
    )
    envelope["results"] = _with_campaign(request, items)
    return envelope


@router.get(
    "/{id}/",
    response=OpportunityWithCampaign,
    url_name="opportunity-detail",
    summary="One opportunity, by id",
)
def get_opportunity(
    request: HttpRequest,
    params: Query[DetailQuery],
    id: int = item_id(),  # noqa: A002
):
    """A current opportunity and how to join it. With ``locale``: the same
    role (at the same place in the campaign's list of roles) on the
    campaign's translation in that language, when there is one. Expired
    opportunities and those of hidden campaigns are not found."""
    locale = detail_locale(request, params, default=False)
    current = _current(request)
    asked = current.filter(pk=id)
    queryset = asked
    if locale is not None:
        here = Q(page__locale_id=locale.pk)
        translated = here & Q(
            page__translation_key=Subquery(asked.values("page__translation_key")),
            sort_order=Subquery(asked.values("sort_order")),
        )
        queryset = (
            current.filter(Q(pk=id) | translated)
            .annotate(
                rank=Case(
                    When(here, then=Value(0)),
                    default=Value(1),
                    output_field=IntegerField(),
                )
            )
            .order_by("rank", "pk")
        )
    found = queryset.select_related("page__locale").first()
    if found is None:
        raise Http404
    return _with_campaign(request, [found])[0]
