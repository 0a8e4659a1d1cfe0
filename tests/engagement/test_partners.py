"""Coalition partners need the partner's consent: a campaign only asks, and
the partner movement's editors answer in the admin."""

from __future__ import annotations

import json

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page, PageLogEntry
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from engagement import factories
from engagement.choices import PartnerStatus
from engagement.models import CampaignPage, CampaignPartner

pytestmark = pytest.mark.django_db

INDEX = reverse("engagement_partner_requests")


@pytest.fixture
def partner(movement_index):
    return factories.MovementProfilePageFactory(
        parent=movement_index, title="Harbour Workers", slug="harbour-workers"
    )


@pytest.fixture
def link(campaign, partner) -> CampaignPartner:
    """``campaign`` names ``partner`` as its partner, and publishes."""
    campaign.partner_links.add(CampaignPartner(movement=partner))
    campaign.save()
    campaign.save_revision().publish()
    return CampaignPartner.objects.get(page=campaign, movement=partner)


def editor_of(django_user_model, movement, username: str):
    user = django_user_model.objects.create_user(username=username, password="pw")
    movement.refresh_from_db()
    user.groups.add(movement.editor_group)
    return user


@pytest.fixture
def partner_editor(django_user_model, partner):
    return editor_of(django_user_model, partner, "harbour-editor")


@pytest.fixture
def campaign_editor(django_user_model, movement):
    return editor_of(django_user_model, movement, "riverside-editor")


@pytest.fixture
def stranger(django_user_model, movement_index):
    """An editor of a third movement, neither asking nor asked."""
    other = factories.MovementProfilePageFactory(
        parent=movement_index, title="Coastal Commons"
    )
    return editor_of(django_user_model, other, "coastal-editor")


def status_of(link: CampaignPartner) -> str:
    """The link's status now (found by its pages: a publish may recreate it)."""
    return CampaignPartner.objects.get(
        page_id=link.page_id, movement_id=link.movement_id
    ).status


def answer(client, user, link, verb: str):
    client.force_login(user)
    # Follow: an admin 404 is redirected to the language-prefixed 404 page.
    return client.post(
        reverse("engagement_partner_answer", args=[link.pk]),
        {"answer": verb},
        follow=True,
    )


def accept(link: CampaignPartner) -> None:
    CampaignPartner.objects.filter(pk=link.pk).decide(PartnerStatus.ACCEPTED)


def decline(link: CampaignPartner) -> None:
    CampaignPartner.objects.filter(pk=link.pk).decide(PartnerStatus.DECLINED)


def titles(items) -> list[str]:
    return [item.title for item in items]


def api(client, path: str) -> dict:
    response = client.get(f"/api/v1/{path}")
    assert response.status_code == 200, response.content
    return json.loads(response.content)


def shown_on_pages(client, campaign, partner) -> tuple[list[str], list[str]]:
    return (
        titles(client.get(campaign.url).context["partners"]),
        titles(client.get(partner.url).context["coalition_campaigns"]),
    )


def shown_in_api(client, campaign, partner) -> tuple[list[str], list[str]]:
    campaign_data = api(client, f"campaigns/{campaign.pk}/")
    partner_data = api(client, f"movements/{partner.pk}/")
    return (
        [ref["title"] for ref in campaign_data["coalition_partners"]],
        [ref["title"] for ref in partner_data["coalition_campaigns"]],
    )


def campaign_form(campaign, partner_links: list[dict]) -> dict:
    """POST data for the campaign editor, publishing ``partner_links``."""
    return nested_form_data(
        {
            "title": campaign.title,
            "slug": campaign.slug,
            "summary": campaign.summary,
            "goals": rich_text("Keep it open."),
            "status": campaign.status,
            "outcome_summary": rich_text(""),
            "partner_links": inline_formset(
                partner_links, initial=sum("id" in row for row in partner_links)
            ),
            "opportunities": inline_formset([]),
            "action-publish": "publish",
        }
    )


def post_campaign(client, user, campaign, partner_links: list[dict]):
    client.force_login(user)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[campaign.pk]),
        campaign_form(campaign, partner_links),
    )
    assert response.status_code == 302, response.context["form"].errors
    return response


# What the public sees


def test_a_new_partner_link_waits_for_the_partners_answer(link):
    assert link.status == PartnerStatus.PENDING
    assert link.decided_at is None


def test_a_pending_partner_is_shown_on_neither_page(client, link, campaign, partner):
    assert shown_on_pages(client, campaign, partner) == ([], [])


def test_a_pending_partner_is_in_neither_api_response(client, link, campaign, partner):
    assert shown_in_api(client, campaign, partner) == ([], [])


def test_an_accepted_partner_is_shown_on_both_pages(client, link, campaign, partner):
    accept(link)

    assert shown_on_pages(client, campaign, partner) == (
        ["Harbour Workers"],
        ["Keep the library open"],
    )


def test_an_accepted_partner_is_in_both_api_responses(client, link, campaign, partner):
    accept(link)

    assert shown_in_api(client, campaign, partner) == (
        ["Harbour Workers"],
        ["Keep the library open"],
    )


def test_a_declined_partner_is_shown_nowhere(client, link, campaign, partner):
    decline(link)

    assert shown_on_pages(client, campaign, partner) == ([], [])
    assert shown_in_api(client, campaign, partner) == ([], [])


def test_a_translation_of_the_campaign_keeps_the_partners_answer(
    client, link, campaign, partner
):
    accept(link)
    swedish, _created = Locale.objects.get_or_create(language_code="sv")

    translation = campaign.copy_for_translation(swedish, copy_parents=True)
    translation.save_revision().publish()

    copied = CampaignPartner.objects.get(page=translation)
    assert copied.status == PartnerStatus.ACCEPTED
    page = client.get(Page.objects.get(pk=translation.pk).url)
    assert titles(page.context["partners"]) == ["Harbour Workers"]


def test_a_translation_made_before_the_answer_is_answered_with_it(
    link, campaign, partner
):
    swedish, _created = Locale.objects.get_or_create(language_code="sv")
    translation = campaign.copy_for_translation(swedish, copy_parents=True)
    translation.save_revision().publish()

    accept(link)

    copied = CampaignPartner.objects.get(page=translation)
    assert copied.status == PartnerStatus.ACCEPTED


# Who may answer


def test_the_partners_editor_accepts_and_who_and_when_is_recorded(
    client, link, partner_editor
):
    response = answer(client, partner_editor, link, "accept")

    assert response.redirect_chain == [(INDEX, 302)]
    link.refresh_from_db()
    assert link.status == PartnerStatus.ACCEPTED
    assert link.decided_by == partner_editor
    assert link.decided_at is not None


def test_an_answer_is_logged_on_both_pages(client, link, partner_editor):
    answer(client, partner_editor, link, "decline")

    entries = PageLogEntry.objects.filter(action="engagement.partner_declined")
    assert set(entries.values_list("page_id", "user_id")) == {
        (link.page_id, partner_editor.pk),
        (link.movement_id, partner_editor.pk),
    }
    assert entries.first().message == (
        "“Harbour Workers” declined to be a partner of “Keep the library open”"
    )


def test_editors_of_another_movement_cannot_answer(client, link, stranger):
    response = answer(client, stranger, link, "accept")

    assert response.status_code == 404
    assert status_of(link) == PartnerStatus.PENDING


def test_the_campaigns_own_editors_cannot_answer_for_the_partner(
    client, link, campaign_editor
):
    response = answer(client, campaign_editor, link, "accept")

    assert response.status_code == 404
    assert status_of(link) == PartnerStatus.PENDING


def test_a_coordinator_may_answer_for_any_movement(client, link, django_user_model):
    coordinator = django_user_model.objects.create_superuser(
        username="coordinator", password="pw"
    )

    answer(client, coordinator, link, "accept")

    assert status_of(link) == PartnerStatus.ACCEPTED


def test_answering_needs_a_post(client, link, partner_editor):
    client.force_login(partner_editor)

    response = client.get(reverse("engagement_partner_answer", args=[link.pk]))

    assert response.status_code == 405
    assert status_of(link) == PartnerStatus.PENDING


def test_the_partner_can_withdraw_an_acceptance(client, link, partner_editor):
    accept(link)

    answer(client, partner_editor, link, "decline")

    assert status_of(link) == PartnerStatus.DECLINED


# The campaign's edit form


def test_the_campaign_editor_shows_the_answer_but_offers_no_field_for_it(
    client, link, campaign, campaign_editor
):
    client.force_login(campaign_editor)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[campaign.pk]))

    html = response.content.decode()
    assert "Waiting for the partner&#x27;s answer" in html
    assert 'name="partner_links-0-status"' not in html


def test_the_campaign_form_cannot_accept_a_new_link(
    client, campaign, partner, campaign_editor
):
    post_campaign(
        client,
        campaign_editor,
        campaign,
        [{"movement": partner.pk, "status": PartnerStatus.ACCEPTED}],
    )

    assert CampaignPartner.objects.get(page=campaign).status == PartnerStatus.PENDING


def test_editing_the_campaign_keeps_an_accepted_link_accepted(
    client, link, campaign, partner, campaign_editor
):
    accept(link)

    post_campaign(
        client, campaign_editor, campaign, [{"id": link.pk, "movement": partner.pk}]
    )

    assert status_of(link) == PartnerStatus.ACCEPTED


def test_publishing_a_revision_from_before_the_answer_keeps_it(link, campaign):
    old = campaign.save_revision()
    accept(link)

    old.publish()

    assert status_of(link) == PartnerStatus.ACCEPTED


def test_pointing_an_accepted_link_at_another_movement_asks_that_movement(
    client, link, campaign, campaign_editor, movement_index
):
    accept(link)
    other = factories.MovementProfilePageFactory(
        parent=movement_index, title="Coastal Commons"
    )

    post_campaign(
        client, campaign_editor, campaign, [{"id": link.pk, "movement": other.pk}]
    )

    moved = CampaignPartner.objects.get(page=campaign)
    assert moved.movement_id == other.pk
    assert moved.status == PartnerStatus.PENDING


def test_removing_and_adding_the_partner_again_in_one_edit_keeps_the_answer(
    client, link, campaign, partner, campaign_editor
):
    decline(link)

    post_campaign(
        client,
        campaign_editor,
        campaign,
        [
            {"id": link.pk, "movement": partner.pk, "DELETE": "1"},
            {"movement": partner.pk},
        ],
    )

    assert status_of(link) == PartnerStatus.DECLINED
    assert not CampaignPartner.objects.filter(pk=link.pk).exists()


def test_a_declined_link_stays_declined_when_the_campaign_is_edited(
    client, link, campaign, partner, campaign_editor
):
    decline(link)

    post_campaign(
        client, campaign_editor, campaign, [{"id": link.pk, "movement": partner.pk}]
    )

    assert status_of(link) == PartnerStatus.DECLINED


def test_the_campaigns_editors_may_ask_again_after_a_refusal(
    client, link, campaign_editor
):
    decline(link)
    client.force_login(campaign_editor)

    client.post(reverse("engagement_partner_ask_again", args=[link.pk]))

    link.refresh_from_db()
    assert link.status == PartnerStatus.PENDING
    assert link.decided_by is None


def test_only_the_campaigns_editors_may_ask_again(client, link, stranger):
    decline(link)
    client.force_login(stranger)

    response = client.post(
        reverse("engagement_partner_ask_again", args=[link.pk]), follow=True
    )

    assert response.status_code == 404
    assert status_of(link) == PartnerStatus.DECLINED


# The admin listing


def test_the_partners_editors_see_the_request(client, link, partner_editor):
    client.force_login(partner_editor)

    response = client.get(INDEX)

    assert [row.pk for row in response.context["incoming"]] == [link.pk]


def test_other_editors_do_not_see_the_request(client, link, stranger):
    client.force_login(stranger)

    response = client.get(INDEX)

    assert response.context["incoming"] == []
    assert "Keep the library open" not in response.content.decode()


def test_the_campaigns_editors_see_it_as_sent_not_to_answer(
    client, link, campaign_editor
):
    client.force_login(campaign_editor)

    response = client.get(INDEX)

    assert response.context["incoming"] == []
    assert [row.pk for row in response.context["sent"]] == [link.pk]


def test_a_draft_campaigns_request_is_not_listed(
    client, movement, partner, partner_editor
):
    draft = factories.CampaignPageFactory(parent=movement, title="Secret plan")
    CampaignPage.objects.filter(pk=draft.pk).update(live=False)
    CampaignPartner.objects.create(page=draft, movement=partner)
    client.force_login(partner_editor)

    response = client.get(INDEX)

    assert response.context["incoming"] == []
    assert "Secret plan" not in response.content.decode()


def test_the_dashboard_tells_the_partners_editors_a_request_waits(
    client, link, partner_editor
):
    client.force_login(partner_editor)

    html = client.get(reverse("wagtailadmin_home")).content.decode()

    assert "One campaign asks your movement to be named" in html


def test_the_admin_listing_runs_a_fixed_number_of_queries(
    client, movement, campaign, partner, partner_editor, django_assert_max_num_queries
):
    def add(count: int) -> None:
        for _ in range(count):
            other = factories.CampaignPageFactory(parent=movement)
            other.partner_links.add(CampaignPartner(movement=partner))
            other.save()

    add(1)
    client.force_login(partner_editor)
    client.get(INDEX)
    with django_assert_max_num_queries(40) as few:
        client.get(INDEX)
    add(9)
    with django_assert_max_num_queries(len(few)) as many:
        response = client.get(INDEX)

    assert len(response.context["incoming"]) == 10
    assert len(many) == len(few)
