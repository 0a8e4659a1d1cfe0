"""``/api/v1/events/``: the event calendar, upcoming or past, filtered like
the site's."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Query, Router

from core.api.filters import filter_list, query_schema
from core.api.pagination import Paginated, paginate
from core.api.schemas import (
    PageRef,
    TermRef,
    Translation,
    absolute,
    page_ref,
    rich_texts,
)
from core.visibility import visible_pages
from lessons.api.common import (
    add_detail_routes,
    pages_and_translations,
    terms_by_page,
    visible_page_refs,
)

from ..filters import EventFilterSet
from ..models import EventLesson, EventPage

router = Router(tags=["events"])

#: ``when``: which part of the calendar, with its order (soonest or latest first).
WHEN = {
    "upcoming": (("starts_at", "pk"), "ends_at__gte"),
    "past": (("-starts_at", "-pk"), "ends_at__lt"),
}


class EventSummary(PageRef):
    summary: str
    format: str = Field(
        description="roundtable, training, convening, field_visit or online_call."
    )
    starts_at: datetime = Field(
        description="ISO 8601 with the offset of the event's own time zone."
    )
    ends_at: datetime
    time_zone: str = Field(description="The event's IANA time zone name.")
    is_past: bool
    attendance: str = Field(description="online, in_person or both.")
    place: str = Field(description="Venue, town and country, for display.")
    town: str
    country: str = Field(description="ISO 3166 code, or empty.")
    languages: list[str] = Field(description="Language codes it is held in.")
    interpretation: list[str] = Field(
        description="Language codes with interpretation; empty if none."
    )
    topics: list[TermRef]
    organiser: PageRef | None = Field(description="The organising movement.")
    last_published_at: datetime | None


class EventDetail(EventSummary):
    description: str = Field(description="HTML.")
    venue: str
    address: str
    online_url: str | None = Field(
        description="The link to join online, when the organisers publish it; "
        "otherwise it is sent to people who register."
    )
    accessibility_notes: str
    capacity: int | None = Field(description="How many can take part; null: no limit.")
    registration_url: str | None = Field(
        description="Where to register (RSVP); null when there is no sign-up or "
        "the event is over."
    )
    calendar_url: str = Field(description="The event as an iCalendar (.ics) file.")
    lessons: list[PageRef] = Field(description="Lessons to read before or after.")
    translations: list[Translation] = Field(
        description="The same event in other languages."
    )


EventQuery = query_schema(
    EventFilterSet,
    "EventQuery",
    extra={
        "when": (
            Literal["upcoming", "past"],
            Field(
                "upcoming",
                description="upcoming (not yet over, soonest first; the default) "
                "or past (latest first), like the site's calendar and archive.",
            ),
        )
    },
)


def _visible(request):
    return visible_pages(EventPage.objects.all(), request)


def _summary(request, event, terms, organisers) -> dict:
    return {
        **page_ref(request, event),
        "summary": event.summary,
        "format": event.format,
        "starts_at": event.local_start,
        "ends_at": event.local_end,
        "time_zone": event.time_zone,
        "is_past": event.is_past,
        "attendance": event.attendance,
        "place": event.place,
        "town": event.town,
        "country": event.country.code or "",
        "languages": event.languages,
        "interpretation": event.interpretation,
        "topics": terms["topics"],
        "organiser": organisers.get(event.organiser_id),
        "last_published_at": event.last_published_at,
    }


@router.get(
    "/",
    response=Paginated[EventSummary],
    url_name="eventpage-list",
    summary="List events",
)
def list_events(request: HttpRequest, params: Query[EventQuery]):
    """Events an anonymous visitor may see, ``when=upcoming`` (default) or
    ``past``, with the calendar's facets (``format``, ``attendance``,
    ``language``, ``topic``)."""
    ordering, moment = WHEN[params.when]
    events = _visible(request).filter(**{moment: timezone.now()})
    _locale, events = filter_list(request, EventFilterSet, events, params, *ordering)
    items, envelope = paginate(
        request, events.select_related("locale"), params.page, params.page_size
    )
    terms = terms_by_page(EventPage, [item.pk for item in items], ("topics",))
    organisers = visible_page_refs(request, [item.organiser_id for item in items])
    envelope["results"] = [
        _summary(request, event, terms[event.pk], organisers) for event in items
    ]
    return envelope


def event_detail(request, event) -> dict:
    """Everything the event's page shows, and how to register; never who
    has registered."""
    terms = terms_by_page(EventPage, [event.pk], ("topics",))
    order = list(
        EventLesson.objects.filter(page=event).values_list("lesson_id", flat=True)
    )
    # The organiser, the lessons and the translations, in one query.
    pages, translations = pages_and_translations(
        request, event, [event.organiser_id, *order]
    )
    refs = {pk: page_ref(request, page) for pk, page in pages.items()}
    (description,) = rich_texts(request, event.description)
    detail = _summary(request, event, terms[event.pk], refs)
    detail.update(
        {
            "description": description,
            "venue": event.venue,
            "address": event.address,
            "online_url": event.online_url or None,
            "accessibility_notes": event.accessibility_notes,
            "capacity": event.capacity,
            "registration_url": None
            if event.is_past
            else event.registration_url or None,
            "calendar_url": absolute(
                request, event.get_url(request) + event.reverse_subpage("ical")
            ),
            "lessons": [refs[pk] for pk in order if pk in refs],
            "translations": translations,
        }
    )
    return detail


add_detail_routes(
    router,
    model=EventPage,
    response=EventDetail,
    detail=event_detail,
    visible=_visible,
    noun="event",
    about=(
        "An event: when (in its own time zone), where, languages and "
        "interpretation, accessibility, capacity, how to register and related "
        "lessons."
    ),
)
