"""``/api/v1/me/``: a member's own library, learning and RSVPs, for their own
apps and scripts (a personal access token) or the site's pages (the session).

Everything a member saved, started or answered is shown only while the
member may read its page now (:func:`core.visibility.visible_pages`): a
lesson made restricted after it was saved leaves the lists, counts included,
without a title or URL. Each endpoint costs the same queries however many
items it lists.
"""

from __future__ import annotations

from datetime import datetime

from django.db import IntegrityError, transaction
from django.db.models import Count, Exists, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Path, Query, Router, Schema, Status
from wagtail.models import Page

from core.api.filters import check_known
from core.api.pagination import (
    DEFAULT_PAGE_SIZE,
    MAX_PAGE,
    MAX_PAGE_SIZE,
    Paginated,
    paginate,
)
from core.api.problems import Problem
from core.api.schemas import MAX_ID, api_url, page_url
from core.visibility import visible_pages
from engagement.models import EventPage
from lessons.models import LearningPathPage, LearningPathStep

from ..models import (
    Member,
    PathProgress,
    Rsvp,
    RsvpStatus,
    SavedItem,
    SavedList,
    StepDone,
)
from ..trust import trust_level
from .auth import MEMBER_AUTH, MemberRateThrottle

router = Router(tags=["Members"], auth=MEMBER_AUTH, throttle=[MemberRateThrottle()])

#: The page types a member may save to a list.
SAVABLE = (
    "lessons.LessonPage",
    "lessons.ResourcePage",
    "lessons.LearningPathPage",
    "engagement.EventPage",
)


# Schemas ------------------------------------------------------------------------


class Counts(Schema):
    lists: int
    saved: int = Field(description="Saved items the member may read now.")
    paths: int = Field(description="Learning paths started (and still readable).")
    rsvps: int = Field(description="Events answered (and still readable).")


class MeOut(Schema):
    display_name: str
    trust_level: int = Field(description="0 new, 1 member, 2 trusted member.")
    trust_level_name: str = Field(description="The level, in the reader's language.")
    counts: Counts


class SavedListOut(Schema):
    id: int
    name: str
    shared: bool = Field(description="Whether the list's share link is on.")
    item_count: int = Field(description="Items in it the member may read now.")
    updated_at: datetime


class SavedItemOut(Schema):
    page_id: int
    type: str = Field(description="The page type as ``app_label.ModelName``.")
    title: str
    url: str | None = Field(description="The public page, for people.")
    api_url: str | None = Field(description="The same page in this API, if any.")
    locale: str
    saved_at: datetime
    list_id: int
    list_name: str


class SavedListDetail(Paginated[SavedItemOut]):
    id: int
    name: str
    shared: bool


class PathProgressOut(Schema):
    path_id: int
    title: str
    url: str | None
    api_url: str | None
    locale: str
    steps_done: int = Field(description="Readable steps the member marked done.")
    steps: int = Field(description="Steps the member may read now.")
    started_at: datetime
    finished: bool
    finished_at: datetime | None


class RsvpOut(Schema):
    event_id: int
    title: str
    url: str | None
    api_url: str | None
    locale: str
    starts_at: datetime | None
    ends_at: datetime | None
    is_past: bool
    status: str = Field(description="going, interested or waiting.")
    waiting_position: int | None = Field(
        description="On the waiting list: 1 is next to get a place; otherwise null."
    )
    answered_at: datetime


class PageParams(Schema):
    page: int = Field(1, ge=1, le=MAX_PAGE, description="Page number, from 1.")
    page_size: int = Field(
        DEFAULT_PAGE_SIZE,
        ge=1,
        le=MAX_PAGE_SIZE,
        description=f"Items per page, at most {MAX_PAGE_SIZE}.",
    )


class SaveIn(Schema):
    page_id: int = Field(ge=1, le=MAX_ID, description="The page to save.")


# Reading ------------------------------------------------------------------------


def _readable(request: HttpRequest, queryset: QuerySet | None = None) -> QuerySet:
    """The ids of the pages the member may read now, as a sub-query."""
    pages = Page.objects.all() if queryset is None else queryset
    return visible_pages(pages, request).values("pk")


def _items(request: HttpRequest) -> QuerySet:
    return (
        SavedItem.objects.filter(
            saved_list__owner=request.user, page__in=_readable(request)
        )
        .select_related("page__locale", "page__content_type", "saved_list")
        .order_by("-saved_at", "-pk")
    )


def _page_type(page: Page) -> str:
    """``app_label.ModelName`` from the page's content type (selected with it)."""
    content_type = page.content_type
    model = content_type.model_class()
    return f"{content_type.app_label}.{model.__name__ if model else content_type.model}"


def _item_out(request: HttpRequest, item: SavedItem) -> dict:
    page = item.page
    return {
        "page_id": page.pk,
        "type": _page_type(page),
        "title": page.title,
        "url": page_url(request, page),
        "api_url": api_url(request, page),
        "locale": page.locale.language_code,
        "saved_at": item.saved_at,
        "list_id": item.saved_list_id,
        "list_name": item.saved_list.name,
    }


def _page_of_items(request: HttpRequest, items: QuerySet, params: PageParams):
    check_known(request, PageParams)
    found, envelope = paginate(request, items, params.page, params.page_size)
    return {**envelope, "results": [_item_out(request, item) for item in found]}


def _own_list(request: HttpRequest, list_id: int) -> SavedList:
    found = SavedList.objects.filter(pk=list_id, owner=request.user).first()
    if found is None:
        raise Problem(404, _("You have no list with this id."))
    return found


def _lists(request: HttpRequest) -> QuerySet:
    return SavedList.objects.filter(owner=request.user).annotate(
        item_count=Count("items", filter=Q(items__page__in=_readable(request)))
    )


def _progress(request: HttpRequest) -> QuerySet:
    return PathProgress.objects.filter(
        member=request.user, path__in=_readable(request, LearningPathPage.objects)
    )


def _rsvps(request: HttpRequest) -> QuerySet:
    return Rsvp.objects.filter(
        member=request.user, event__in=_readable(request, EventPage.objects)
    )


@router.get("/", response=MeOut, url_name="me", summary="Me")
def me(request: HttpRequest):
    """The signed-in member: display name, trust level and how many lists,
    saved items, started paths and RSVPs they have."""
    member = Member.objects.get(user=request.user)
    level = trust_level(request.user)
    return {
        "display_name": member.display_name,
        "trust_level": int(level),
        "trust_level_name": str(level.label),
        "counts": {
            "lists": SavedList.objects.filter(owner=request.user).count(),
            "saved": _items(request).count(),
            "paths": _progress(request).count(),
            "rsvps": _rsvps(request).count(),
        },
    }


@router.get(
    "/lists/", response=list[SavedListOut], url_name="me-lists", summary="My lists"
)
def my_lists(request: HttpRequest):
    """Every list of the member, A–Z, with how many readable items it holds."""
    return [
        {
            "id": saved_list.pk,
            "name": saved_list.name,
            "shared": bool(saved_list.share_token),
            "item_count": saved_list.item_count,
            "updated_at": saved_list.updated_at,
        }
        for saved_list in _lists(request)
    ]


@router.get(
    "/lists/{id}/",
    response=SavedListDetail,
    url_name="me-list",
    summary="One of my lists",
)
def my_list(
    request: HttpRequest,
    params: Query[PageParams],
    id: int = Path(..., ge=1, le=MAX_ID, description="The list's id."),
):
    """A list's items the member may read now, newest first, paginated.
    Another member's list is a 404, like one that does not exist."""
    saved_list = _own_list(request, id)
    items = _items(request).filter(saved_list=saved_list)
    return {
        "id": saved_list.pk,
        "name": saved_list.name,
        "shared": bool(saved_list.share_token),
        **_page_of_items(request, items, params),
    }


@router.get(
    "/saved/",
    response=Paginated[SavedItemOut],
    url_name="me-saved",
    summary="Everything I saved",
)
def my_saved(request: HttpRequest, params: Query[PageParams]):
    """Every saved item of every list the member may read now, newest first
    (an item saved to two lists is listed twice, once for each)."""
    return _page_of_items(request, _items(request), params)


@router.get(
    "/progress/",
    response=list[PathProgressOut],
    url_name="me-progress",
    summary="My learning paths",
)
def my_progress(request: HttpRequest):
    """The learning paths the member started, the latest worked on first,
    with the steps done out of the steps the member may read now."""
    progress = list(
        _progress(request).select_related("path__locale").order_by("-updated_at", "-pk")
    )
    readable = _readable(request)
    step_counts = dict(
        LearningPathStep.objects.filter(
            path_id__in=[p.path_id for p in progress], page__in=readable
        )
        .values("path_id")
        .annotate(count=Count("pk"))
        .values_list("path_id", "count")
        .order_by()
    )
    on_the_path = LearningPathStep.objects.filter(
        path_id=OuterRef("progress__path_id"), page_id=OuterRef("page_id")
    )
    done_counts = dict(
        StepDone.objects.filter(
            progress__in=[p.pk for p in progress], page__in=readable
        )
        .filter(Exists(on_the_path))
        .values("progress_id")
        .annotate(count=Count("pk"))
        .values_list("progress_id", "count")
        .order_by()
    )
    return [
        {
            "path_id": p.path_id,
            "title": p.path.title,
            "url": page_url(request, p.path),
            "api_url": api_url(request, p.path),
            "locale": p.path.locale.language_code,
            "steps_done": done_counts.get(p.pk, 0),
            "steps": step_counts.get(p.path_id, 0),
            "started_at": p.started_at,
            "finished": p.finished_at is not None,
            "finished_at": p.finished_at,
        }
        for p in progress
    ]


@router.get("/rsvps/", response=list[RsvpOut], url_name="me-rsvps", summary="My RSVPs")
def my_rsvps(request: HttpRequest):
    """The member's answers to events they may still read, soonest first,
    with their place on a waiting list."""
    ahead = (
        Rsvp.objects.filter(event_id=OuterRef("event_id"), status=RsvpStatus.WAITING)
        .filter(
            Q(waiting_since__lt=OuterRef("waiting_since"))
            | Q(waiting_since=OuterRef("waiting_since"), pk__lt=OuterRef("pk"))
        )
        .order_by()
        .values("event_id")
        .annotate(count=Count("pk"))
        .values("count")
    )
    rsvps = (
        _rsvps(request)
        .select_related("event__locale")
        .annotate(ahead=Coalesce(Subquery(ahead), 0))
        .order_by("event__starts_at", "pk")
    )
    return [
        {
            "event_id": rsvp.event_id,
            "title": rsvp.event.title,
            "url": page_url(request, rsvp.event),
            "api_url": api_url(request, rsvp.event),
            "locale": rsvp.event.locale.language_code,
            "starts_at": rsvp.event.local_start,
            "ends_at": rsvp.event.local_end,
            "is_past": rsvp.event.is_past,
            "status": rsvp.status,
            "waiting_position": rsvp.ahead + 1
            if rsvp.status == RsvpStatus.WAITING
            else None,
            "answered_at": rsvp.created_at,
        }
        for rsvp in rsvps
    ]


# Writing ------------------------------------------------------------------------


@router.post(
    "/lists/{id}/items/",
    response={201: SavedItemOut, 200: SavedItemOut},
    url_name="me-list-items",
    summary="Save a page to one of my lists",
)
def save_item(
    request: HttpRequest,
    payload: SaveIn,
    id: int = Path(..., ge=1, le=MAX_ID, description="The list's id."),
):
    """Save a lesson, resource, learning path or event the member may read
    to one of their lists: 201 when it is new, 200 when it was already there.
    With the session, send the CSRF token in ``X-CSRFToken``."""
    saved_list = _own_list(request, id)
    page = (
        visible_pages(Page.objects.all(), request)
        .filter(pk=payload.page_id)
        .select_related("content_type")
        .first()
    )
    if page is None or _page_type(page) not in SAVABLE:
        raise Problem(
            404,
            _(
                "There is no lesson, resource, learning path or event you may "
                "read with this id."
            ),
        )
    try:
        with transaction.atomic():
            item, created = SavedItem.objects.get_or_create(
                saved_list=saved_list, page=page
            )
    except IntegrityError:  # Saved at the same moment by another request.
        item, created = SavedItem.objects.get(saved_list=saved_list, page=page), False
    if created:
        SavedList.objects.filter(pk=saved_list.pk).update(updated_at=item.saved_at)
    item = _items(request).get(pk=item.pk)
    return Status(201 if created else 200, _item_out(request, item))


@router.delete(
    "/lists/{id}/items/{page_id}/",
    response={204: None},
    url_name="me-list-item",
    summary="Remove a page from one of my lists",
)
def remove_item(
    request: HttpRequest,
    id: int = Path(..., ge=1, le=MAX_ID, description="The list's id."),
    page_id: int = Path(..., ge=1, le=MAX_ID, description="The saved page's id."),
):
    """Remove a page from one of the member's lists (even one they may no
    longer read). 204 whether or not it was there: the result is the same."""
    saved_list = _own_list(request, id)
    SavedItem.objects.filter(saved_list=saved_list, page_id=page_id).delete()
    return Status(204, None)
