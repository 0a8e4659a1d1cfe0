"""Lesson library models: where pages may be created, and what they refuse."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from home.models import HomePage, StandardPage
from lessons import factories
from lessons.models import (
    GlossaryPage,
    LearningPathIndexPage,
    LearningPathPage,
    LessonAdaptation,
    LessonAuthor,
    LessonIndexPage,
    LessonOutcomeSignal,
    LessonPage,
    ResourceIndexPage,
    ResourcePage,
)

from .helpers import make_lesson


class TestPageCreationRules(WagtailPageTestCase):
    def setUp(self):
        self.home = HomePage.objects.get()
        self.index = factories.LessonIndexPageFactory(parent=self.home)
        self.login()

    def test_indexes_live_under_the_home_page(self):
        for model in (LessonIndexPage, ResourceIndexPage, LearningPathIndexPage):
            self.assertCanCreateAt(HomePage, model)
            self.assertCanNotCreateAt(Page, model)
            self.assertCanNotCreateAt(StandardPage, model)
        self.assertCanCreateAt(HomePage, GlossaryPage)

    def test_content_pages_live_under_their_own_index(self):
        self.assertAllowedSubpageTypes(LessonIndexPage, {LessonPage})
        self.assertAllowedSubpageTypes(ResourceIndexPage, {ResourcePage})
        self.assertAllowedSubpageTypes(LearningPathIndexPage, {LearningPathPage})
        self.assertAllowedParentPageTypes(LessonPage, {LessonIndexPage})
        self.assertCanNotCreateAt(HomePage, LessonPage)

    def test_lessons_have_no_children(self):
        self.assertAllowedSubpageTypes(LessonPage, set())

    def test_an_editor_can_create_a_lesson_in_the_admin(self):
        empty = inline_formset([])
        self.assertCanCreate(
            self.index,
            LessonPage,
            nested_form_data(
                {
                    "title": "Night-time legal observer shifts",
                    "slug": "night-legal-observer-shifts",
                    "summary": "How we covered a 24-hour blockade.",
                    "problem": rich_text("<p>Arrests happened at night.</p>"),
                    "activities": streamfield(
                        [("step", {"title": "Rota", "description": rich_text("x")})]
                    ),
                    "outcomes": rich_text(""),
                    "format": "tactic_guide",
                    "result": "mixed",
                    "scale": "local",
                    "licence": "cc-by-sa-4.0",
                    "sensitivity": "public",
                    "cautions": empty,
                    "outcome_signals": inline_formset(
                        [
                            {
                                "metric_kind": "other",
                                "label": "Arrests documented",
                                "baseline": "3",
                                "result": "17",
                                "unit": "arrests",
                                "effect": "improved",
                            }
                        ]
                    ),
                    "adapted_from_links": empty,
                    "related_links": empty,
                    "documents": empty,
                    "authors": inline_formset([{"name": "Legal team"}]),
                }
            ),
        )
        lesson = LessonPage.objects.get(slug="night-legal-observer-shifts")
        assert lesson.outcome_signals.get().change == Decimal("14")


pytestmark = pytest.mark.django_db


def test_restricted_lesson_needs_a_group(lesson_index):
    lesson = factories.LessonPageFactory.build(sensitivity="restricted")

    with pytest.raises(ValidationError) as error:
        lesson_index.add_child(instance=lesson)

    assert "restricted_to_groups" in error.value.message_dict


def test_restricted_lesson_with_a_group_saves(lesson_index):
    lesson = make_lesson(
        lesson_index,
        sensitivity="restricted",
        groups=[Group.objects.create(name="Trusted")],
    )

    assert list(lesson.restricted_to_groups.values_list("name", flat=True)) == [
        "Trusted"
    ]


def test_end_date_cannot_precede_start_date(lesson_index):
    lesson = factories.LessonPageFactory.build(
        started=datetime.date(2022, 5, 1), ended=datetime.date(2021, 5, 1)
    )

    with pytest.raises(ValidationError) as error:
        lesson_index.add_child(instance=lesson)

    assert "ended" in error.value.message_dict


def test_lesson_cannot_adapt_itself(lesson_index):
    lesson = make_lesson(lesson_index)
    link = LessonAdaptation(page=lesson, source=lesson, what_changed="Nothing")

    with pytest.raises(ValidationError):
        link.full_clean()


def test_author_needs_a_name_unless_anonymous():
    with pytest.raises(ValidationError):
        LessonAuthor(name=" ", anonymous=False).clean()
    LessonAuthor(name="", anonymous=True).clean()
    assert LessonAuthor(name="Ada", anonymous=True).public_name != "Ada"


def test_outcome_signal_change_needs_both_figures():
    assert LessonOutcomeSignal(baseline=None, result=Decimal(5)).change is None
    signal = LessonOutcomeSignal(baseline=Decimal("2.5"), result=Decimal(5))
    assert signal.change == Decimal("2.5")


def test_period_label_reads_ongoing_without_an_end(lesson_index):
    ongoing = make_lesson(lesson_index, started=datetime.date(2023, 3, 1))
    finished = make_lesson(
        lesson_index,
        started=datetime.date(2023, 3, 1),
        ended=datetime.date(2024, 1, 1),
    )

    assert "ongoing" in ongoing.period_label
    assert "2024" in finished.period_label
    assert "ongoing" not in finished.period_label


def test_licence_defaults_to_cc_by_sa(lesson_index):
    assert make_lesson(lesson_index).licence == "cc-by-sa-4.0"


def test_link_resource_needs_a_link(resource_index):
    resource = factories.ResourcePageFactory.build(resource_type="link")

    with pytest.raises(ValidationError) as error:
        resource_index.add_child(instance=resource)

    assert "external_url" in error.value.message_dict


def test_taxonomy_slug_is_unique_per_locale(locale):
    factories.TopicFactory(name="Housing", slug="housing")

    from django.db import IntegrityError, transaction

    from lessons.models import Topic

    with pytest.raises(IntegrityError), transaction.atomic():
        Topic.objects.create(name="Housing again", slug="housing", locale=locale)
