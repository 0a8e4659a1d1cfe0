"""Wagtail hooks of this feature, loaded by ``members/wagtail_hooks.py``: the
RSVP box on event pages, the organisers' counts in the admin, and the
receivers that tell members when an event they answered changes."""

from __future__ import annotations

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from core.templatetags.page_actions import PAGE_ACTIONS_HOOK
from engagement.models import EventPage

from . import signals, views

signals.connect()


@hooks.register(PAGE_ACTIONS_HOOK)
def rsvp_box(request, page, slot, item):
    if slot != "page":
        return None
    if not isinstance(page, EventPage):
        if getattr(page, "specific_class", None) is not EventPage:
            return None
        page = page.specific
    return views.action_box(request, page)


@hooks.register("register_admin_urls")
def rsvp_admin_urls():
    # ``page_id``: the admin's reading rule (governance.admin_reading) checks
    # the event before the view runs.
    return [
        path(
            "events/<int:page_id>/rsvps/",
            views.organiser_counts,
            name="members_rsvp_counts",
        )
    ]


class RsvpCountsButton(PageMenuItem):
    label = _("RSVPs")
    icon_name = "group"

    def is_shown(self, user):
        return self.page.permissions_for_user(user).can_edit()

    @property
    def url(self):
        return reverse("members_rsvp_counts", args=[self.page.pk])


@hooks.register("register_page_listing_more_buttons")
def rsvp_listing_button(page, user, next_url=None):
    if page.specific_class is EventPage:
        yield RsvpCountsButton(page=page, priority=45)


@hooks.register("register_page_header_buttons")
def rsvp_header_button(page, user, view_name, next_url=None):
    if page.specific_class is EventPage:
        yield RsvpCountsButton(page=page, priority=45)
