"""``/api/v1/movements/``: the movement directory, filtered like the site's."""

from __future__ import annotations

from datetime import datetime

from django.db.models import Case, IntegerField, Prefetch, Value, When
from django.http import HttpRequest
from ninja import Field, Query, Router

from core.api.filters import filter_list, query_schema
from core.api.pagination import Paginated, paginate
from core.api.schemas import (
    ImageOut,
    PageRef,
    TermRef,
    Translation,
    image_out,
    image_queryset,
    page_ref,
    rich_texts,
)
from core.locales import with_fallback
from core.visibility import visible_pages
from lessons.api.common import (
    add_detail_routes,
    pages_and_translations,
    terms_by_page,
)
from lessons.models import LessonPage, ResourcePage

from ..choices import ONGOING_STATUSES
from ..filters import MovementFilterSet
from ..models import CampaignPage, MovementProfilePage
from ..models.campaign import campaigns_joined_by
from .common import (
    LIST_SIZE,
    campaigns_of,
    list_url,
    page_refs,
)

router = Router(tags=["movements"])


class MovementSummary(PageRef):
    summary: str
    countries: list[str] = Field(description="ISO 3166 codes: where it is active.")
    languages: list[str] = Field(description="Language codes: what it works in.")
    topics: list[TermRef]
    founded: int | None = Field(description="The year it was founded.")
    website: str
    image: ImageOut | None = Field(description="The movement's logo.")
    first_published_at: datetime | None
    last_published_at: datetime | None


class MovementDetail(MovementSummary):
    description: str = Field(description="HTML.")
    core_values: str = Field(description="HTML.")
    funding_disclosure: str = Field(description="Who funds its work.")
    public_contact: str | None = Field(
        description="An e-mail address, only when the movement chose to publish "
        "one (for safety, most do not)."
    )
    campaigns: list[PageRef] = Field(
        description=f"Its campaigns, ongoing first (at most {LIST_SIZE})."
    )
    campaigns_url: str = Field(description="All of its campaigns in this API.")
    coalition_campaigns: list[PageRef] = Field(
        description=f"Other movements' campaigns it accepted to join as a "
        f"coalition partner (at most {LIST_SIZE})."
    )
    lessons: list[PageRef] = Field(
        description=f"The newest {LIST_SIZE} lessons it shared (anonymously shared "
        "lessons are never listed here)."
    )
    lessons_url: str = Field(description="All of its lessons in this API.")
    resources: list[PageRef] = Field(
        description=f"Resources it shared, by title (at most {LIST_SIZE})."
    )
    translations: list[Translation] = Field(
        description="The same profile in other languages."
    )


MovementQuery = query_schema(MovementFilterSet, "MovementQuery")


def _visible(request):
    return visible_pages(MovementProfilePage.objects.all(), request)


def _summary(request, movement, terms) -> dict:
    return {
        **page_ref(request, movement),
        "summary": movement.summary,
        "countries": [country.code for country in movement.countries],
        "languages": movement.languages,
        "topics": terms["topics"],
        "founded": movement.founded,
        "website": movement.website,
        "image": image_out(request, movement.logo),
        "first_published_at": movement.first_published_at,
        "last_published_at": movement.last_published_at,
    }


@router.get(
    "/",
    response=Paginated[MovementSummary],
    url_name="movementprofilepage-list",
    summary="List movements",
)
def list_movements(request: HttpRequest, params: Query[MovementQuery]):
    """Movements an anonymous visitor may see, by title, with the movement
    directory's facets (``topic``, ``country``, ``language``)."""
    _locale, movements = filter_list(
        request, MovementFilterSet, _visible(request), params, "title", "pk"
    )
    movements = movements.select_related("locale").prefetch_related(
        Prefetch("logo", queryset=image_queryset())
    )
    items, envelope = paginate(request, movements, params.page, params.page_size)
    terms = terms_by_page(MovementProfilePage, [item.pk for item in items], ("topics",))
    envelope["results"] = [
        _summary(request, movement, terms[movement.pk]) for movement in items
    ]
    return envelope


def movement_detail(request, movement) -> dict:
    """Everything the movement's page shows: its story, its campaigns (and
    those it joined), the lessons and resources it shared under its name."""
    terms = terms_by_page(MovementProfilePage, [movement.pk], ("topics",))
    _pages, translations = pages_and_translations(request, movement)
    description, core_values = rich_texts(
        request, movement.description, movement.core_values
    )
    family = _visible(request).filter(translation_key=movement.translation_key)
    campaigns = visible_pages(CampaignPage.objects.all(), request)
    own = with_fallback(
        campaigns.filter(pk__in=campaigns_of(family)), movement.locale_id
    )
    coalition = with_fallback(
        campaigns_joined_by(movement, campaigns), movement.locale_id
    )
    shared = {
        "movement__translation_key": movement.translation_key,
        "anonymised": False,
    }
    lessons = with_fallback(
        visible_pages(LessonPage.objects.filter(**shared), request), movement.locale_id
    )
    resources = with_fallback(
        visible_pages(ResourcePage.objects.filter(**shared), request),
        movement.locale_id,
    )
    filtered = {"movement": movement.slug, "locale": movement.locale.language_code}
    detail = _summary(request, movement, terms[movement.pk])
    detail.update(
        {
            "description": description,
            "core_values": core_values,
            "funding_disclosure": movement.funding_disclosure,
            "public_contact": movement.public_contact or None,
            "campaigns": page_refs(
                request,
                own.annotate(
                    ongoing=Case(
                        When(status__in=ONGOING_STATUSES, then=Value(0)),
                        default=Value(1),
                        output_field=IntegerField(),
                    )
                ).order_by("ongoing", "-started", "title", "pk"),
            ),
            "campaigns_url": list_url(request, "campaignpage-list", **filtered),
            "coalition_campaigns": page_refs(
                request, coalition.order_by("title", "pk")
            ),
            "lessons": page_refs(
                request, lessons.order_by("-first_published_at", "-pk")
            ),
            "lessons_url": list_url(request, "lessonpage-list", **filtered),
            "resources": page_refs(request, resources.order_by("title", "pk")),
            "translations": translations,
        }
    )
    return detail


add_detail_routes(
    router,
    model=MovementProfilePage,
    response=MovementDetail,
    detail=movement_detail,
    visible=_visible,
    noun="movement",
    about=(
        "A movement's profile: its story, values, funding, public contact (if it "
        "has one), campaigns, lessons and resources."
    ),
    related=("logo",),
)
