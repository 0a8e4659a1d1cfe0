"""Movement profiles: a movement's own place for its campaigns, lessons and
resources."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Case, IntegerField, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from core.attribution import tied_to_their_origin
from core.listing import ListingPage
from core.locales import with_fallback
from core.rich_text import NOTE_FEATURES, RICH_TEXT_FEATURES
from core.translation import (
    PAGE_FIELDS,
    LocalisedRelationsMixin,
    synchronised,
    translated,
)
from core.visibility import visible_pages
from lessons.models import LessonIndexPage, LessonPage, ResourcePage

from ..choices import ONGOING_STATUSES, language_choices
from ..fields import ChoiceListField

#: The logo's size on a directory card (the template's ``image`` filter spec).
LOGO_RENDITION = "max-96x96"
#: How many lessons and resources a profile lists before linking to the library.
PROFILE_LIST_SIZE = 12


class MovementIndexPage(ListingPage):
    """The directory of movements, filterable by topic, country and language."""

    subpage_types = ["engagement.MovementProfilePage"]
    listed_model = "engagement.MovementProfilePage"
    filterset_class = "engagement.filters.MovementFilterSet"
    listing_name = "movements"

    class Meta:
        verbose_name = _("movement directory")


class MovementQuerySet(PageQuerySet):
    def editable_by(self, user) -> MovementQuerySet:
        """The movements whose editor group ``user`` belongs to."""
        if user.is_superuser:
            return self
        return self.filter(editor_group__in=user.groups.all())


class MovementProfilePage(LocalisedRelationsMixin, Page):
    """A movement or organisation: who it is, what it stands for, and what it
    has learned and shared."""

    logo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("logo"),
    )
    summary = models.TextField(
        _("summary"),
        max_length=500,
        help_text=_("One or two sentences for the directory: who you are."),
    )
    description = RichTextField(
        _("description"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Your story, how you organise, and what you work on."),
    )
    core_values = RichTextField(
        _("core values"),
        blank=True,
        features=NOTE_FEATURES,
        help_text=_("The principles you organise by."),
    )
    topics = ParentalManyToManyField(
        "lessons.Topic",
        blank=True,
        related_name="movements",
        verbose_name=_("topics"),
        help_text=_("The fields of struggle you work in."),
    )
    countries = CountryField(
        _("countries"),
        multiple=True,
        blank=True,
        help_text=_("Where you are active."),
    )
    languages = ChoiceListField(
        _("languages"),
        item_choices=language_choices,
        help_text=_("The languages you work in."),
    )
    founded = models.PositiveSmallIntegerField(
        _("year founded"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1800), MaxValueValidator(2100)],
    )
    website = models.URLField(_("website"), blank=True)
    show_contact = models.BooleanField(
        _("show a public contact"),
        default=False,
        help_text=_(
            "Off by default. Only publish an address that is safe to be seen by "
            "anyone, including authorities or opponents: a shared inbox rather than "
            "a person's own address."
        ),
    )
    contact_email = models.EmailField(
        _("contact e-mail"),
        blank=True,
        help_text=_("Shown only when 'show a public contact' is ticked."),
    )
    funding_disclosure = models.TextField(
        _("funding"),
        blank=True,
        max_length=1000,
        help_text=_("Who funds your work. Say so if you have no external funding."),
    )
    editor_group = models.ForeignKey(
        "auth.Group",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("editor group"),
    )

    objects = PageManager.from_queryset(MovementQuerySet)()

    #: A copy is a new movement: it gets its own editor group (see
    #: :mod:`engagement.permissions`), never the original's.
    exclude_fields_in_copy = ["editor_group"]

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("logo"),
        FieldPanel("description"),
        FieldPanel("core_values"),
        MultiFieldPanel(
            [
                FieldPanel("topics"),
                FieldPanel("countries"),
                FieldPanel("languages"),
                FieldPanel("founded"),
            ],
            heading=_("Where and what"),
        ),
    ]
    contact_panels = [
        FieldPanel("website"),
        MultiFieldPanel(
            [FieldPanel("show_contact"), FieldPanel("contact_email")],
            heading=_("Public contact"),
        ),
        FieldPanel("funding_disclosure"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(contact_panels, heading=_("Contact & funding")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
        ]
    )
    parent_page_types = ["engagement.MovementIndexPage"]
    subpage_types = ["engagement.CampaignPage"]
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("description"),
        index.SearchField("core_values"),
        index.AutocompleteField("title"),
        index.FilterField("locale_id"),
        index.RelatedFields("topics", [index.SearchField("name")]),
    ]

    localised_relations = ("topics",)
    translatable_fields = [
        *PAGE_FIELDS,
        *translated("summary", "description", "core_values", "funding_disclosure"),
        *synchronised(
            "logo",
            "topics",
            "countries",
            "languages",
            "founded",
            "website",
            "show_contact",
            "contact_email",
            "editor_group",
        ),
    ]

    class Meta:
        verbose_name = _("movement profile")
        verbose_name_plural = _("movement profiles")

    def clean(self) -> None:
        super().clean()
        if self.show_contact and not self.contact_email:
            raise ValidationError(
                {"contact_email": _("Give the address to show, or untick the box.")}
            )

    @classmethod
    def for_listing(cls, queryset):
        """Topics and the logo's card rendition in a fixed number of queries."""
        from wagtail.images import get_image_model

        images = get_image_model().objects.prefetch_renditions(LOGO_RENDITION)
        return queryset.prefetch_related(
            "topics", models.Prefetch("logo", queryset=images)
        )

    @property
    def public_contact(self) -> str:
        return self.contact_email if self.show_contact else ""

    def get_context(self, request, *args, **kwargs):
        from .campaign import CampaignPage, campaigns_joined_by
        from .event import EventPage

        context = super().get_context(request, *args, **kwargs)
        campaigns = visible_pages(CampaignPage.objects.child_of(self), request)
        context["campaigns"] = campaigns.annotate(
            ongoing=Case(
                When(status__in=ONGOING_STATUSES, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        ).order_by("ongoing", "-started", "title")
        joined = campaigns_joined_by(
            self, visible_pages(CampaignPage.objects.all(), request)
        )
        context["coalition_campaigns"] = with_fallback(joined, self.locale_id).order_by(
            "title", "pk"
        )
        lessons = list(
            LessonPage.for_listing(
                self.public_lessons(request).order_by("-first_published_at", "-pk")
            )[: PROFILE_LIST_SIZE + 1]
        )
        context["lessons"] = lessons[:PROFILE_LIST_SIZE]
        context["more_lessons"] = len(lessons) > PROFILE_LIST_SIZE
        context["library"] = visible_pages(
            LessonIndexPage.objects.filter(locale=self.locale_id), request
        ).first()
        context["resources"] = self.public_resources(request).order_by("title")[
            :PROFILE_LIST_SIZE
        ]
        events = list(
            visible_pages(EventPage.objects.all(), request)
            .filter(organiser=self, ends_at__gte=timezone.now())
            .order_by("starts_at")[:PROFILE_LIST_SIZE]
        )
        for event in events:
            event.visible_organiser = self
        context["events"] = events
        return context

    def public_lessons(self, request):
        """The movement's lessons the visitor may read, in the page's language,
        minus anonymised ones: an anonymised lesson must never be tied to its
        movement in public. A translated lesson may still point at the
        movement's original, so the movement is matched in every language."""
        return tied_to_their_origin(
            visible_pages(LessonPage.objects.all(), request)
        ).filter(
            movement__translation_key=self.translation_key, locale=self.locale_id
        )

    def public_resources(self, request):
        return tied_to_their_origin(
            visible_pages(ResourcePage.objects.all(), request)
        ).filter(
            movement__translation_key=self.translation_key, locale=self.locale_id
        )
