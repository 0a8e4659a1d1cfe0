"""The "Translation status" report: for one language, which published lessons
are not translated into it, or were changed after their translation was last
published, and how many readers asked for them."""

from __future__ import annotations

import django_filters
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Case, Exists, F, OuterRef, Subquery, Value, When
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale

from core.languages import native_name
from core.visibility import visible_pages
from lessons.models import LessonPage

from .models import TranslationRequest

#: Who may see the report: translators (and coordinators and administrators).
PERMISSION = "wagtail_localize.submit_translation"


class Status(models.TextChoices):
    MISSING = "missing", _("Not translated")
    OUTDATED = "outdated", _("Out of date")
    CURRENT = "current", _("Up to date")


def target_languages() -> list[tuple[str, str]]:
    """Every site language but the source language."""
    return [
        (code, native_name(code))
        for code, _name in settings.LANGUAGES
        if code != settings.LANGUAGE_CODE
    ]


class TranslationStatusFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(
        label=_("Language"),
        choices=target_languages,
        empty_label=None,
        method="by_language",
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=Status.choices,
        empty_label=_("Not translated or out of date"),
        method="by_status",
    )

    class Meta:
        model = LessonPage
        fields: list[str] = []

    def by_language(self, queryset, name, value):
        return queryset  # the view annotates the rows for the language

    def by_status(self, queryset, name, value):
        return queryset.filter(translation_status=value)


def lessons_for_translation(locale: Locale, request) -> models.QuerySet:
    """Published lessons the person may read that were not written in
    ``locale``'s language, each the original of its translation family, with
    ``translation_status``, ``translation_id`` and ``requests`` for ``locale``."""
    family = LessonPage.objects.filter(translation_key=OuterRef("translation_key"))
    translation = family.filter(locale=locale)
    return (
        visible_pages(LessonPage.objects.exclude(locale=locale), request)
        # The original: the first page of the family (translations are copied
        # from it), so a lesson appears once whatever languages it is in.
        .exclude(Exists(family.filter(pk__lt=OuterRef("pk"))))
        .annotate(
            translation_id=Subquery(translation.values("pk")[:1]),
            translation_published_at=Subquery(
                translation.filter(live=True).values("last_published_at")[:1]
            ),
            translation_status=Case(
                When(translation_published_at__isnull=True, then=Value("missing")),
                When(
                    translation_published_at__lt=F("last_published_at"),
                    then=Value("outdated"),
                ),
                default=Value("current"),
                output_field=models.CharField(),
            ),
            requests=Coalesce(
                Subquery(
                    TranslationRequest.objects.filter(
                        translation_key=OuterRef("translation_key"), locale=locale
                    ).values("count")[:1]
                ),
                Value(0),
            ),
        )
        .select_related("locale")
    )


class LinkColumn(Column):
    """A cell holding one link: the value is ``{"url": ..., "label": ...}``."""

    cell_template_name = "home/reports/link_cell.html"


class TranslationStatusView(ReportView):
    """Admin → Reports → Translation status."""

    page_title = _("Translation status")
    header_icon = "globe"
    index_url_name = "translation_status"
    index_results_url_name = "translation_status_results"
    results_template_name = "home/reports/translation_status_results.html"
    filterset_class = TranslationStatusFilterSet
    paginate_by = 50
    list_export = [
        "title",
        "source_language",
        "status_label",
        "requests",
        "last_published_at",
    ]
    export_headings = {
        "title": _("Lesson"),
        "source_language": _("Written in"),
        "status_label": _("Status"),
        "requests": _("Requests"),
        "last_published_at": _("Last published"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def locale(self) -> Locale:
        choices = dict(target_languages())
        code = self.request.GET.get("language")
        if code not in choices:
            code = next(iter(choices), settings.LANGUAGE_CODE)
        return Locale.objects.get(language_code=code)

    def get_queryset(self):
        return lessons_for_translation(self.locale, self.request).order_by(
            Case(When(translation_status="current", then=Value(1)), default=Value(0)),
            F("requests").desc(),
            "-last_published_at",
        )

    def get_filtered_queryset(self):
        queryset = self.get_queryset()
        if not self.request.GET.get("status"):
            queryset = queryset.exclude(translation_status=Status.CURRENT)
        return self.filter_queryset(queryset)

    def decorate_paginated_queryset(self, object_list):
        labels = dict(Status.choices)
        for lesson in object_list:
            lesson.source_language = native_name(lesson.locale.language_code)
            lesson.status_label = labels[lesson.translation_status]
        return object_list

    @property
    def columns(self):
        code = self.locale.language_code
        return [
            TitleColumn(
                "title",
                label=_("Lesson"),
                url_name="wagtailadmin_pages:edit",
            ),
            Column("source_language", label=_("Written in")),
            Column("status_label", label=_("Status")),
            NumberColumn("requests", label=_("Requests")),
            DateColumn("last_published_at", label=_("Last published")),
            LinkColumn(
                "translate",
                label=_("Translation"),
                accessor=lambda lesson: self.translation_link(lesson, code),
            ),
        ]

    @staticmethod
    def translation_link(lesson, code: str) -> dict:
        if lesson.translation_id:
            return {
                "url": reverse("wagtailadmin_pages:edit", args=[lesson.translation_id]),
                "label": _("Open the translation"),
            }
        return {
            "url": reverse(
                "wagtail_localize:submit_page_translation", args=[lesson.pk]
            ),
            "label": _("Translate"),
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["language_name"] = native_name(self.locale.language_code)
        return context
