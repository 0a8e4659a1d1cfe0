"""RSVPs: the control on an event's page, the member's events and their
private calendar feed."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_POST
from wagtail.models import PageViewRestriction

from core.visibility import can_view
from engagement.ical import calendar_for
from engagement.models import EventPage
from engagement.models.event import ical_response

from ..models import Member, Rsvp, RsvpStatus, new_token
from ..pages import next_url, readable
from . import services


def readable_event(request: HttpRequest, event_id: int) -> EventPage:
    event = EventPage.objects.filter(pk=event_id).first()
    if event is None or not can_view(event, request):
        raise Http404
    return event


@login_required
@require_POST
def respond(request: HttpRequest, event_id: int) -> HttpResponse:
    event = readable_event(request, event_id)
    back = next_url(request, event.get_url(request) or "/")
    if event.is_past:
        messages.error(request, _("This event is over: it takes no more answers."))
        return redirect(back)
    action = request.POST.get("status")
    if action == "cancel":
        services.cancel(request.user, event)
        messages.success(request, _("Your RSVP is cancelled."))
        return redirect(back)
    if action not in (RsvpStatus.GOING, RsvpStatus.INTERESTED):
        raise Http404
    rsvp = services.answer(
        request.user, event, action, share_name=request.POST.get("share_name") == "on"
    )
    if rsvp.status == RsvpStatus.WAITING:
        messages.success(
            request,
            _(
                "The event is full: you are on the waiting list, number %(n)d. "
                "You will be told if a place frees up."
            )
            % {"n": services.waiting_position(rsvp)},
        )
    elif rsvp.status == RsvpStatus.GOING:
        messages.success(request, _("You are going. See you there!"))
    else:
        messages.success(request, _("Marked as interested."))
    return redirect(back)


def rsvp_control(request, event) -> str:
    rsvp = None
    position = None
    if request.user.is_authenticated:
        rsvp = Rsvp.objects.filter(member=request.user, event=event).first()
        if rsvp is not None:
            position = services.waiting_position(rsvp)
    return render_to_string(
        "members/rsvp/control.html",
        {
            "page": event,
            "rsvp": rsvp,
            "position": position,
            "counts": services.counts(event),
        },
        request=request,
    )


@login_required
@cache_control(private=True, no_store=True)
def my_events(request: HttpRequest) -> HttpResponse:
    """The member's answers, upcoming first; events they may no longer read
    are left out. Fixed queries however many RSVPs."""
    member, _created = Member.objects.get_or_create(
        user=request.user, defaults={"display_name": request.user.get_username()}
    )
    if request.method == "POST" and request.POST.get("action") == "new_feed":
        member.calendar_token = new_token()
        member.save(update_fields=["calendar_token"])
        messages.success(request, _("Your calendar feed has a new address."))
        return redirect("members:rsvp_list")
    rsvps = list(Rsvp.objects.filter(member=request.user))
    events = readable((rsvp.event_id for rsvp in rsvps), request)
    now = timezone.now()
    rows = sorted(
        ((rsvp, events[rsvp.event_id]) for rsvp in rsvps if rsvp.event_id in events),
        key=lambda row: row[1].starts_at,
    )
    return render(
        request,
        "members/rsvp/my_events.html",
        {
            "page_title": _("My events"),
            "upcoming": [row for row in rows if row[1].ends_at >= now],
            "past": [row for row in rows if row[1].ends_at < now][::-1],
            "feed_path": f"/calendar/{member.calendar_token}.ics",
        },
    )


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


@cache_control(private=True, max_age=0)
def feed(request: HttpRequest, token: str) -> HttpResponse:
    """A member's own calendar: the events they answered and may still read,
    but for those shared with particular groups (:func:`shared_with_groups`).
    The token in the address is the only key, so calendar apps can fetch it."""
    member = get_object_or_404(
        Member.objects.select_related("user"), calendar_token=token
    )
    event_ids = Rsvp.objects.filter(member=member.user).values_list(
        "event_id", flat=True
    )
    events = readable(event_ids, member.user)
    shut = shared_with_groups(events.values())
    ordered = sorted(
        (event for event in events.values() if event.pk not in shut),
        key=lambda event: event.starts_at,
    )
    return ical_response(
        calendar_for(ordered, request, name=_("My Praxis events")), "praxis.ics"
    )
