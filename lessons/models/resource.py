"""The resource library: guides, reports, videos, templates and links."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from core import documents
from core.listing import ListingPage
from core.rich_text import RICH_TEXT_FEATURES
from core.sensitivity import Sensitivity, SensitivityMixin
from core.translation import (
    PAGE_FIELDS,
    SENSITIVITY_FIELDS,
    LocalisedRelationsMixin,
    synchronised,
    translated,
)

from ..choices import ResourceType
from ..forms import MovementScopedPageForm


class ResourceIndexPage(ListingPage):
    """The resource library, browsable by topic (the collections) and type."""

    subpage_types = ["lessons.ResourcePage"]
    listed_model = "lessons.ResourcePage"
    filterset_class = "lessons.filters.ResourceFilterSet"
    listing_name = "resources"

    class Meta:
        verbose_name = _("resource library")


class ResourcePage(LocalisedRelationsMixin, SensitivityMixin, RoutablePageMixin, Page):
    """A lighter library item than a lesson: something to read, watch or reuse."""

    summary = models.TextField(
        _("summary"),
        max_length=500,
        help_text=_("Two sentences: what it is and who it helps."),
    )
    body = RichTextField(
        _("description"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("What is inside, who it is for and how to use it."),
    )
    resource_type = models.CharField(
        _("type"),
        max_length=20,
        choices=ResourceType.choices,
        default=ResourceType.GUIDE,
        help_text=_("What kind of thing it is."),
    )
    publisher = models.CharField(
        _("publisher"),
        max_length=200,
        blank=True,
        help_text=_("The group that made it. A group or role is fine."),
    )
    language = models.CharField(
        _("language of the resource"),
        max_length=10,
        default="en",
        help_text=_(
            "The language the resource itself is written or spoken in, "
            "as a code such as 'en', 'ar' or 'sv'."
        ),
    )
    year = models.PositiveSmallIntegerField(
        _("year"), null=True, blank=True, help_text=_("Year of publication.")
    )
    topics = ParentalManyToManyField(
        "lessons.Topic",
        blank=True,
        related_name="resources",
        verbose_name=_("collections"),
        help_text=_("The topics this resource belongs to."),
    )
    movement = models.ForeignKey(
        "engagement.MovementProfilePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="resources",
        verbose_name=_("movement"),
        help_text=_(
            "The movement sharing this resource; it is listed on the movement's "
            "profile unless shared anonymously."
        ),
    )
    external_url = models.URLField(
        _("link"),
        blank=True,
        help_text=_("Where to find it, if it lives on another site."),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("file"),
        help_text=_("Upload the file here if you have the right to share it."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("resource_type"),
                FieldPanel("publisher"),
                FieldPanel("language"),
                FieldPanel("year"),
                FieldPanel("topics"),
            ],
            heading=_("About the resource"),
        ),
        MultiFieldPanel(
            [FieldPanel("external_url"), FieldPanel("document")],
            heading=_("Where to get it"),
        ),
    ]
    safety_panels = [
        FieldPanel("movement"),
        FieldPanel("sensitivity"),
        FieldPanel("restricted_to_groups"),
        FieldPanel("anonymised"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(safety_panels, heading=_("Transparency & safety")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
        ]
    )
    base_form_class = MovementScopedPageForm
    parent_page_types = ["lessons.ResourceIndexPage"]
    subpage_types: list[str] = []
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        # The publisher as the public may see it: an anonymised resource is
        # not found by the name it hides (see :mod:`core.attribution`).
        index.SearchField("publisher_label"),
        index.AutocompleteField("title"),
        index.FilterField("sensitivity"),
        index.FilterField("resource_type"),
        index.FilterField("locale_id"),
        index.RelatedFields("topics", [index.SearchField("name")]),
    ]
    localised_relations = ("topics",)
    translatable_fields = [
        *PAGE_FIELDS,
        *translated("summary", "body"),
        # A resource's own language and publisher describe the resource itself.
        *synchronised(
            "resource_type",
            "publisher",
            "language",
            "year",
            "topics",
            "movement",
            "external_url",
            "document",
        ),
        *SENSITIVITY_FIELDS,
    ]

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")
        indexes = [SensitivityMixin.hidden_index("lessons_resource_hidden")]

    def clean(self) -> None:
        super().clean()
        if self.resource_type == ResourceType.LINK and not self.external_url:
            raise ValidationError({"external_url": _("A link resource needs a link.")})

    @classmethod
    def for_listing(cls, queryset):
        return queryset.prefetch_related("topics")

    @path("download/", name="download")
    def download(self, request):
        """The resource's file, under the resource's own reading rules; see
        :mod:`core.documents`."""
        if self.document is None:
            raise Http404
        return documents.document_response(
            self.document, documents.download_name(self, self.document)
        )

    def get_sitemap_urls(self, request=None):
        if self.sensitivity != Sensitivity.PUBLIC:
            return []
        return super().get_sitemap_urls(request)

    @property
    def language_name(self) -> str:
        """The resource's language, named in that language (``العربية``)."""
        try:
            return get_language_info(self.language)["name_local"]
        except KeyError:
            return self.language

    @property
    def publisher_label(self) -> str:
        """The publisher the public may see: ``""`` when shared anonymously."""
        return self.attribution.publisher
