"""Learning paths: ordered routes through lessons and resources."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from core import visibility
from core.listing import ListingPage
from core.rich_text import RICH_TEXT_FEATURES
from core.translation import PAGE_FIELDS, synchronised, translated


class LearningPathIndexPage(ListingPage):
    """All learning paths."""

    subpage_types = ["lessons.LearningPathPage"]
    listed_model = "lessons.LearningPathPage"
    listing_name = "paths"

    class Meta:
        verbose_name = _("learning path index")


class LearningPathPage(Page):
    """An ordered sequence of lessons and resources that peers put together,
    with the time it takes and notes for whoever facilitates it."""

    summary = models.TextField(
        _("summary"),
        max_length=500,
        help_text=_("Who the path is for and what they will be able to do after it."),
    )
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("What the path covers and how to work through it."),
    )
    estimated_hours = models.DecimalField(
        _("estimated time (hours)"),
        max_digits=5,
        decimal_places=1,
        null=True,
        blank=True,
        help_text=_("Roughly how long the whole path takes, in hours."),
    )
    facilitator_notes = RichTextField(
        _("facilitator notes"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Advice for someone leading a group through the path."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("intro"),
        FieldPanel("estimated_hours"),
        InlinePanel("steps", label=_("Steps"), min_num=1),
        FieldPanel("facilitator_notes"),
    ]
    parent_page_types = ["lessons.LearningPathIndexPage"]
    subpage_types: list[str] = []
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("intro"),
        index.FilterField("locale_id"),
    ]

    translatable_fields = [
        *PAGE_FIELDS,
        *translated("summary", "intro", "facilitator_notes", "steps"),
        *synchronised("estimated_hours"),
    ]

    class Meta:
        verbose_name = _("learning path")
        verbose_name_plural = _("learning paths")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["steps"] = self.visible_steps(request)
        return context

    def visible_steps(self, request) -> list:
        """The steps whose lesson or resource this visitor may read, in order."""
        visible = visibility.visible_pages(Page.objects.all(), request)
        steps = list(
            self.steps.filter(page__in=visible.values_list("pk", flat=True))
            .select_related("page")
            .order_by("sort_order")
        )
        specific = {
            page.pk: page
            for page in Page.objects.filter(
                pk__in=[s.page_id for s in steps]
            ).specific()
        }
        for step in steps:
            step.item = specific.get(step.page_id, step.page)
        return steps


class LearningPathStep(TranslatableMixin, Orderable):
    path = ParentalKey(LearningPathPage, on_delete=models.CASCADE, related_name="steps")
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("lesson or resource"),
    )
    note = models.TextField(
        _("why this step"),
        blank=True,
        max_length=1000,
        help_text=_("What to look for, or what to discuss afterwards."),
    )

    panels = [
        PageChooserPanel(
            "page", page_type=["lessons.LessonPage", "lessons.ResourcePage"]
        ),
        FieldPanel("note"),
    ]

    translatable_fields = translated("note") + synchronised("page")

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("step")
        verbose_name_plural = _("steps")
