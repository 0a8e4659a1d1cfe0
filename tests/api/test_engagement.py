"""``/api/v1/movements/``, ``campaigns/``, ``opportunities/`` and ``events/``:
what an anonymous visitor may see, filtered like the movement directory, the
get-involved finder and the event calendar, at a fixed number of queries."""

from __future__ import annotations

import datetime
import zoneinfo
from dataclasses import dataclass

import pytest
import wagtail_factories
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page, PageViewRestriction

from engagement import factories as engagement
from engagement.factories import days_from_today
from engagement.models import CampaignPartner, EventLesson
from home.models import HomePage
from lessons import factories
from tests.lessons.helpers import make_lesson
from tests.module_data import for_this_test, once_per_module

from .conftest import assert_problem, translate

pytestmark = pytest.mark.django_db


def names(response, key: str = "title") -> list[str]:
    assert response.status_code == 200, response.content
    return [item[key] for item in response.data["results"]]


def refs(items) -> list[str]:
    return [item["title"] for item in items]


def make_private(page) -> Page:
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )
    return page


def queries(api, path: str, params: dict | None = None) -> tuple[int, list]:
    """How many queries one request runs, after a warm-up request (which
    fills Wagtail's site cache and makes image renditions), and its results."""
    assert api(path, params).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        response = api(path, params)
    assert response.status_code == 200, response.content
    return len(captured), response.data["results"]


@dataclass
class Network:
    """Two movements, their campaigns, lessons, opportunities and events, and
    one hidden page of every kind."""

    riverside: Page
    harbour: Page
    library: Page
    evictions: Page
    clean_harbour: Page
    lesson: Page
    anonymised: Page
    roundtable: Page
    training: Page
    hidden: dict[str, Page]


@pytest.fixture(scope="module")
def built_network(django_db_setup, django_db_blocker, tmp_path_factory):
    """The network, built once for the module (``tests/module_data.py``)."""
    with once_per_module(django_db_blocker, tmp_path_factory) as media:
        home = HomePage.objects.get(locale=Locale.get_default())
        yield media, build_network(
            home,
            factories.LessonIndexPageFactory(parent=home),
            factories.ResourceIndexPageFactory(parent=home),
        )


@pytest.fixture
def network(built_network, settings, db) -> Network:
    """The network as the database has it at the start of this test."""
    media, built = built_network
    return for_this_test(built, media, settings)


def build_network(home, lesson_index, resource_index) -> Network:
    housing = factories.TopicFactory(name="Housing", slug="housing")
    climate = factories.TopicFactory(name="Climate", slug="climate")
    strike = factories.TacticFactory(name="Rent strike", slug="rent-strike")
    directory = engagement.MovementIndexPageFactory(parent=home)
    calendar = engagement.EventIndexPageFactory(parent=home)

    riverside = engagement.MovementProfilePageFactory(
        parent=directory,
        title="Riverside Tenants",
        slug="riverside-tenants",
        description="<p>We organise <b>tenants</b>.</p>",
        core_values="<p>Solidarity.</p>",
        languages=["en", "sv"],
        founded=2015,
        funding_disclosure="Member dues only.",
        show_contact=True,
        contact_email="hello@riverside.example",
        logo=wagtail_factories.ImageFactory(),
        topics=[housing],
    )
    harbour = engagement.MovementProfilePageFactory(
        parent=directory,
        title="Harbour Workers",
        slug="harbour-workers",
        countries=["KE"],
        languages=["sw"],
        contact_email="organiser@harbour.example",
        topics=[climate],
    )
    library = engagement.CampaignPageFactory(
        parent=riverside,
        title="Keep the library open",
        slug="keep-the-library-open",
        countries=["SE"],
        outcome_summary="<p>Still open.</p>",
        topics=[housing],
        tactics=[strike],
    )
    CampaignPartner.objects.create(page=library, movement=harbour)
    CampaignPartner.objects.filter(page=library).decide("accepted")  # by Harbour
    evictions = engagement.CampaignPageFactory(
        parent=riverside,
        title="Stop the evictions",
        status="won",
        started=days_from_today(-900),
    )
    clean_harbour = engagement.CampaignPageFactory(
        parent=harbour, title="Clean harbour", countries=["KE"], topics=[climate]
    )

    lesson = make_lesson(
        lesson_index, title="Strike notes", movement=riverside, source_campaign=library
    )
    anonymised = make_lesson(
        lesson_index,
        title="Quiet notes",
        movement=riverside,
        source_campaign=library,
        anonymised=True,
    )
    factories.ResourcePageFactory(
        parent=resource_index, title="Tenant handbook", movement=riverside
    )
    factories.ResourcePageFactory(
        parent=resource_index,
        title="Quiet handbook",
        movement=riverside,
        anonymised=True,
    )

    engagement.OpportunityFactory(
        page=library,
        role="Legal observer",
        skills=["legal"],
        languages=["sv"],
        join_url="https://riverside.example/join",
        join_email="",
        join_by=days_from_today(10),
        sort_order=0,  # as the editor's list of roles sets it
    )
    engagement.OpportunityFactory(
        page=library, role="Flyer team", ends_on=days_from_today(-1)
    )
    engagement.OpportunityFactory(
        page=library, role="Late sign-up", join_by=days_from_today(-2)
    )
    engagement.OpportunityFactory(page=evictions, role="Victory party crew")
    engagement.OpportunityFactory(
        page=clean_harbour,
        role="Online translator",
        commitment="monthly",
        attendance="online",
        country="",
        town="",
        skills=["translation"],
        languages=["en"],
    )

    roundtable = engagement.EventPageFactory(
        parent=calendar,
        title="Tenant roundtable",
        organiser=riverside,
        interpretation=["ar"],
        capacity=30,
        registration_url="https://riverside.example/rsvp",
        accessibility_notes="Captions on.",
        topics=[housing],
    )
    EventLesson.objects.create(page=roundtable, lesson=lesson)
    training = engagement.EventPageFactory(
        parent=calendar,
        title="Last year's training",
        days=-300,
        format="training",
        attendance="in_person",
        venue="Folkets hus",
        town="Malmö",
        country="SE",
        registration_url="https://riverside.example/old",
    )

    # One hidden page of every kind: drafts and pages in a private section.
    secret = make_private(
        engagement.MovementProfilePageFactory(
            parent=directory, title="Secret cell", slug="secret-cell", topics=[housing]
        )
    )
    secret_campaign = engagement.CampaignPageFactory(
        parent=secret, title="Secret campaign", topics=[housing]
    )
    engagement.OpportunityFactory(page=secret_campaign, role="Secret courier")
    draft_campaign = engagement.CampaignPageFactory(
        parent=riverside, title="Draft campaign", live=False
    )
    engagement.OpportunityFactory(page=draft_campaign, role="Draft role")
    restricted = make_lesson(
        lesson_index,
        title="Restricted notes",
        sensitivity="restricted",
        movement=riverside,
        source_campaign=library,
    )
    EventLesson.objects.create(page=roundtable, lesson=restricted)
    hidden = {
        "movement": secret,
        "draft movement": engagement.MovementProfilePageFactory(
            parent=directory, title="Draft movement", live=False
        ),
        "campaign": secret_campaign,
        "draft campaign": draft_campaign,
        "event": make_private(
            engagement.EventPageFactory(
                parent=calendar, title="Secret meeting", organiser=riverside
            )
        ),
        "draft event": engagement.EventPageFactory(
            parent=calendar, title="Draft event", live=False
        ),
        "lesson": restricted,
    }
    return Network(
        riverside=riverside,
        harbour=harbour,
        library=library,
        evictions=evictions,
        clean_harbour=clean_harbour,
        lesson=lesson,
        anonymised=anonymised,
        roundtable=roundtable,
        training=training,
        hidden=hidden,
    )


def assert_nothing_hidden(response, network: Network) -> None:
    body = response.content.decode()
    for page in network.hidden.values():
        assert page.title not in body
    for role in ("Secret courier", "Draft role"):
        assert role not in body


# Movements ----------------------------------------------------------------------


def test_the_movement_list_shows_visible_movements_with_their_facts(api, network):
    response = api("movements/")

    assert names(response) == ["Harbour Workers", "Riverside Tenants"]
    assert_nothing_hidden(response, network)
    riverside = response.data["results"][1]
    assert riverside["id"] == network.riverside.pk
    assert riverside["locale"] == "en"
    assert riverside["url"] == f"http://testserver{network.riverside.url}"
    assert riverside["api_url"] == (
        f"http://testserver/api/v1/movements/{network.riverside.pk}/"
    )
    assert riverside["countries"] == ["SE"]
    assert riverside["languages"] == ["en", "sv"]
    assert riverside["topics"] == [{"name": "Housing", "slug": "housing"}]
    assert riverside["founded"] == 2015


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"topic": "housing"}, ["Riverside Tenants"]),
        ({"country": "KE"}, ["Harbour Workers"]),
        ({"language": "sv"}, ["Riverside Tenants"]),
        ({"language": ["sv", "sw"]}, ["Harbour Workers", "Riverside Tenants"]),
    ],
)
def test_movement_facets_filter_like_the_directory(api, network, params, expected):
    assert names(api("movements/", params)) == expected


@pytest.mark.parametrize(
    ("path", "params", "parameter"),
    [
        ("movements/", {"topic": "no-such-topic"}, "topic"),
        ("movements/", {"country": "FR"}, "country"),
        ("movements/", {"language": "xx"}, "language"),
        ("movements/", {"colour": "red"}, "colour"),
        ("movements/", {"locale": "xx"}, "locale"),
        ("campaigns/", {"status": "glorious"}, "status"),
        ("campaigns/", {"topic": "no-such-topic"}, "topic"),
        ("campaigns/", {"tactic": "no-such-tactic"}, "tactic"),
        ("campaigns/", {"country": "FR"}, "country"),
        ("campaigns/", {"ordering": "owner"}, "ordering"),
        ("opportunities/", {"topic": "no-such-topic"}, "topic"),
        ("opportunities/", {"country": "FR"}, "country"),
        ("opportunities/", {"attendance": "telepathy"}, "attendance"),
        ("opportunities/", {"commitment": "forever"}, "commitment"),
        ("opportunities/", {"language": "xx"}, "language"),
        ("opportunities/", {"skill": "juggling"}, "skill"),
        ("opportunities/", {"locale": "xx"}, "locale"),
        ("events/", {"format": "party"}, "format"),
        ("events/", {"attendance": "telepathy"}, "attendance"),
        ("events/", {"language": "xx"}, "language"),
        ("events/", {"topic": "no-such-topic"}, "topic"),
        ("events/", {"when": "soon"}, "when"),
        ("events/", {"page_size": "101"}, "page_size"),
    ],
)
def test_unknown_filter_values_are_problems_naming_the_parameter(
    api, network, path, params, parameter
):
    assert_problem(api(path, params), 400, parameter)


def test_a_movement_shows_what_its_page_shows(api, network):
    data = api(f"movements/{network.riverside.pk}/").data

    assert data["description"] == "<p>We organise <b>tenants</b>.</p>"
    assert data["core_values"] == "<p>Solidarity.</p>"
    assert data["funding_disclosure"] == "Member dues only."
    assert data["public_contact"] == "hello@riverside.example"
    assert refs(data["campaigns"]) == ["Keep the library open", "Stop the evictions"]
    assert data["campaigns"][0]["api_url"] == (
        f"http://testserver/api/v1/campaigns/{network.library.pk}/"
    )
    assert refs(data["lessons"]) == ["Strike notes"]
    assert refs(data["resources"]) == ["Tenant handbook"]
    assert data["lessons_url"] == (
        "http://testserver/api/v1/lessons/?movement=riverside-tenants&locale=en"
    )
    assert data["campaigns_url"] == (
        "http://testserver/api/v1/campaigns/?movement=riverside-tenants&locale=en"
    )


def test_a_movement_lists_the_campaigns_it_joined_as_a_partner(api, network):
    data = api(f"movements/{network.harbour.pk}/").data

    assert refs(data["campaigns"]) == ["Clean harbour"]
    assert refs(data["coalition_campaigns"]) == ["Keep the library open"]


def test_a_contact_address_is_shown_only_when_the_movement_chose_to(api, network):
    response = api(f"movements/{network.harbour.pk}/")

    assert response.data["public_contact"] is None
    assert "organiser@harbour.example" not in response.content.decode()


def test_a_movement_never_lists_anonymised_or_hidden_lessons(api, network):
    response = api(f"movements/by-slug/{network.riverside.slug}/")

    assert response.data["id"] == network.riverside.pk
    body = response.content.decode()
    for title in (
        "Quiet notes",
        "Quiet handbook",
        "Restricted notes",
        "Draft campaign",
    ):
        assert title not in body


def test_the_movements_lessons_link_lists_them_all(api, network):
    data = api(f"movements/{network.riverside.pk}/").data
    path = data["lessons_url"].removeprefix("http://testserver/api/v1/")

    assert names(api(path)) == ["Strike notes"]


# Campaigns ----------------------------------------------------------------------


def test_the_campaign_list_shows_visible_campaigns_with_their_movement(api, network):
    response = api("campaigns/")

    assert names(response) == [
        "Clean harbour",
        "Keep the library open",
        "Stop the evictions",
    ]
    assert_nothing_hidden(response, network)
    library = response.data["results"][1]
    assert library["status"] == "active"
    assert library["movement"]["title"] == "Riverside Tenants"
    assert library["movement"]["api_url"].endswith(
        f"/api/v1/movements/{network.riverside.pk}/"
    )
    assert library["countries"] == ["SE"]
    assert library["topics"] == [{"name": "Housing", "slug": "housing"}]
    assert library["tactics"] == [{"name": "Rent strike", "slug": "rent-strike"}]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        (
            {"movement": "riverside-tenants"},
            ["Keep the library open", "Stop the evictions"],
        ),
        ({"movement": "secret-cell"}, []),
        ({"movement": "no-such-movement"}, []),
        ({"status": "won"}, ["Stop the evictions"]),
        ({"status": ["won", "active"], "country": "KE"}, ["Clean harbour"]),
        ({"topic": "housing"}, ["Keep the library open"]),
        ({"tactic": "rent-strike"}, ["Keep the library open"]),
        (
            {"ordering": "-title"},
            ["Stop the evictions", "Keep the library open", "Clean harbour"],
        ),
    ],
)
def test_campaign_filters_narrow_the_list(api, network, params, expected):
    assert names(api("campaigns/", params)) == expected


def test_a_campaign_shows_what_its_page_shows(api, network):
    data = api(f"campaigns/{network.library.pk}/").data

    assert data["goals"] == "<p>Keep the neighbourhood library open.</p>"
    assert data["outcome_summary"] == "<p>Still open.</p>"
    assert data["movement"]["id"] == network.riverside.pk
    assert refs(data["coalition_partners"]) == ["Harbour Workers"]
    assert [item["role"] for item in data["opportunities"]] == ["Legal observer"]
    observer = data["opportunities"][0]
    assert observer["join_url"] == "https://riverside.example/join"
    assert observer["join_email"] is None
    assert refs(data["lessons"]) == ["Strike notes"]
    body = api(f"campaigns/by-slug/{network.library.slug}/").content.decode()
    for title in ("Quiet notes", "Restricted notes", "Flyer team", "Late sign-up"):
        assert title not in body


def test_a_finished_campaign_offers_no_roles(api, network):
    assert api(f"campaigns/{network.evictions.pk}/").data["opportunities"] == []


# Opportunities ------------------------------------------------------------------


def test_the_finder_lists_current_opportunities_only(api, network):
    response = api("opportunities/")

    assert names(response, "role") == ["Legal observer", "Online translator"]
    assert_nothing_hidden(response, network)
    body = response.content.decode()
    for role in ("Flyer team", "Late sign-up", "Victory party crew"):
        assert role not in body
    observer, translator = response.data["results"]
    assert observer["campaign"]["title"] == "Keep the library open"
    assert observer["movement"]["title"] == "Riverside Tenants"
    assert observer["topics"] == [{"name": "Housing", "slug": "housing"}]
    assert observer["skills"] == ["legal"]
    assert observer["country"] == "SE"
    assert observer["api_url"] == (
        f"http://testserver/api/v1/opportunities/{observer['id']}/"
    )
    assert translator["attendance"] == "online"
    assert translator["country"] == ""
    assert translator["join_email"] == "join@example.org"


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"topic": "housing"}, ["Legal observer"]),
        ({"country": "SE"}, ["Legal observer"]),
        ({"attendance": "online"}, ["Online translator"]),
        ({"attendance": "in_person"}, ["Legal observer"]),
        ({"commitment": "monthly"}, ["Online translator"]),
        ({"language": "sv"}, ["Legal observer"]),
        ({"skill": "translation"}, ["Online translator"]),
        ({"skill": "design"}, []),
    ],
)
def test_finder_facets_narrow_the_list(api, network, params, expected):
    assert names(api("opportunities/", params), "role") == expected


def test_an_opportunity_by_id_and_the_ones_that_are_not_found(api, network):
    observer = network.library.opportunities.get(role="Legal observer")

    data = api(f"opportunities/{observer.pk}/").data

    assert data["role"] == "Legal observer"
    assert data["campaign"]["id"] == network.library.pk
    assert data["join_by"] == str(days_from_today(10))
    gone = ["Flyer team", "Late sign-up", "Victory party crew"]
    for role in [*gone, "Secret courier", "Draft role"]:
        opportunity = network.library.opportunities.model.objects.get(role=role)
        assert_problem(api(f"opportunities/{opportunity.pk}/"), 404)


# Events -------------------------------------------------------------------------


def test_the_calendar_lists_upcoming_events_unless_asked_for_past_ones(api, network):
    upcoming = api("events/")
    past = api("events/", {"when": "past"})

    assert names(upcoming) == ["Tenant roundtable"]
    assert names(past) == ["Last year's training"]
    assert_nothing_hidden(upcoming, network)
    roundtable = upcoming.data["results"][0]
    assert roundtable["organiser"]["title"] == "Riverside Tenants"
    assert roundtable["interpretation"] == ["ar"]
    assert roundtable["is_past"] is False
    assert past.data["results"][0]["place"] == "Folkets hus, Malmö, Sweden"


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"when": "past", "format": "training"}, ["Last year's training"]),
        ({"when": "past", "format": "roundtable"}, []),
        ({"attendance": "online"}, ["Tenant roundtable"]),
        ({"attendance": "in_person"}, []),
        ({"language": "en"}, ["Tenant roundtable"]),
        ({"topic": "housing"}, ["Tenant roundtable"]),
    ],
)
def test_calendar_facets_narrow_the_list(api, network, params, expected):
    assert names(api("events/", params)) == expected


def test_event_times_carry_the_events_own_time_zone(api, network):
    data = api(f"events/{network.roundtable.pk}/").data

    starts = datetime.datetime.fromisoformat(data["starts_at"])
    stockholm = zoneinfo.ZoneInfo("Europe/Stockholm")
    assert data["time_zone"] == "Europe/Stockholm"
    assert starts.utcoffset() == starts.astimezone(stockholm).utcoffset()
    assert starts.utcoffset() in {
        datetime.timedelta(hours=1),
        datetime.timedelta(hours=2),
    }
    assert (starts.date(), starts.hour) == (days_from_today(7), 18)
    assert datetime.datetime.fromisoformat(data["ends_at"]).hour == 20


def test_an_event_says_how_to_take_part_and_never_who_does(api, network):
    response = api(f"events/by-slug/{network.roundtable.slug}/")
    data = response.data

    assert data["registration_url"] == "https://riverside.example/rsvp"
    assert data["capacity"] == 30
    assert data["accessibility_notes"] == "Captions on."
    assert data["online_url"] is None
    assert data["calendar_url"].endswith(f"{network.roundtable.url}calendar/")
    assert refs(data["lessons"]) == ["Strike notes"]
    assert "Restricted notes" not in response.content.decode()
    assert not {"attendees", "rsvps", "registrations"} & set(data)


def test_a_past_event_offers_no_registration(api, network):
    data = api(f"events/{network.training.pk}/").data

    assert data["is_past"] is True
    assert data["registration_url"] is None


# Hidden pages -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "path"),
    [
        ("movement", "movements"),
        ("draft movement", "movements"),
        ("campaign", "campaigns"),
        ("draft campaign", "campaigns"),
        ("event", "events"),
        ("draft event", "events"),
    ],
)
def test_hidden_pages_are_not_found_by_id_or_slug(api, network, kind, path):
    page = network.hidden[kind]

    problem = assert_problem(api(f"{path}/{page.pk}/"), 404)
    assert page.title not in str(problem)
    assert_problem(api(f"{path}/by-slug/{page.slug}/"), 404)
    assert_problem(api(f"{path}/{page.pk}/", {"locale": "en"}), 404)


def test_bad_ids_slugs_and_parameters_of_details_are_problems(api, network):
    for path in ("movements", "campaigns", "opportunities", "events"):
        assert_problem(api(f"{path}/999999/"), 404)
        assert_problem(api(f"{path}/{10**30}/"), 400, "id")
        assert_problem(api(f"{path}/abc/"), 400, "id")
        assert_problem(api(f"{path}/1/", {"extra": "1"}), 400, "extra")
        assert_problem(api(f"{path}/1/", {"locale": "xx"}), 400, "locale")
    for path in ("movements", "campaigns", "events"):
        assert_problem(api(f"{path}/by-slug/no-such-page/"), 404)


# Languages ----------------------------------------------------------------------


def test_lists_show_translations_and_the_originals_of_the_rest(api, languages, network):
    swedish = translate(network.riverside, languages["sv"], title="Flodens hyresgäster")
    translate(network.library, languages["sv"], title="Håll biblioteket öppet")

    movements = api("movements/", {"locale": "sv"}).data["results"]
    campaigns = api("campaigns/", {"locale": "sv", "ordering": "title"})
    roles = api("opportunities/", {"locale": "sv"}).data["results"]

    assert [(item["title"], item["locale"]) for item in movements] == [
        ("Flodens hyresgäster", "sv"),
        ("Harbour Workers", "en"),
    ]
    assert names(campaigns) == [
        "Clean harbour",
        "Håll biblioteket öppet",
        "Stop the evictions",
    ]
    assert [(item["role"], item["campaign"]["locale"]) for item in roles] == [
        ("Legal observer", "sv"),
        ("Online translator", "en"),
    ]
    assert names(api("movements/", {"locale": "fr"})) == [
        "Harbour Workers",
        "Riverside Tenants",
    ]
    assert api(f"movements/{swedish.pk}/").data["locale"] == "sv"


def test_a_detail_in_another_language_is_its_translation_when_there_is_one(
    api, languages, network
):
    swedish = translate(network.riverside, languages["sv"], title="Flodens hyresgäster")

    by_id = api(f"movements/{network.riverside.pk}/", {"locale": "sv"}).data
    by_slug = api(f"movements/by-slug/{swedish.slug}/", {"locale": "sv"}).data
    fallback = api(f"movements/by-slug/{network.riverside.slug}/", {"locale": "fr"})
    english = api(f"movements/{network.riverside.pk}/").data

    assert by_id["id"] == by_slug["id"] == swedish.pk
    assert by_id["title"] == "Flodens hyresgäster"
    assert fallback.data["id"] == network.riverside.pk
    assert english["translations"] == [
        {
            "locale": "sv",
            "id": swedish.pk,
            "url": f"http://testserver{swedish.url}",
            "api_url": f"http://testserver/api/v1/movements/{swedish.pk}/",
        }
    ]
    # Lessons not yet translated are listed in their original language.
    assert refs(by_id["lessons"]) == ["Strike notes"]


def test_an_opportunity_in_another_language_is_the_same_role_there(
    api, languages, network
):
    translate(network.riverside, languages["sv"])
    swedish = translate(
        network.library, languages["sv"], title="Håll biblioteket öppet"
    )
    observer = network.library.opportunities.get(role="Legal observer")

    data = api(f"opportunities/{observer.pk}/", {"locale": "sv"}).data

    assert data["id"] != observer.pk
    assert data["role"] == "Legal observer"
    assert data["campaign"]["id"] == swedish.pk
    assert api(f"opportunities/{observer.pk}/", {"locale": "fr"}).data["id"] == (
        observer.pk
    )


def test_an_event_by_slug_falls_back_to_its_original(api, languages, network):
    data = api(f"events/by-slug/{network.roundtable.slug}/", {"locale": "ar"}).data

    assert data["id"] == network.roundtable.pk
    assert data["locale"] == "en"


# Query counts -------------------------------------------------------------------


def crowd(network: Network, count: int) -> None:
    """``count`` more of every kind, with everything a list item shows."""
    directory = network.riverside.get_parent()
    calendar = network.roundtable.get_parent()
    topics = [factories.TopicFactory(name=f"Crowd {n}") for n in range(2)]
    for number in range(count):
        movement = engagement.MovementProfilePageFactory(
            parent=directory,
            logo=wagtail_image(),
            topics=topics,
        )
        campaign = engagement.CampaignPageFactory(
            parent=movement, topics=topics, tactics=[factories.TacticFactory()]
        )
        engagement.OpportunityFactory(page=campaign, role=f"Crowd role {number}")
        engagement.EventPageFactory(parent=calendar, organiser=movement, topics=topics)


def wagtail_image():
    return wagtail_factories.ImageFactory()


@pytest.mark.parametrize(
    "path", ["movements/", "campaigns/", "opportunities/", "events/"]
)
def test_each_list_runs_the_same_queries_at_any_page_size(api, network, path):
    crowd(network, 12)

    small, ten = queries(api, path, {"page_size": 10})
    large, more = queries(api, path, {"page_size": 50})

    assert len(ten) == 10 < len(more)
    assert small == large <= 12, (small, large)


@pytest.mark.parametrize(
    ("path", "name", "rich_text"),
    [
        ("movements", "riverside", "description"),
        ("movements/by-slug", "riverside", "description"),
        ("campaigns", "library", "goals"),
        ("campaigns/by-slug", "library", "goals"),
        ("events", "roundtable", "description"),
        ("events/by-slug", "roundtable", "description"),
    ],
)
def test_each_detail_runs_at_most_twelve_queries(
    api, languages, network, path, name, rich_text, django_assert_max_num_queries
):
    page = getattr(network, name)
    setattr(
        page, rich_text, f'<p><a linktype="page" id="{network.lesson.pk}">Notes</a></p>'
    )
    page.save_revision().publish()
    translate(page, languages["sv"], title="Översatt")
    key = page.slug if "by-slug" in path else page.pk
    api(f"{path}/{key}/")

    with django_assert_max_num_queries(12):
        response = api(f"{path}/{key}/")
    assert response.status_code == 200, response.content
    assert response.data["translations"]
    assert f'href="http://testserver{network.lesson.url}"' in response.data[rich_text]


def test_an_opportunity_runs_at_most_twelve_queries(
    api, network, django_assert_max_num_queries
):
    observer = network.library.opportunities.get(role="Legal observer")
    api(f"opportunities/{observer.pk}/")

    with django_assert_max_num_queries(12):
        response = api(f"opportunities/{observer.pk}/", {"locale": "en"})
    assert response.data["movement"]
