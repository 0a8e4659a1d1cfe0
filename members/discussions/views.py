"""The "Discussion" section of a page and the forms behind it. Everything
works without JavaScript: reply and quote are links that reload the page
with the form pre-filled (``?reply=<id>``, ``?quote=<id>``)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from ..trust import LimitReached
from . import services
from .forms import PostForm, ReportForm
from .models import Post, PostStatus
from .text import quote_block

#: The anchor of the post form on a page.
FORM_ANCHOR = "discussion-form"


def _readable_page(request: HttpRequest, page_id: int):
    """The page (specific) if the visitor may read its discussion; "not
    found" otherwise, so that its existence is not told."""
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        raise Http404
    page = page.specific
    allowed = services.access(page, request)
    if not allowed.read:
        raise Http404
    return page, allowed


def _readable_post(request: HttpRequest, post_id: int, statuses=None):
    post = (
        Post.objects.select_related("thread", "author__member")
        .filter(pk=post_id)
        .first()
    )
    if post is None:
        raise Http404
    page, allowed = _readable_page(request, post.thread.page_id)
    shown = statuses or (PostStatus.VISIBLE,)
    mine = request.user.is_authenticated and post.author_id == request.user.pk
    if post.status not in shown and not (mine and post.status == PostStatus.AWAITING):
        raise Http404
    return post, page, allowed


def post_url(request: HttpRequest, page, post: Post) -> str:
    return f"{page.get_url(request) or '/'}#post-{post.pk}"


def _form_context(request, page, allowed, form=None) -> dict:
    """The post form, pre-filled when the page was asked with ``?reply=`` or
    ``?quote=`` a post the visitor may read."""
    replying = quoting = None
    if form is None:
        initial = {}
        for key in ("reply", "quote"):
            value = request.GET.get(key, "")
            if not value.isdigit():
                continue
            target = Post.objects.filter(
                pk=int(value),
                thread__page_id=page.pk,
                status=PostStatus.VISIBLE,
            ).first()
            if target is None:
                continue
            initial["parent"] = target.pk
            if key == "quote":
                initial["quoted"] = target.pk
                initial["body"] = quote_block(target.body)
        form = PostForm(initial=initial)
    parent_id = form["parent"].value()
    if parent_id:
        replying = (
            Post.objects.filter(
                pk=parent_id, thread__page_id=page.pk, status=PostStatus.VISIBLE
            )
            .select_related("author__member")
            .first()
        )
    if form["quoted"].value():
        quoting = True
    return {
        "form": form,
        "replying": replying,
        "replying_name": services.display_name(replying) if replying else "",
        "quoting": quoting,
        "write_url": reverse("members:discussions_write", args=[page.pk]),
        "form_anchor": FORM_ANCHOR,
    }


def section(request: HttpRequest, page) -> str:
    """The "Discussion" section of ``page`` (the ``end`` slot of page
    actions): nothing at all when discussion is off or the visitor may not
    read the page. A fixed number of queries however many posts."""
    allowed = services.access(page, request)
    if not allowed.read:
        return ""
    user = request.user
    threads = services.threads_of(page, user)
    for thread in threads:
        for post in [thread["post"], *thread["replies"]]:
            post.author_name = services.display_name(post)
            post.mine = user.is_authenticated and post.author_id == user.pk
    context = {
        "page": page,
        "threads": threads,
        "access": allowed,
        "closed": allowed.state == "closed",
        "login_url": reverse("account_login"),
        "next": page.get_url(request) or "/",
    }
    if allowed.post:
        context.update(_form_context(request, page, allowed))
    return render_to_string(
        "members/discussions/section.html", context, request=request
    )


def permalink(request: HttpRequest, post_id: int) -> HttpResponse:
    """A post's permanent link: to the page's anchor, once the reader may
    read the post."""
    post, page, _allowed = _readable_post(request, post_id)
    return redirect(post_url(request, page, post))


@login_required
@require_POST
def write(request: HttpRequest, page_id: int) -> HttpResponse:
    page, allowed = _readable_page(request, page_id)
    if not allowed.post:
        messages.error(request, _("You cannot post in this discussion."))
        return redirect(page.get_url(request) or "/")
    form = PostForm(request.POST)
    if form.is_valid():
        parent = quoted = None
        data = form.cleaned_data
        if data["parent"]:
            parent = Post.objects.filter(
                pk=data["parent"], thread__page_id=page.pk, status=PostStatus.VISIBLE
            ).first()
            if parent is None:
                raise Http404
        if data["quoted"]:
            quoted = Post.objects.filter(
                pk=data["quoted"], thread__page_id=page.pk, status=PostStatus.VISIBLE
            ).first()
        try:
            post = services.create_post(
                request.user, page, data["body"], parent=parent, quoted=quoted
            )
        except (ValueError, LimitReached) as error:
            form.add_error("body", getattr(error, "message", None) or str(error))
        except PermissionError:
            raise Http404 from None
        else:
            if post.status == PostStatus.AWAITING:
                messages.info(
                    request,
                    _(
                        "Thank you. Your post is waiting for a moderator: "
                        "others will see it once it is approved."
                    ),
                )
            else:
                messages.success(request, _("Your post is published."))
            return redirect(post_url(request, page, post))
    context = {"page": page, **_form_context(request, page, allowed, form)}
    return render(request, "members/discussions/write.html", context, status=400)


@login_required
def edit(request: HttpRequest, post_id: int) -> HttpResponse:
    try:
        post = services.own_post(request.user, post_id)
    except Post.DoesNotExist:
        raise Http404 from None
    page, allowed = _readable_page(request, post.thread.page_id)
    form = PostForm(request.POST or None, initial={"body": post.body})
    if request.method == "POST" and form.is_valid():
        try:
            services.edit_post(request.user, post, form.cleaned_data["body"])
        except ValueError as error:
            form.add_error("body", str(error))
        else:
            messages.success(request, _("Your post is changed."))
            return redirect(post_url(request, page, post))
    return render(
        request,
        "members/discussions/edit.html",
        {
            "page": page,
            "post": post,
            "form": form,
            "back": post_url(request, page, post),
        },
        status=400 if form.errors else 200,
    )


@login_required
def delete(request: HttpRequest, post_id: int) -> HttpResponse:
    try:
        post = services.own_post(request.user, post_id)
    except Post.DoesNotExist:
        raise Http404 from None
    page, _allowed = _readable_page(request, post.thread.page_id)
    if request.method == "POST":
        services.delete_own(request.user, post)
        messages.success(request, _("Your post is deleted."))
        return redirect(f"{page.get_url(request) or '/'}#discussion")
    return render(
        request,
        "members/discussions/delete.html",
        {"page": page, "post": post, "back": post_url(request, page, post)},
    )


@login_required
def report(request: HttpRequest, post_id: int) -> HttpResponse:
    post, page, _allowed = _readable_post(request, post_id)
    if post.author_id == request.user.pk:
        raise Http404
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.report(
            request.user, post, form.cleaned_data["reason"], form.cleaned_data["note"]
        )
        messages.success(request, _("Thank you. Moderators will look at this post."))
        return redirect(f"{page.get_url(request) or '/'}#discussion")
    return render(
        request,
        "members/discussions/report.html",
        {
            "page": page,
            "post": post,
            "author_name": services.display_name(post),
            "form": form,
            "back": post_url(request, page, post),
        },
        status=400 if form.errors else 200,
    )
