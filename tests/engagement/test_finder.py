"""The get-involved finder: filters, expiry, order and query counts."""

from __future__ import annotations

import pytest
from wagtail.models import PageViewRestriction

from engagement import factories
from engagement.choices import Attendance, Commitment, Skill
from engagement.factories import days_from_today
from lessons import factories as lesson_factories

from .helpers import queries_for

pytestmark = pytest.mark.django_db


def roles(response) -> list[str]:
    return [item.role for item in response.context["opportunities"]]


def opportunity(campaign, role, **kwargs):
    return factories.OpportunityFactory(page=campaign, role=role, **kwargs)


def test_expired_opportunities_disappear_by_themselves(client, finder, campaign):
    opportunity(campaign, "Ended yesterday", ends_on=days_from_today(-1))
    opportunity(campaign, "Closed yesterday", join_by=days_from_today(-1))
    opportunity(campaign, "Ends today", ends_on=days_from_today(0))
    opportunity(campaign, "Closes tomorrow", join_by=days_from_today(1))

    response = client.get(finder.url)

    assert sorted(roles(response)) == ["Closes tomorrow", "Ends today"]


def test_open_and_soonest_first(client, finder, campaign):
    opportunity(campaign, "Starts next month", starts_on=days_from_today(30))
    opportunity(campaign, "Open, no deadline")
    opportunity(campaign, "Open, closes in a week", join_by=days_from_today(7))
    opportunity(campaign, "Starts next week", starts_on=days_from_today(7))
    opportunity(
        campaign,
        "Open, ends in two days",
        starts_on=days_from_today(-3),
        ends_on=days_from_today(2),
    )

    response = client.get(finder.url)

    assert roles(response) == [
        "Open, ends in two days",
        "Open, closes in a week",
        "Open, no deadline",
        "Starts next week",
        "Starts next month",
    ]


def test_online_filter_includes_roles_that_are_both(client, finder, campaign):
    opportunity(campaign, "Online", attendance=Attendance.ONLINE, country="")
    opportunity(campaign, "Hybrid", attendance=Attendance.BOTH)
    opportunity(campaign, "On site", attendance=Attendance.IN_PERSON)

    online = client.get(finder.url, {"attendance": "online"})
    in_person = client.get(finder.url, {"attendance": "in_person"})

    assert sorted(roles(online)) == ["Hybrid", "Online"]
    assert sorted(roles(in_person)) == ["Hybrid", "On site"]


def test_filters_by_language_skill_commitment_and_country(client, finder, campaign):
    opportunity(
        campaign,
        "Arabic translator",
        languages=["ar", "en"],
        skills=[Skill.TRANSLATION],
        commitment=Commitment.MONTHLY,
        country="LB",
    )
    opportunity(
        campaign,
        "Spanish steward",
        languages=["es"],
        skills=[Skill.CARE],
        commitment=Commitment.ONE_OFF,
        country="CO",
    )

    def found(**query):
        return roles(client.get(finder.url, query))

    assert found(language="ar") == ["Arabic translator"]
    assert found(skill="care") == ["Spanish steward"]
    assert found(commitment=["monthly", "weekly"]) == ["Arabic translator"]
    assert found(country="CO") == ["Spanish steward"]
    assert found(language="ar", country="CO") == []


def test_language_choices_are_the_languages_in_use(client, finder, campaign):
    opportunity(campaign, "One", languages=["ar", "sv"])

    response = client.get(finder.url)

    choices = dict(response.context["filterset"].form.fields["language"].choices)
    assert set(choices) == {"ar", "sv"}
    assert choices["ar"] == "Arabic"


def test_filters_by_the_campaigns_topic(client, finder, movement):
    housing = lesson_factories.TopicFactory(name="Housing")
    climate = lesson_factories.TopicFactory(name="Climate")
    opportunity(
        factories.CampaignPageFactory(parent=movement, topics=[housing]), "Tenant"
    )
    opportunity(
        factories.CampaignPageFactory(parent=movement, topics=[climate]), "Camp"
    )

    response = client.get(finder.url, {"topic": "housing"})

    assert roles(response) == ["Tenant"]


@pytest.mark.parametrize(
    "query",
    [
        {"commitment": "forever"},
        {"attendance": "on-the-moon"},
        {"language": "xx"},
        {"skill": ["juggling", "care"]},
        {"topic": "no-such-topic"},
        {"country": "ZZ", "page": "abc"},
        {"page": "99999"},
        {"language": "\x00"},
    ],
)
def test_bad_filter_values_get_a_message_not_an_error(client, finder, campaign, query):
    opportunity(campaign, "Still listed")

    response = client.get(finder.url, query)

    assert response.status_code == 200
    if "page" not in query or len(query) > 1:
        assert response.context["filter_errors"]
    assert roles(response) == ["Still listed"]


def test_unpublished_and_private_campaigns_hide_their_opportunities(
    client, finder, movement, campaign
):
    opportunity(campaign, "Visible")
    draft = factories.CampaignPageFactory(parent=movement, live=False)
    opportunity(draft, "Draft campaign")
    private = factories.CampaignPageFactory(parent=movement)
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    opportunity(private, "Private campaign")

    response = client.get(finder.url)

    assert roles(response) == ["Visible"]
    assert "Draft campaign" not in response.content.decode()


def test_finder_shows_campaign_and_movement(client, finder, movement, campaign):
    opportunity(campaign, "Legal observer")

    html = client.get(finder.url).content.decode()

    assert f'href="{campaign.url}"' in html
    assert movement.title in html


def test_finder_query_count_is_constant(client, finder, movement):
    topic = lesson_factories.TopicFactory()

    def add(count: int) -> None:
        for n in range(count):
            campaign = factories.CampaignPageFactory(parent=movement, topics=[topic])
            opportunity(campaign, f"Role {n}", languages=["en", "ar"], skills=["care"])

    query = {"language": "ar", "topic": topic.slug}
    add(2)
    few = queries_for(client, finder.url, query)
    add(13)
    many = queries_for(client, finder.url, query)

    assert few == many <= 20
    assert len(roles(client.get(finder.url, query))) == 15


@pytest.mark.parametrize("status", ["won", "lost", "ended"])
def test_finished_campaigns_stop_recruiting(client, finder, movement, status):
    finished = factories.CampaignPageFactory(parent=movement, status=status)
    opportunity(finished, "Too late")
    ongoing = factories.CampaignPageFactory(parent=movement, status="paused")
    opportunity(ongoing, "Still useful")

    response = client.get(finder.url)

    assert roles(response) == ["Still useful"]
    assert client.get(finished.url).context["opportunities"] == []
