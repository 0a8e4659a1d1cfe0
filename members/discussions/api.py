"""``/api/v1/<lessons|resources|paths|events>/{id}/discussion/``: a public
page's discussion, as an anonymous visitor reads it (visible posts only).

A page that is not public, whose discussion is off, or that does not exist
answers the same 404 problem, so that the API tells nothing about it.
"""

from __future__ import annotations

from datetime import datetime

from django.http import HttpRequest
from django.urls import reverse
from ninja import Field, Query, Router, Schema
from wagtail.models import Page

from core.api.pagination import MAX_PAGE, MAX_PAGE_SIZE, Paginated, paginate
from core.api.problems import Problem, not_found_detail
from core.api.schemas import absolute, item_id

from . import services
from .models import Post, PostStatus

router = Router(tags=["discussions"])

#: The API's list routes for each page type with a discussion.
ROUTES = {
    "lessons": "lessons.LessonPage",
    "resources": "lessons.ResourcePage",
    "paths": "lessons.LearningPathPage",
    "events": "engagement.EventPage",
}


class DiscussionQuery(Schema):
    page: int = Field(1, ge=1, le=MAX_PAGE, description="Page number, from 1.")
    page_size: int = Field(
        20,
        ge=1,
        le=MAX_PAGE_SIZE,
        description=f"Threads per page, at most {MAX_PAGE_SIZE}.",
    )


class PostOut(Schema):
    id: int
    author: str = Field(description="The author's display name.")
    html: str = Field(description="The post, as sanitised HTML.")
    created_at: datetime
    edited_at: datetime | None
    in_reply_to: int | None = Field(description="The post this one answers.")
    quoted: int | None = Field(description="The post this one quotes.")
    permalink: str = Field(description="The post's permanent link on the site.")


class ThreadOut(PostOut):
    replies: list[PostOut]


def _post(request, post: Post) -> dict:
    return {
        "id": post.pk,
        "author": services.display_name(post),
        "html": post.body_html,
        "created_at": post.created_at,
        "edited_at": post.edited_at,
        "in_reply_to": post.parent_id,
        "quoted": post.quoted_id,
        "permalink": absolute(
            request, reverse("members:discussions_permalink", args=[post.pk])
        ),
    }


def _public_page(kind: str, page_id: int):
    page = Page.objects.filter(pk=page_id).first()
    label = ROUTES[kind]
    if page is not None:
        page = page.specific
        cls = type(page)
        if (
            f"{cls._meta.app_label}.{cls.__name__}" == label
            and services.access(page, None).read
        ):
            return page
    raise Problem(404, not_found_detail())


def _endpoint(kind: str):
    def discussion(
        request: HttpRequest,
        params: Query[DiscussionQuery],
        id: int = item_id(),  # noqa: A002
    ):
        page = _public_page(kind, id)
        visible = Post.objects.filter(status=PostStatus.VISIBLE).select_related(
            "author__member"
        )
        roots = visible.filter(thread__page_id=page.pk, root__isnull=True).order_by(
            "created_at", "pk"
        )
        items, envelope = paginate(request, roots, params.page, params.page_size)
        replies: dict[int, list[Post]] = {}
        for reply in visible.filter(root__in=[root.pk for root in items]).order_by(
            "created_at", "pk"
        ):
            replies.setdefault(reply.root_id, []).append(reply)
        envelope["results"] = [
            {
                **_post(request, root),
                "replies": [_post(request, r) for r in replies.get(root.pk, [])],
            }
            for root in items
        ]
        return envelope

    return discussion


for _kind in ROUTES:
    router.get(
        f"/{_kind}/{{id}}/discussion/",
        response=Paginated[ThreadOut],
        url_name=f"{_kind}-discussion",
        operation_id=f"get_{_kind}_discussion",
        summary=f"The discussion of one of the {_kind}",
        description=(
            "The questions on a public page, oldest first, each with its visible "
            "replies. Posts waiting for a moderator, hidden or deleted are left "
            "out; a page that is not public, or whose discussion is off, is a 404."
        ),
    )(_endpoint(_kind))
