"""The public A–Z glossary page."""

from __future__ import annotations

from itertools import groupby

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page

from core.pages import section_parent_page_types
from core.rich_text import NOTE_FEATURES
from core.translation import PAGE_FIELDS, translated

from .taxonomy import GlossaryTerm


class GlossaryPage(Page):
    """Shows every glossary term of the page's language, grouped by first letter."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=NOTE_FEATURES,
        help_text=_("A few sentences shown above the list."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = section_parent_page_types()
    subpage_types: list[str] = []
    max_count_per_parent = 1
    translatable_fields = PAGE_FIELDS + translated("intro")

    class Meta:
        verbose_name = _("glossary")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        terms = list(GlossaryTerm.objects.filter(locale=self.locale_id_or_default()))
        terms.sort(key=lambda term: term.term.casefold())
        context["letters"] = [
            (letter, list(group))
            for letter, group in groupby(terms, lambda t: t.initial)
        ]
        return context

    def locale_id_or_default(self) -> int:
        return self.locale_id or Locale.get_default().pk
