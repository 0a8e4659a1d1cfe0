"""The lesson: a modular, reusable unit of movement knowledge."""

from __future__ import annotations

from typing import NamedTuple

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, Q
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from core import documents, visibility
from core.listing import ListingPage
from core.locales import with_fallback
from core.rich_text import NOTE_FEATURES, RICH_TEXT_FEATURES
from core.sensitivity import Sensitivity, SensitivityMixin
from core.translation import (
    PAGE_FIELDS,
    SENSITIVITY_FIELDS,
    LocalisedRelationsMixin,
    synchronised,
    translated,
)

from ..blocks import ActivityStepBlock
from ..choices import (
    Effect,
    LessonFormat,
    Licence,
    MetricKind,
    Result,
    RiskLevel,
    Scale,
)
from ..forms import CONSENT_REQUIRED, LessonPageForm


class LessonIndexPage(RoutablePageMixin, ListingPage):
    """The lesson library: every visible lesson, with facet filters, and up
    to three of them compared side by side (``compare/``), under the library's
    own address in every language."""

    subpage_types = ["lessons.LessonPage"]
    listed_model = "lessons.LessonPage"
    filterset_class = "lessons.filters.LessonFilterSet"
    ordering = ("-first_published_at", "-pk")
    listing_name = "lessons"

    class Meta:
        verbose_name = _("lesson library")

    @path("compare/", name="compare")
    def compare(self, request):
        """``compare/?ids=12,34,56``: see :mod:`lessons.evidence.compare`."""
        from ..evidence.compare import compare_view

        return compare_view(self, request)


class LessonTag(TaggedItemBase):
    content_object = ParentalKey(
        "lessons.LessonPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class LessonPage(LocalisedRelationsMixin, SensitivityMixin, RoutablePageMixin, Page):
    """A lesson from practice: problem, activities, outcomes, cautions and context.

    Each part is a separate field so that another group can judge whether the
    lesson transfers to its own situation, and so that the API can return the
    parts separately.
    """

    # Content
    summary = models.TextField(
        _("summary"),
        max_length=500,
        help_text=_(
            "Two or three sentences: what you tried and what happened. Shown in "
            "listings and search results."
        ),
    )
    problem = RichTextField(
        _("the problem"),
        features=RICH_TEXT_FEATURES,
        help_text=_("What problem were you trying to solve, and for whom?"),
    )
    activities = StreamField(
        [("step", ActivityStepBlock())],
        blank=True,
        verbose_name=_("activities"),
        help_text=_("What you did, step by step, in the order you did it."),
    )
    outcomes = RichTextField(
        _("outcomes"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_(
            "What happened, honestly: what changed, what did not, and surprises."
        ),
    )
    format = models.CharField(
        _("format"),
        max_length=20,
        choices=LessonFormat.choices,
        default=LessonFormat.CASE_STUDY,
        help_text=_(
            "A case study tells a story; a guide, template or training is "
            "meant to be reused directly."
        ),
    )
    result = models.CharField(
        _("overall result"),
        max_length=20,
        choices=Result.choices,
        default=Result.WORKED,
        help_text=_(
            "Be honest: lessons from misfires are among the most useful in the library."
        ),
    )
    what_we_would_change = RichTextField(
        _("what we would change"),
        blank=True,
        features=NOTE_FEATURES,
        help_text=_("If you did it again tomorrow, what would you do differently?"),
    )

    # Context
    political_context = RichTextField(
        _("political environment"),
        blank=True,
        features=NOTE_FEATURES,
        help_text=_(
            "Who held power, how open or hostile the authorities were, what else was "
            "happening at the time."
        ),
    )
    coalition_context = RichTextField(
        _("coalition composition"),
        blank=True,
        features=NOTE_FEATURES,
        help_text=_("Who worked together, who led, and who was missing."),
    )
    media_context = RichTextField(
        _("media ecosystem"),
        blank=True,
        features=NOTE_FEATURES,
        help_text=_("How news travelled: local press, social media, community radio…"),
    )
    legal_context = RichTextField(
        _("legal context"),
        blank=True,
        features=NOTE_FEATURES,
        help_text=_(
            "Laws, permits and policing that shaped what was possible. Do not describe "
            "anything that could expose people to prosecution."
        ),
    )
    countries = CountryField(
        _("countries"),
        multiple=True,
        blank=True,
        help_text=_("Where this happened."),
    )
    started = models.DateField(
        _("started"),
        null=True,
        blank=True,
        help_text=_("When the work began (the day can be approximate)."),
    )
    ended = models.DateField(
        _("ended"),
        null=True,
        blank=True,
        help_text=_("Leave empty if it is still going on."),
    )
    scale = models.CharField(
        _("scale"),
        max_length=20,
        choices=Scale.choices,
        default=Scale.LOCAL,
        help_text=_("How far the work reached."),
    )
    tactics = ParentalManyToManyField(
        "lessons.Tactic",
        blank=True,
        related_name="lessons",
        verbose_name=_("tactics"),
        help_text=_("The methods of action you used, such as a blockade or a boycott."),
    )
    audiences = ParentalManyToManyField(
        "lessons.Audience",
        blank=True,
        related_name="lessons",
        verbose_name=_("audiences"),
        help_text=_("Who will find this lesson most useful."),
    )
    topics = ParentalManyToManyField(
        "lessons.Topic",
        blank=True,
        related_name="lessons",
        verbose_name=_("topics"),
        help_text=_("The fields of struggle this lesson belongs to."),
    )
    bottlenecks = ParentalManyToManyField(
        "lessons.Bottleneck",
        blank=True,
        related_name="lessons",
        verbose_name=_("bottlenecks"),
        help_text=_("The obstacles this lesson helps a group get past."),
    )
    tags = ClusterTaggableManager(
        through=LessonTag,
        blank=True,
        verbose_name=_("tags"),
        help_text=_("Free keywords that help people find this lesson."),
    )

    # Who it comes from
    movement = models.ForeignKey(
        "engagement.MovementProfilePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="lessons",
        verbose_name=_("movement"),
        help_text=_(
            "The movement sharing this lesson. It is listed on the movement's "
            "profile, unless the lesson is shared anonymously."
        ),
    )
    source_campaign = models.ForeignKey(
        "engagement.CampaignPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="lessons_learned",
        verbose_name=_("source campaign"),
        help_text=_("The campaign this lesson was learned in, if any."),
    )

    # Transparency and safety
    funding_disclosure = models.TextField(
        _("funding"),
        blank=True,
        max_length=1000,
        help_text=_(
            "Who paid for the work and for writing it up. Say so if there was no "
            "external funding."
        ),
    )
    origin_note = models.TextField(
        _("origin of this lesson"),
        blank=True,
        max_length=1000,
        help_text=_("How it was gathered: a debrief, interviews, an evaluation…"),
    )
    licence = models.CharField(
        _("licence"),
        max_length=30,
        choices=Licence.choices,
        default=Licence.CC_BY_SA_4,
        help_text=_("How others may reuse this lesson."),
    )
    identifiable_people = models.BooleanField(
        _("people could be recognised"),
        default=False,
        help_text=_(
            "Tick if the lesson names, pictures or describes anyone closely enough "
            "to be recognised. It can then only be published with their consent."
        ),
    )
    consent_confirmed = models.BooleanField(
        _("people involved have agreed"),
        default=False,
        help_text=_(
            "Tick when everyone who could be recognised in this lesson has agreed to "
            "it being shared at the level chosen above."
        ),
    )
    review_due = models.DateField(
        _("review due"),
        null=True,
        blank=True,
        help_text=_(
            "When this lesson should be checked again to see if it still holds."
        ),
    )
    hero_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
        help_text=_("Optional. Make sure no faces can be recognised."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("problem"),
        FieldPanel("activities"),
        FieldPanel("outcomes"),
        InlinePanel(
            "cautions",
            label=_("Cautions"),
            help_text=_("Risks another group should know about before trying this."),
        ),
        FieldRowPanel([FieldPanel("format"), FieldPanel("result")]),
        FieldPanel("what_we_would_change"),
        FieldPanel("hero_image"),
    ]
    context_panels = [
        MultiFieldPanel(
            [
                FieldPanel("political_context"),
                FieldPanel("coalition_context"),
                FieldPanel("media_context"),
                FieldPanel("legal_context"),
            ],
            heading=_("Context notes"),
            help_text=_("Help others judge whether this would work where they are."),
        ),
        MultiFieldPanel(
            [
                FieldPanel("countries"),
                FieldRowPanel([FieldPanel("started"), FieldPanel("ended")]),
                FieldPanel("scale"),
            ],
            heading=_("Where and when"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("topics"),
                FieldPanel("tactics"),
                FieldPanel("audiences"),
                FieldPanel("bottlenecks"),
                FieldPanel("tags"),
            ],
            heading=_("Finding this lesson"),
        ),
    ]
    evidence_panels = [
        HelpPanel(
            content=_(
                "<p>Outcome signals are what you measured, not what you hoped. "
                "A signal that shows no change is still worth recording.</p>"
            )
        ),
        InlinePanel("outcome_signals", label=_("Outcome signals")),
        InlinePanel(
            "adapted_from_links",
            label=_("Adapted from"),
            help_text=_("Earlier lessons you built on, and what you changed."),
        ),
        InlinePanel("related_links", label=_("Related lessons")),
        InlinePanel("documents", label=_("Documents")),
    ]
    safety_panels = [
        MultiFieldPanel(
            [
                FieldPanel("sensitivity"),
                FieldPanel("restricted_to_groups"),
                FieldPanel("anonymised"),
                FieldPanel("identifiable_people"),
                FieldPanel("consent_confirmed"),
                FieldPanel("review_due"),
            ],
            heading=_("Safety"),
        ),
        FieldRowPanel([FieldPanel("movement"), FieldPanel("source_campaign")]),
        InlinePanel(
            "authors",
            label=_("Authors"),
            help_text=_(
                "Name a group or a role rather than a person where that is safer."
            ),
        ),
        FieldPanel("funding_disclosure"),
        FieldPanel("origin_note"),
        FieldPanel("licence"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(context_panels, heading=_("Context")),
            ObjectList(evidence_panels, heading=_("Evidence")),
            ObjectList(safety_panels, heading=_("Transparency & safety")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
        ]
    )

    base_form_class = LessonPageForm
    parent_page_types = ["lessons.LessonIndexPage"]
    subpage_types: list[str] = []

    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("problem"),
        index.SearchField("outcomes"),
        index.SearchField("what_we_would_change"),
        index.SearchField("political_context"),
        index.SearchField("coalition_context"),
        index.SearchField("media_context"),
        index.SearchField("legal_context"),
        index.AutocompleteField("title"),
        index.FilterField("sensitivity"),
        index.FilterField("format"),
        index.FilterField("result"),
        index.FilterField("locale_id"),
        index.RelatedFields("topics", [index.SearchField("name")]),
        index.RelatedFields("tactics", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    localised_relations = ("topics", "tactics", "audiences", "bottlenecks")
    translatable_fields = [
        *PAGE_FIELDS,
        *translated(
            "summary",
            "problem",
            "activities",
            "outcomes",
            "what_we_would_change",
            "political_context",
            "coalition_context",
            "media_context",
            "legal_context",
            "funding_disclosure",
            "origin_note",
            # Their text is translated; figures, kinds and links are shared.
            "cautions",
            "outcome_signals",
            "adapted_from_links",
        ),
        *synchronised(
            "format",
            "result",
            "scale",
            "countries",
            "started",
            "ended",
            "topics",
            "tactics",
            "audiences",
            "bottlenecks",
            "tagged_items",
            "movement",
            "source_campaign",
            "related_links",
            "authors",
            "documents",
            "hero_image",
            "licence",
            "identifiable_people",
            "consent_confirmed",
            "review_due",
        ),
        *SENSITIVITY_FIELDS,
    ]

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")
        indexes = [SensitivityMixin.hidden_index("lessons_lesson_hidden")]

    def save(self, *args, **kwargs):
        """Refuse to put a lesson that could identify people on the public
        site without their consent, however it is published (editor, review
        workflow, schedule, script). Drafts may wait for consent; the editor
        explains the rule earlier, in :class:`~lessons.forms.LessonPageForm`.
        """
        if (
            kwargs.get("update_fields") is None
            and self.live
            and self.identifiable_people
            and not self.consent_confirmed
        ):
            raise ValidationError({"consent_confirmed": CONSENT_REQUIRED})
        return super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.started and self.ended and self.ended < self.started:
            errors["ended"] = _("The end date cannot be before the start date.")
        errors.update(movement_errors(self))
        if errors:
            raise ValidationError(errors)

    @classmethod
    def for_listing(cls, queryset):
        """Prefetch what a lesson card shows, so a page of cards costs a fixed
        number of queries."""
        return queryset.prefetch_related(
            Prefetch(
                "topics", queryset=_taxonomy_model("Topic").objects.order_by("name")
            )
        )

    # Serving --------------------------------------------------------------

    @path("documents/<int:position>/", name="document")
    def document(self, request, position: int):
        """The lesson's ``position``-th document (from 1), under the lesson's own
        reading rules; see :mod:`core.documents`."""
        items = list(self.documents.select_related("document"))
        if not 1 <= position <= len(items):
            raise Http404
        document = items[position - 1].document
        return documents.document_response(
            document, documents.download_name(self, document, position)
        )

    def get_sitemap_urls(self, request=None):
        if self.sensitivity != Sensitivity.PUBLIC:
            return []
        return super().get_sitemap_urls(request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.related_content(request))
        context["adoption"] = adoption_reports(self)
        return context

    def related_content(self, request) -> dict:
        """Lineage, related lessons and taxonomy, filtered for the visitor.

        A preview renders the draft's unsaved links, which live in memory rather
        than in the database, so they are filtered against the visible ids there.
        """
        preview = getattr(request, "is_preview", False)
        visible = visibility.visible_pages(LessonPage.objects.all(), request)
        visible_ids = visible.values_list("pk", flat=True)
        if preview:
            visible_ids = set(visible_ids)
            # Lessons that adapted this one (or one of its translations), once
            # each: in the reader's language, or in their own where untranslated.
            adapters = with_fallback(visible, self.locale_id).values("pk")
            adapted_by_this = Q(
                source__translation_key=self.translation_key, page__in=adapters
            )
            adapted_from = [
                LineageLink(link.source, link.what_changed)
                for link in self.adapted_from_links.all()
                if link.source_id in visible_ids
            ]
            related = [
                link
                for link in self.related_links.all()
                if link.lesson_id in visible_ids
            ]
            adapted_by = [
                LineageLink(link.page, link.what_changed)
                for link in LessonAdaptation.objects.filter(
                    adapted_by_this
                ).select_related("page")
            ]
            lineage = drawing = None
        else:
            from ..evidence.lineage import cached_for_lesson, draw

            # Generations both ways, a query each, and one for the lessons
            # (cached until something is published).
            lineage = cached_for_lesson(self, request)
            drawing = draw(lineage) if lineage else None
            node = lineage.nodes.get(str(self.translation_key))
            adapted_from = [
                LineageLink(lineage.nodes[key].page, node.changes[key])
                for key in (node.parents if node else [])
            ]
            adapted_by = [
                LineageLink(
                    lineage.nodes[key].page, lineage.nodes[key].changes[node.key]
                )
                for key in (node.children if node else [])
            ]
            related = list(
                self.related_links.filter(lesson__in=visible_ids).select_related(
                    "lesson"
                )
            )
        adapted_by.sort(key=lambda link: link.page.title.casefold())
        related_lessons = [link.lesson for link in related]
        suggested = []
        if not related_lessons:
            # None chosen (or none the reader may see): lessons like this one.
            from ..evidence.related import suggested_lessons

            suggested = suggested_lessons(self, visible, preview=preview)
        return {
            "origin": self.origin_pages(request),
            "terms": self.taxonomy_terms(preview=preview),
            "adapted_from": adapted_from,
            "adapted_by": adapted_by,
            "lineage": lineage,
            "lineage_drawing": drawing,
            "lineage_tree": lineage.tree() if lineage else [],
            "related_lessons": related_lessons,
            "suggested_lessons": suggested,
        }

    def origin_pages(self, request) -> dict:
        """The movement and source campaign the visitor may see, as pages; an
        anonymised lesson names neither."""
        ids = self.attribution.origin_ids
        if not ids:
            return {}
        found = {
            page.pk: page
            for page in visibility.visible_pages(
                Page.objects.filter(pk__in=ids), request
            )
        }
        return {
            "movement": found.get(self.movement_id),
            "campaign": found.get(self.source_campaign_id),
        }

    #: (context key, taxonomy model name, filter name) of each vocabulary, in the
    #: order the lesson page shows them.
    TAXONOMIES = (
        ("topics", "Topic", "topic"),
        ("tactics", "Tactic", "tactic"),
        ("audiences", "Audience", "audience"),
        ("bottlenecks", "Bottleneck", "bottleneck"),
    )

    def taxonomy_terms(self, preview: bool = False) -> dict[str, list[TermLink]]:
        """Topics, tactics, audiences, bottlenecks and tags in one query.

        A preview reads the unsaved relations of the draft instead.
        """
        if preview:
            found = {
                key: [TermLink(t.name, t.slug) for t in getattr(self, key).all()]
                for key, _model, _filter in self.TAXONOMIES
            }
            found["tags"] = [TermLink(t.name, t.slug) for t in self.tags.all()]
            return found
        from taggit.models import Tag

        kind = models.CharField()
        parts = [
            _taxonomy_model(model)
            .objects.filter(lessons=self.pk)
            .annotate(kind=models.Value(key, output_field=kind))
            .values_list("kind", "name", "slug")
            .order_by()
            for key, model, _filter in self.TAXONOMIES
        ]
        parts.append(
            Tag.objects.filter(lessons_lessontag_items__content_object=self.pk)
            .annotate(kind=models.Value("tags", output_field=kind))
            .values_list("kind", "name", "slug")
            .order_by()
        )
        found = {key: [] for key, _model, _filter in self.TAXONOMIES}
        found["tags"] = []
        for key, name, slug in parts[0].union(*parts[1:], all=True):
            found[key].append(TermLink(name, slug))
        for terms in found.values():
            terms.sort(key=lambda term: term.name.casefold())
        return found

    @property
    def period_label(self) -> str:
        from django.utils.formats import date_format

        if not self.started:
            return ""
        start = date_format(self.started, "YEAR_MONTH_FORMAT")
        if self.ended:
            return f"{start} – {date_format(self.ended, 'YEAR_MONTH_FORMAT')}"
        return str(_("%(start)s – ongoing") % {"start": start})


def adoption_reports(lesson) -> dict:
    """The approved "we tried this" reports of ``lesson`` (in any of its
    languages) and their tried-by summary; see :mod:`.adoption`."""
    from .adoption import lesson_reports

    return lesson_reports(lesson)


def movement_errors(page) -> dict:
    """A source campaign must be one of the page's own movement's campaigns;
    the movement is filled in from the campaign when it is left empty."""
    campaign = page.source_campaign if page.source_campaign_id else None
    if campaign is None:
        return {}
    movement = campaign.get_parent()
    if page.movement_id is None:
        page.movement_id = movement.pk
    elif page.movement_id != movement.pk:
        return {
            "source_campaign": _(
                "This campaign belongs to another movement. Choose one of "
                "%(movement)s's campaigns, or change the movement."
            )
            % {"movement": movement.title}
        }
    return {}


class LineageLink(NamedTuple):
    """A lesson next to this one in its lineage, and what was changed."""

    page: LessonPage
    change: str


class TermLink(NamedTuple):
    name: str
    slug: str


def _taxonomy_model(name: str):
    from django.apps import apps

    return apps.get_model("lessons", name)


class LessonCaution(TranslatableMixin, Orderable):
    """A risk another group should weigh before repeating the lesson."""

    page = ParentalKey(LessonPage, on_delete=models.CASCADE, related_name="cautions")
    risk_level = models.CharField(
        _("risk level"),
        max_length=10,
        choices=RiskLevel.choices,
        default=RiskLevel.MEDIUM,
        help_text=_("High: someone could be hurt, arrested or exposed."),
    )
    title = models.CharField(_("caution"), max_length=160)
    description = models.TextField(
        _("details"), blank=True, max_length=2000, help_text=_("What to watch out for.")
    )

    panels = [FieldPanel("risk_level"), FieldPanel("title"), FieldPanel("description")]
    translatable_fields = translated("title", "description") + synchronised(
        "risk_level"
    )

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("caution")
        verbose_name_plural = _("cautions")

    def __str__(self) -> str:
        return self.title


class LessonOutcomeSignal(TranslatableMixin, Orderable):
    """A measured outcome: what was counted, before and after, and how we know."""

    page = ParentalKey(
        LessonPage, on_delete=models.CASCADE, related_name="outcome_signals"
    )
    metric_kind = models.CharField(
        _("what kind of measure"),
        max_length=30,
        choices=MetricKind.choices,
        default=MetricKind.OTHER,
        help_text=_("Choose the closest kind; 'Other' is fine."),
    )
    label = models.CharField(
        _("what was measured"),
        max_length=200,
        help_text=_("e.g. 'Volunteers still active after three months'."),
    )
    baseline = models.DecimalField(
        _("before"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("The figure before you started, if you know it."),
    )
    result = models.DecimalField(
        _("after"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("The figure afterwards."),
    )
    unit = models.CharField(
        _("unit"), max_length=50, blank=True, help_text=_("e.g. 'people', '%'.")
    )
    effect = models.CharField(
        _("effect"),
        max_length=20,
        choices=Effect.choices,
        default=Effect.UNCLEAR,
        help_text=_("Did the figure move the way you wanted?"),
    )
    evidence = models.TextField(
        _("how you know"),
        blank=True,
        max_length=1000,
        help_text=_(
            "Where the figures come from: sign-in sheets, a survey, press cuttings…"
        ),
    )
    likely_factors = models.TextField(
        _("likely factors"),
        blank=True,
        max_length=1000,
        help_text=_(
            "What probably made the difference, including things outside your control."
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("metric_kind"), FieldPanel("effect")]),
        FieldPanel("label"),
        FieldRowPanel(
            [FieldPanel("baseline"), FieldPanel("result"), FieldPanel("unit")]
        ),
        FieldPanel("evidence"),
        FieldPanel("likely_factors"),
    ]
    #: The figures are the same in every language; only the words change.
    translatable_fields = translated(
        "label", "unit", "evidence", "likely_factors"
    ) + synchronised("metric_kind", "baseline", "result", "effect")

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("outcome signal")
        verbose_name_plural = _("outcome signals")

    def __str__(self) -> str:
        return self.label

    @property
    def change(self):
        """Result minus baseline, when both are known."""
        if self.baseline is None or self.result is None:
            return None
        return self.result - self.baseline


class LessonAdaptation(TranslatableMixin, Orderable):
    """Lineage: this lesson adapted ``source``; ``what_changed`` says how."""

    page = ParentalKey(
        LessonPage, on_delete=models.CASCADE, related_name="adapted_from_links"
    )
    source = models.ForeignKey(
        LessonPage,
        on_delete=models.CASCADE,
        related_name="adaptations",
        verbose_name=_("adapted from"),
        help_text=_("The earlier lesson in the library that you built on."),
    )
    what_changed = models.TextField(
        _("what you changed"),
        max_length=1000,
        help_text=_("What you changed from the original, and why."),
    )

    panels = [FieldPanel("source"), FieldPanel("what_changed")]
    translatable_fields = translated("what_changed") + synchronised("source")

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("adapted from")
        verbose_name_plural = _("adapted from")

    def clean(self) -> None:
        super().clean()
        if self.page_id and self.source_id == self.page_id:
            raise ValidationError({"source": _("A lesson cannot adapt itself.")})


class LessonRelatedLink(Orderable):
    page = ParentalKey(
        LessonPage, on_delete=models.CASCADE, related_name="related_links"
    )
    lesson = models.ForeignKey(
        LessonPage,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("lesson"),
        help_text=_("A lesson readers of this one should also see."),
    )

    panels = [FieldPanel("lesson")]

    class Meta(Orderable.Meta):
        verbose_name = _("related lesson")
        verbose_name_plural = _("related lessons")


class LessonAuthor(Orderable):
    """Who wrote the lesson: a person, a group or a role; or anonymous."""

    page = ParentalKey(LessonPage, on_delete=models.CASCADE, related_name="authors")
    name = models.CharField(
        _("name"),
        max_length=160,
        blank=True,
        help_text=_("A person, a working group or a role."),
    )
    anonymous = models.BooleanField(
        _("anonymous"),
        default=False,
        help_text=_("Show 'an anonymous contributor' instead of the name."),
    )

    panels = [FieldPanel("name"), FieldPanel("anonymous")]

    class Meta(Orderable.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")

    def __str__(self) -> str:
        return self.public_name

    def clean(self) -> None:
        super().clean()
        if not self.anonymous and not self.name.strip():
            raise ValidationError({"name": _("Give a name, or tick 'anonymous'.")})

    @property
    def public_name(self) -> str:
        return str(_("An anonymous contributor")) if self.anonymous else self.name


class LessonDocument(Orderable):
    page = ParentalKey(LessonPage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("document"),
        help_text=_("A handout, template or report. Remove names and metadata first."),
    )
    title = models.CharField(
        _("link text"),
        max_length=160,
        blank=True,
        help_text=_("Optional; the document's title is used otherwise."),
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    @property
    def label(self) -> str:
        return self.title or self.document.title
