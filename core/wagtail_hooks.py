"""Wagtail hooks of the core: who a page is served to, and the admin's
"Preview in the external site" (see :mod:`core.api.preview`)."""

from __future__ import annotations

from django.conf import settings
from django.urls import path, reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from . import visibility
from .api import preview, views


@hooks.register("register_admin_urls")
def register_preview_url():
    return [
        path(
            "headless/preview/<int:page_id>/",
            views.preview,
            name="headless_preview",
        )
    ]


@hooks.register("register_page_header_buttons")
def preview_button(page, user, view_name, next_url=None):
    """On pages the API serves, for people who may edit them, when there is
    an external frontend to preview in."""
    if not settings.PRAXIS_PREVIEW_URL or not preview.serves(page.specific_class):
        return
    if not page.permissions_for_user(user).can_edit():
        return
    yield Button(
        _("Preview in the external site"),
        reverse("headless_preview", args=[page.pk]),
        icon_name="view",
        attrs={
            "target": "_blank",
            "rel": "noopener",
            "title": _("Shows the last saved draft in %(site)s")
            % {"site": settings.PRAXIS_PREVIEW_URL},
        },
        priority=25,
    )


@hooks.register("before_serve_page", order=-1)
def serve_only_to_readers(page, request, serve_args, serve_kwargs):
    """Every page type, one rule: :func:`core.visibility.refuse_to_serve`."""
    return visibility.refuse_to_serve(page, request)
