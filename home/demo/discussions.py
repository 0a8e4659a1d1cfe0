"""Discussions on a dozen lessons in three languages (``content/discussions/``):
one file per lesson and language, ``<lesson slug>/<language>.yaml``, on the
lesson's page in that language. Questions by demo members with replies (a
reply with ``quote: true`` quotes the question); ``reported: 3`` on a post
has three other members report it, so it is hidden pending review;
``waiting: true`` makes a new member's post wait in the moderators' queue.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from django.conf import settings
from django.contrib.auth import get_user_model
from wagtail.models import Page

from members.discussions import services
from members.discussions.models import Post, PostStatus, Thread
from members.discussions.text import quote_block, render

FOLDER = Path(settings.BASE_DIR) / "content" / "discussions"
#: The post fields a file may hold.
POST_FIELDS = {"member", "body", "quote", "reported", "waiting", "replies"}


def entries() -> list[tuple[str, str, dict]]:
    """``(lesson slug, language, data)`` of every file, checked: a wrong
    field or a missing body is a ``ValueError`` naming the file."""
    found = []
    for path in sorted(FOLDER.glob("*/*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for thread in data.get("threads", []):
            for post in [thread, *thread.get("replies", [])]:
                unknown = set(post) - POST_FIELDS
                if unknown or not post.get("member") or not post.get("body"):
                    raise ValueError(f"{path}: a post needs member and body only")
        found.append((path.parent.name, path.stem, data))
    return found


def _write(thread, user, body, *, parent=None, quoted=None, status=PostStatus.VISIBLE):
    if quoted is not None:
        body = quote_block(quoted.body) + body
    return Post.objects.create(
        thread=thread,
        root_id=(parent.root_id or parent.pk) if parent else None,
        parent=parent,
        quoted=quoted,
        author=user,
        body=body.strip(),
        body_html=render(body.strip()),
        status=status,
    )


def build(builder) -> None:
    """Add this feature's demo content; ``builder`` is the running
    :class:`home.demo.build.DemoBuilder` (its members exist already)."""
    User = get_user_model()
    users = {user.username: user for user in User.objects.all()}
    reporters = [u for name, u in sorted(users.items()) if hasattr(u, "member")]
    for slug, language, data in entries():
        page = Page.objects.filter(slug=slug, locale__language_code=language).first()
        if page is None:
            continue
        page = page.specific
        if not services.access(page, None).read:
            continue  # only on lessons anyone may read
        thread, created = Thread.objects.get_or_create(page=page)
        if not created and thread.posts.exists():
            continue
        for entry in data.get("threads", []):
            question = _place(thread, users, entry, None, reporters)
            for reply in entry.get("replies", []):
                _place(thread, users, reply, question, reporters)
        builder.report.add("discussions")


def _place(thread, users, entry, question, reporters):
    user = users[entry["member"]]
    status = PostStatus.AWAITING if entry.get("waiting") else PostStatus.VISIBLE
    post = _write(
        thread,
        user,
        entry["body"],
        parent=question,
        quoted=question if entry.get("quote") else None,
        status=status,
    )
    for reporter in [r for r in reporters if r.pk != user.pk][
        : entry.get("reported", 0)
    ]:
        services.report(reporter, post, "spam")
    return post
