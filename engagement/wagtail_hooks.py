"""Admin: "Partnership requests" (see :mod:`engagement.admin_views`), its
dashboard panel, and the history entries its answers leave on both pages."""

from __future__ import annotations

from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.log_actions import LogFormatter

from . import admin_views
from .choices import PartnerStatus
from .models import MovementProfilePage
from .models.campaign import PARTNER_LOG_ACTIONS


def may_see_requests(user) -> bool:
    """Editors of a movement, and coordinators: nobody else gets requests."""
    return (
        admin_views.answers_for_every_movement(user)
        or MovementProfilePage.objects.editable_by(user).exists()
    )


class PartnerRequestsMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return may_see_requests(request.user)


class PartnerRequestsPanel(Component):
    """On the dashboard, while requests wait for the user's answer."""

    name = "partner_requests"
    template_name = "engagement/admin/partner_requests_panel.html"
    order = 90

    def __init__(self, count: int) -> None:
        self.count = count

    def get_context_data(self, parent_context):
        return {"count": self.count}


@hooks.register("register_admin_urls")
def register_partner_request_urls():
    return [
        path(
            "partnerships/",
            admin_views.PartnerRequestsView.as_view(),
            name=admin_views.INDEX_URL,
        ),
        path(
            "partnerships/<int:pk>/answer/",
            admin_views.answer,
            name=admin_views.ANSWER_URL,
        ),
        path(
            "partnerships/<int:pk>/ask-again/",
            admin_views.ask_again,
            name=admin_views.ASK_AGAIN_URL,
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_partner_requests_menu_item():
    return PartnerRequestsMenuItem(
        gettext_lazy("Partnership requests"),
        reverse(admin_views.INDEX_URL),
        name="partnership-requests",
        icon_name="group",
        order=260,
    )


@hooks.register("construct_homepage_panels")
def add_partner_requests_panel(request, panels) -> None:
    if not may_see_requests(request.user):
        return
    count = admin_views.pending_count(request.user)
    if count:
        panels.append(PartnerRequestsPanel(count))


class PartnerLogFormatter(LogFormatter):
    """Names both movements' pages in the history, as they were at the time."""

    #: ``%(campaign)s`` and ``%(movement)s`` are filled in from the entry.
    template = ""

    def format_message(self, log_entry) -> str:
        data = log_entry.data or {}
        return self.template % {
            "campaign": data.get("campaign", {}).get("title", ""),
            "movement": data.get("movement", {}).get("title", ""),
        }


class AcceptedFormatter(PartnerLogFormatter):
    label = gettext_lazy("Accept partnership")

    @property
    def template(self) -> str:
        return _("“%(movement)s” accepted to be a partner of “%(campaign)s”")


class DeclinedFormatter(PartnerLogFormatter):
    label = gettext_lazy("Decline partnership")

    @property
    def template(self) -> str:
        return _("“%(movement)s” declined to be a partner of “%(campaign)s”")


class AskedAgainFormatter(PartnerLogFormatter):
    label = gettext_lazy("Ask a partner again")

    @property
    def template(self) -> str:
        return _("“%(campaign)s” asked “%(movement)s” again to be its partner")


@hooks.register("register_log_actions")
def register_partner_log_actions(actions) -> None:
    formatters = {
        PartnerStatus.ACCEPTED: AcceptedFormatter,
        PartnerStatus.DECLINED: DeclinedFormatter,
        PartnerStatus.PENDING: AskedAgainFormatter,
    }
    for status, formatter in formatters.items():
        actions.register_action(PARTNER_LOG_ACTIONS[status])(formatter)
