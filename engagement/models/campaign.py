"""Campaigns and the opportunities to join them."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, F, IntegerField, Min, Q, QuerySet, Value, When
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
from wagtail.log_actions import log
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from core.attribution import tied_to_their_origin
from core.locales import with_fallback
from core.rich_text import NOTE_FEATURES, RICH_TEXT_FEATURES
from core.translation import (
    PAGE_FIELDS,
    LocalisedRelationsMixin,
    synchronised,
    translated,
)
from core.visibility import visible_pages
from lessons.models import LessonPage, Tactic, Topic
from lessons.models.lesson import TermLink

from ..choices import (
    FINISHED_STATUSES,
    Attendance,
    CampaignStatus,
    Commitment,
    PartnerStatus,
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
            help_text=_(
                "Other movements in the network that campaigned with you. Each "
                "is shown on this page and on theirs only once their editors "
                "accept."
            ),
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

    def save(self, *args, **kwargs):
        """Note the partners' answers before the partner rows are rewritten.

        modelcluster deletes the rows a save leaves out before it saves the
        others, so a partner removed and added again in one edit (or a revision
        published with rows it did not know the ids of) would otherwise lose
        its answer; :meth:`CampaignPartner.save` reads it from here.
        """
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "partner_links" in update_fields:
            self._partner_answers = CampaignPartner.objects.standing_answers(self)
        try:
            return super().save(*args, **kwargs)
        finally:
            self.__dict__.pop("_partner_answers", None)

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
            with_fallback(
                accepted_partners_of(self, movements), self.locale_id
            ).order_by("title", "pk")
        )
        context["opportunities"] = list(
            Opportunity.objects.filter(page=self).current().in_finder_order()
        )
        context["lessons"] = LessonPage.for_listing(
            tied_to_their_origin(visible_pages(LessonPage.objects.all(), request))
            .filter(
                source_campaign__translation_key=self.translation_key,
                locale=self.locale_id,
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


#: The log action recorded on both pages for each answer (see
#: :mod:`engagement.wagtail_hooks`).
PARTNER_LOG_ACTIONS = {
    PartnerStatus.ACCEPTED: "engagement.partner_accepted",
    PartnerStatus.DECLINED: "engagement.partner_declined",
    PartnerStatus.PENDING: "engagement.partner_requested_again",
}


class CampaignPartnerQuerySet(models.QuerySet):
    """Coalition partner links, and the one rule for which of them are public.

    A link is a request from a campaign to another movement. The campaign's
    rows are copied into each of its translations, so a link exists once per
    language; the partner's answer is about the campaign and the movement in
    every language, so it is matched on both pages' ``translation_key``.
    """

    def accepted(self) -> CampaignPartnerQuerySet:
        """Links the partner movement agreed to: the only ones any public
        page, API response, search or count may show."""
        return self.filter(status=PartnerStatus.ACCEPTED)

    def pending(self) -> CampaignPartnerQuerySet:
        return self.filter(status=PartnerStatus.PENDING)

    def of_campaign(self, campaign: Page) -> CampaignPartnerQuerySet:
        """Links of ``campaign`` in any of its languages."""
        return self.filter(page__translation_key=campaign.translation_key)

    def of_movement(self, movement: Page) -> CampaignPartnerQuerySet:
        """Links naming ``movement`` (in any of its languages) as a partner."""
        return self.filter(movement__translation_key=movement.translation_key)

    def standing_answers(self, campaign: Page) -> dict:
        """``{partner movement's translation_key: (status, requested_at,
        decided_by_id, decided_at)}`` of ``campaign``'s links in any language,
        the latest answer winning (a campaign without a ``pk`` has none)."""
        if campaign.pk is None:
            return {}
        rows = (
            self.of_campaign(campaign)
            .order_by(F("decided_at").asc(nulls_first=True), "-pk")
            .values_list(
                "movement__translation_key",
                "status",
                "requested_at",
                "decided_by",
                "decided_at",
            )
        )
        return {key: tuple(answer) for key, *answer in rows}

    def one_per_pair(self) -> CampaignPartnerQuerySet:
        """One row per campaign and partner, the first made (the others are
        the same link in the campaign's translations)."""
        first = (
            self.order_by()
            .values("page__translation_key", "movement__translation_key")
            .annotate(first=Min("pk"))
            .values("first")
        )
        return self.filter(pk__in=first)

    def every_language(self) -> CampaignPartnerQuerySet:
        """The rows of these links in every language of their campaigns."""
        pairs = set(
            self.values_list("page__translation_key", "movement__translation_key")
        )
        if not pairs:
            return self.none()
        same = Q()
        for page_key, movement_key in pairs:
            same |= Q(
                page__translation_key=page_key,
                movement__translation_key=movement_key,
            )
        return CampaignPartner.objects.filter(same)

    def decide(self, status: str, user=None) -> int:
        """Record the partner's answer (``status``) on these links in every
        language, with who answered and when, and log it on both pages.

        Going back to pending is the campaign asking again after a refusal.
        This and the data migration are the only ways a status changes:
        :meth:`CampaignPartner.save` never takes one from the instance.
        """
        links = list(self.one_per_pair().select_related("page", "movement"))
        if not links:
            return 0
        now = timezone.now()
        if status == PartnerStatus.PENDING:
            values = {"decided_by": None, "decided_at": None, "requested_at": now}
        else:
            values = {"decided_by": user, "decided_at": now}
        changed = self.every_language().update(status=status, **values)
        for link in links:
            data = {
                "campaign": {"id": link.page_id, "title": link.page.title},
                "movement": {"id": link.movement_id, "title": link.movement.title},
            }
            for page in (link.page, link.movement):
                log(page, PARTNER_LOG_ACTIONS[status], user=user, data=data)
        return changed


class CampaignPartner(Orderable):
    """A coalition partner: another movement profile, shown on both pages
    once that movement's editors accept (see :class:`CampaignPartnerQuerySet`).

    Being named in public as another group's ally can put people at risk, so
    a campaign's editors only ask; they never decide.
    """

    page = ParentalKey(
        CampaignPage, on_delete=models.CASCADE, related_name="partner_links"
    )
    movement = models.ForeignKey(
        "engagement.MovementProfilePage",
        on_delete=models.CASCADE,
        related_name="partner_campaigns",
        verbose_name=_("movement"),
    )
    status = models.CharField(
        _("partner's answer"),
        max_length=20,
        choices=PartnerStatus.choices,
        default=PartnerStatus.PENDING,
        editable=False,
        db_index=True,
    )
    requested_at = models.DateTimeField(
        _("requested"), default=timezone.now, editable=False
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("answered by"),
    )
    decided_at = models.DateTimeField(
        _("answered"), null=True, blank=True, editable=False
    )

    objects = CampaignPartnerQuerySet.as_manager()

    panels = [FieldPanel("movement"), FieldPanel("status", read_only=True)]

    class Meta(Orderable.Meta):
        verbose_name = _("coalition partner")
        verbose_name_plural = _("coalition partners")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "movement"], name="unique_campaign_partner"
            )
        ]

    def __str__(self) -> str:
        return str(self.movement)

    def save(self, *args, **kwargs) -> None:
        """Keep the partner's standing answer, whatever the instance says.

        Rows arrive from the campaign's edit form, from old revisions being
        published and from translations being synchronised, each carrying the
        status it had when it was copied; none of them may set it. A link the
        partner has answered keeps that answer (in every language); a new one,
        or one whose movement was changed, starts pending.
        """
        (
            self.status,
            self.requested_at,
            self.decided_by_id,
            self.decided_at,
        ) = self.standing_answer()
        super().save(*args, **kwargs)

    def standing_answer(self) -> tuple:
        """(status, requested_at, decided_by_id, decided_at) of this link as
        the database has it, in any language, or a new request's."""
        from .movement import MovementProfilePage

        answers = getattr(self.page, "_partner_answers", None)
        if answers is None:
            answers = CampaignPartner.objects.standing_answers(self.page)
        key = (
            MovementProfilePage.objects.filter(pk=self.movement_id)
            .values_list("translation_key", flat=True)
            .first()
        )
        return answers.get(key) or (PartnerStatus.PENDING, timezone.now(), None, None)

    def clean(self) -> None:
        super().clean()
        page = getattr(self, "page", None)
        if page is not None and page.pk and self.movement_id:
            parent = page.get_parent() if page.path else None
            if parent is not None and parent.pk == self.movement_id:
                raise ValidationError(
                    {"movement": _("A campaign's own movement is not its partner.")}
                )


def accepted_partners_of(campaign: CampaignPage, movements: QuerySet) -> QuerySet:
    """Of ``movements``, the ones that accepted to be partners of ``campaign``
    (in any language of either): the campaign page and the API both list these."""
    return movements.filter(
        translation_key__in=CampaignPartner.objects.accepted()
        .of_campaign(campaign)
        .values("movement__translation_key")
    )


def campaigns_joined_by(movement: Page, campaigns: QuerySet) -> QuerySet:
    """Of ``campaigns``, the ones ``movement`` accepted to be a partner of: the
    movement's profile and the API both list these."""
    return campaigns.filter(
        translation_key__in=CampaignPartner.objects.accepted()
        .of_movement(movement)
        .values("page__translation_key")
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
