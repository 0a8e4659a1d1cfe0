"""Wagtail hooks of this feature, loaded by ``members/wagtail_hooks.py``: the
"We tried this" link on lesson pages."""

from __future__ import annotations

from wagtail import hooks

from core.templatetags.page_actions import PAGE_ACTIONS_HOOK
from lessons.models import LessonPage

from . import views


@hooks.register(PAGE_ACTIONS_HOOK)
def we_tried_this(request, page, slot, item):
    if slot != "page":
        return None
    if not isinstance(page, LessonPage):
        if getattr(page, "specific_class", None) is not LessonPage:
            return None
        page = page.specific
    # The page is being served to this visitor, so they may read it; the
    # form checks again.
    return views.action(request, page)
