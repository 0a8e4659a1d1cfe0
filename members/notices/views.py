"""The member's notifications, and the one-click opt-out of e-mail."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Page

from core.pagination import paginate
from core.visibility import visible_pages

from ..models import Member, Notification
from .messages import message, own_page_url
from .unsubscribe import read_token


@login_required
@cache_control(private=True, no_store=True)
def notices(request: HttpRequest) -> HttpResponse:
    """Newest first, a page at a time; a page's title and link only while
    the member may read it."""
    page = paginate(request, Notification.objects.filter(member=request.user))
    items = list(page.object_list)
    ids = {n.page_id for n in items if n.page_id}
    readable = (
        {p.pk: p for p in visible_pages(Page.objects.filter(pk__in=ids), request)}
        if ids
        else {}
    )
    rows = []
    for notification in items:
        target = readable.get(notification.page_id)
        rows.append(
            {
                "notification": notification,
                "message": message(notification, target.title if target else None),
                "url": target.get_url(request)
                if target
                else own_page_url(notification.kind),
            }
        )
    return render(
        request,
        "members/notices/list.html",
        {
            "page_title": _("Notifications"),
            "rows": rows,
            "page_obj": page,
            "unread": Notification.objects.filter(
                member=request.user, read_at__isnull=True
            ).exists(),
        },
    )


@login_required
@require_POST
def mark_read(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    """Mark one notification (``pk``) or all of them read."""
    unread = Notification.objects.filter(member=request.user, read_at__isnull=True)
    if pk is not None:
        unread = unread.filter(pk=pk)
    count = unread.update(read_at=timezone.now())
    if pk is None:
        messages.success(request, _("All your notifications are marked as read."))
    elif count:
        messages.success(request, _("Marked as read."))
    number = request.POST.get("page", "")
    if number.isdigit():
        return redirect(f"{reverse('members:notices')}?page={number}")
    return redirect("members:notices")


@csrf_exempt
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """GET asks to confirm; POST turns e-mail off. The signed token is the
    key (no sign-in needed), and mail programs may POST straight away
    (``List-Unsubscribe-Post``, RFC 8058), so there is no CSRF token to ask."""
    user_id = read_token(token)
    member = (
        Member.objects.filter(user_id=user_id).first() if user_id is not None else None
    )
    if member is None:
        return render(
            request,
            "members/notices/unsubscribe.html",
            {"page_title": _("Stop e-mails"), "invalid": True},
            status=404,
        )
    done = False
    if request.method == "POST":
        Member.objects.filter(pk=member.pk).update(email_notifications=False)
        done = True
    return render(
        request,
        "members/notices/unsubscribe.html",
        {
            "page_title": _("Stop e-mails"),
            "done": done or not member.email_notifications,
            "token": token,
        },
    )
