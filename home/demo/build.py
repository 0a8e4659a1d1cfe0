"""Builds the demo data set from the content modules beside this file.

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

from . import engagement as network
from . import (
    languages,
    lessons_one,
    lessons_two,
    library,
    paths,
    taxonomy,
    translations,
)

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
#: A lesson the demo contributor has submitted, waiting in the review queue.
IN_REVIEW_SLUG = "rotating-night-shifts-at-a-blockade"


@dataclass
class Report:
    """What a run created, for the command's summary."""

    created: dict[str, int] = field(default_factory=dict)
    admin_password: str | None = None
    #: Passwords of the role accounts created in this run, by user name.
    role_passwords: dict[str, str] = field(default_factory=dict)

    def add(self, kind: str, count: int = 1) -> None:
        if count:
            self.created[kind] = self.created.get(kind, 0) + count


class DemoBuilder:
    def __init__(self, log: Callable[[str], None] | None = None) -> None:
        self.report = Report()
        self.log = log or (lambda message: None)
        self.locale = Locale.get_default()

    @transaction.atomic
    def build(self) -> Report:
        factory.random.reseed_random(SEED)
        home = self.home_page()
        self.taxonomy()
        lesson_index = self.index(
            home, LessonIndexPage, factories.LessonIndexPageFactory
        )
        resource_index = self.index(
            home, ResourceIndexPage, factories.ResourceIndexPageFactory
        )
        path_index = self.index(
            home, LearningPathIndexPage, factories.LearningPathIndexPageFactory
        )
        self.glossary(home)
        self.lessons(lesson_index)
        self.resources(resource_index)
        self.paths(path_index)
        # A new movement's editor group may start pages under the index pages
        # that exist when the movement is created, so these come first.
        movement_index = self.index(
            home, MovementIndexPage, engagement_factories.MovementIndexPageFactory
        )
        self.index(home, GetInvolvedPage, engagement_factories.GetInvolvedPageFactory)
        event_index = self.index(
            home, EventIndexPage, engagement_factories.EventIndexPageFactory
        )
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
        self.lesson_in_review(lesson_index)
        return self.report

    # Structure ---------------------------------------------------------

    def home_page(self) -> HomePage:
        home = HomePage.objects.filter(locale=self.locale).first()
        if home is None:
            root = Page.get_first_root_node()
            home = root.add_child(instance=HomePage(title="Praxis", slug="home"))
            self.report.add("pages")
        if not home.intro:
            home.intro = paragraphs(
                "Lessons from movements, written by the people who did the work: "
                "what they tried, what happened, what they would change."
            )
            home.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost", root_page=home, is_default_site=True
            )
        return home

    def index(self, home: HomePage, model, page_factory):
        page = model.objects.child_of(home).first()
        if page is None:
            page = page_factory(parent=home)
            page.intro = paragraphs(self.INTROS[model.__name__])
            page.save_revision().publish()
            self.report.add("pages")
        return page

    INTROS = {
        "LessonIndexPage": (
            "Every lesson breaks down the problem, what the group did, what happened "
            "and what to watch out for, with notes on the context so you can judge "
            "whether it would work where you are. Misfires are here too."
        ),
        "ResourceIndexPage": (
            "Guides, templates, reports and films that movements have found useful, "
            "in collections by topic."
        ),
        "LearningPathIndexPage": (
            "Routes through the library that peers have put together for a group to "
            "work through over a few sessions."
        ),
        "GlossaryPage": "Words organisers use, explained in plain language.",
        "MovementIndexPage": (
            "The movements and organisations sharing their lessons here: what they "
            "work on, where, in which languages, and the campaigns they run."
        ),
        "GetInvolvedPage": (
            "Roles you can take on in campaigns across the network, online or "
            "near you, for an afternoon or for the long haul."
        ),
        "EventIndexPage": (
            "Roundtables, trainings, convenings, field visits and calls where "
            "movements learn from each other. Times are shown in each event's own "
            "time zone."
        ),
    }

    def about(self, home: HomePage) -> None:
        if StandardPage.objects.child_of(home).filter(slug="about").exists():
            return
        page = home.add_child(
            instance=StandardPage(
                title="About Praxis",
                slug="about",
                show_in_menus=True,
                intro="A knowledge commons where activists are the teachers.",
                body=paragraphs(
                    "Movements keep relearning the same things: how to plan an "
                    "action camp, build a volunteer pipeline, work with legal "
                    "observers. Praxis collects what groups learned, in a shape "
                    "another group can reuse.\n\n"
                    "Every lesson is reviewed by peers before it is published. "
                    "Lessons that could put people at risk can be shared with "
                    "members only, with chosen groups, or anonymously."
                ),
            )
        )
        page.save_revision().publish()
        self.report.add("pages")

    # Taxonomy and glossary ---------------------------------------------

    def taxonomy(self) -> None:
        for model, entries in (
            (Topic, taxonomy.TOPICS),
            (Tactic, taxonomy.TACTICS),
            (Audience, taxonomy.AUDIENCES),
            (Bottleneck, taxonomy.BOTTLENECKS),
        ):
            for slug, name, description in entries:
                _, created = model.objects.get_or_create(
                    slug=slug,
                    locale=self.locale,
                    defaults={"name": name, "description": description},
                )
                if created:
                    self.report.add("taxonomy terms")

    def glossary(self, home: HomePage) -> None:
        for entry in library.GLOSSARY:
            _, created = (
                factories.GlossaryTermFactory._meta.model.objects.get_or_create(
                    slug=entry["slug"],
                    locale=self.locale,
                    defaults={"term": entry["term"], "definition": entry["definition"]},
                )
            )
            if created:
                self.report.add("glossary terms")
        self.index(home, GlossaryPage, factories.GlossaryPageFactory)

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
        data = lessons_one.LESSONS + lessons_two.LESSONS
        existing = set(
            LessonPage.objects.child_of(index).values_list("slug", flat=True)
        )
        created = []
        for entry in data:
            if entry["slug"] in existing:
                continue
            created.append((self.lesson(index, entry), entry))
        by_slug = {page.slug: page for page in LessonPage.objects.child_of(index)}
        # Lineage and related links point at other lessons, so they come second.
        for page, entry in created:
            page.adapted_from_links = [
                LessonAdaptation(
                    source=by_slug[link["slug"]], what_changed=link["what_changed"]
                )
                for link in entry.get("adapted_from", [])
            ]
            page.related_links = [
                LessonRelatedLink(lesson=by_slug[slug])
                for slug in entry.get("related", [])
            ]
            page.save_revision().publish()
        self.report.add("lessons", len(created))

    def lesson(
        self, index: LessonIndexPage, entry: dict, locale: Locale | None = None
    ) -> LessonPage:
        locale = locale or self.locale
        started = month(entry.get("started"))
        ended = month(entry.get("ended"))
        published = (
            ended or started or datetime.date(2024, 1, 1)
        ) + datetime.timedelta(days=45)
        context = entry["context"]
        page = factories.LessonPageFactory.build(
            title=entry["title"],
            slug=entry["slug"],
            summary=entry["summary"],
            problem=paragraphs(entry["problem"]),
            activities=[
                (
                    "step",
                    {
                        "title": step["title"],
                        "description": paragraphs(step["description"]),
                        "duration": step.get("duration", ""),
                        "materials": step.get("materials", ""),
                    },
                )
                for step in entry["activities"]
            ],
            outcomes=paragraphs(entry["outcomes"]),
            what_we_would_change=paragraphs(entry.get("what_we_would_change", "")),
            format=entry["format"],
            result=entry["result"],
            scale=entry["scale"],
            countries=entry["countries"],
            started=started,
            ended=ended,
            political_context=paragraphs(context["political"]),
            coalition_context=paragraphs(context["coalition"]),
            media_context=paragraphs(context["media"]),
            legal_context=paragraphs(context["legal"]),
            funding_disclosure=entry.get("funding", ""),
            origin_note=entry.get("origin", ""),
            sensitivity=entry.get("sensitivity", Sensitivity.PUBLIC),
            anonymised=entry.get("anonymised", False),
            consent_confirmed=entry.get("consent_confirmed", True),
            first_published_at=datetime.datetime.combine(
                published, datetime.time(9, 0), tzinfo=datetime.UTC
            ),
            locale=locale,
        )
        page.cautions = [
            LessonCaution(
                sort_order=order,
                risk_level=caution["risk"],
                title=caution["title"],
                description=caution["description"],
            )
            for order, caution in enumerate(entry.get("cautions", []))
        ]
        page.outcome_signals = [
            LessonOutcomeSignal(
                sort_order=order,
                metric_kind=signal["metric"],
                label=signal["label"],
                baseline=decimal(signal.get("baseline")),
                result=decimal(signal.get("result")),
                unit=signal.get("unit", ""),
                effect=signal["effect"],
                evidence=signal.get("evidence", ""),
                likely_factors=signal.get("factors", ""),
            )
            for order, signal in enumerate(entry.get("signals", []))
        ]
        page.authors = [
            LessonAuthor(
                sort_order=order,
                name=author["name"],
                anonymous=author.get("anonymous", False),
            )
            for order, author in enumerate(entry.get("authors", []))
        ]
        page.topics = self.terms(Topic, entry["topics"], locale)
        page.tactics = self.terms(Tactic, entry["tactics"], locale)
        page.audiences = self.terms(Audience, entry["audiences"], locale)
        page.bottlenecks = self.terms(Bottleneck, entry["bottlenecks"], locale)
        page.tags.set(entry.get("tags", []))
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
        for entry in library.RESOURCES:
            if entry["slug"] in existing:
                continue
            document = None
            if entry.get("document"):
                spec = entry["document"]
                document = Document(title=entry["title"])
                document.file.save(
                    spec["filename"], ContentFile(spec["content"].encode()), save=False
                )
                document.save()
            page = factories.ResourcePageFactory.build(
                title=entry["title"],
                slug=entry["slug"],
                summary=entry["summary"],
                body=paragraphs(entry["body"]),
                resource_type=entry["resource_type"],
                publisher=entry["publisher"],
                language=entry["language"],
                year=entry.get("year"),
                document=document,
                external_url=entry.get("external_url")
                or (
                    DEMO_LINK % entry["slug"]
                    if entry["resource_type"] == "link"
                    else ""
                ),
                locale=self.locale,
            )
            page.topics = self.terms(Topic, entry["topics"])
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
        for entry in paths.PATHS:
            if entry["slug"] in existing:
                continue
            page = factories.LearningPathPageFactory.build(
                title=entry["title"],
                slug=entry["slug"],
                summary=entry["summary"],
                intro=paragraphs(entry["intro"]),
                estimated_hours=decimal(entry["hours"]),
                facilitator_notes=paragraphs(entry["facilitator_notes"]),
                locale=self.locale,
            )
            page.steps = [
                LearningPathStep(page=pages[step["slug"]], note=step["note"])
                for step in entry["steps"]
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
        for entry in network.MOVEMENTS:
            if entry["slug"] in movements:
                continue
            page = engagement_factories.MovementProfilePageFactory.build(
                title=entry["title"],
                slug=entry["slug"],
                summary=entry["summary"],
                description=paragraphs(entry["description"]),
                core_values=paragraphs(entry["core_values"]),
                countries=entry["countries"],
                languages=entry["languages"],
                founded=entry["founded"],
                website=entry["website"],
                show_contact=entry.get("show_contact", False),
                contact_email=entry.get("contact_email", ""),
                funding_disclosure=entry["funding"],
                locale=self.locale,
            )
            page.topics = self.terms(Topic, entry["topics"])
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
        for entry in network.CAMPAIGNS:
            key = (entry["movement"], entry["slug"])
            if key in campaigns:
                continue
            movement = movements[entry["movement"]]
            page = engagement_factories.CampaignPageFactory.build(
                title=entry["title"],
                slug=entry["slug"],
                summary=entry["summary"],
                goals=paragraphs(entry["goals"]),
                status=entry["status"],
                started=month(entry.get("started")) or in_days(entry.get("starts_in")),
                ended=month(entry.get("ended")),
                countries=entry["countries"],
                outcome_summary=paragraphs(entry.get("outcome", "")),
                locale=self.locale,
            )
            page.topics = self.terms(Topic, entry["topics"])
            page.tactics = self.terms(Tactic, entry["tactics"])
            page.partner_links = [
                CampaignPartner(movement=movements[slug])
                for slug in entry.get("partners", [])
            ]
            page.opportunities = [
                self.opportunity(opportunity)
                for opportunity in entry.get("opportunities", [])
            ]
            movement.add_child(instance=page)
            page.save_revision().publish()
            # The demo's partners agreed to be named; real links wait for the
            # partner's editors (see engagement.admin_views).
            CampaignPartner.objects.filter(page=page).decide(PartnerStatus.ACCEPTED)
            campaigns[key] = page
            self.report.add("campaigns")
            self.report.add("coalition partners", len(entry.get("partners", [])))
            self.report.add("opportunities", len(entry.get("opportunities", [])))
        return campaigns

    def opportunity(self, entry: dict) -> Opportunity:
        opportunity = Opportunity(
            role=entry["role"],
            description=entry["description"],
            commitment=entry["commitment"],
            attendance=entry["attendance"],
            country=entry.get("country", ""),
            town=entry.get("town", ""),
            skills=entry["skills"],
            languages=entry["languages"],
            starts_on=in_days(entry.get("starts_in")),
            ends_on=in_days(entry.get("ends_in")),
            join_by=in_days(entry.get("join_by_in")),
            join_url=entry.get("join_url", ""),
            join_email=entry.get("join_email", ""),
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
        for entry in network.EVENTS:
            if entry["slug"] in existing:
                continue
            page = engagement_factories.EventPageFactory.build(
                title=entry["title"],
                slug=entry["slug"],
                summary=entry["summary"],
                description=paragraphs(entry["description"]),
                format=entry["format"],
                organiser=movements[entry["organiser"]],
                time_zone=entry["time_zone"],
                start_date=in_days(entry["starts_in"]),
                start_time=clock(entry["start_time"]),
                end_date=in_days(entry.get("ends_in", entry["starts_in"])),
                end_time=clock(entry["end_time"]),
                attendance=entry["attendance"],
                online_url=entry.get("online_url", ""),
                venue=entry.get("venue", ""),
                town=entry.get("town", ""),
                country=entry.get("country", ""),
                languages=entry["languages"],
                interpretation=entry.get("interpretation", []),
                accessibility_notes=entry["accessibility"],
                capacity=entry.get("capacity"),
                registration_url=entry.get("registration_url", ""),
                locale=self.locale,
            )
            page.topics = self.terms(Topic, entry["topics"])
            page.related_lessons = [
                EventLesson(lesson=lessons[slug]) for slug in entry["lessons"]
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
        lessons = {
            page.slug: page
            for page in LessonPage.objects.filter(
                locale=self.locale,
                slug__in=[link["lesson"] for link in network.LESSON_LINKS],
            )
        }
        for link in network.LESSON_LINKS:
            lesson = lessons[link["lesson"]]
            if lesson.movement_id:
                continue
            lesson.movement = movements[link["movement"]]
            if link.get("campaign"):
                lesson.source_campaign = campaigns[(link["movement"], link["campaign"])]
            lesson.save_revision().publish()
            self.report.add("lessons linked to movements")

    def link_resources(self, movements: dict[str, MovementProfilePage]) -> None:
        resources = ResourcePage.objects.filter(
            locale=self.locale, slug__in=network.RESOURCE_LINKS, movement__isnull=True
        )
        for resource in resources:
            resource.movement = movements[network.RESOURCE_LINKS[resource.slug]]
            resource.save_revision().publish()
            self.report.add("resources linked to movements")

    # Accounts ----------------------------------------------------------

    # Other languages ----------------------------------------------------

    def translations(self, home: HomePage) -> None:
        """Home, index and about pages, taxonomy, glossary and
        :data:`~home.demo.translations.TRANSLATED_LESSONS` in every demo
        language that is switched on, then the lessons written in them."""
        for code in translations.LANGUAGES:
            locale = Locale.objects.filter(language_code=code).first()
            if locale is None:
                continue  # not among PRAXIS_LANGUAGES
            terms = languages.module(code, "terms")
            if terms is not None:
                self.translate_pages(home, locale, terms.PAGES)
                self.translate_terms(locale, terms.TAXONOMY, terms.GLOSSARY)
            written = languages.module(code, "lessons")
            if written is not None:
                for slug, values in getattr(written, "LESSONS", {}).items():
                    source = LessonPage.objects.get(locale=self.locale, slug=slug)
                    _, created = languages.translate(
                        source, locale, languages.write_lesson(values)
                    )
                    self.report.add(f"lessons in {code}", int(created))
                self.original_lessons(
                    home, locale, getattr(written, "ORIGINAL_LESSONS", [])
                )

    def translate_pages(self, home: HomePage, locale: Locale, texts: dict) -> None:
        pages = {"HomePage": home, "about": home.get_children().filter(slug="about")}
        for name, values in texts.items():
            page = pages.get(name)
            if page is None:
                model = {
                    model.__name__: model
                    for model in (
                        LessonIndexPage,
                        ResourceIndexPage,
                        LearningPathIndexPage,
                        GlossaryPage,
                        MovementIndexPage,
                        GetInvolvedPage,
                        EventIndexPage,
                    )
                }[name]
                page = model.objects.child_of(home).first()
            elif not isinstance(page, Page):
                page = page.specific().first()
            if page is None:
                continue
            rich = ("intro",) if name != "about" else ("body",)
            _, created = languages.translate(
                page, locale, languages.write_fields(values, rich=rich)
            )
            self.report.add(f"pages in {locale.language_code}", int(created))

    def translate_terms(self, locale: Locale, taxonomy: dict, glossary: dict) -> None:
        models = {
            "topics": Topic,
            "tactics": Tactic,
            "audiences": Audience,
            "bottlenecks": Bottleneck,
        }
        vocabularies = [
            (models[kind], entries, ("name", "description"))
            for kind, entries in taxonomy.items()
        ]
        vocabularies.append((GlossaryTerm, glossary, ("term", "definition")))
        done = 0
        for model, entries, fields in vocabularies:
            sources = model.objects.filter(locale=self.locale, slug__in=entries)
            for term in sources:
                values = dict(zip(fields, entries[term.slug], strict=True))
                _, created = languages.translate(
                    term, locale, languages.write_fields(values)
                )
                done += created
        self.report.add(f"taxonomy and glossary terms in {locale.language_code}", done)

    def original_lessons(self, home: HomePage, locale: Locale, entries: list) -> None:
        """Lessons written in ``locale``'s language, under its lesson library."""
        if not entries:
            return
        source_index = LessonIndexPage.objects.child_of(home).first()
        index, _ = languages.translate(source_index, locale, lambda page: None)
        existing = set(
            LessonPage.objects.child_of(index).values_list("slug", flat=True)
        )
        for entry in entries:
            if entry["slug"] in existing:
                continue
            page = self.lesson(index, entry, locale)
            page.adapted_from_links = [
                LessonAdaptation(
                    source=LessonPage.objects.get(
                        locale=self.locale, slug=link["slug"]
                    ),
                    what_changed=link["what_changed"],
                )
                for link in entry.get("adapted_from", [])
            ]
            page.save_revision().publish()
            self.report.add(f"lessons written in {locale.language_code}")

    def admin_user(self) -> None:
        User = get_user_model()
        if User.objects.filter(username=ADMIN_USERNAME).exists():
            return
        password = secrets.token_urlsafe(12)
        User.objects.create_superuser(
            username=ADMIN_USERNAME, email="admin@localhost", password=password
        )
        self.report.admin_password = password

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

    def lesson_in_review(self, lesson_index: LessonIndexPage) -> None:
        """A draft by the demo contributor, submitted for peer review, so the
        review queue has something in it."""
        if LessonPage.objects.filter(slug=IN_REVIEW_SLUG).exists():
            return
        author = get_user_model().objects.get(username=ROLE_ACCOUNTS[0][0])
        lesson = factories.LessonPageFactory.build(
            title="Rotating night shifts at a blockade",
            slug=IN_REVIEW_SLUG,
            summary=(
                "A rota that kept a forest blockade staffed through the night "
                "without burning out the same five people."
            ),
            problem=paragraphs(
                "The same few people covered every night shift, and two of them "
                "left the camp exhausted in the second week."
            ),
            activities=[
                (
                    "step",
                    {
                        "title": "Ask for two nights each, not 'whenever you can'",
                        "description": paragraphs(
                            "A shared sheet with named slots, filled at the evening "
                            "meeting, replaced the open call for volunteers."
                        ),
                    },
                )
            ],
            political_context=paragraphs(
                "Logging of old-growth forest was licensed by the regional "
                "government; local councils were split."
            ),
            legal_context=paragraphs(
                "Staying overnight on the access road risked fines; no one on the "
                "night rota had been arrested before."
            ),
            live=False,
            owner=author,
        )
        lesson.outcome_signals = [
            LessonOutcomeSignal(
                metric_kind="volunteer_retention",
                label="People covering night shifts",
                baseline=Decimal(5),
                result=Decimal(19),
                unit="people",
                effect="improved",
                evidence="The rota sheets of weeks one and four",
            )
        ]
        lesson_index.add_child(instance=lesson)
        lesson.save_revision(user=author)
        workflow = lesson.get_workflow()
        if workflow is not None:
            workflow.start(lesson, author)
        self.report.add("lessons waiting for review")
