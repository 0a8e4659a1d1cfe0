"""Nothing hidden leaks through the engagement pages, and bad input never fails."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from engagement import factories
from engagement.models import CampaignPage
from lessons import factories as lesson_factories
from tests.lessons.helpers import make_lesson

from .helpers import queries_for

pytestmark = pytest.mark.django_db


def restrict(page, kind=PageViewRestriction.GROUPS, groups=()):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password="secret"
    )
    restriction.groups.set(groups)
    return restriction


def titles(items) -> list[str]:
    return [item.title for item in items]


def test_group_and_password_sections_stay_hidden_from_other_members(
    client, member, movement_index
):
    insiders = Group.objects.create(name="Insiders")
    factories.MovementProfilePageFactory(parent=movement_index, title="Open")
    restrict(
        factories.MovementProfilePageFactory(parent=movement_index, title="Grouped"),
        groups=[insiders],
    )
    restrict(
        factories.MovementProfilePageFactory(parent=movement_index, title="Passworded"),
        kind=PageViewRestriction.PASSWORD,
    )
    restrict(
        factories.MovementProfilePageFactory(parent=movement_index, title="Members"),
        kind=PageViewRestriction.LOGIN,
    )
    client.force_login(member)

    outsider = titles(client.get(movement_index.url).context["movements"])
    member.groups.add(insiders)
    insider = titles(client.get(movement_index.url).context["movements"])

    assert outsider == ["Members", "Open"]
    assert insider == ["Grouped", "Members", "Open"]


def test_movement_filter_reveals_nothing_about_a_private_movement(
    client, movement_index, lesson_index
):
    hidden = factories.MovementProfilePageFactory(
        parent=movement_index, title="Hidden", slug="hidden"
    )
    restrict(hidden, kind=PageViewRestriction.LOGIN)
    make_lesson(
        lesson_index, title="Public lesson of a hidden movement", movement=hidden
    )

    response = client.get(lesson_index.url, {"movement": "hidden"})

    assert titles(response.context["lessons"]) == []


def test_event_cards_name_only_organisers_the_visitor_may_see(
    client, home, movement_index, event_index
):
    hidden = factories.MovementProfilePageFactory(
        parent=movement_index, title="Quiet collective"
    )
    restrict(hidden, kind=PageViewRestriction.LOGIN)
    factories.EventPageFactory(parent=event_index, title="Call", organiser=hidden)

    for url in (event_index.url, home.url):
        html = client.get(url).content.decode()
        assert "Call" in html
        assert "Quiet collective" not in html


def test_unpublishing_a_movement_takes_its_campaigns_off_the_site(
    client, finder, movement, campaign
):
    factories.OpportunityFactory(page=campaign, role="Steward")

    movement.unpublish()

    campaign.refresh_from_db()
    assert not campaign.live
    assert client.get(finder.url).context["opportunities"].paginator.count == 0
    assert client.get(campaign.url).status_code == 404


@pytest.mark.parametrize("path", ["finder", "movement_index", "event_index"])
def test_a_value_repeated_hundreds_of_times_is_not_an_error(client, request, path):
    page = request.getfixturevalue(path)

    response = client.get(page.url + "?" + "&".join(["language=en"] * 300))

    assert response.status_code == 200


def test_renaming_a_movement_renames_its_editor_group(movement):
    movement.title = "Riverside Tenants Union"
    movement.save_revision().publish()

    movement.refresh_from_db()

    assert movement.editor_group.name == "Movement editors: Riverside Tenants Union"


def test_event_organiser_choices_are_scoped_for_movement_editors(
    client, django_user_model, movement, movement_index, event_index
):
    factories.MovementProfilePageFactory(parent=movement_index, title="Someone else")
    movement.refresh_from_db()
    editor = django_user_model.objects.create_user(username="ed", password="pw")
    editor.groups.add(movement.editor_group)
    client.force_login(editor)

    response = client.get(f"/admin/pages/add/engagement/eventpage/{event_index.pk}/")

    field = response.context["form"].fields["organiser"]
    assert list(field.queryset) == [movement]


def test_a_time_skipped_by_summer_time_is_refused():
    event = factories.EventPageFactory.build(
        time_zone="Europe/Stockholm",
        start_date=datetime.date(2030, 3, 31),
        start_time=datetime.time(2, 30),
        end_date=datetime.date(2030, 3, 31),
        end_time=datetime.time(4, 0),
    )

    with pytest.raises(ValidationError) as error:
        event.clean()

    assert "start_time" in error.value.message_dict


def test_ical_uid_is_stable_and_text_is_plain(client, event_index):
    event = factories.EventPageFactory(
        parent=event_index, description="<p>Food &amp; drink&nbsp;provided</p>"
    )

    first = Calendar.from_ical(client.get(f"{event.url}calendar/").content)
    second = Calendar.from_ical(
        client.get(f"{event.url}calendar/", HTTP_HOST="localhost").content
    )

    (one,), (two,) = first.walk("VEVENT"), second.walk("VEVENT")
    assert (
        str(one["UID"]) == str(two["UID"]) == f"event-{event.translation_key}@localhost"
    )
    assert "Food & drink provided" in str(one["DESCRIPTION"])


def test_event_page_query_count_is_constant(client, event_index, lesson_index):
    from engagement.models import EventLesson

    topics = [lesson_factories.TopicFactory() for _ in range(3)]
    event = factories.EventPageFactory(parent=event_index, topics=topics)

    def add(count: int) -> None:
        for _ in range(count):
            lesson = make_lesson(lesson_index, topics=topics)
            event.related_lessons.add(EventLesson(lesson=lesson))
        event.save()

    add(1)
    few = queries_for(client, event.url)
    add(6)
    many = queries_for(client, event.url)

    assert few == many <= 20


def test_campaigns_of_a_hidden_movement_are_not_partners_in_public(
    client, movement, movement_index, campaign
):
    from engagement.models import CampaignPartner

    hidden = factories.MovementProfilePageFactory(parent=movement_index, title="Hidden")
    restrict(hidden, kind=PageViewRestriction.LOGIN)
    campaign.partner_links.add(CampaignPartner(movement=hidden))
    campaign.save()
    # Accepted, so only the movement's restriction keeps it off the page.
    CampaignPartner.objects.filter(page=campaign).decide("accepted")

    html = client.get(campaign.url).content.decode()

    assert "Hidden" not in html
    assert CampaignPage.objects.filter(partner_links__movement=hidden).exists()
