"""The coordinators' view of mentoring in the admin: who is paired with whom,
the status and the dates, never contact details or messages."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.defaults import permission_denied

from core.pagination import paginate

from . import services
from .models import OPEN, Pairing

#: The permission the Coordinators role holds (governance/roles.py).
VIEW_PERMISSION = "mentoring.view_pairing"
END_PERMISSION = "mentoring.change_pairing"


def _forbidden(request: HttpRequest, permission: str) -> HttpResponse | None:
    """A 403 answer unless the user holds ``permission``. Answered here, not
    raised: the admin turns a raised ``PermissionDenied`` into a redirect to
    its dashboard, which tells neither people nor programs what happened."""
    if request.user.has_perm(permission):
        return None
    return permission_denied(request, PermissionDenied())


def pairings(request: HttpRequest) -> HttpResponse:
    if refused := _forbidden(request, VIEW_PERMISSION):
        return refused
    queryset = Pairing.objects.select_related("mentor__member", "mentee__member")
    status = request.GET.get("status", "")
    if status in dict(Pairing._meta.get_field("status").choices):
        queryset = queryset.filter(status=status)
    page = paginate(request, queryset.order_by("-created_at", "-pk"))
    return render(
        request,
        "mentoring/admin_pairings.html",
        {
            "page_obj": page,
            "pairings": page.object_list,
            "statuses": Pairing._meta.get_field("status").choices,
            "status": status,
            "can_end": request.user.has_perm(END_PERMISSION),
            "open": OPEN,
        },
    )


@require_POST
def end_pairing(request: HttpRequest, pairing_id: int) -> HttpResponse:
    if refused := _forbidden(request, END_PERMISSION):
        return refused
    pairing = get_object_or_404(Pairing, pk=pairing_id)
    if services.end(pairing, by=None):
        messages.success(request, _("The pairing has ended; both were told."))
    return redirect("mentoring_admin_pairings")
