"""The admin's way into the headless preview (see :mod:`core.api.preview`)."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from wagtail.models import Page

from . import preview as headless_preview


@never_cache
def preview(request: HttpRequest, page_id: int) -> HttpResponse:
    """Send an editor to the external frontend with a preview token for the
    page's latest saved revision."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        # The admin answers with its home page and "no permission".
        raise PermissionDenied
    if not settings.PRAXIS_PREVIEW_URL or not headless_preview.serves(type(page)):
        messages.error(request, _("There is no external site to preview this page in."))
        return redirect("wagtailadmin_pages:edit", page.pk)
    token = headless_preview.make_token(page, page.get_latest_revision(), request.user)
    return redirect(headless_preview.external_url(page, token))
