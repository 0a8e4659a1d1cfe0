"""factory_boy factories for movements, campaigns, opportunities and events,
used by tests and demo content."""

from __future__ import annotations

import datetime

import factory
import wagtail_factories
from django.utils import timezone

from lessons.factories import set_terms

from .choices import Attendance, CampaignStatus, Commitment, EventFormat
from .models import (
    CampaignPage,
    EventIndexPage,
    EventPage,
    GetInvolvedPage,
    MovementIndexPage,
    MovementProfilePage,
    Opportunity,
)


def days_from_today(days: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


class MovementIndexPageFactory(wagtail_factories.PageFactory):
    title = "Movements"
    slug = "movements"
    show_in_menus = True

    class Meta:
        model = MovementIndexPage


class GetInvolvedPageFactory(wagtail_factories.PageFactory):
    title = "Get involved"
    slug = "get-involved"
    show_in_menus = True

    class Meta:
        model = GetInvolvedPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Events"
    slug = "events"
    show_in_menus = True

    class Meta:
        model = EventIndexPage


class MovementProfilePageFactory(wagtail_factories.PageFactory):
    """A movement; pass ``topics=[...]`` to attach topics."""

    title = factory.Sequence(lambda n: f"Movement {n}")
    summary = factory.Faker("sentence", nb_words=14)
    countries = ["SE"]
    languages = factory.LazyFunction(lambda: ["en"])

    class Meta:
        model = MovementProfilePage
        skip_postgeneration_save = True

    topics = set_terms("topics")


class CampaignPageFactory(wagtail_factories.PageFactory):
    """A campaign; its parent must be a movement profile."""

    title = factory.Sequence(lambda n: f"Campaign {n}")
    summary = factory.Faker("sentence", nb_words=14)
    goals = "<p>Keep the neighbourhood library open.</p>"
    status = CampaignStatus.ACTIVE
    started = factory.LazyFunction(lambda: days_from_today(-90))

    class Meta:
        model = CampaignPage
        skip_postgeneration_save = True

    topics = set_terms("topics")
    tactics = set_terms("tactics")


class OpportunityFactory(factory.django.DjangoModelFactory):
    role = factory.Sequence(lambda n: f"Role {n}")
    description = "Hand out flyers at the market on Saturday mornings."
    commitment = Commitment.WEEKLY
    attendance = Attendance.IN_PERSON
    country = "SE"
    town = "Malmö"
    languages = factory.LazyFunction(lambda: ["en"])
    skills = factory.LazyFunction(list)
    join_email = "join@example.org"

    class Meta:
        model = Opportunity


class EventPageFactory(wagtail_factories.PageFactory):
    """An event ``days`` from today (negative for past events), 18:00–20:00."""

    title = factory.Sequence(lambda n: f"Event {n}")
    summary = factory.Faker("sentence", nb_words=14)
    format = EventFormat.ROUNDTABLE
    attendance = Attendance.ONLINE
    time_zone = "Europe/Stockholm"
    languages = factory.LazyFunction(lambda: ["en"])

    class Params:
        days = 7

    start_date = factory.LazyAttribute(lambda o: days_from_today(o.days))
    start_time = datetime.time(18, 0)
    end_date = factory.LazyAttribute(lambda o: days_from_today(o.days))
    end_time = datetime.time(20, 0)

    class Meta:
        model = EventPage
        skip_postgeneration_save = True

    topics = set_terms("topics")
