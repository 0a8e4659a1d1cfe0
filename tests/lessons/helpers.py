"""Small builders for lesson tests."""

from __future__ import annotations

from decimal import Decimal

from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from lessons import factories
from lessons.models import (
    LearningPathStep,
    LessonAdaptation,
    LessonAuthor,
    LessonCaution,
    LessonOutcomeSignal,
    LessonRelatedLink,
)


def make_lesson(parent, *, groups=None, **kwargs):
    """A published lesson under ``parent``; restricted ones get ``groups`` (or a
    new group) as their readers."""
    if kwargs.get("sensitivity") != "restricted":
        return factories.LessonPageFactory(parent=parent, **kwargs)
    lesson = factories.LessonPageFactory.build(**kwargs)
    lesson.restricted_to_groups = groups or [
        Group.objects.get_or_create(name="Trusted readers")[0]
    ]
    parent.add_child(instance=lesson)
    return lesson


def make_full_lesson(parent, *, terms: int = 2, signals: int = 2, sources=(), **kwargs):
    """A lesson with every unit filled in: taxonomy, cautions, signals, lineage."""
    topics = [factories.TopicFactory() for _ in range(terms)]
    tactics = [factories.TacticFactory() for _ in range(terms)]
    audiences = [factories.AudienceFactory() for _ in range(terms)]
    bottlenecks = [factories.BottleneckFactory() for _ in range(terms)]
    kwargs.setdefault(
        "activities",
        [("step", {"title": "Map the site", "description": "<p>Walk it twice.</p>"})],
    )
    lesson = factories.LessonPageFactory.build(countries=["SE", "KE"], **kwargs)
    lesson.cautions = [
        LessonCaution(risk_level="high", title="Police may kettle the camp"),
        LessonCaution(risk_level="low", title="Rain"),
    ]
    lesson.outcome_signals = [
        LessonOutcomeSignal(
            metric_kind="turnout",
            label=f"People at action day {n}",
            baseline=Decimal(100 + n),
            result=Decimal(300 + n),
            unit="people",
            effect="improved",
            evidence="Sign-in sheets",
        )
        for n in range(signals)
    ]
    lesson.authors = [LessonAuthor(name="Logistics working group")]
    lesson.adapted_from_links = [
        LessonAdaptation(
            source=source, what_changed=f"Shorter camp than {source.title}"
        )
        for source in sources
    ]
    lesson.related_links = [LessonRelatedLink(lesson=source) for source in sources]
    lesson.topics = topics
    lesson.tactics = tactics
    lesson.audiences = audiences
    lesson.bottlenecks = bottlenecks
    lesson.tags.set(["camp", "logistics"])
    parent.add_child(instance=lesson)
    lesson.save_revision().publish()
    return lesson


def lesson_form_data(**fields) -> dict:
    """POST data for the lesson editor, with every required part filled in."""
    values = {
        "title": "Night shifts at the blockade",
        "slug": "night-shifts",
        "summary": "How we kept the blockade staffed through the night.",
        "problem": rich_text("Nobody wanted the 2am shift."),
        "format": "case_study",
        "result": "worked",
        "scale": "local",
        "sensitivity": "public",
        "licence": "cc-by-sa-4.0",
        "activities-count": 0,
        "cautions": inline_formset([]),
        "outcome_signals": inline_formset([]),
        "adapted_from_links": inline_formset([]),
        "related_links": inline_formset([]),
        "documents": inline_formset([]),
        "authors": inline_formset([]),
        "tagged_items": inline_formset([]),
    }
    values.update(fields)
    return nested_form_data(values)


def make_path(home, title: str, steps):
    """A published learning path under a new path index, with ``steps`` (pages)
    in that order."""
    paths = factories.LearningPathIndexPageFactory(parent=home)
    path = factories.LearningPathPageFactory(parent=paths, title=title)
    for position, step in enumerate(steps):
        LearningPathStep.objects.create(
            path=path, page=step, sort_order=position, locale=path.locale
        )
    return path
