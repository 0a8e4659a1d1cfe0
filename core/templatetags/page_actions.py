"""``{% page_actions page slot item %}``: where apps above ``core`` add their
controls to a page they do not own (saving a lesson, an RSVP to an event,
marking a path step done) without the page's app knowing them.

An app registers a Wagtail hook named :data:`PAGE_ACTIONS_HOOK`: a callable
``(request, page, slot, item)`` returning HTML (or nothing). ``slot`` says
where the tag sits: ``"page"`` near a page's title, ``"step"`` beside one step
of a learning path (``item`` is the step), ``"end"`` after a page's own
content (a discussion, say). A hook that reads the database for
``"step"`` must read once per request, not once per step.
"""

from __future__ import annotations

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe
from wagtail import hooks

register = template.Library()

#: The hook name apps register their page controls under.
PAGE_ACTIONS_HOOK = "praxis_page_actions"


@register.simple_tag(takes_context=True)
def page_actions(context, page, slot: str = "page", item=None) -> SafeString:
    request = context.get("request")
    if request is None or page is None:
        return mark_safe("")  # noqa: S308 - empty
    parts = []
    for hook in hooks.get_hooks(PAGE_ACTIONS_HOOK):
        html = hook(request, page, slot, item)
        if html:
            parts.append(conditional_escape(html))
    return mark_safe("".join(parts))  # noqa: S308 - each part escaped or safe
