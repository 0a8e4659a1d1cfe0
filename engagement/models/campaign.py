"""Campaigns and the opportunities to join them."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from lessons.choices import NOTE_FEATURES, RICH_TEXT_FEATURES
from lessons.models import LessonPage, Tactic, Topic
from lessons.models.lesson import TermLink
from lessons.translation import (
    PAGE_FIELDS,
    LocalisedRelationsMixin,
    synchronised,
    translated,
)
from lessons.visibility import visible_pages

from ..choices import (
    FINISHED_STATUSES,
    Attendance,
    CampaignStatus,
    Commitment,
    Skill,
    language_choices,
)
from ..fields import ChoiceListField


class CampaignPage(LocalisedRelationsMixin, Page):
    """A campaign a movement ran or is running: goals, what happened, who it
    worked with, what it learned, and how to join in."""

    summary = models.TextField(
        _("summary"),
        max_length=500,
        help_text=_("Two sentences: what the campaign wants and where."),
    )
    goals = RichTextField(
        _("goals"),
        features=RICH_TEXT_FEATURES,
        help_text=_("What the campaign set out to change."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=CampaignStatus.choices,
        default=CampaignStatus.ACTIVE,
        db_index=True,
    )
    started = models.DateField(_("started"), null=True, blank=True)
    ended = models.DateField(
        _("ended"),
        null=True,
        blank=True,
        help_text=_("Leave empty while the campaign is still going."),
    )
    countries = CountryField(_("countries"), multiple=True, blank=True)
    topics = ParentalManyToManyField(
        "lessons.Topic",
        blank=True,
        related_name="campaigns",
        verbose_name=_("topics"),
    )
    tactics = ParentalManyToManyField(
        "lessons.Tactic",
        blank=True,
        related_name="campaigns",
        verbose_name=_("tactics used"),
    )
    outcome_summary = RichTextField(
        _("outcome"),
        blank=True,
        features=NOTE_FEATURES,
        help_text=_("What happened in the end, including what did not work."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("goals"),
        FieldRowPanel(
            [FieldPanel("status"), FieldPanel("started"), FieldPanel("ended")]
        ),
        FieldPanel("outcome_summary"),
        MultiFieldPanel(
            [FieldPanel("countries"), FieldPanel("topics"), FieldPanel("tactics")],
            heading=_("Where and how"),
        ),
        InlinePanel(
            "partner_links",
            label=_("Coalition partners"),
            help_text=_("Other movements in the network that campaigned with you."),
        ),
    ]
    opportunity_panels = [
        InlinePanel(
            "opportunities",
            label=_("Opportunities to get involved"),
            help_text=_(
                "Roles people can take on. They disappear from the site by "
                "themselves after their end date or the date to join by, and "
                "when the campaign is won, lost or ended."
            ),
        )
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(opportunity_panels, heading=_("Get involved")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
        ]
    )
    parent_page_types = ["engagement.MovementProfilePage"]
    subpage_types: list[str] = []
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("goals"),
        index.SearchField("outcome_summary"),
        index.AutocompleteField("title"),
        index.FilterField("status"),
        index.FilterField("locale_id"),
        index.RelatedFields("topics", [index.SearchField("name")]),
    ]

    localised_relations = ("topics", "tactics")
    translatable_fields = [
        *PAGE_FIELDS,
        *translated("summary", "goals", "outcome_summary", "opportunities"),
        *synchronised(
            "status",
            "started",
            "ended",
            "countries",
            "topics",
            "tactics",
            "partner_links",
        ),
    ]

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    def clean(self) -> None:
        super().clean()
        if self.started and self.ended and self.ended < self.started:
            raise ValidationError(
                {"ended": _("The end date cannot be before the start date.")}
            )

    @property
    def is_ongoing(self) -> bool:
        from ..choices import ONGOING_STATUSES

        return self.status in ONGOING_STATUSES

    def get_context(self, request, *args, **kwargs):
        from .movement import MovementProfilePage

        context = super().get_context(request, *args, **kwargs)
        movements = visible_pages(MovementProfilePage.objects.all(), request)
        context["movement"] = movements.parent_of(self).first()
        context["partners"] = list(
            movements.filter(partner_campaigns__page=self).distinct().order_by("title")
        )
        context["opportunities"] = list(
            Opportunity.objects.filter(page=self).current().in_finder_order()
        )
        context["lessons"] = LessonPage.for_listing(
            visible_pages(LessonPage.objects.all(), request)
            .filter(
                source_campaign__translation_key=self.translation_key,
                locale=self.locale_id,
                anonymised=False,
            )
            .order_by("-first_published_at", "-pk")
        )
        context["terms"] = self.taxonomy_terms()
        return context

    def taxonomy_terms(self) -> dict[str, list[TermLink]]:
        """Topics and tactics in one query."""
        kind = models.CharField()
        topics, tactics = (
            model.objects.filter(campaigns=self.pk)
            .annotate(kind=Value(key, output_field=kind))
            .values_list("kind", "name", "slug")
            .order_by()
            for key, model in (("topics", Topic), ("tactics", Tactic))
        )
        found: dict[str, list[TermLink]] = {"topics": [], "tactics": []}
        for key, name, slug in topics.union(tactics, all=True):
            found[key].append(TermLink(name, slug))
        for terms in found.values():
            terms.sort(key=lambda term: term.name.casefold())
        return found


class CampaignPartner(Orderable):
    """A coalition partner: another movement profile, shown on both pages."""

    page = ParentalKey(
        CampaignPage, on_delete=models.CASCADE, related_name="partner_links"
    )
    movement = models.ForeignKey(
        "engagement.MovementProfilePage",
        on_delete=models.CASCADE,
        related_name="partner_campaigns",
        verbose_name=_("movement"),
    )

    panels = [FieldPanel("movement")]

    class Meta(Orderable.Meta):
        verbose_name = _("coalition partner")
        verbose_name_plural = _("coalition partners")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "movement"], name="unique_campaign_partner"
            )
        ]

    def clean(self) -> None:
        super().clean()
        page = getattr(self, "page", None)
        if page is not None and page.pk and self.movement_id:
            parent = page.get_parent() if page.path else None
            if parent is not None and parent.pk == self.movement_id:
                raise ValidationError(
                    {"movement": _("A campaign's own movement is not its partner.")}
                )


class OpportunityQuerySet(models.QuerySet):
    def current(self, today: datetime.date | None = None) -> OpportunityQuerySet:
        """Opportunities that have not expired: neither their end date nor the
        date to join by has passed, and their campaign has not finished."""
        today = today or timezone.localdate()
        return self.exclude(
            Q(ends_on__lt=today)
            | Q(join_by__lt=today)
            | Q(page__status__in=FINISHED_STATUSES)
        )

    def in_finder_order(
        self, today: datetime.date | None = None
    ) -> OpportunityQuerySet:
        """Open ones first, soonest closing first; then ones that start later,
        soonest start first."""
        today = today or timezone.localdate()
        return self.annotate(
            not_open_yet=Case(
                When(starts_on__gt=today, then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            ),
            sort_date=Case(
                When(starts_on__gt=today, then=F("starts_on")),
                default=Coalesce("join_by", "ends_on"),
            ),
        ).order_by(*Opportunity.FINDER_ORDER)


class Opportunity(TranslatableMixin, Orderable):
    """A role someone can take on in a campaign, and how to join."""

    page = ParentalKey(
        CampaignPage, on_delete=models.CASCADE, related_name="opportunities"
    )
    role = models.CharField(
        _("role"), max_length=120, help_text=_("e.g. 'Legal observer'.")
    )
    description = models.TextField(
        _("what you would do"),
        max_length=1000,
        help_text=_("The tasks, the time they take and any support you offer."),
    )
    commitment = models.CharField(
        _("commitment"),
        max_length=20,
        choices=Commitment.choices,
        default=Commitment.ONE_OFF,
        db_index=True,
    )
    attendance = models.CharField(
        _("online or in person"),
        max_length=20,
        choices=Attendance.choices,
        default=Attendance.IN_PERSON,
        db_index=True,
    )
    country = CountryField(
        _("country"),
        blank=True,
        help_text=_("Where it happens; leave empty for online roles open anywhere."),
    )
    town = models.CharField(_("town or city"), max_length=100, blank=True)
    skills = ChoiceListField(
        _("skills wanted"),
        item_choices=Skill.choices,
        help_text=_("Leave empty when no particular skill is needed."),
    )
    languages = ChoiceListField(
        _("languages"),
        item_choices=language_choices,
        help_text=_("The languages the role is done in."),
    )
    starts_on = models.DateField(_("starts"), null=True, blank=True)
    ends_on = models.DateField(
        _("ends"),
        null=True,
        blank=True,
        help_text=_("The opportunity disappears from the site after this day."),
    )
    join_by = models.DateField(
        _("join by"),
        null=True,
        blank=True,
        help_text=_("The last day to sign up, if there is one."),
    )
    join_url = models.URLField(_("link to sign up"), blank=True)
    join_email = models.EmailField(
        _("e-mail to sign up"),
        blank=True,
        help_text=_("A shared inbox is safer than a person's own address."),
    )

    objects = OpportunityQuerySet.as_manager()

    #: The finder's order (see :meth:`OpportunityQuerySet.in_finder_order`).
    FINDER_ORDER = ("not_open_yet", F("sort_date").asc(nulls_last=True), "pk")

    panels = [
        FieldPanel("role"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("commitment"), FieldPanel("attendance")]),
        FieldRowPanel([FieldPanel("country"), FieldPanel("town")]),
        FieldPanel("skills"),
        FieldPanel("languages"),
        FieldRowPanel(
            [FieldPanel("starts_on"), FieldPanel("ends_on"), FieldPanel("join_by")]
        ),
        FieldRowPanel([FieldPanel("join_url"), FieldPanel("join_email")]),
    ]
    #: The role is described in each language; where, when and how to join are
    #: the same everywhere.
    translatable_fields = translated("role", "description") + synchronised(
        "commitment",
        "attendance",
        "country",
        "town",
        "skills",
        "languages",
        "starts_on",
        "ends_on",
        "join_by",
        "join_url",
        "join_email",
    )

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("opportunity")
        verbose_name_plural = _("opportunities")

    def __str__(self) -> str:
        return self.role

    def clean(self) -> None:
        super().clean()
        errors = {}
        if not self.join_url and not self.join_email:
            errors["join_url"] = _(
                "Say how to join: give a link to sign up or an e-mail address."
            )
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            errors["ends_on"] = _("The end date cannot be before the start date.")
        if self.attendance != Attendance.ONLINE and not self.country:
            errors["country"] = _("Say which country an in-person role is in.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_open(self) -> bool:
        return self.starts_on is None or self.starts_on <= timezone.localdate()

    @property
    def place(self) -> str:
        parts = [self.town, str(self.country.name) if self.country else ""]
        return ", ".join(part for part in parts if part)


def language_names(codes) -> list[str]:
    """Language codes as names in the reader's language."""
    labels = dict(language_choices())
    return [str(labels.get(code, code)) for code in codes]
