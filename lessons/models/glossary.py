"""The public A–Z glossary page."""

from __future__ import annotations

from itertools import groupby

from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from core.listing import SectionPage

from .taxonomy import GlossaryTerm


class GlossaryPage(SectionPage):
    """Shows every glossary term of the page's language, grouped by first letter."""

    subpage_types: list[str] = []

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
