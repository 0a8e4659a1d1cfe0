"""Wagtail hooks of this feature, loaded by ``members/wagtail_hooks.py``."""

from wagtail import hooks

from core.templatetags.page_actions import PAGE_ACTIONS_HOOK

from ..pages import is_saveable
from .views import save_form


@hooks.register(PAGE_ACTIONS_HOOK)
def save_control(request, page, slot, item):
    if slot == "page" and is_saveable(page):
        return save_form(request, page)
    return None
