"""Wagtail hooks of discussions, loaded by ``members/wagtail_hooks.py``: the
"Discussion" section at the end of lesson, resource, path and event pages."""

from __future__ import annotations

from wagtail import hooks

from core.templatetags.page_actions import PAGE_ACTIONS_HOOK

from . import services, views


@hooks.register(PAGE_ACTIONS_HOOK)
def discussion_section(request, page, slot, item):
    if slot != "end" or not services.is_discussed_type(page):
        return None
    return views.section(request, page.specific)
