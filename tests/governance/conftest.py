"""One scenario with hidden lessons wired into every public channel, and the
people who visit it.

The restricted and members-only lessons are linked from everywhere a lesson can
be linked from (lineage both ways, related links, a learning path, an event, the
home page's featured list, a movement and its campaign, topics and tags, search,
a translation), so a channel that forgets the visibility helper shows their
titles. The superuser and group-member checks in ``test_leaks.py`` prove the
wiring: the same pages do show the titles to people allowed to read them.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page

from engagement import factories as engagement
from engagement.models import EventLesson
from home.models import HomePage, HomePageFeaturedLesson
from lessons import factories
from lessons.models import (
    GlossaryPage,
    LearningPathStep,
    LessonAdaptation,
    LessonAuthor,
    LessonCaution,
    LessonDocument,
    LessonPage,
    LessonRelatedLink,
)
from tests.module_data import for_this_test, once_per_module

#: English and Swedish, so that a lesson can have a translation under ``/sv/``.
LANGUAGES = [("en", "English"), ("sv", "Swedish")]

#: The word every lesson of the scenario shares, to search for.
WORD = "safehouse"


@dataclass
class Scenario:
    """The pages of the leak scenario and the strings that must not leak."""

    home: Page
    library: Page
    resources: Page
    paths: Page
    glossary: GlossaryPage
    movements: Page
    finder: Page
    events: Page
    movement: Page
    campaign: Page
    event: Page
    path: Page
    public: LessonPage
    members: LessonPage
    restricted: LessonPage
    translation: LessonPage
    anonymised: LessonPage
    restricted_resource: Page
    group: Group
    document: object
    topic_slug: str = "safety-planning"
    covert_topic_slug: str = "covert-logistics"
    tag_slug: str = "rota-tag"

    @property
    def restricted_strings(self) -> list[str]:
        """Titles and slugs only readers of the "Legal team" group may see."""
        return [
            self.restricted.title,
            self.restricted.slug,
            self.translation.title,
            self.translation.slug,
            self.restricted_resource.title,
            self.restricted_resource.slug,
        ]


def bilingual(settings) -> None:
    """Turn on a second content language for the rest of the test."""
    settings.LANGUAGES = LANGUAGES
    settings.WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
    Locale.objects.get_or_create(language_code="sv")


def make_restricted(parent, group, **kwargs) -> LessonPage:
    lesson = factories.LessonPageFactory.build(sensitivity="restricted", **kwargs)
    lesson.restricted_to_groups = [group]
    parent.add_child(instance=lesson)
    return lesson


def make_document(title: str, filename: str):
    return get_document_model().objects.create(
        title=title, file=ContentFile(b"%PDF-1.4 test", name=filename)
    )


#: The group that may read the scenario's restricted lessons.
LEGAL_TEAM = "Legal team"


@pytest.fixture
def legal_team(db) -> Group:
    """The "Legal team" group: the scenario's, when the test has the scenario."""
    return Group.objects.get_or_create(name=LEGAL_TEAM)[0]


@pytest.fixture
def outsider(member):
    """A signed-in member who is not in the "Legal team" group."""
    return member


@pytest.fixture
def insider(django_user_model, legal_team):
    user = django_user_model.objects.create_user(username="insider", password="pw")
    user.groups.add(legal_team)
    return user


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser("root", "root@example.org", "pw")


@pytest.fixture(scope="module")
def built_scenario(django_db_setup, django_db_blocker, tmp_path_factory):
    """The scenario, built once for the module (``tests/module_data.py``),
    and its media folder."""
    with once_per_module(
        django_db_blocker,
        tmp_path_factory,
        LANGUAGES=LANGUAGES,
        WAGTAIL_CONTENT_LANGUAGES=LANGUAGES,
    ) as media:
        Locale.objects.get_or_create(language_code="sv")
        home = HomePage.objects.get(locale=Locale.get_default())
        yield media, build_scenario(
            home,
            factories.LessonIndexPageFactory(parent=home),
            factories.ResourceIndexPageFactory(parent=home),
            factories.LearningPathIndexPageFactory(parent=home),
            factories.GlossaryPageFactory(parent=home),
            Group.objects.create(name=LEGAL_TEAM),
        )


@pytest.fixture
def scenario(built_scenario, settings, db) -> Scenario:
    """The scenario as the database has it at the start of this test."""
    bilingual(settings)
    media, built = built_scenario
    return for_this_test(built, media, settings)


def build_scenario(
    home, lesson_index, resource_index, path_index, glossary_page, legal_team
) -> Scenario:
    topic = factories.TopicFactory(name="Safety planning", slug="safety-planning")
    covert = factories.TopicFactory(name="Covert logistics", slug="covert-logistics")
    tactic = factories.TacticFactory(name="Rota building", slug="rota-building")
    audience = factories.AudienceFactory(name="Legal teams", slug="legal-teams")
    bottleneck = factories.BottleneckFactory(name="Repression", slug="repression")
    factories.GlossaryTermFactory(
        term="Safehouse", slug="safehouse", definition="A place to stay unseen."
    )

    movements = engagement.MovementIndexPageFactory(parent=home)
    finder = engagement.GetInvolvedPageFactory(parent=home)
    events = engagement.EventIndexPageFactory(parent=home)
    movement = engagement.MovementProfilePageFactory(
        parent=movements, title="Harbour Tenants Union", slug="harbour-tenants"
    )
    campaign = engagement.CampaignPageFactory(
        parent=movement, title="Hold the Harbour Line", slug="hold-the-harbour"
    )
    engagement.OpportunityFactory(page=campaign, role="Night steward")

    common = {
        "countries": ["SE"],
        "result": "misfire",
        "format": "tactic_guide",
        "movement": movement,
        "source_campaign": campaign,
    }
    public = factories.LessonPageFactory(
        parent=lesson_index,
        title=f"Open {WORD} basics",
        slug="open-safehouse-basics",
        summary=f"What anyone may read about a {WORD}.",
        topics=[topic],
        tactics=[tactic],
        **common,
    )
    members = factories.LessonPageFactory(
        parent=lesson_index,
        title=f"Members {WORD} drill 4K",
        slug="members-safehouse-drill-4k",
        summary=f"Only members read how the {WORD} drill runs.",
        sensitivity="members",
        **common,
    )
    restricted = make_restricted(
        lesson_index,
        legal_team,
        title=f"Secret {WORD} rota 7Q",
        slug="secret-safehouse-rota-7q",
        summary=f"Who sleeps in which {WORD} on which night.",
        **common,
    )
    document = make_document("Rota sheet", "rota-sheet-7q.pdf")
    for hidden in (members, restricted):
        hidden.topics = [topic, covert] if hidden is restricted else [topic]
        hidden.tactics = [tactic]
        hidden.audiences = [audience]
        hidden.bottlenecks = [bottleneck]
        hidden.tags.set(["rota-tag"])
        hidden.cautions = [LessonCaution(risk_level="high", title="Raids")]
        # Lineage both ways: each hidden lesson adapts the public one, and the
        # public one adapts each hidden lesson (and lists it as related).
        hidden.adapted_from_links = [
            LessonAdaptation(source=public, what_changed="Made it secret")
        ]
        hidden.save_revision().publish()
    restricted.documents = [LessonDocument(document=document)]
    restricted.save_revision().publish()
    public.adapted_from_links = [
        LessonAdaptation(source=members, what_changed="From the members drill"),
        LessonAdaptation(source=restricted, what_changed="From the secret rota"),
    ]
    public.related_links = [
        LessonRelatedLink(lesson=members),
        LessonRelatedLink(lesson=restricted),
    ]
    public.tags.set(["rota-tag"])
    public.save_revision().publish()

    anonymised = factories.LessonPageFactory(
        parent=lesson_index,
        title="Quiet eviction watch",
        slug="quiet-eviction-watch",
        anonymised=True,
        movement=movement,
        source_campaign=campaign,
    )
    anonymised.authors = [LessonAuthor(name="Anna Lindqvist, organiser")]
    anonymised.save_revision().publish()

    restricted_resource = factories.ResourcePageFactory.build(
        title=f"Secret {WORD} ledger 9Z",
        slug="secret-safehouse-ledger-9z",
        summary=f"Costs of each {WORD}.",
        sensitivity="restricted",
        movement=movement,
    )
    restricted_resource.restricted_to_groups = [legal_team]
    resource_index.add_child(instance=restricted_resource)
    restricted_resource.topics.set([topic])
    restricted_resource.save()
    factories.ResourcePageFactory(
        parent=resource_index, title=f"Open {WORD} checklist", movement=movement
    )

    path = factories.LearningPathPageFactory(
        parent=path_index, title="Staying safe together", slug="staying-safe"
    )
    path.steps = [
        LearningPathStep(page=page, note="Read it")
        for page in (public, members, restricted, restricted_resource)
    ]
    path.save_revision().publish()

    event = engagement.EventPageFactory(
        parent=events,
        title="Safety roundtable",
        slug="safety-roundtable",
        organiser=movement,
        topics=[topic],
    )
    event.related_lessons = [
        EventLesson(lesson=lesson) for lesson in (public, members, restricted)
    ]
    event.save_revision().publish()

    home.featured_lessons = [
        HomePageFeaturedLesson(lesson=lesson)
        for lesson in (restricted, members, public)
    ]
    home.save_revision().publish()

    translation = restricted.copy_for_translation(
        Locale.objects.get(language_code="sv"), copy_parents=True
    )
    translation.title = f"Hemligt {WORD}-schema 7Q"
    translation.slug = "hemligt-safehouse-schema-7q"
    translation.save_revision().publish()

    return Scenario(
        home=home,
        library=lesson_index,
        resources=resource_index,
        paths=path_index,
        glossary=glossary_page,
        movements=movements,
        finder=finder,
        events=events,
        movement=movement,
        campaign=campaign,
        event=event,
        path=path,
        public=public,
        members=members,
        restricted=restricted,
        translation=LessonPage.objects.get(pk=translation.pk),
        anonymised=anonymised,
        restricted_resource=restricted_resource,
        group=legal_team,
        document=document,
    )
