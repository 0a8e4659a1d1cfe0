"""Model rules of movements, campaigns, opportunities and events."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import ValidationError

from engagement import factories
from engagement.choices import Attendance
from engagement.fields import contains_any
from engagement.models import EventPage, MovementProfilePage, Opportunity
from lessons import factories as lesson_factories

pytestmark = pytest.mark.django_db


def test_language_list_round_trips_through_the_database(movement):
    movement.languages = ["ar", "es", "sv"]
    movement.save()

    movement.refresh_from_db()

    assert movement.languages == ["ar", "es", "sv"]
    assert movement.get_languages_display() == ["Arabic", "Spanish", "Swedish"]


def test_language_filter_matches_whole_codes_only(movement_index):
    chinese = factories.MovementProfilePageFactory(
        parent=movement_index, languages=["zh-hans"]
    )
    both = factories.MovementProfilePageFactory(
        parent=movement_index, languages=["en", "zh-hans", "fr"]
    )

    found = set(MovementProfilePage.objects.filter(contains_any("languages", ["zh"])))
    assert found == set()
    found = MovementProfilePage.objects.filter(contains_any("languages", ["zh-hans"]))
    assert set(found) == {chinese, both}
    middle = MovementProfilePage.objects.filter(contains_any("languages", ["zh-hans"]))
    assert both in middle


def test_unknown_language_code_is_a_validation_error(movement):
    movement.languages = ["en", "klingon"]

    with pytest.raises(ValidationError) as error:
        movement.full_clean()

    assert "klingon" in str(error.value.message_dict["languages"])


def test_public_contact_is_hidden_unless_chosen(movement):
    movement.contact_email = "inbox@example.org"
    assert movement.public_contact == ""

    movement.show_contact = True
    assert movement.public_contact == "inbox@example.org"


def test_showing_a_contact_needs_an_address(movement):
    movement.show_contact = True

    with pytest.raises(ValidationError) as error:
        movement.full_clean()

    assert "contact_email" in error.value.message_dict


def test_campaign_cannot_end_before_it_starts(campaign):
    campaign.started = datetime.date(2025, 5, 1)
    campaign.ended = datetime.date(2025, 4, 1)

    with pytest.raises(ValidationError) as error:
        campaign.full_clean()

    assert error.value.message_dict["ended"] == [
        "The end date cannot be before the start date."
    ]


def test_opportunity_needs_a_way_to_join_and_a_country_in_person(campaign):
    opportunity = Opportunity(
        page=campaign,
        role="Steward",
        description="Keep the march safe.",
        attendance=Attendance.IN_PERSON,
    )

    with pytest.raises(ValidationError) as error:
        opportunity.full_clean()

    assert set(error.value.message_dict) >= {"join_url", "country"}


def test_online_opportunity_needs_no_country(campaign):
    opportunity = Opportunity(
        page=campaign,
        role="Translator",
        description="Translate the call-out.",
        attendance=Attendance.ONLINE,
        join_url="https://example.org/join",
    )

    opportunity.full_clean()


def test_opportunity_cannot_end_before_it_starts(campaign):
    opportunity = factories.OpportunityFactory.build(
        page=campaign,
        starts_on=datetime.date(2026, 6, 2),
        ends_on=datetime.date(2026, 6, 1),
    )

    with pytest.raises(ValidationError) as error:
        opportunity.full_clean()

    assert "ends_on" in error.value.message_dict


def test_event_times_are_stored_in_utc_from_the_event_time_zone(event_index):
    event = factories.EventPageFactory(
        parent=event_index, time_zone="Asia/Beirut", days=30
    )
    winter = factories.EventPageFactory(parent=event_index, time_zone="UTC", days=30)

    event.refresh_from_db()
    local = event.starts_at.astimezone(event.zone)

    assert (local.hour, local.minute) == (18, 0)
    assert event.starts_at.utcoffset() == datetime.timedelta(0)
    assert event.starts_at < winter.starts_at  # 18:00 in Beirut is before 18:00 UTC


def test_event_must_end_after_it_starts(event_index):
    event = factories.EventPageFactory.build(
        end_time=datetime.time(17, 0), time_zone="Europe/Stockholm"
    )

    with pytest.raises(ValidationError) as error:
        event.clean()

    assert error.value.message_dict["end_date"] == [
        "The event must end after it starts. Check the end date and time."
    ]


def test_in_person_event_needs_a_place():
    event = factories.EventPageFactory.build(attendance=Attendance.IN_PERSON)

    with pytest.raises(ValidationError) as error:
        event.clean()

    assert "venue" in error.value.message_dict


def test_unknown_time_zone_is_rejected(event_index):
    event = factories.EventPageFactory(parent=event_index)
    event.time_zone = "Mars/Olympus_Mons"

    with pytest.raises(ValidationError) as error:
        event.full_clean()

    assert "time_zone" in error.value.message_dict


def test_event_is_past_once_it_has_ended(event_index):
    past = factories.EventPageFactory(parent=event_index, days=-2)
    upcoming = factories.EventPageFactory(parent=event_index, days=2)

    assert past.is_past and not upcoming.is_past
    assert list(EventPage.objects.filter(ends_at__lt=upcoming.starts_at)) == [past]


def test_lesson_takes_its_movement_from_its_campaign(lesson_index, campaign, movement):
    lesson = lesson_factories.LessonPageFactory(
        parent=lesson_index, source_campaign=campaign
    )

    lesson.refresh_from_db()

    assert lesson.movement_id == movement.pk


def test_lesson_campaign_must_belong_to_its_movement(
    lesson_index, campaign, movement_index
):
    other = factories.MovementProfilePageFactory(parent=movement_index)
    lesson = lesson_factories.LessonPageFactory(parent=lesson_index, movement=other)
    lesson.source_campaign = campaign

    with pytest.raises(ValidationError) as error:
        lesson.full_clean()

    assert (
        "belongs to another movement" in error.value.message_dict["source_campaign"][0]
    )
