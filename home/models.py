"""The site's own pages: the home page and plain standard pages."""

from __future__ import annotations

from django.db import models
from django.db.models import Count, F, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.locales import with_fallback
from core.rich_text import NOTE_FEATURES, RICH_TEXT_FEATURES
from core.translation import PAGE_FIELDS, synchronised, translated
from core.visibility import visible_pages
from engagement.models import EventIndexPage, EventPage, GetInvolvedPage
from engagement.models.finder import attach_movements, current_opportunities
from lessons.models import LearningPathPage, LessonIndexPage, LessonPage, Topic

#: How many lessons the "newest lessons" section shows.
NEWEST_LESSONS = 6
#: How many opportunities the "get involved" section shows.
HOME_OPPORTUNITIES = 4
#: How many events the "upcoming events" section shows.
HOME_EVENTS = 3


class HomePage(Page):
    """The front door: what Praxis is, featured and newest lessons, paths, topics."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=NOTE_FEATURES,
        help_text=_("One or two sentences under the site name."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel(
            "featured_lessons",
            label=_("Featured lessons"),
            max_num=6,
            help_text=_("Up to six lessons to show first."),
        ),
    ]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    translatable_fields = [
        *PAGE_FIELDS,
        *translated("intro"),
        *synchronised("featured_lessons"),
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lessons in this language, and the originals of those nobody has
        # translated into it yet (see core.locales.with_fallback).
        lessons = with_fallback(
            visible_pages(LessonPage.objects.all(), request), self.locale_id
        )
        # Featured lessons are chosen once, on the source home page; each
        # language shows its own version of them.
        featured_keys = list(
            self.featured_lessons.values_list("lesson__translation_key", flat=True)
        )
        featured = {
            lesson.translation_key: lesson
            for lesson in LessonPage.for_listing(
                lessons.filter(translation_key__in=featured_keys)
            ).select_related("locale")
        }
        context["featured_lessons"] = [
            featured[key] for key in featured_keys if key in featured
        ]
        context["newest_lessons"] = (
            LessonPage.for_listing(
                lessons.exclude(translation_key__in=featured_keys).order_by(
                    "-first_published_at", "-pk"
                )
            ).select_related("locale")
        )[:NEWEST_LESSONS]
        context["paths"] = with_fallback(
            visible_pages(LearningPathPage.objects.all(), request), self.locale_id
        ).order_by("title")[:3]
        # Each topic with the number of lessons listed here, in one query; a
        # topic has the same translation key in every language.
        lesson_count = (
            lessons.filter(topics__translation_key=OuterRef("translation_key"))
            .order_by()
            .values("topics__translation_key")
            .annotate(total=Count("pk", distinct=True))
            .values("total")
        )
        topics = with_fallback(Topic.objects.all(), self.locale_id).annotate(
            lesson_count=Coalesce(Subquery(lesson_count), 0)
        )
        context["topics"] = [
            (topic, topic.lesson_count) for topic in topics.order_by("name")
        ]
        sections = {
            page.specific_class: page
            for page in visible_pages(
                self.get_children().type(
                    LessonIndexPage, GetInvolvedPage, EventIndexPage
                ),
                request,
            )
        }
        context["library"] = sections.get(LessonIndexPage)
        context["finder"] = sections.get(GetInvolvedPage)
        context["calendar"] = sections.get(EventIndexPage)
        opportunities = list(
            current_opportunities(request)
            .in_finder_order()
            .select_related("page")[:HOME_OPPORTUNITIES]
        )
        attach_movements(opportunities, request)
        context["opportunities"] = opportunities
        context["events"] = EventPage.attach_organisers(
            with_fallback(
                visible_pages(EventPage.objects.all(), request), self.locale_id
            )
            .select_related("locale")
            .filter(ends_at__gte=timezone.now())
            .order_by("starts_at", "pk")[:HOME_EVENTS],
            request,
        )
        return context


class HomePageFeaturedLesson(Orderable):
    page = ParentalKey(
        HomePage, on_delete=models.CASCADE, related_name="featured_lessons"
    )
    lesson = models.ForeignKey(
        LessonPage, on_delete=models.CASCADE, related_name="+", verbose_name=_("lesson")
    )

    panels = [FieldPanel("lesson")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured lesson")
        verbose_name_plural = _("featured lessons")


class StandardPage(Page):
    """A plain page for things like 'About' or 'How peer review works'."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        max_length=500,
        help_text=_("One or two sentences shown in large type under the title."),
    )
    body = RichTextField(
        _("body"), features=RICH_TEXT_FEATURES, help_text=_("The page's text.")
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    translatable_fields = PAGE_FIELDS + translated("intro", "body")

    class Meta:
        verbose_name = _("standard page")


class TranslationRequest(models.Model):
    """Readers asking for a page in their language.

    One row per translation family (every language version of a page shares its
    ``translation_key``) and wanted language, counting the requests; translators
    see the counts in the "Translation status" report. Nothing about who asked is
    kept.
    """

    translation_key = models.UUIDField(_("translation key"), db_index=True)
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("wanted language"),
    )
    count = models.PositiveIntegerField(_("requests"), default=0)
    first_requested_at = models.DateTimeField(_("first requested"), auto_now_add=True)
    last_requested_at = models.DateTimeField(_("last requested"), auto_now=True)

    class Meta:
        verbose_name = _("translation request")
        verbose_name_plural = _("translation requests")
        constraints = [
            models.UniqueConstraint(
                fields=["translation_key", "locale"],
                name="one_translation_request_per_page_and_language",
            )
        ]

    def __str__(self) -> str:
        return f"{self.translation_key} → {self.locale_id}: {self.count}"

    @classmethod
    def record(cls, page: Page, locale) -> None:
        """Count one more request for ``page`` in ``locale`` (call inside a
        transaction; concurrent requests each add one)."""
        row, _created = cls.objects.get_or_create(
            translation_key=page.translation_key, locale=locale
        )
        cls.objects.filter(pk=row.pk).update(
            count=F("count") + 1, last_requested_at=timezone.now()
        )
