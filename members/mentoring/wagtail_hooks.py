"""Admin: "Mentoring", where coordinators see the pairings and may end one.
Loaded by ``members/wagtail_hooks.py``."""

from __future__ import annotations

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views


@hooks.register("register_admin_urls")
def mentoring_admin_urls():
    return [
        path(
            "mentoring/pairings/",
            admin_views.pairings,
            name="mentoring_admin_pairings",
        ),
        path(
            "mentoring/pairings/<int:pairing_id>/end/",
            admin_views.end_pairing,
            name="mentoring_admin_end",
        ),
    ]


class PairingsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.VIEW_PERMISSION)


@hooks.register("register_admin_menu_item")
def mentoring_menu_item():
    return PairingsMenuItem(
        _("Mentoring"),
        reverse("mentoring_admin_pairings"),
        icon_name="group",
        order=260,
        name="mentoring",
    )
