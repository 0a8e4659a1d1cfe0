"""factory_boy factories for the lesson library, used by tests and demo content."""

from __future__ import annotations

import factory
import wagtail_factories
from django.utils.text import slugify
from wagtail.models import Locale

from core.sensitivity import Sensitivity

from .choices import LessonFormat, Result, Scale
from .models import (
    Audience,
    Bottleneck,
    GlossaryPage,
    GlossaryTerm,
    LearningPathIndexPage,
    LearningPathPage,
    LessonIndexPage,
    LessonPage,
    ResourceIndexPage,
    ResourcePage,
    Tactic,
    Topic,
)


def default_locale() -> Locale:
    return Locale.get_default()


def set_terms(relation: str) -> factory.PostGeneration:
    """A post-generation hook: ``Factory(topics=[...])`` sets that relation."""

    def hook(page, create, extracted, **kwargs):
        if create and extracted:
            getattr(page, relation).set(extracted)
            page.save()

    return factory.PostGeneration(hook)


class TermFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Term {n}")
    slug = factory.LazyAttribute(lambda term: slugify(term.name))
    description = ""
    locale = factory.LazyFunction(default_locale)

    class Meta:
        abstract = True
        django_get_or_create = ("slug", "locale")


class TopicFactory(TermFactory):
    class Meta:
        model = Topic


class TacticFactory(TermFactory):
    class Meta:
        model = Tactic


class AudienceFactory(TermFactory):
    class Meta:
        model = Audience


class BottleneckFactory(TermFactory):
    class Meta:
        model = Bottleneck


class GlossaryTermFactory(factory.django.DjangoModelFactory):
    term = factory.Sequence(lambda n: f"Glossary term {n}")
    slug = factory.LazyAttribute(lambda obj: slugify(obj.term))
    definition = factory.Faker("sentence", nb_words=16)
    locale = factory.LazyFunction(default_locale)

    class Meta:
        model = GlossaryTerm
        django_get_or_create = ("slug", "locale")


class LessonIndexPageFactory(wagtail_factories.PageFactory):
    title = "Lesson library"
    slug = "lessons"
    show_in_menus = True

    class Meta:
        model = LessonIndexPage


class ResourceIndexPageFactory(wagtail_factories.PageFactory):
    title = "Resources"
    slug = "resources"
    show_in_menus = True

    class Meta:
        model = ResourceIndexPage


class LearningPathIndexPageFactory(wagtail_factories.PageFactory):
    title = "Learning paths"
    slug = "paths"
    show_in_menus = True

    class Meta:
        model = LearningPathIndexPage


class GlossaryPageFactory(wagtail_factories.PageFactory):
    title = "Glossary"
    slug = "glossary"
    show_in_menus = True

    class Meta:
        model = GlossaryPage


class LessonPageFactory(wagtail_factories.PageFactory):
    """A lesson; pass ``topics=[...]`` etc. to attach taxonomy terms."""

    title = factory.Sequence(lambda n: f"Lesson {n}")
    summary = factory.Faker("sentence", nb_words=20)
    problem = factory.LazyFunction(
        lambda: "<p>Volunteers signed up but never came back.</p>"
    )
    outcomes = "<p>Twice as many volunteers stayed for a second month.</p>"
    format = LessonFormat.CASE_STUDY
    result = Result.WORKED
    scale = Scale.LOCAL
    sensitivity = Sensitivity.PUBLIC
    consent_confirmed = True

    class Meta:
        model = LessonPage
        skip_postgeneration_save = True

    topics = set_terms("topics")
    tactics = set_terms("tactics")
    audiences = set_terms("audiences")
    bottlenecks = set_terms("bottlenecks")


class ResourcePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Resource {n}")
    summary = factory.Faker("sentence", nb_words=16)
    body = "<p>A short guide.</p>"
    publisher = "A legal support collective"
    language = "en"

    class Meta:
        model = ResourcePage
        skip_postgeneration_save = True

    topics = set_terms("topics")


class LearningPathPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Learning path {n}")
    summary = factory.Faker("sentence", nb_words=16)

    class Meta:
        model = LearningPathPage
