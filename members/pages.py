"""Reading the pages members keep (saved items, path steps, events) through
the one visibility rule, in a fixed number of queries however many there are.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.http import HttpRequest
from django.utils.http import url_has_allowed_host_and_scheme
from wagtail.models import Page

from core.visibility import visible_pages

#: The page types a member may save to a list (by app label and model name).
SAVEABLE = {
    ("lessons", "lessonpage"),
    ("lessons", "resourcepage"),
    ("lessons", "learningpathpage"),
    ("engagement", "eventpage"),
}


def is_saveable(page) -> bool:
    model = page.specific_class
    return (
        model is not None
        and (model._meta.app_label, model._meta.model_name) in SAVEABLE
    )


def readable(page_ids: Iterable[int], request_or_user) -> dict[int, Page]:
    """The pages of ``page_ids`` the reader may read now, as specific pages,
    by id: one query for the rule and one per page type."""
    ids = set(page_ids)
    if not ids:
        return {}
    pages = visible_pages(Page.objects.filter(pk__in=ids), request_or_user).specific()
    return {page.pk: page for page in pages}


def next_url(request: HttpRequest, fallback: str) -> str:
    """Where to go back to after a form: ``next`` if it is on this site."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback
