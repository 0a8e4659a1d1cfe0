"""The one visibility helper: who sees which pages, through any queryset."""

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from wagtail.models import Page, PageViewRestriction

from core.visibility import can_view, searchable_pages, visible_pages
from lessons.models import LessonPage

from .helpers import make_lesson

pytestmark = pytest.mark.django_db


@pytest.fixture
def circle():
    return Group.objects.create(name="Security circle")


@pytest.fixture
def lessons(lesson_index, circle):
    return {
        "public": make_lesson(lesson_index, title="Public"),
        "members": make_lesson(lesson_index, title="Members", sensitivity="members"),
        "restricted": make_lesson(
            lesson_index, title="Restricted", sensitivity="restricted", groups=[circle]
        ),
    }


def visible_titles(queryset, user) -> set[str]:
    return set(visible_pages(queryset, user).values_list("title", flat=True))


def test_anonymous_visitors_see_public_lessons_only(lessons):
    assert visible_titles(LessonPage.objects.all(), AnonymousUser()) == {"Public"}
    assert visible_titles(LessonPage.objects.all(), None) == {"Public"}


def test_members_also_see_members_lessons(lessons, member):
    assert visible_titles(LessonPage.objects.all(), member) == {"Public", "Members"}


def test_group_members_see_restricted_lessons(lessons, member, circle):
    member.groups.add(circle)

    assert visible_titles(LessonPage.objects.all(), member) == {
        "Public",
        "Members",
        "Restricted",
    }


def test_superusers_see_everything(lessons, django_user_model):
    admin = django_user_model.objects.create_superuser("root", "r@x.org", "pw")

    assert len(visible_titles(LessonPage.objects.all(), admin)) == 3


def test_generic_page_querysets_exclude_hidden_lessons(lessons, lesson_index):
    titles = visible_titles(Page.objects.all(), AnonymousUser())

    assert "Public" in titles
    assert lesson_index.title in titles
    assert not {"Members", "Restricted"} & titles


def test_drafts_are_never_visible(lesson_index, member):
    draft = make_lesson(lesson_index, title="Draft")
    draft.unpublish()

    assert "Draft" not in visible_titles(LessonPage.objects.all(), member)


def test_wagtail_privacy_hides_pages_from_anonymous_visitors(lesson_index):
    make_lesson(lesson_index, title="Behind a password")
    PageViewRestriction.objects.create(
        page=lesson_index, restriction_type="password", password="x"
    )

    assert "Behind a password" not in visible_titles(
        LessonPage.objects.all(), AnonymousUser()
    )


def test_search_helper_leaves_restricted_lessons_out(lessons, member, circle):
    member.groups.add(circle)

    titles = set(
        searchable_pages(LessonPage.objects.all(), member).values_list(
            "title", flat=True
        )
    )

    assert titles == {"Public", "Members"}


def test_can_view_matches_visible_pages(lessons, member, circle):
    anonymous = AnonymousUser()
    assert can_view(lessons["public"], anonymous)
    assert not can_view(lessons["members"], anonymous)
    assert can_view(lessons["members"], member)
    assert not can_view(lessons["restricted"], member)
    member.groups.add(circle)
    assert can_view(lessons["restricted"], member)
