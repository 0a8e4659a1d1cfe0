"""Wagtail hooks of this feature, loaded by ``members/wagtail_hooks.py``."""

from wagtail import hooks

from core.templatetags.page_actions import PAGE_ACTIONS_HOOK
from lessons.models import LearningPathPage

from .views import path_control, step_control


@hooks.register(PAGE_ACTIONS_HOOK)
def progress_controls(request, page, slot, item):
    if page.specific_class is not LearningPathPage:
        return None
    if slot == "page":
        return path_control(request, page)
    if slot == "step" and request.user.is_authenticated:
        return step_control(request, page, item)
    return None
