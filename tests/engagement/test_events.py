"""The event calendar, event pages and their iCalendar output."""

from __future__ import annotations

import datetime
import re
import zoneinfo

import pytest
from icalendar import Calendar

from engagement import factories
from engagement.choices import Attendance, EventFormat
from lessons import factories as lesson_factories
from tests.lessons.helpers import make_lesson

from .helpers import queries_for

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    return [event.title for event in response.context["events"]]


def event(parent, title, **kwargs):
    return factories.EventPageFactory(parent=parent, title=title, **kwargs)


def test_upcoming_events_come_soonest_first_and_past_ones_are_archived(
    client, event_index
):
    event(event_index, "Next month", days=30)
    event(event_index, "Tomorrow", days=1)
    event(event_index, "Last week", days=-7)
    event(event_index, "Last year", days=-365)

    upcoming = client.get(event_index.url)
    past = client.get(f"{event_index.url}past/")

    assert titles(upcoming) == ["Tomorrow", "Next month"]
    assert titles(past) == ["Last week", "Last year"]
    assert "Past events" in past.content.decode()


def test_event_that_has_begun_but_not_ended_is_still_upcoming(client, event_index):
    today = datetime.date.today()
    event(
        event_index,
        "Three-day camp",
        time_zone="UTC",
        start_date=today - datetime.timedelta(days=1),
        end_date=today + datetime.timedelta(days=1),
    )

    assert titles(client.get(event_index.url)) == ["Three-day camp"]


def test_calendar_filters_by_format_attendance_language_and_topic(client, event_index):
    topic = lesson_factories.TopicFactory(name="Climate")
    event(
        event_index,
        "Arabic training",
        format=EventFormat.TRAINING,
        languages=["ar"],
        topics=[topic],
    )
    event(
        event_index,
        "Field visit",
        format=EventFormat.FIELD_VISIT,
        attendance=Attendance.IN_PERSON,
        town="Nairobi",
        languages=["en", "sw"],
    )

    def found(**query):
        return titles(client.get(event_index.url, query))

    assert found(format="training") == ["Arabic training"]
    assert found(attendance="in_person") == ["Field visit"]
    assert found(language="sw") == ["Field visit"]
    assert found(topic="climate") == ["Arabic training"]


@pytest.mark.parametrize(
    "query",
    [
        {"format": "rave"},
        {"attendance": "teleport"},
        {"language": "\x00"},
        {"topic": "x" * 500},
        {"page": "-1"},
    ],
)
def test_bad_calendar_filters_never_fail(client, event_index, query):
    event(event_index, "Still listed")

    response = client.get(event_index.url, query)

    assert response.status_code == 200
    assert titles(response) == ["Still listed"]


def test_calendar_query_count_is_constant(client, event_index, movement_index):
    topic = lesson_factories.TopicFactory()

    def add(count: int) -> None:
        for _ in range(count):
            organiser = factories.MovementProfilePageFactory(parent=movement_index)
            factories.EventPageFactory(
                parent=event_index, organiser=organiser, topics=[topic]
            )

    add(2)
    few = queries_for(client, event_index.url, {"language": "en"})
    add(13)
    many = queries_for(client, event_index.url, {"language": "en"})

    assert few == many <= 20


def test_event_page_shows_time_in_the_event_zone_and_utc_for_the_visitor(
    client, event_index, movement
):
    page = event(
        event_index,
        "Beirut roundtable",
        time_zone="Asia/Beirut",
        organiser=movement,
        interpretation=["ar", "en"],
    )

    html = client.get(page.url).content.decode()

    start = page.starts_at.astimezone(zoneinfo.ZoneInfo("Asia/Beirut"))
    assert start.isoformat() in html  # <time datetime> in the event's zone
    assert "Asia/Beirut" in html
    (local_start,) = re.findall(r'data-start="([^"]+)"', html)
    assert datetime.datetime.fromisoformat(local_start) == page.starts_at
    assert "Arabic" in html and "English" in html
    assert f'href="{movement.url}"' in html


def test_event_page_lists_only_visible_related_lessons(
    client, event_index, lesson_index
):
    from engagement.models import EventLesson

    public = make_lesson(lesson_index, title="Open lesson")
    members = make_lesson(lesson_index, title="Members' lesson", sensitivity="members")
    page = event(event_index, "Training")
    page.related_lessons.add(EventLesson(lesson=public))
    page.related_lessons.add(EventLesson(lesson=members))
    page.save()

    response = client.get(page.url)

    assert [lesson.title for lesson in response.context["lessons"]] == ["Open lesson"]
    assert "Members&#x27; lesson" not in response.content.decode()


def parse(response) -> Calendar:
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    body = response.content
    lines = body.split(b"\r\n")
    assert lines[0] == b"BEGIN:VCALENDAR" and lines[-2] == b"END:VCALENDAR"
    assert all(len(line) <= 75 for line in lines), "lines must be folded"
    assert b"\n" not in body.replace(b"\r\n", b"")
    return Calendar.from_ical(body)


def test_event_ics_is_valid_icalendar(client, event_index):
    page = event(
        event_index,
        "Legal observer training; part 1, Göteborg",
        time_zone="Europe/Stockholm",
        attendance=Attendance.IN_PERSON,
        venue="Folkets hus",
        town="Göteborg",
        country="SE",
        summary="Learn to observe, record and report, with a long description. " * 3,
    )

    response = client.get(f"{page.url}calendar/")

    calendar = parse(response)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == page.title
    assert vevent["UID"] and vevent["DTSTAMP"]
    assert vevent.decoded("DTSTART") == page.starts_at
    assert vevent.decoded("DTEND") == page.ends_at
    assert vevent["DTSTART"].params["TZID"] == "Europe/Stockholm"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Stockholm"]
    assert "Folkets hus, Göteborg, Sweden" == str(vevent["LOCATION"])
    assert str(vevent["URL"]).endswith(page.url)
    assert 'attachment; filename="' in response["Content-Disposition"]


def test_calendar_feed_holds_upcoming_published_events_only(client, event_index):
    event(event_index, "Soon", days=3)
    event(event_index, "Later", days=40, time_zone="America/Bogota")
    event(event_index, "Over", days=-3)
    event(event_index, "Draft", days=5, live=False)

    calendar = parse(client.get(f"{event_index.url}calendar/"))

    summaries = [str(vevent["SUMMARY"]) for vevent in calendar.walk("VEVENT")]
    assert summaries == ["Soon", "Later"]
    assert {tz["TZID"] for tz in calendar.walk("VTIMEZONE")} == {
        "Europe/Stockholm",
        "America/Bogota",
    }


def test_admin_rejects_an_event_that_ends_before_it_starts(admin_client, event_index):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

    tomorrow = datetime.date.today() + datetime.timedelta(days=1)
    data = nested_form_data(
        {
            "title": "Backwards",
            "slug": "backwards",
            "summary": "Ends before it starts.",
            "description": rich_text(""),
            "format": "roundtable",
            "start_date": tomorrow.isoformat(),
            "start_time": "18:00",
            "end_date": tomorrow.isoformat(),
            "end_time": "17:00",
            "time_zone": "Europe/Stockholm",
            "attendance": "online",
            "related_lessons": inline_formset([]),
        }
    )

    response = admin_client.post(
        f"/admin/pages/add/engagement/eventpage/{event_index.pk}/", data
    )

    assert response.status_code == 200
    assert response.context["form"].errors["end_date"] == [
        "The event must end after it starts. Check the end date and time."
    ]
    assert not event_index.get_children().filter(slug="backwards").exists()
