"""Journeys through the engagement app in a real browser: a visitor finds an
opportunity to join, and a movement's editor edits their own movement only.

Each journey builds its own small data set with the factories, independent of the
demo content, before Chromium starts (see ``browser`` in ``conftest.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group

from engagement import factories
from engagement.choices import Attendance, Commitment
from engagement.factories import days_from_today
from home.models import HomePage
from lessons.factories import LessonIndexPageFactory

try:
    from playwright.sync_api import expect
except ImportError:  # `make test` installs no browser tooling and deselects these;
    expect = None  # the `browser` fixture fails with a clear message instead.

pytestmark = pytest.mark.browser

RESULTS_COUNT = re.compile(r"^\s*(\d+) open opportunit(?:y|ies)\s*$")
#: The message Wagtail's ``permission_denied`` shows after redirecting.
NO_PERMISSION = "Sorry, you do not have permission to access this area."
EDITOR_PASSWORD = "a-long-test-only-passphrase"


@dataclass(frozen=True)
class FinderSite:
    """What the visitor's journey needs to know, read before Chromium starts."""

    url: str
    finder_path: str
    campaign_path: str
    campaign_title: str
    online_arabic: str
    in_person_arabic: str
    online_spanish: str
    expired_online_arabic: str


@dataclass(frozen=True)
class EditorSite:
    """What the editor's journey needs to know, read before Chromium starts."""

    url: str
    username: str
    index_id: int
    own_id: int
    own_title: str
    other_id: int
    other_title: str


def home_page() -> HomePage:
    """The home page the data migration creates (the default site's root)."""
    return HomePage.objects.get()


@pytest.fixture
def finder_site(live_data, live_server) -> FinderSite:
    """A finder and one movement with two campaigns whose opportunities differ
    in attendance, language and expiry."""
    home = home_page()
    finder = factories.GetInvolvedPageFactory(parent=home)
    index = factories.MovementIndexPageFactory(parent=home)
    movement = factories.MovementProfilePageFactory(
        parent=index, title="Delta Tenants Union", slug="delta-tenants-union"
    )
    campaign = factories.CampaignPageFactory(
        parent=movement, title="Stop the evictions", slug="stop-the-evictions"
    )
    other = factories.CampaignPageFactory(
        parent=movement, title="Open the shoreline", slug="open-the-shoreline"
    )
    online = {"attendance": Attendance.ONLINE, "country": "", "town": ""}
    factories.OpportunityFactory(
        page=campaign,
        role="Remote phone-bank caller",
        languages=["ar"],
        commitment=Commitment.MONTHLY,
        **online,
    )
    factories.OpportunityFactory(
        page=campaign,
        role="Eviction-court observer",
        languages=["ar"],
        attendance=Attendance.IN_PERSON,
        country="EG",
        town="Alexandria",
    )
    factories.OpportunityFactory(
        page=campaign,
        role="Livestream moderator",
        languages=["ar"],
        starts_on=days_from_today(-30),
        ends_on=days_from_today(-1),
        **online,
    )
    factories.OpportunityFactory(
        page=other, role="Remote researcher", languages=["es"], **online
    )
    live_data.append("finder_site")
    return FinderSite(
        url=live_server.url,
        finder_path=f"/en/{finder.slug}/",
        campaign_path=f"/en/{index.slug}/{movement.slug}/{campaign.slug}/",
        campaign_title=campaign.title,
        online_arabic="Remote phone-bank caller",
        in_person_arabic="Eviction-court observer",
        online_spanish="Remote researcher",
        expired_online_arabic="Livestream moderator",
    )


@pytest.fixture
def editor_site(live_data, live_server, django_user_model) -> EditorSite:
    """Two movements, each with a campaign, and an editor of the first only.

    The library and calendar exist before the movements, as on the real site, so
    the editors' groups may also start pages there; that makes the home page the
    root of what they may explore, and the movement directory one of its pages.
    """
    home = home_page()
    LessonIndexPageFactory(parent=home)
    factories.EventIndexPageFactory(parent=home)
    index = factories.MovementIndexPageFactory(parent=home)
    own = factories.MovementProfilePageFactory(
        parent=index, title="Riverside Tenants", slug="riverside-tenants"
    )
    other = factories.MovementProfilePageFactory(
        parent=index, title="Harbour Workers Network", slug="harbour-workers"
    )
    factories.CampaignPageFactory(parent=own, title="Keep the library open")
    factories.CampaignPageFactory(parent=other, title="Safe cranes now")
    editor = django_user_model.objects.create_user(
        username="riverside-editor", password=EDITOR_PASSWORD
    )
    editor.groups.add(Group.objects.get(name=f"Movement editors: {own.title}"))
    live_data.append("editor_site")
    return EditorSite(
        url=live_server.url,
        username=editor.username,
        index_id=index.pk,
        own_id=own.pk,
        own_title=own.title,
        other_id=other.pk,
        other_title=other.title,
    )


def results_count(page) -> int:
    heading = page.get_by_role("heading", level=2, name=RESULTS_COUNT)
    expect(heading).to_have_count(1)
    match = RESULTS_COUNT.match(heading.inner_text())
    assert match, heading.inner_text()
    return int(match.group(1))


def result_cards(page):
    return page.get_by_role("region", name=RESULTS_COUNT).get_by_role("article")


def role_headings(container):
    return container.get_by_role("heading", level=3)


def test_visitor_finds_an_online_arabic_role_and_its_campaign(
    finder_site, page, page_log
):
    site = finder_site
    base = site.url

    # The home page offers the current opportunities, not the expired one, and
    # leads to the finder both from the main navigation and from its section.
    response = page.goto(f"{base}/en/")
    assert response is not None and response.status == 200
    navigation = page.get_by_role("navigation", name="Main")
    expect(
        navigation.get_by_role("link", name="Get involved", exact=True)
    ).to_have_attribute("href", site.finder_path)
    section = page.get_by_role("region", name="Get involved")
    expect(role_headings(section)).to_have_text(
        [site.online_arabic, site.in_person_arabic, site.online_spanish],
        use_inner_text=True,
    )
    section.get_by_role("link", name="Find more ways to get involved").click()
    expect(page).to_have_url(f"{base}{site.finder_path}")
    expect(page.get_by_role("heading", level=1)).to_have_text("Get involved")
    assert results_count(page) == 3
    expect(page.get_by_text(site.expired_online_arabic)).to_have_count(0)

    # Online or remote, in Arabic.
    filters = page.get_by_role("form", name="Filter")
    attendance = filters.get_by_label("Online or in person", exact=True)
    attendance.select_option(label="Online or remote")
    expect(attendance).to_have_value("online")
    languages = filters.get_by_role("group", name="Language")
    expect(languages.get_by_role("checkbox")).to_have_count(2)  # Arabic, Spanish
    arabic = languages.get_by_label("Arabic", exact=True)
    expect(arabic).to_have_attribute("value", "ar")
    arabic.check()
    filters.get_by_role("button", name="Apply filters").click()

    expect(page).to_have_url(re.compile(r"[?&]attendance=online(&|$)"))
    expect(page).to_have_url(re.compile(r"[?&]language=ar(&|$)"))
    assert results_count(page) == 1
    cards = result_cards(page)
    expect(cards).to_have_count(1)
    card = cards.first
    expect(card.get_by_role("heading", level=3)).to_have_text(site.online_arabic)
    results = page.get_by_role("region", name=RESULTS_COUNT)
    for role in (
        site.in_person_arabic,
        site.online_spanish,
        site.expired_online_arabic,
    ):
        expect(results).not_to_contain_text(role)
    # The form remembers the choices.
    expect(attendance).to_have_value("online")
    expect(arabic).to_be_checked()
    expect(languages.get_by_label("Spanish", exact=True)).not_to_be_checked()

    # The card leads to its campaign, which lists the role under "Get involved".
    campaign_link = card.get_by_role("link", name=site.campaign_title, exact=True)
    expect(campaign_link).to_have_attribute("href", site.campaign_path)
    campaign_link.click()
    expect(page).to_have_url(f"{base}{site.campaign_path}")
    expect(page.get_by_role("heading", level=1)).to_have_text(site.campaign_title)
    involved = page.get_by_role("region", name="Get involved")
    expect(role_headings(involved)).to_have_text(
        [site.online_arabic, site.in_person_arabic], use_inner_text=True
    )
    expect(involved).not_to_contain_text(site.expired_online_arabic)
    expect(involved).not_to_contain_text(site.online_spanish)  # the other campaign's

    # Nothing left the machine, and the check was not vacuous.
    assert page_log.foreign_requests() == []
    assert {"document", "stylesheet", "script"} <= page_log.resource_types()
    assert page_log.failed_responses == []
    assert page_log.console_errors == []
    assert page_log.page_errors == []


def test_movement_editor_edits_their_own_movement_only(editor_site, page, page_log):
    site = editor_site
    base = site.url

    # Sign in through Wagtail's login form.
    response = page.goto(f"{base}/admin/login/")
    assert response is not None and response.status == 200
    page.get_by_label("Username").fill(site.username)
    page.get_by_label("Password").fill(EDITOR_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(f"{base}/admin/")

    # The explorer at the movement directory lists their movement, not the other.
    index_url = f"{base}/admin/pages/{site.index_id}/"
    response = page.goto(index_url)
    assert response is not None and response.status == 200
    expect(page).to_have_url(index_url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Exploring: Movements")
    listing = page.get_by_role("table")
    own = listing.get_by_role("link", name=site.own_title, exact=True)
    expect(own).to_have_attribute("href", f"/admin/pages/{site.own_id}/edit/")
    expect(listing.get_by_role("row")).to_have_count(2)  # the header and one page
    expect(page.get_by_role("main")).not_to_contain_text(site.other_title)

    # Their own movement's edit view opens.
    own.click()
    own_edit_url = f"{base}/admin/pages/{site.own_id}/edit/"
    expect(page).to_have_url(own_edit_url)
    expect(page.get_by_role("heading", level=1)).to_have_text(
        f"Editing Movement profile: {site.own_title}"
    )
    expect(page.get_by_role("textbox", name=re.compile(r"^Title"))).to_have_value(
        site.own_title
    )

    # The other movement's edit view does not: Wagtail redirects to the
    # dashboard with its permission message (``wagtail.admin.auth``).
    other_edit_url = f"{base}/admin/pages/{site.other_id}/edit/"
    response = page.goto(other_edit_url)
    assert response is not None and response.status == 200
    redirect = response.request.redirected_from
    assert redirect is not None and redirect.url == other_edit_url
    assert redirect.response() is not None and redirect.response().status == 302
    expect(page).to_have_url(f"{base}/admin/")
    expect(page.get_by_role("status")).to_contain_text(NO_PERMISSION)
    main = page.get_by_role("main")
    expect(main.get_by_role("heading", name=re.compile("^Editing"))).to_have_count(0)
    expect(main).not_to_contain_text(site.other_title)

    # The admin's scripts, styles and icons all come from the live server.
    assert page_log.foreign_requests() == []
    assert {"document", "stylesheet", "script"} <= page_log.resource_types()
    assert page_log.failed_responses == []
    assert page_log.console_errors == []
    assert page_log.page_errors == []


@pytest.fixture
def event_site(live_data, live_server) -> str:
    """One upcoming event in Beirut; returns its address on the live server."""
    calendar = factories.EventIndexPageFactory(parent=home_page())
    event = factories.EventPageFactory(
        parent=calendar, title="Beirut roundtable", time_zone="Asia/Beirut"
    )
    live_data.append("event_site")
    return f"{live_server.url}/en/{calendar.slug}/{event.slug}/"


def test_event_time_is_shown_in_the_visitors_own_time_zone(
    event_site, browser, page_log
):
    context = browser.new_context(locale="en-GB", timezone_id="America/Bogota")
    page = context.new_page()
    page.on("pageerror", lambda error: page_log.page_errors.append(str(error)))
    page.on("request", lambda request: page_log.requests.append(request))

    page.goto(event_site)

    expect(page.get_by_text("time in Asia/Beirut")).to_be_visible()
    local = page.get_by_text(re.compile(r"^Your time: .+ – .+"))
    expect(local).to_be_visible()
    expect(local).to_contain_text("GMT-5")
    assert page_log.page_errors == []
    assert page_log.foreign_requests() == []
    context.close()
