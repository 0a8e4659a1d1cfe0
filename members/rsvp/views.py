"""Answering an event, the member's own events, their calendar feed, and the
organisers' counts in the admin."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_POST
from wagtail.models import PageViewRestriction

from core.visibility import can_view, visible_pages
from engagement.ical import calendar_for
from engagement.models import EventPage

from ..models import Member, Rsvp, RsvpStatus, new_token
from ..pages import next_url
from . import services

#: Seconds a calendar application may keep the feed (only for itself).
FEED_MAX_AGE = 900


def readable_event(request: HttpRequest, event_id: int) -> EventPage:
    """The event, if the visitor may read it; "not found" otherwise, so that
    its existence is not told."""
    event = EventPage.objects.filter(pk=event_id).first()
    if event is None or not can_view(event, request):
        raise Http404
    return event


def _next_url(request: HttpRequest, event: EventPage) -> str:
    return next_url(request, event.get_url(request) or "/")


def action_box(request: HttpRequest, event: EventPage, next_url: str = "") -> str:
    """The RSVP box of an event page (the ``page`` slot of page actions)."""
    context: dict = {"event": event, "next": next_url or request.get_full_path()}
    if event.is_past:
        context["past"] = True
    elif request.user.is_authenticated:
        rsvp = (
            services.with_waiting_position(
                Rsvp.objects.filter(member=request.user, event=event)
            )
            .only("status", "share_name", "waiting_since")
            .first()
        )
        context["rsvp"] = rsvp
        context["counts"] = services.counts_for(event)
        context["answer_url"] = reverse("members:rsvp_answer", args=[event.pk])
    else:
        context["counts"] = services.counts_for(event)
    return render_to_string("members/rsvp/box.html", context, request=request)


@login_required
@require_POST
def answer(request: HttpRequest, event_id: int) -> HttpResponse:
    """Going, interested or cancel, then back to the page the form was on,
    whose RSVP box says where the member now stands (its ``role="status"``
    line); with ``X-Praxis-Fragment: rsvp`` (members.js), the new box itself."""
    event = readable_event(request, event_id)
    choice = request.POST.get("answer", "")
    if not event.is_past:
        if choice == "cancel":
            services.cancel(request.user, event)
        elif choice in (RsvpStatus.GOING, RsvpStatus.INTERESTED):
            share_name = request.POST.get("share_name") == "on"
            services.answer(request.user, event, choice, share_name=share_name)
    next_url = _next_url(request, event)
    if request.headers.get("X-Praxis-Fragment") == "rsvp":
        return HttpResponse(action_box(request, event, next_url))
    return redirect(next_url)


@login_required
@cache_control(private=True, no_store=True)
def rsvp_list(request: HttpRequest) -> HttpResponse:
    """The member's upcoming and past events they may still read, and their
    calendar feed."""
    rsvps = list(
        services.with_waiting_position(
            Rsvp.objects.filter(member=request.user).select_related("event")
        ).order_by("event__starts_at", "pk")
    )
    readable = set(
        visible_pages(
            EventPage.objects.filter(pk__in=[r.event_id for r in rsvps]), request
        ).values_list("pk", flat=True)
    )
    now = timezone.now()
    upcoming, past = [], []
    for rsvp in rsvps:
        if rsvp.event_id not in readable:
            continue
        rsvp.url = rsvp.event.get_url(request)
        (past if rsvp.event.ends_at < now else upcoming).append(rsvp)
    past.reverse()
    member = Member.objects.only("calendar_token").get(user=request.user)
    feed_url = request.build_absolute_uri(
        reverse("members_feeds:calendar", args=[member.calendar_token])
    )
    return render(
        request,
        "members/rsvp/list.html",
        {
            "page_title": _("My events"),
            "upcoming": upcoming,
            "past": past,
            "feed_url": feed_url,
        },
    )


@login_required
@require_POST
def new_feed(request: HttpRequest) -> HttpResponse:
    """Give the member a new calendar feed address; the old one stops working."""
    with transaction.atomic():
        Member.objects.filter(user=request.user).update(calendar_token=new_token())
    messages.success(
        request,
        _("Your calendar has a new address. Subscribe to it again where you use it."),
    )
    return redirect("members:rsvp_list")


def shared_with_groups(pages) -> set[int]:
    """The pages under a privacy setting narrower than "signed-in members"
    (groups or a password). A calendar feed leaves them out whoever asks:
    calendar applications keep copies on servers Praxis does not control."""
    paths = list(
        PageViewRestriction.objects.exclude(
            restriction_type__in=[PageViewRestriction.NONE, PageViewRestriction.LOGIN]
        ).values_list("page__path", flat=True)
    )
    return {page.pk for page in pages if any(page.path.startswith(p) for p in paths)}


def feed(request: HttpRequest, token: str) -> HttpResponse:
    """``/calendar/<token>.ics``: the events the member answered and may
    still read, but for those shared with particular groups. The token is the
    only key, so the answer is private."""
    member = Member.objects.select_related("user").filter(calendar_token=token).first()
    if member is None or not member.user.is_active:
        raise Http404
    user = member.user
    events = list(
        visible_pages(
            EventPage.objects.filter(
                rsvps__member=user, rsvps__status__in=services.ANSWERED
            ),
            user,
        ).order_by("starts_at", "pk")
    )
    shut = shared_with_groups(events)
    events = [event for event in events if event.pk not in shut]
    body = calendar_for(events, request, name=_("My events on Praxis"))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="my-events.ics"'
    response["X-Robots-Tag"] = "noindex"
    patch_cache_control(response, private=True, max_age=FEED_MAX_AGE)
    return response


def organiser_counts(request: HttpRequest, page_id: int) -> HttpResponse:
    """Admin: how many answered an event, and the display names of only
    those who agreed to share them. For people who may edit the event."""
    event = get_object_or_404(EventPage, pk=page_id)
    if not event.permissions_for_user(request.user).can_edit():
        # Not Wagtail's PermissionDenied (a redirect to the dashboard): the
        # same answer as for an event that does not exist.
        raise Http404
    names = list(
        Rsvp.objects.filter(event=event, share_name=True)
        .select_related("member__member")
        .order_by("status", "created_at", "pk")
    )
    return render(
        request,
        "members/rsvp/admin_counts.html",
        {
            "event": event,
            "counts": services.counts_for(event),
            "named": [
                (getattr(r.member, "member", None), r.get_status_display())
                for r in names
            ],
        },
    )
