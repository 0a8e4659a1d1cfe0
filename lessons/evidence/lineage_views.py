"""A tactic's family tree: every adaptation between lessons with that tactic."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from core.locales import active_locale_id, with_fallback

from ..models import Tactic
from . import lineage
from .views import library_page


def tactic_lineage(request: HttpRequest, slug: str) -> HttpResponse:
    locale_id = active_locale_id()
    # Slugs are the same in every translation of a term: the reader's
    # language, else the original.
    tactic = (
        with_fallback(Tactic.objects.filter(slug=slug), locale_id)
        .order_by("pk")
        .first()
    )
    if tactic is None:
        raise Http404
    family = lineage.cached_for_tactic(tactic, request, locale_id)
    title = _("How “%(tactic)s” travelled") % {"tactic": tactic.name}
    return TemplateResponse(
        request,
        "lessons/evidence/tactic_lineage.html",
        {
            "page_title": title,
            "tactic": tactic,
            "library": library_page(request, locale_id),
            **lineage.context(family, "tactic-lineage"),
        },
    )
