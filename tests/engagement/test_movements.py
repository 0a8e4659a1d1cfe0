"""The movement directory, movement profiles and campaign pages."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group

from engagement import factories
from engagement.choices import CampaignStatus, PartnerStatus
from engagement.factories import days_from_today
from engagement.models import CampaignPartner
from lessons import factories as lesson_factories
from tests.lessons.helpers import make_lesson

from .helpers import queries_for

pytestmark = pytest.mark.django_db


def titles(items) -> list[str]:
    return [item.title for item in items]


def test_directory_filters_by_topic_country_and_language(client, movement_index):
    housing = lesson_factories.TopicFactory(name="Housing")
    factories.MovementProfilePageFactory(
        parent=movement_index,
        title="Beirut Renters",
        countries=["LB"],
        languages=["ar", "fr"],
        topics=[housing],
    )
    factories.MovementProfilePageFactory(
        parent=movement_index, title="Bogotá Water", countries=["CO"], languages=["es"]
    )

    def found(**query):
        return titles(client.get(movement_index.url, query).context["movements"])

    assert found() == ["Beirut Renters", "Bogotá Water"]
    assert found(topic="housing") == ["Beirut Renters"]
    assert found(country="CO") == ["Bogotá Water"]
    assert found(language=["fr", "es"]) == ["Beirut Renters", "Bogotá Water"]
    assert found(language="sv") == ["Beirut Renters", "Bogotá Water"]  # left out


def test_directory_reports_bad_filter_values(client, movement_index, movement):
    response = client.get(movement_index.url, {"language": "xx", "country": "\x00"})

    assert response.status_code == 200
    assert len(response.context["filter_errors"]) == 2
    assert titles(response.context["movements"]) == [movement.title]


def test_directory_hides_unpublished_movements(client, movement_index, movement):
    factories.MovementProfilePageFactory(
        parent=movement_index, title="Not yet", live=False
    )

    response = client.get(movement_index.url)

    assert titles(response.context["movements"]) == [movement.title]


def test_directory_query_count_is_constant(client, movement_index):
    topics = [lesson_factories.TopicFactory() for _ in range(3)]

    def add(count: int) -> None:
        for _ in range(count):
            factories.MovementProfilePageFactory(
                parent=movement_index, topics=topics, languages=["ar", "en"]
            )

    add(2)
    few = queries_for(client, movement_index.url, {"language": "ar"})
    add(13)
    many = queries_for(client, movement_index.url, {"language": "ar"})

    assert few == many <= 20


def test_profile_lists_campaigns_lessons_resources_and_events(
    client, movement, campaign, lesson_index, resource_index, event_index
):
    lesson = make_lesson(lesson_index, title="Our lesson", movement=movement)
    lesson_factories.ResourcePageFactory(
        parent=resource_index, title="Our toolkit", movement=movement
    )
    factories.EventPageFactory(parent=event_index, title="Our call", organiser=movement)
    factories.EventPageFactory(
        parent=event_index, title="Old call", organiser=movement, days=-5
    )

    response = client.get(movement.url)

    assert titles(response.context["campaigns"]) == [campaign.title]
    assert titles(response.context["lessons"]) == [lesson.title]
    assert titles(response.context["resources"]) == ["Our toolkit"]
    assert titles(response.context["events"]) == ["Our call"]


def test_profile_shows_ongoing_campaigns_first(client, movement):
    factories.CampaignPageFactory(
        parent=movement, title="Won long ago", status=CampaignStatus.WON
    )
    factories.CampaignPageFactory(
        parent=movement, title="Planning now", status=CampaignStatus.PLANNING
    )

    response = client.get(movement.url)

    assert titles(response.context["campaigns"]) == ["Planning now", "Won long ago"]


def test_profile_never_lists_anonymised_or_hidden_lessons(
    client, member, movement, lesson_index
):
    make_lesson(lesson_index, title="Shared openly", movement=movement)
    make_lesson(
        lesson_index, title="Shared anonymously", movement=movement, anonymised=True
    )
    make_lesson(
        lesson_index, title="For members", movement=movement, sensitivity="members"
    )
    make_lesson(
        lesson_index,
        title="For the security group",
        movement=movement,
        sensitivity="restricted",
        groups=[Group.objects.create(name="Security")],
    )

    anonymous = client.get(movement.url)
    client.force_login(member)
    signed_in = client.get(movement.url)

    assert titles(anonymous.context["lessons"]) == ["Shared openly"]
    assert sorted(titles(signed_in.context["lessons"])) == [
        "For members",
        "Shared openly",
    ]
    for response in (anonymous, signed_in):
        html = response.content.decode()
        assert "Shared anonymously" not in html
        assert "For the security group" not in html


def test_library_filters_by_movement_without_anonymised_lessons(
    client, movement, lesson_index
):
    make_lesson(lesson_index, title="Shared openly", movement=movement)
    make_lesson(
        lesson_index, title="Shared anonymously", movement=movement, anonymised=True
    )
    make_lesson(lesson_index, title="Someone else's")

    response = client.get(lesson_index.url, {"movement": movement.slug})

    assert titles(response.context["lessons"]) == ["Shared openly"]


def test_lesson_page_names_its_movement_and_campaign_unless_anonymised(
    client, movement, campaign, lesson_index
):
    named = make_lesson(lesson_index, source_campaign=campaign)
    anonymous = make_lesson(lesson_index, source_campaign=campaign, anonymised=True)

    named_html = client.get(named.url).content.decode()
    anonymous_html = client.get(anonymous.url).content.decode()

    assert f'href="{movement.url}"' in named_html
    assert f'href="{campaign.url}"' in named_html
    assert movement.title not in anonymous_html
    assert campaign.title not in anonymous_html
    assert "Shared anonymously by a movement in the network." in anonymous_html


def test_coalition_partners_show_on_both_sides(
    client, movement, campaign, movement_index
):
    partner = factories.MovementProfilePageFactory(
        parent=movement_index, title="Harbour Workers"
    )
    campaign.partner_links.add(CampaignPartner(movement=partner))
    campaign.save()
    # Shown once the partner accepts (see test_partners.py).
    CampaignPartner.objects.filter(page=campaign).decide(PartnerStatus.ACCEPTED)

    campaign_page = client.get(campaign.url)
    partner_page = client.get(partner.url)

    assert titles(campaign_page.context["partners"]) == ["Harbour Workers"]
    assert titles(partner_page.context["coalition_campaigns"]) == [campaign.title]
    assert titles(partner_page.context["campaigns"]) == []


def test_campaign_shows_current_opportunities_and_lessons_learned(
    client, movement, campaign, lesson_index
):
    factories.OpportunityFactory(page=campaign, role="Steward")
    factories.OpportunityFactory(
        page=campaign, role="Past role", ends_on=days_from_today(-1)
    )
    make_lesson(lesson_index, title="What we learned", source_campaign=campaign)
    make_lesson(
        lesson_index, title="Quiet lesson", source_campaign=campaign, anonymised=True
    )

    response = client.get(campaign.url)

    assert [o.role for o in response.context["opportunities"]] == ["Steward"]
    assert titles(response.context["lessons"]) == ["What we learned"]
    assert response.context["movement"] == movement
    assert "Past role" not in response.content.decode()


def test_profile_and_campaign_query_counts_are_constant(
    client, movement, lesson_index, resource_index, event_index, movement_index
):
    topics = [lesson_factories.TopicFactory() for _ in range(3)]
    tactics = [lesson_factories.TacticFactory() for _ in range(3)]
    campaign = factories.CampaignPageFactory(
        parent=movement, topics=topics, tactics=tactics
    )

    def add(count: int) -> None:
        for _ in range(count):
            factories.CampaignPageFactory(parent=movement, topics=topics)
            factories.OpportunityFactory(page=campaign, languages=["ar", "en"])
            make_lesson(lesson_index, movement=movement, topics=topics)
            make_lesson(lesson_index, source_campaign=campaign, topics=topics)
            lesson_factories.ResourcePageFactory(
                parent=resource_index, movement=movement
            )
            factories.EventPageFactory(parent=event_index, organiser=movement)
            partner = factories.MovementProfilePageFactory(parent=movement_index)
            campaign.partner_links.add(CampaignPartner(movement=partner))
        campaign.save()
        CampaignPartner.objects.pending().decide(PartnerStatus.ACCEPTED)

    add(1)
    few = queries_for(client, movement.url), queries_for(client, campaign.url)
    add(9)
    many = queries_for(client, movement.url), queries_for(client, campaign.url)

    assert few == many
    assert max(many) <= 20
