"""A tactic's family tree: every adaptation between lessons with that tactic."""

from __future__ import annotations

from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from core.locales import active_locale_id
from core.visibility import visible_pages

from ..models import LessonIndexPage, Tactic
from . import lineage


def find_term(model, slug: str, locale_id: int):
    """The term with ``slug`` in the reader's language (or its translation
    there), otherwise the first with that slug; 404 when there is none."""
    same_slug = model.objects.filter(slug=slug)
    candidates = list(
        model.objects.filter(
            Q(slug=slug)
            | Q(
                locale_id=locale_id,
                translation_key__in=same_slug.values("translation_key"),
            )
        ).order_by("pk")
    )
    here = [term for term in candidates if term.locale_id == locale_id]
    found = next((term for term in here if term.slug == slug), None)
    found = found or next(iter(here), None) or next(iter(candidates), None)
    if found is None:
        raise Http404
    return found


def tactic_lineage(request: HttpRequest, slug: str) -> HttpResponse:
    locale_id = active_locale_id()
    tactic = find_term(Tactic, slug, locale_id)
    family = lineage.cached_for_tactic(tactic, request, locale_id)
    library = (
        visible_pages(LessonIndexPage.objects.filter(locale_id=locale_id), request)
        .order_by("path")
        .first()
    )
    title = _("How “%(tactic)s” travelled") % {"tactic": tactic.name}
    return TemplateResponse(
        request,
        "lessons/evidence/tactic_lineage.html",
        {
            "page_title": title,
            "tactic": tactic,
            "library": library,
            **lineage.context(family, "tactic-lineage"),
        },
    )
