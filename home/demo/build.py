"""Builds the demo data set from the files in ``content/`` (see
:mod:`home.demo.content`).

Every step looks up what already exists (by slug) and only adds what is missing,
so running ``seed_demo`` twice changes nothing.
"""

from __future__ import annotations

import datetime
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

import factory.random
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import translation
from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, Site

from core.sensitivity import Sensitivity
from core.visibility import visible_pages
from engagement import factories as engagement_factories
from engagement.choices import PartnerStatus
from engagement.models import (
    CampaignPage,
    CampaignPartner,
    EventIndexPage,
    EventLesson,
    EventPage,
    GetInvolvedPage,
    MovementIndexPage,
    MovementProfilePage,
    Opportunity,
)
from engagement.permissions import ensure_editor_group
from governance.roles import (
    CONTRIBUTORS,
    COORDINATORS,
    PEER_REVIEWERS,
    translator_group_name,
)
from home.models import HomePage, HomePageFeaturedLesson, StandardPage
from lessons import factories
from lessons.models import (
    Audience,
    Bottleneck,
    GlossaryPage,
    GlossaryTerm,
    LearningPathIndexPage,
    LearningPathPage,
    LearningPathStep,
    LessonAdaptation,
    LessonAuthor,
    LessonCaution,
    LessonIndexPage,
    LessonOutcomeSignal,
    LessonPage,
    LessonRelatedLink,
    ResourceIndexPage,
    ResourcePage,
    Tactic,
    Topic,
)
from members.models import (
    Member,
    PathProgress,
    SavedItem,
    SavedList,
    StepDone,
    Submission,
    new_token,
)
from members.rsvp import services as rsvp_services
from members.sharing.services import share

from . import adoption, discussions, languages, mentoring
from .content import (
    LANGUAGES,
    SOURCE_LANGUAGE,
    Content,
    Item,
    aligned,
    load,
)
from .content import Lesson as LessonEntry
from .content import Opportunity as OpportunityEntry

#: The seed that makes every run produce the same data.
SEED = "praxis-demo"
#: The demo administrator's user name.
ADMIN_USERNAME = "admin"
#: The group that may read the demo's restricted lessons.
RESTRICTED_GROUP = "Security working group"
#: Demo link resources point at the domain reserved for examples.
DEMO_LINK = "https://example.org/praxis-demo/%s"
#: Lessons featured on the home page, by slug (the first public ones that exist).
FEATURED = 3


def formset(prefix: str, total: int) -> dict[str, str]:
    """The management fields a Django formset of ``total`` rows posts."""
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def paragraphs(text: str) -> str:
    """Plain text with blank-line paragraphs as rich text HTML."""
    return "".join(
        f"<p>{escape(part.strip())}</p>" for part in text.split("\n\n") if part.strip()
    )


def month(value: str | None) -> datetime.date | None:
    if not value:
        return None
    year, month_number = value.split("-")
    return datetime.date(int(year), int(month_number), 1)


def decimal(value) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def in_days(days: int | None) -> datetime.date | None:
    """A day offset from the day the seed runs (``-5``: five days ago) as a date."""
    return None if days is None else engagement_factories.days_from_today(days)


def clock(value: str) -> datetime.time:
    return datetime.time.fromisoformat(value)


#: One demo account per editorial role, to try the peer-review workflow:
#: (user name, role group).
ROLE_ACCOUNTS = (
    ("contributor", CONTRIBUTORS),
    ("reviewer", PEER_REVIEWERS),
    ("coordinator", COORDINATORS),
    # Translates into Arabic (when Arabic is one of the site's languages).
    ("translator", translator_group_name("ar")),
)
#: The lesson the demo contributor has submitted, waiting in the review queue
#: (``content/drafts/<slug>/``).
IN_REVIEW_SLUG = "rotating-night-shifts-at-a-blockade"
#: The index pages under the home page: their slug (the folder of their text in
#: ``content/pages/``) and the factory that makes them.
INDEX_PAGES = {
    LessonIndexPage: ("lessons", factories.LessonIndexPageFactory),
    ResourceIndexPage: ("resources", factories.ResourceIndexPageFactory),
    LearningPathIndexPage: ("paths", factories.LearningPathIndexPageFactory),
    GlossaryPage: ("glossary", factories.GlossaryPageFactory),
    MovementIndexPage: ("movements", engagement_factories.MovementIndexPageFactory),
    GetInvolvedPage: ("get-involved", engagement_factories.GetInvolvedPageFactory),
    EventIndexPage: ("events", engagement_factories.EventIndexPageFactory),
}
#: The taxonomy models and their folders in ``content/terms/``.
VOCABULARIES = (
    (Topic, "topics"),
    (Tactic, "tactics"),
    (Audience, "audiences"),
    (Bottleneck, "bottlenecks"),
)


@dataclass
class Report:
    """What a run created, for the command's summary."""

    created: dict[str, int] = field(default_factory=dict)
    admin_password: str | None = None
    #: Passwords of the role accounts created in this run, by user name.
    role_passwords: dict[str, str] = field(default_factory=dict)
    #: Passwords of the demo members created in this run, by user name.
    member_passwords: dict[str, str] = field(default_factory=dict)

    def add(self, kind: str, count: int = 1) -> None:
        if count:
            self.created[kind] = self.created.get(kind, 0) + count


class DemoBuilder:
    def __init__(
        self,
        log: Callable[[str], None] | None = None,
        content: Content | None = None,
    ) -> None:
        self.report = Report()
        self.log = log or (lambda message: None)
        self.locale = Locale.get_default()
        #: Loaded (and checked) before anything is written.
        self.content = content if content is not None else load()

    @transaction.atomic
    def build(self) -> Report:
        factory.random.reseed_random(SEED)
        home = self.home_page()
        self.taxonomy()
        lesson_index = self.index(home, LessonIndexPage)
        resource_index = self.index(home, ResourceIndexPage)
        path_index = self.index(home, LearningPathIndexPage)
        self.glossary(home)
        self.lessons(lesson_index)
        self.resources(resource_index)
        self.paths(path_index)
        # A new movement's editor group may start pages under the index pages
        # that exist when the movement is created, so these come first.
        movement_index = self.index(home, MovementIndexPage)
        self.index(home, GetInvolvedPage)
        event_index = self.index(home, EventIndexPage)
        movements = self.movements(movement_index)
        campaigns = self.campaigns(movements)
        self.events(event_index, movements)
        self.link_lessons(movements, campaigns)
        self.link_resources(movements)
        self.about(home)
        self.featured(home)
        self.translations(home)
        self.admin_user()
        self.role_accounts()
        self.lessons_in_review(lesson_index)
        self.members()
        self.submissions()
        discussions.build(self)
        adoption.build(self)
        mentoring.build(self)
        return self.report

    def source(self, collection: str) -> list[Item]:
        """The items of ``collection`` written in the source language."""
        return [
            item
            for item in self.content[collection]
            if item.language == SOURCE_LANGUAGE
        ]

    # Structure ---------------------------------------------------------

    def home_page(self) -> HomePage:
        text = self.content.by_slug("pages")["home"].source
        home = HomePage.objects.filter(locale=self.locale).first()
        if home is None:
            root = Page.get_first_root_node()
            home = root.add_child(instance=HomePage(title=text.title, slug="home"))
            self.report.add("pages")
        if not home.intro:
            home.intro = paragraphs(text.intro)
            home.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost", root_page=home, is_default_site=True
            )
        return home

    def index(self, home: HomePage, model):
        page = model.objects.child_of(home).first()
        if page is None:
            slug, page_factory = INDEX_PAGES[model]
            text = self.content.by_slug("pages")[slug].source
            page = page_factory(parent=home, title=text.title, slug=slug)
            page.intro = paragraphs(text.intro)
            page.save_revision().publish()
            self.report.add("pages")
        return page

    def about(self, home: HomePage) -> None:
        if StandardPage.objects.child_of(home).filter(slug="about").exists():
            return
        text = self.content.by_slug("pages")["about"].source
        page = home.add_child(
            instance=StandardPage(
                title=text.title,
                slug="about",
                show_in_menus=text.show_in_menus,
                intro=text.intro,
                body=paragraphs(text.body),
            )
        )
        page.save_revision().publish()
        self.report.add("pages")

    # Taxonomy and glossary ---------------------------------------------

    def taxonomy(self) -> None:
        for model, vocabulary in VOCABULARIES:
            for item in self.content[vocabulary]:
                _, created = model.objects.get_or_create(
                    slug=item.slug,
                    locale=self.locale,
                    defaults={
                        "name": item.source.name,
                        "description": item.source.description,
                    },
                )
                if created:
                    self.report.add("taxonomy terms")

    def glossary(self, home: HomePage) -> None:
        for item in self.content["glossary"]:
            _, created = GlossaryTerm.objects.get_or_create(
                slug=item.slug,
                locale=self.locale,
                defaults={
                    "term": item.source.term,
                    "definition": item.source.definition,
                },
            )
            if created:
                self.report.add("glossary terms")
        self.index(home, GlossaryPage)

    # Lessons -----------------------------------------------------------

    def terms(self, model, slugs: list[str], locale: Locale | None = None) -> list:
        """The terms named by ``slugs`` in ``locale``, or in English where
        nobody has translated them."""
        found = {}
        for term in model.objects.filter(
            locale__in={self.locale, locale or self.locale}, slug__in=slugs
        ):
            if term.slug not in found or term.locale_id != self.locale.pk:
                found[term.slug] = term
        return [found[slug] for slug in slugs]

    def restricted_group(self) -> Group:
        group, _ = Group.objects.get_or_create(name=RESTRICTED_GROUP)
        return group

    def lessons(self, index: LessonIndexPage) -> None:
        existing = set(
            LessonPage.objects.child_of(index).values_list("slug", flat=True)
        )
        created = []
        for item in self.source("lessons"):
            if item.slug in existing:
                continue
            created.append((self.lesson(index, item.slug, item.source), item.source))
        by_slug = {page.slug: page for page in LessonPage.objects.child_of(index)}
        # Lineage and related links point at other lessons, so they come second.
        for page, entry in created:
            page.adapted_from_links = [
                LessonAdaptation(
                    source=by_slug[link.lesson], what_changed=link.what_changed
                )
                for link in entry.adapted_from
            ]
            page.related_links = [
                LessonRelatedLink(lesson=by_slug[slug]) for slug in entry.related
            ]
            page.save_revision().publish()
        self.report.add("lessons", len(created))

    def lesson(
        self,
        index: LessonIndexPage,
        slug: str,
        entry: LessonEntry,
        locale: Locale | None = None,
    ) -> LessonPage:
        locale = locale or self.locale
        started = month(entry.started)
        ended = month(entry.ended)
        published = (
            ended or started or datetime.date(2024, 1, 1)
        ) + datetime.timedelta(days=45)
        context = entry.context
        page = factories.LessonPageFactory.build(
            title=entry.title,
            slug=slug,
            summary=entry.summary,
            problem=paragraphs(entry.problem),
            activities=[
                (
                    "step",
                    {
                        "title": step.title,
                        "description": paragraphs(step.description),
                        "duration": step.duration,
                        "materials": step.materials,
                    },
                )
                for step in entry.activities
            ],
            outcomes=paragraphs(entry.outcomes),
            what_we_would_change=paragraphs(entry.what_we_would_change),
            format=entry.format,
            result=entry.result,
            scale=entry.scale,
            countries=entry.countries,
            started=started,
            ended=ended,
            political_context=paragraphs(context.political),
            coalition_context=paragraphs(context.coalition),
            media_context=paragraphs(context.media),
            legal_context=paragraphs(context.legal),
            funding_disclosure=entry.funding,
            origin_note=entry.origin,
            sensitivity=entry.sensitivity,
            anonymised=entry.anonymised,
            consent_confirmed=entry.consent_confirmed,
            first_published_at=datetime.datetime.combine(
                published, datetime.time(9, 0), tzinfo=datetime.UTC
            ),
            locale=locale,
        )
        page.cautions = [
            LessonCaution(
                sort_order=order,
                risk_level=caution.risk,
                title=caution.title,
                description=caution.description,
            )
            for order, caution in enumerate(entry.cautions)
        ]
        page.outcome_signals = [
            LessonOutcomeSignal(
                sort_order=order,
                metric_kind=signal.metric,
                label=signal.label,
                baseline=decimal(signal.baseline),
                result=decimal(signal.result),
                unit=signal.unit,
                effect=signal.effect,
                evidence=signal.evidence,
                likely_factors=signal.factors,
            )
            for order, signal in enumerate(entry.signals)
        ]
        page.authors = [
            LessonAuthor(sort_order=order, name=author.name, anonymous=author.anonymous)
            for order, author in enumerate(entry.authors)
        ]
        page.topics = self.terms(Topic, entry.topics, locale)
        page.tactics = self.terms(Tactic, entry.tactics, locale)
        page.audiences = self.terms(Audience, entry.audiences, locale)
        page.bottlenecks = self.terms(Bottleneck, entry.bottlenecks, locale)
        page.tags.set(entry.tags)
        if page.sensitivity == Sensitivity.RESTRICTED:
            page.restricted_to_groups = [self.restricted_group()]
        index.add_child(instance=page)
        return page

    def featured(self, home: HomePage) -> None:
        if home.featured_lessons.exists():
            return
        # Featured lessons are what an anonymous visitor may read, named openly.
        chosen = list(
            visible_pages(LessonPage.objects.all(), None)
            .filter(anonymised=False)
            .values_list("pk", flat=True)
        )
        picks = []
        for result in ("misfire", "worked", "mixed"):
            lesson = (
                LessonPage.objects.filter(pk__in=chosen, result=result)
                .order_by("title")
                .first()
            )
            if lesson:
                picks.append(lesson)
        home.featured_lessons = [
            HomePageFeaturedLesson(lesson=lesson) for lesson in picks[:FEATURED]
        ]
        home.save_revision().publish()

    # Resources and paths -----------------------------------------------

    def resources(self, index: ResourceIndexPage) -> None:
        existing = set(
            ResourcePage.objects.child_of(index).values_list("slug", flat=True)
        )
        Document = get_document_model()
        for item in self.content["resources"]:
            if item.slug in existing:
                continue
            entry = item.source
            document = None
            if entry.document:
                document = Document(title=entry.title)
                document.file.save(
                    entry.document,
                    ContentFile((item.folder / entry.document).read_bytes()),
                    save=False,
                )
                document.save()
            page = factories.ResourcePageFactory.build(
                title=entry.title,
                slug=item.slug,
                summary=entry.summary,
                body=paragraphs(entry.body),
                resource_type=entry.resource_type,
                publisher=entry.publisher,
                language=entry.language,
                year=entry.year,
                document=document,
                external_url=entry.external_url
                or (DEMO_LINK % item.slug if entry.resource_type == "link" else ""),
                locale=self.locale,
            )
            page.topics = self.terms(Topic, entry.topics)
            index.add_child(instance=page)
            page.save_revision().publish()
            self.report.add("resources")

    def paths(self, index: LearningPathIndexPage) -> None:
        existing = set(
            LearningPathPage.objects.child_of(index).values_list("slug", flat=True)
        )
        pages = {
            page.slug: page for page in Page.objects.type(LessonPage, ResourcePage)
        }
        for item in self.content["paths"]:
            if item.slug in existing:
                continue
            entry = item.source
            page = factories.LearningPathPageFactory.build(
                title=entry.title,
                slug=item.slug,
                summary=entry.summary,
                intro=paragraphs(entry.intro),
                estimated_hours=decimal(entry.hours),
                facilitator_notes=paragraphs(entry.facilitator_notes),
                locale=self.locale,
            )
            page.steps = [
                LearningPathStep(page=pages[step.page], note=step.note)
                for step in entry.steps
            ]
            index.add_child(instance=page)
            page.save_revision().publish()
            self.report.add("learning paths")

    # Movements, campaigns and events ------------------------------------

    def movements(self, index: MovementIndexPage) -> dict[str, MovementProfilePage]:
        """Every demo movement by slug, creating the missing ones."""
        movements = {
            page.slug: page for page in MovementProfilePage.objects.child_of(index)
        }
        for item in self.content["movements"]:
            if item.slug in movements:
                continue
            entry = item.source
            page = engagement_factories.MovementProfilePageFactory.build(
                title=entry.title,
                slug=item.slug,
                summary=entry.summary,
                description=paragraphs(entry.description),
                core_values=paragraphs(entry.core_values),
                countries=entry.countries,
                languages=entry.languages,
                founded=entry.founded,
                website=entry.website,
                show_contact=entry.show_contact,
                contact_email=entry.contact_email,
                funding_disclosure=entry.funding,
                locale=self.locale,
            )
            page.topics = self.terms(Topic, entry.topics)
            # Saving the new profile creates its editor group (a post_save signal).
            index.add_child(instance=page)
            page.save_revision().publish()
            movements[page.slug] = page
            self.report.add("movements")
        # Repairs the groups of movements made before an index page existed;
        # adds nothing otherwise.
        for movement in movements.values():
            ensure_editor_group(movement)
        return movements

    def campaigns(
        self, movements: dict[str, MovementProfilePage]
    ) -> dict[tuple[str, str], CampaignPage]:
        """Every demo campaign by (movement slug, campaign slug), creating the
        missing ones with their coalition partners and opportunities."""
        campaigns = {
            (movement.slug, page.slug): page
            for movement in movements.values()
            for page in CampaignPage.objects.child_of(movement)
        }
        for item in self.content["campaigns"]:
            entry = item.source
            key = (entry.movement, item.slug)
            if key in campaigns:
                continue
            movement = movements[entry.movement]
            page = engagement_factories.CampaignPageFactory.build(
                title=entry.title,
                slug=item.slug,
                summary=entry.summary,
                goals=paragraphs(entry.goals),
                status=entry.status,
                started=month(entry.started) or in_days(entry.starts_in),
                ended=month(entry.ended),
                countries=entry.countries,
                outcome_summary=paragraphs(entry.outcome),
                locale=self.locale,
            )
            page.topics = self.terms(Topic, entry.topics)
            page.tactics = self.terms(Tactic, entry.tactics)
            page.partner_links = [
                CampaignPartner(movement=movements[slug]) for slug in entry.partners
            ]
            page.opportunities = [
                self.opportunity(opportunity) for opportunity in entry.opportunities
            ]
            movement.add_child(instance=page)
            page.save_revision().publish()
            # The demo's partners agreed to be named; real links wait for the
            # partner's editors (see engagement.admin_views).
            CampaignPartner.objects.filter(page=page).decide(PartnerStatus.ACCEPTED)
            campaigns[key] = page
            self.report.add("campaigns")
            self.report.add("coalition partners", len(entry.partners))
            self.report.add("opportunities", len(entry.opportunities))
        return campaigns

    def opportunity(self, entry: OpportunityEntry) -> Opportunity:
        opportunity = Opportunity(
            role=entry.role,
            description=entry.description,
            commitment=entry.commitment,
            attendance=entry.attendance,
            country=entry.country,
            town=entry.town,
            skills=entry.skills,
            languages=entry.languages,
            starts_on=in_days(entry.starts_in),
            ends_on=in_days(entry.ends_in),
            join_by=in_days(entry.join_by_in),
            join_url=entry.join_url,
            join_email=entry.join_email,
        )
        # Page.save() does not validate inline rows, so the demo data is checked
        # here against the rules the editor's form applies.
        opportunity.full_clean(exclude=["page"])
        return opportunity

    def events(
        self, index: EventIndexPage, movements: dict[str, MovementProfilePage]
    ) -> None:
        existing = set(EventPage.objects.child_of(index).values_list("slug", flat=True))
        lessons = {
            page.slug: page for page in LessonPage.objects.filter(locale=self.locale)
        }
        for item in self.content["events"]:
            if item.slug in existing:
                continue
            entry = item.source
            page = engagement_factories.EventPageFactory.build(
                title=entry.title,
                slug=item.slug,
                summary=entry.summary,
                description=paragraphs(entry.description),
                format=entry.format,
                organiser=movements[entry.organiser],
                time_zone=entry.time_zone,
                start_date=in_days(entry.starts_in),
                start_time=clock(entry.start_time),
                end_date=in_days(
                    entry.starts_in if entry.ends_in is None else entry.ends_in
                ),
                end_time=clock(entry.end_time),
                attendance=entry.attendance,
                online_url=entry.online_url,
                venue=entry.venue,
                town=entry.town,
                country=entry.country,
                languages=entry.languages,
                interpretation=entry.interpretation,
                accessibility_notes=entry.accessibility,
                capacity=entry.capacity,
                registration_url=entry.registration_url,
                locale=self.locale,
            )
            page.topics = self.terms(Topic, entry.topics)
            page.related_lessons = [
                EventLesson(lesson=lessons[slug]) for slug in entry.lessons
            ]
            index.add_child(instance=page)
            page.save_revision().publish()
            self.report.add("events")

    def link_lessons(
        self,
        movements: dict[str, MovementProfilePage],
        campaigns: dict[tuple[str, str], CampaignPage],
    ) -> None:
        """Name the movement (and campaign) behind lessons that name none yet;
        a movement an editor has set is left alone."""
        links = {
            item.slug: item.source
            for item in self.source("lessons")
            if item.source.movement
        }
        lessons = {
            page.slug: page
            for page in LessonPage.objects.filter(locale=self.locale, slug__in=links)
        }
        for slug, entry in links.items():
            lesson = lessons[slug]
            if lesson.movement_id:
                continue
            lesson.movement = movements[entry.movement]
            if entry.campaign:
                lesson.source_campaign = campaigns[(entry.movement, entry.campaign)]
            lesson.save_revision().publish()
            self.report.add("lessons linked to movements")

    def link_resources(self, movements: dict[str, MovementProfilePage]) -> None:
        links = {
            item.slug: item.source.movement
            for item in self.content["resources"]
            if item.source.movement
        }
        resources = ResourcePage.objects.filter(
            locale=self.locale, slug__in=links, movement__isnull=True
        )
        for resource in resources:
            resource.movement = movements[links[resource.slug]]
            resource.save_revision().publish()
            self.report.add("resources linked to movements")

    # Other languages ----------------------------------------------------

    def translations(self, home: HomePage) -> None:
        """Home, index and about pages, taxonomy, glossary and lessons in every
        demo language that is switched on, then the lessons written in them.
        Translations are made through wagtail-localize (see
        :mod:`home.demo.languages`)."""
        for code in LANGUAGES:
            locale = Locale.objects.filter(language_code=code).first()
            if locale is None:
                continue  # not among PRAXIS_LANGUAGES
            self.translate_pages(home, locale)
            self.translate_terms(locale)
            for item in self.source("lessons"):
                translation = item.translations.get(code)
                if translation is None:
                    continue
                source = LessonPage.objects.get(locale=self.locale, slug=item.slug)
                _, created = languages.translate(
                    source,
                    locale,
                    languages.write_lesson(aligned(item.source, translation)),
                )
                self.report.add(f"lessons in {code}", int(created))
            self.original_lessons(home, locale)

    def translate_pages(self, home: HomePage, locale: Locale) -> None:
        """The home page, then the index pages and the about page, so that the
        menu is in the same order in every language."""
        code = locale.language_code
        texts = self.content.by_slug("pages")
        pages = {"home": home}
        for model, (slug, _) in INDEX_PAGES.items():
            pages[slug] = model.objects.child_of(home).first()
        pages["about"] = (
            StandardPage.objects.child_of(home).filter(slug="about").first()
        )
        for slug, page in pages.items():
            item = texts[slug]
            translation = item.translations.get(code)
            if page is None or translation is None:
                continue
            rich = ("body",) if slug == "about" else ("intro",)
            _, created = languages.translate(
                page,
                locale,
                languages.write_fields(aligned(item.source, translation), rich=rich),
            )
            self.report.add(f"pages in {code}", int(created))

    def translate_terms(self, locale: Locale) -> None:
        code = locale.language_code
        done = 0
        for model, vocabulary in (*VOCABULARIES, (GlossaryTerm, "glossary")):
            entries = {
                item.slug: item
                for item in self.content[vocabulary]
                if code in item.translations
            }
            sources = model.objects.filter(locale=self.locale, slug__in=entries)
            for term in sources:
                item = entries[term.slug]
                values = aligned(item.source, item.translations[code])
                _, created = languages.translate(
                    term, locale, languages.write_fields(values)
                )
                done += created
        self.report.add(f"taxonomy and glossary terms in {code}", done)

    def original_lessons(self, home: HomePage, locale: Locale) -> None:
        """Lessons written in ``locale``'s language, under its lesson library."""
        items = [
            item
            for item in self.content["lessons"]
            if item.language == locale.language_code
        ]
        if not items:
            return
        source_index = LessonIndexPage.objects.child_of(home).first()
        index, _ = languages.translate(source_index, locale, lambda page: None)
        existing = set(
            LessonPage.objects.child_of(index).values_list("slug", flat=True)
        )
        for item in items:
            if item.slug in existing:
                continue
            page = self.lesson(index, item.slug, item.source, locale)
            page.adapted_from_links = [
                LessonAdaptation(
                    source=LessonPage.objects.get(locale=self.locale, slug=link.lesson),
                    what_changed=link.what_changed,
                )
                for link in item.source.adapted_from
            ]
            page.save_revision().publish()
            self.report.add(f"lessons written in {locale.language_code}")

    # Accounts ----------------------------------------------------------

    def admin_user(self) -> None:
        User = get_user_model()
        if User.objects.filter(username=ADMIN_USERNAME).exists():
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(
            username=ADMIN_USERNAME, email="admin@localhost", password=password
        )
        self.report.admin_password = password

    def members(self) -> None:
        """The demo members (``content/members/``): each with the lists,
        path progress and RSVPs their file gives, made the way the site
        makes them, so a full event's later answers join its waiting list."""
        User = get_user_model()
        pages = {
            page.slug: page
            for page in Page.objects.type(
                LessonPage, ResourcePage, LearningPathPage, EventPage
            ).filter(locale=self.locale)
        }
        # Lessons first written in another language live in that locale only.
        for page in Page.objects.type(LessonPage).exclude(locale=self.locale):
            pages.setdefault(page.slug, page)
        for item in self.content["members"]:
            if User.objects.filter(username=item.slug).exists():
                continue
            entry = item.source
            password = secrets.token_urlsafe(12)
            user = User.objects.create_user(
                username=item.slug, email=f"{item.slug}@localhost", password=password
            )
            Member.objects.filter(user=user).update(
                display_name=entry.display_name,
                language=item.language,
                email_notifications=entry.email_notifications,
            )
            for saved in entry.lists:
                saved_list = SavedList.objects.create(
                    owner=user,
                    name=saved.name,
                    share_token=new_token() if saved.shared else None,
                )
                SavedItem.objects.bulk_create(
                    SavedItem(saved_list=saved_list, page=pages[slug])
                    for slug in saved.items
                )
            for progress in entry.paths:
                path = pages[progress.path].specific
                row = PathProgress.objects.create(member=user, path=path)
                StepDone.objects.bulk_create(
                    StepDone(progress=row, page=pages[slug]) for slug in progress.done
                )
                if {step.page_id for step in path.steps.all()} <= {
                    pages[slug].pk for slug in progress.done
                }:
                    row.finished_at = row.started_at
                    row.save(update_fields=["finished_at"])
            for rsvp in entry.rsvps:
                rsvp_services.answer(
                    user,
                    pages[rsvp.event].specific,
                    rsvp.status,
                    share_name=rsvp.share_name,
                )
            self.report.member_passwords[item.slug] = password
            self.report.add("members")

    def submissions(self) -> None:
        """Lessons and resources demo members shared (``content/submissions/``),
        sent through the share form's own code, so they wait in peer review."""
        User = get_user_model()
        topics = {
            term.slug: term.pk for term in Topic.objects.filter(locale=self.locale)
        }
        tactics = {
            term.slug: term.pk for term in Tactic.objects.filter(locale=self.locale)
        }
        for item in self.content["submissions"]:
            entry = item.source
            user = User.objects.get(username=entry.member)
            if Submission.objects.filter(member=user, title=entry.title).exists():
                continue
            fields = {
                "title": entry.title,
                "summary": entry.summary,
                "topics": [topics[slug] for slug in entry.topics],
                "sensitivity": Sensitivity.PUBLIC,
                "consent": "on",
            }
            if entry.kind == "lesson":
                fields |= {
                    "problem": entry.problem,
                    "outcomes": entry.outcomes,
                    "what_we_would_change": entry.what_we_would_change,
                    "result": entry.result,
                    "countries": entry.countries,
                    "tactics": [tactics[slug] for slug in entry.tactics],
                    **{
                        f"{part}_context": text
                        for part, text in entry.context.model_dump().items()
                        if text
                    },
                    **formset("steps", len(entry.steps)),
                    **formset("cautions", len(entry.cautions)),
                }
                for number, step in enumerate(entry.steps):
                    fields[f"steps-{number}-title"] = step.title
                    fields[f"steps-{number}-description"] = step.description
                for number, caution in enumerate(entry.cautions):
                    fields[f"cautions-{number}-title"] = caution.text
                    fields[f"cautions-{number}-risk_level"] = caution.risk
            else:
                fields |= {
                    "external_url": entry.external_url,
                    "publisher": entry.publisher,
                    "language": entry.language,
                    "resource_type": entry.resource_type,
                }
            with translation.override(Member.objects.get(user=user).language or "en"):
                share(user, entry.kind, fields)
            self.report.add("member submissions waiting for review")

    def role_accounts(self) -> None:
        """One person per editorial role (the groups come from a migration)."""
        User = get_user_model()
        for username, role in ROLE_ACCOUNTS:
            group = Group.objects.filter(name=role).first()
            if group is None or User.objects.filter(username=username).exists():
                continue
            password = secrets.token_urlsafe(12)
            user = User.objects.create_user(
                username=username, email=f"{username}@localhost", password=password
            )
            user.groups.add(group)
            self.report.role_passwords[username] = password
            self.report.add("role accounts")

    def lessons_in_review(self, lesson_index: LessonIndexPage) -> None:
        """Drafts by the demo contributor (``content/drafts/``), submitted for
        peer review, so the review queue has something in it."""
        for item in self.content["drafts"]:
            if LessonPage.objects.filter(slug=item.slug).exists():
                continue
            entry = item.source
            author = get_user_model().objects.get(username=entry.author)
            # Only what the contributor wrote: the rest is left to the
            # factory, as for any new draft.
            written = {
                f"{part}_context": paragraphs(text)
                for part, text in entry.context.model_dump().items()
                if text
            }
            lesson = factories.LessonPageFactory.build(
                title=entry.title,
                slug=item.slug,
                summary=entry.summary,
                problem=paragraphs(entry.problem),
                activities=[
                    (
                        "step",
                        {
                            "title": step.title,
                            "description": paragraphs(step.description),
                        },
                    )
                    for step in entry.activities
                ],
                **written,
                live=False,
                owner=author,
            )
            lesson.outcome_signals = [
                LessonOutcomeSignal(
                    metric_kind=signal.metric,
                    label=signal.label,
                    baseline=decimal(signal.baseline),
                    result=decimal(signal.result),
                    unit=signal.unit,
                    effect=signal.effect,
                    evidence=signal.evidence,
                    likely_factors=signal.factors,
                )
                for signal in entry.signals
            ]
            lesson_index.add_child(instance=lesson)
            lesson.save_revision(user=author)
            workflow = lesson.get_workflow()
            if workflow is not None:
                workflow.start(lesson, author)
            self.report.add("lessons waiting for review")
