"""One serve-time rule for every page type (core.visibility.refuse_to_serve).

Whatever the page type, someone who may read the page gets it; an anonymous
visitor who may not is sent to sign in; a signed-in person who still may not
gets "not found"; a password-protected section still asks for its password.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from core.listing import ListingPage, SectionPage
from core.pages import section_parent_page_types
from engagement import factories as engagement_factories
from lessons import factories
from lessons.models import GlossaryPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def circle():
    return Group.objects.create(name="Security circle")


def restricted(factory, parent, circle, **kwargs):
    """A published page of ``factory``'s type that only ``circle`` may read."""
    page = factory.build(sensitivity="restricted", **kwargs)
    page.restricted_to_groups = [circle]
    parent.add_child(instance=page)
    return page


def group_section(page, circle):
    """A page of a type without sensitivity fields, in a section Wagtail's
    own privacy setting keeps to one group."""
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([circle])
    return page


def pages(home, circle):
    lesson_index = factories.LessonIndexPageFactory(parent=home)
    resource_index = factories.ResourceIndexPageFactory(parent=home)
    movements = engagement_factories.MovementIndexPageFactory(parent=home)
    movement = engagement_factories.MovementProfilePageFactory(parent=movements)
    events = engagement_factories.EventIndexPageFactory(parent=home)
    return {
        "lesson": restricted(factories.LessonPageFactory, lesson_index, circle),
        "resource": restricted(factories.ResourcePageFactory, resource_index, circle),
        "members lesson": factories.LessonPageFactory(
            parent=lesson_index, slug="for-members", sensitivity="members"
        ),
        "event": group_section(
            engagement_factories.EventPageFactory(parent=events), circle
        ),
        "campaign": group_section(
            engagement_factories.CampaignPageFactory(parent=movement), circle
        ),
    }


KINDS = ["lesson", "resource", "members lesson", "event", "campaign"]


@pytest.mark.parametrize("kind", KINDS)
def test_an_anonymous_visitor_is_asked_to_sign_in(client, home, circle, kind):
    page = pages(home, circle)[kind]

    response = client.get(page.url)

    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/") or "login" in response.url
    assert "next=" in response.url


@pytest.mark.parametrize("kind", ["lesson", "resource", "event", "campaign"])
def test_a_signed_in_outsider_gets_not_found(client, home, circle, member, kind):
    page = pages(home, circle)[kind]
    client.force_login(member)

    response = client.get(page.url)

    assert response.status_code == 404
    assert page.title not in response.content.decode()


@pytest.mark.parametrize("kind", KINDS)
def test_a_reader_gets_the_page(client, home, circle, member, kind):
    page = pages(home, circle)[kind]
    member.groups.add(circle)
    client.force_login(member)

    response = client.get(page.url)

    assert response.status_code == 200
    assert page.title in response.content.decode()


def test_a_password_section_still_asks_for_its_password(client, home, circle):
    lesson_index = factories.LessonIndexPageFactory(parent=home)
    page = factories.LessonPageFactory(parent=lesson_index)
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="camp"
    )

    response = client.get(page.url)

    assert response.status_code == 200
    assert b'name="password"' in response.content
    assert page.title.encode() not in response.content


def test_every_index_page_is_built_on_the_core_bases():
    from django.apps import apps

    index_models = [
        model
        for model in apps.get_models()
        if model.__name__.endswith(("IndexPage", "GetInvolvedPage"))
    ]
    assert len(index_models) >= 6
    for model in index_models:
        assert issubclass(model, ListingPage), model
    assert issubclass(GlossaryPage, SectionPage)


def test_section_pages_are_placed_by_the_setting(settings):
    from django.apps import apps

    sections = [
        model
        for model in apps.get_models()
        if issubclass(model, SectionPage) and not model._meta.abstract
    ]
    assert {model.__name__ for model in sections} >= {
        "LessonIndexPage",
        "ResourceIndexPage",
        "LearningPathIndexPage",
        "GlossaryPage",
        "MovementIndexPage",
        "EventIndexPage",
        "GetInvolvedPage",
    }
    for model in sections:
        assert model.parent_page_types == settings.PRAXIS_SECTION_PARENT_PAGE_TYPES
    assert section_parent_page_types() == ["home.HomePage"]
