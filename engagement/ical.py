"""Events as iCalendar (RFC 5545): one event's download and the upcoming feed.

The icalendar library does the escaping, line folding and VTIMEZONE
definitions, so calendars open the event at the right time in every zone.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from django.utils import timezone
from django.utils.html import strip_tags
from icalendar import Calendar, Event
from wagtail.models import Site

from .choices import Attendance

#: Identifies Praxis as the producer of the calendar (RFC 5545 PRODID).
PRODUCT_ID = "-//Praxis//Events//EN"


def calendar_for(events: Iterable, request, name: str = "") -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
    for event in events:
        calendar.add_component(_event(event, request))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def _event(page, request) -> Event:
    event = Event()
    # Stable across requests, host names and translations of the same event.
    site = Site.find_for_request(request)
    host = site.hostname if site else "praxis"
    event.add("uid", f"event-{page.translation_key}@{host}")
    event.add("dtstamp", timezone.now())
    if page.last_published_at:
        event.add("last-modified", page.last_published_at)
    event.add("dtstart", page.local_start)
    event.add("dtend", page.local_end)
    event.add("summary", page.title)
    description = page.summary
    if page.description:
        text = html.unescape(strip_tags(str(page.description))).replace("\xa0", " ")
        description = f"{description}\n\n{text}"
    event.add("description", description)
    url = page.get_full_url(request)
    if url:
        event.add("url", url)
    location = page.place
    if page.attendance == Attendance.ONLINE or (not location and page.online_url):
        location = page.online_url or location
    if location:
        event.add("location", location)
    event.add("categories", [str(page.get_format_display())])
    event.add("status", "CONFIRMED")
    return event
