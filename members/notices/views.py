"""The member's notifications, newest first."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control

from core.pagination import paginate

from ..models import Notification
from ..pages import readable


@login_required
@cache_control(private=True, no_store=True)
def notices(request: HttpRequest) -> HttpResponse:
    mine = Notification.objects.filter(member=request.user)
    if request.method == "POST":
        if request.POST.get("action") == "read_all":
            mine.filter(read_at__isnull=True).update(read_at=timezone.now())
        elif request.POST.get("read", "").isdigit():
            mine.filter(pk=int(request.POST["read"]), read_at__isnull=True).update(
                read_at=timezone.now()
            )
        return redirect("members:notices")
    items = paginate(request, mine.order_by("-created_at", "-pk"))
    # A page is named only while the member may still read it.
    pages = readable((n.page_id for n in items if n.page_id), request)
    for notification in items:
        notification.shown_page = pages.get(notification.page_id)
    return render(
        request,
        "members/notices/notices.html",
        {
            "page_title": _("Notifications"),
            "items": items,
            "unread": mine.filter(read_at__isnull=True).exists(),
        },
    )
