"""The personal library's pages and the forms that change it. Every form
works without JavaScript (POST, then back to ``next``); ``members.js``
submits the page's save form in place and shows the answer."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_POST
from wagtail.models import Page

from core.visibility import can_view

from ..models import SavedItem, SavedList
from ..pages import is_saveable, next_url, readable
from . import services


def with_items(lists: list[SavedList], request) -> list[SavedList]:
    """``lists`` with ``shown``: (item, page) pairs of the pages the reader
    may read now, newest first. Fixed queries however many items."""
    items = list(
        SavedItem.objects.filter(saved_list__in=lists).order_by("-saved_at", "-pk")
    )
    pages = readable((item.page_id for item in items), request)
    for saved_list in lists:
        saved_list.shown = [
            (item, pages[item.page_id])
            for item in items
            if item.saved_list_id == saved_list.pk and item.page_id in pages
        ]
    return lists


def own_list(request: HttpRequest, pk) -> SavedList:
    return get_object_or_404(SavedList, pk=pk, owner=request.user)


def readable_page(request: HttpRequest) -> Page:
    """The page a form names, if it may be saved and read; else not found."""
    try:
        page_id = int(request.POST.get("page", ""))
    except ValueError:
        raise Http404 from None
    page = Page.objects.filter(pk=page_id).first()
    if page is None or not is_saveable(page):
        raise Http404
    page = page.specific
    if not can_view(page, request):
        raise Http404
    return page


def answer(request: HttpRequest, page: Page, message: str, error: bool = False):
    """Back to the page (no JavaScript) or the updated form (``fetch``)."""
    if request.headers.get("X-Requested-With") == "fetch":
        html = save_form(request, page, message=message, error=error)
        return HttpResponse(html, status=400 if error else 200)
    (messages.error if error else messages.success)(request, message)
    return redirect(next_url(request, page.get_url(request) or "/"))


@login_required
@require_POST
def save(request: HttpRequest) -> HttpResponse:
    page = readable_page(request)
    try:
        choice = request.POST.get("list", "")
        if choice == "new":
            saved_list = services.create_list(
                request.user, request.POST.get("name", "")
            )
        elif choice:
            saved_list = own_list(request, choice)
        else:
            saved_list = services.default_list(request.user)
        services.save(request.user, page, saved_list)
    except services.LibraryError as error:
        return answer(request, page, error.message, error=True)
    return answer(request, page, _("Saved to “%(list)s”.") % {"list": saved_list.name})


@login_required
@require_POST
def remove(request: HttpRequest) -> HttpResponse:
    saved_list = own_list(request, request.POST.get("list") or 0)
    try:
        page_id = int(request.POST.get("page", ""))
    except ValueError:
        raise Http404 from None
    services.remove(saved_list, page_id)
    page = Page.objects.filter(pk=page_id).first()
    message = _("Removed from “%(list)s”.") % {"list": saved_list.name}
    if (
        page is not None
        and can_view(page.specific, request)
        and "from_page" in request.POST
    ):
        return answer(request, page.specific, message)
    messages.success(request, message)
    return redirect(next_url(request, reverse("members:library")))


def save_form(request, page, message: str = "", error: bool = False) -> str:
    """The save control on a lesson, resource, path or event page."""
    context = {"page": page, "request": request, "message": message, "error": error}
    if request.user.is_authenticated:
        lists = list(SavedList.objects.filter(owner=request.user).order_by("name"))
        saved_in = set(
            SavedItem.objects.filter(saved_list__in=lists, page=page).values_list(
                "saved_list_id", flat=True
            )
        )
        context["lists"] = lists
        context["saved_in"] = [item for item in lists if item.pk in saved_in]
    return render_to_string("members/library/save_form.html", context, request=request)


@login_required
@cache_control(private=True, no_store=True)
def library(request: HttpRequest) -> HttpResponse:
    status = 200
    error = ""
    if request.method == "POST":
        try:
            services.create_list(request.user, request.POST.get("name", ""))
        except services.LibraryError as problem:
            error, status = problem.message, 400
        else:
            messages.success(request, _("List created."))
            return redirect("members:library")
    lists = with_items(
        list(SavedList.objects.filter(owner=request.user).order_by("name")), request
    )
    return render(
        request,
        "members/library/library.html",
        {
            "page_title": _("My library"),
            "lists": lists,
            "error": error,
            "name": request.POST.get("name", ""),
            "max_name": services.MAX_NAME,
        },
        status=status,
    )


@login_required
@require_POST
def change_list(request: HttpRequest, pk: int) -> HttpResponse:
    """Rename, share, stop sharing or delete one of the member's lists."""
    saved_list = own_list(request, pk)
    action = request.POST.get("action")
    try:
        if action == "rename":
            services.rename_list(saved_list, request.POST.get("name", ""))
            messages.success(request, _("List renamed."))
        elif action in ("share", "unshare"):
            services.set_shared(saved_list, action == "share")
            messages.success(
                request,
                _("Anyone with the link can now see this list.")
                if action == "share"
                else _("The list is private again; its old link no longer works."),
            )
        elif action == "delete":
            saved_list.delete()
            messages.success(request, _("List deleted."))
        else:
            raise Http404
    except services.LibraryError as error:
        messages.error(request, error.message)
    return redirect("members:library")


@cache_control(private=True, max_age=0)
def shared(request: HttpRequest, token: str) -> HttpResponse:
    """A shared list: only what the person looking may read themselves."""
    saved_list = get_object_or_404(
        SavedList.objects.select_related("owner__member"), share_token=token
    )
    with_items([saved_list], request)
    member = getattr(saved_list.owner, "member", None)
    return render(
        request,
        "members/library/shared.html",
        {
            "page_title": saved_list.name,
            "saved_list": saved_list,
            "owner_name": member.display_name if member else "",
        },
    )
