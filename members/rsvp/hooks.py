"""Wagtail hooks of this feature, loaded by ``members/wagtail_hooks.py``."""

from wagtail import hooks

from core.templatetags.page_actions import PAGE_ACTIONS_HOOK
from engagement.models import EventPage

from .views import rsvp_control


@hooks.register(PAGE_ACTIONS_HOOK)
def rsvp_controls(request, page, slot, item):
    if slot == "page" and page.specific_class is EventPage:
        return rsvp_control(request, page.specific)
    return None
