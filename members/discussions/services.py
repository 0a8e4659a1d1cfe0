"""The rules of discussions: whether a page has one, who reads and who posts,
the limits, pre-moderation, reports and the moderators' actions.

Discussion follows the page's readers: only those who may read the page
(:func:`core.visibility.can_view`) read its posts, and only signed-in members
among them post. A section switch (:class:`DiscussionSwitch`) on the page or
its nearest ancestor that has one says open, closed or off; anonymised pages
are off unless a coordinator's switch on the very page opens them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.db.models import Count, Q
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Page

from core.attribution import attribution
from core.visibility import can_view

from ..models import NotificationKind
from ..notifications import notify
from ..trust import LimitReached, TrustLevel, limits_for, trust_level
from .models import (
    BODY_MAX_LENGTH,
    NOTE_MAX_LENGTH,
    BlockedMember,
    DiscussionSwitch,
    ModerationActionKind,
    ModerationEntry,
    Post,
    PostEdit,
    PostReport,
    PostStatus,
    SwitchState,
    Thread,
)
from .text import render

#: Reports from different members that hide a post until a moderator looks.
REPORTS_TO_HIDE = 3
#: New posts a member may write in any hour, by trust level.
POSTS_PER_HOUR = {TrustLevel.NEW: 5, TrustLevel.BASIC: 30, TrustLevel.TRUSTED: 30}
#: The group whose members may switch discussion on for an anonymised page
#: (the name of ``governance.roles.COORDINATORS``, above this app).
COORDINATORS_GROUP = "Coordinators"

#: Sent (``post=``, ``reason=``: "awaiting" or "reported") when a post needs a
#: moderator; ``moderation`` e-mails the Moderators group.
needs_moderator = Signal()

#: The page types that have a discussion section.
DISCUSSED_TYPES = (
    "lessons.LessonPage",
    "lessons.ResourcePage",
    "lessons.LearningPathPage",
    "engagement.EventPage",
)


def is_discussed_type(page) -> bool:
    cls = getattr(page, "specific_class", None) or type(page)
    return f"{cls._meta.app_label}.{cls.__name__}" in DISCUSSED_TYPES


def _by_coordinator(user) -> bool:
    if user is None:
        return False
    return user.is_superuser or user.groups.filter(name=COORDINATORS_GROUP).exists()


def state_for(page) -> str:
    """``open``, ``closed`` or ``off`` for ``page`` (a specific page)."""
    if not is_discussed_type(page):
        return SwitchState.OFF
    if attribution(page).anonymised:
        own = (
            DiscussionSwitch.objects.filter(page_id=page.pk)
            .select_related("set_by")
            .first()
        )
        if own is not None and _by_coordinator(own.set_by):
            return own.state
        return SwitchState.OFF
    nearest = (
        DiscussionSwitch.objects.filter(
            Q(page_id=page.pk) | Q(page__in=Page.objects.ancestor_of(page).values("pk"))
        )
        .order_by("-page__depth")
        .values_list("state", flat=True)
        .first()
    )
    return nearest or SwitchState.OPEN


@dataclass(frozen=True)
class Access:
    """What one person may do with one page's discussion."""

    state: str
    read: bool
    post: bool
    blocked: bool = False


def access(page, request_or_user) -> Access:
    """The discussion of ``page`` as ``request_or_user`` may use it."""
    user = getattr(request_or_user, "user", request_or_user)
    state = state_for(page)
    if state == SwitchState.OFF or not can_view(page, request_or_user):
        return Access(state=state, read=False, post=False)
    signed_in = user is not None and user.is_authenticated
    blocked = signed_in and is_blocked(user)
    return Access(
        state=state,
        read=True,
        post=signed_in and not blocked and state == SwitchState.OPEN,
        blocked=blocked,
    )


def is_blocked(user) -> bool:
    return BlockedMember.objects.filter(user=user).exists()


def readable_posts(thread_or_page, user):
    """The posts of a page someone may see listed: visible ones, their own
    waiting ones, and the placeholders of gone posts (deleted, hidden or
    removed) — the view shows a placeholder only where replies follow.
    Call only once :func:`access` said they may read."""
    posts = Post.objects.filter(thread__page_id=_page_id(thread_or_page))
    shown = Q(status=PostStatus.VISIBLE) | Q(
        status__in=[PostStatus.DELETED, PostStatus.HIDDEN, PostStatus.REMOVED]
    )
    if user is not None and user.is_authenticated:
        shown |= Q(status=PostStatus.AWAITING, author=user)
    return posts.filter(shown).select_related("author__member")


def _page_id(thread_or_page) -> int:
    if isinstance(thread_or_page, Thread):
        return thread_or_page.page_id
    return thread_or_page.pk


def threads_of(page, user) -> list[dict]:
    """The questions of ``page`` with their replies, in two queries at most
    (posts with their authors), for someone who may read them: each item is
    ``{"post": root, "replies": [...]}``; gone posts become placeholders
    (``post.gone``) or are left out when nothing shown follows them."""
    posts = list(readable_posts(page, user))
    replies: dict[int, list[Post]] = {}
    roots = []
    for post in posts:
        post.gone = post.status in (
            PostStatus.DELETED,
            PostStatus.HIDDEN,
            PostStatus.REMOVED,
        )
        if post.root_id is None:
            roots.append(post)
        else:
            replies.setdefault(post.root_id, []).append(post)
    threads = []
    for root in roots:
        shown = [reply for reply in replies.get(root.pk, []) if not reply.gone]
        if root.gone and not shown:
            continue
        threads.append({"post": root, "replies": shown})
    return threads


def display_name(post: Post) -> str:
    """The author's display name, or "a former member" once they left."""
    member = getattr(post.author, "member", None) if post.author_id else None
    if member is None:
        return _("a former member")
    return member.display_name


def check_rate(user) -> None:
    """Raise :class:`LimitReached` if ``user`` wrote as many posts this hour
    as their trust level allows (counted from the database)."""
    allowed = POSTS_PER_HOUR[trust_level(user)]
    since = timezone.now() - timedelta(hours=1)
    if Post.objects.filter(author=user, created_at__gte=since).count() >= allowed:
        raise LimitReached(
            ngettext(
                "You can write %(count)d post an hour. Your text is kept below: "
                "send it a little later.",
                "You can write %(count)d posts an hour. Your text is kept below: "
                "send it a little later.",
                allowed,
            )
            % {"count": allowed}
        )


def clean_body(body: str) -> str:
    """The body, stripped; :class:`ValueError` (with a message to show) if it
    is empty or too long."""
    body = (body or "").strip()
    if not body:
        raise ValueError(_("Write something before sending."))
    if len(body) > BODY_MAX_LENGTH:
        raise ValueError(
            _("A post can be at most %(max)d characters long (this one has %(count)d).")
            % {"max": BODY_MAX_LENGTH, "count": len(body)}
        )
    return body


def _tell(user, kind, page) -> None:
    """Notify ``user`` about ``page`` only while they may still read its
    discussion (so a notification never names a page they cannot read)."""
    if user is None or not user.is_active:
        return
    if access(page, user).read:
        notify(user, kind, page=page)


def create_post(
    user, page, body: str, parent: Post | None = None, quoted: Post | None = None
) -> Post:
    """Write ``user``'s post on ``page`` (a specific page); a reply when
    ``parent`` is given. Raises :class:`PermissionError` if they may not,
    :class:`ValueError` or :class:`LimitReached` with a message to show."""
    allowed = access(page, user)
    if not allowed.post:
        raise PermissionError
    body = clean_body(body)
    check_rate(user)
    with transaction.atomic():
        thread, _created = Thread.objects.get_or_create(page_id=page.pk)
        for other in (parent, quoted):
            if other is not None and other.thread_id != thread.pk:
                raise PermissionError
        waits = limits_for(user).posts_premoderated
        post = Post.objects.create(
            thread=thread,
            root_id=(parent.root_id or parent.pk) if parent else None,
            parent=parent,
            quoted=quoted,
            author=user,
            body=body,
            body_html=render(body),
            status=PostStatus.AWAITING if waits else PostStatus.VISIBLE,
        )
        if waits:
            transaction.on_commit(
                lambda: needs_moderator.send(Post, post=post, reason="awaiting")
            )
        else:
            _tell_about_reply(post, page)
    return post


def _tell_about_reply(post: Post, page) -> None:
    parent = post.parent
    if parent is None or parent.author_id in (None, post.author_id):
        return
    if parent.status != PostStatus.VISIBLE:
        return
    _tell(parent.author, NotificationKind.POST_REPLY, page)


def own_post(user, post_id: int) -> Post:
    """``user``'s own post that they may still change (:class:`Post.DoesNotExist`
    otherwise)."""
    return Post.objects.select_related("thread").get(
        pk=post_id,
        author=user,
        status__in=[PostStatus.VISIBLE, PostStatus.AWAITING],
    )


def edit_post(user, post: Post, body: str) -> Post:
    """Change the body of ``user``'s own post, keeping the old one in its
    history for moderators."""
    if post.author_id != user.pk or post.status not in (
        PostStatus.VISIBLE,
        PostStatus.AWAITING,
    ):
        raise PermissionError
    body = clean_body(body)
    if body == post.body:
        return post
    with transaction.atomic():
        PostEdit.objects.create(post=post, body=post.body)
        post.body, post.body_html = body, render(body)
        post.edited_at = timezone.now()
        post.save(update_fields=["body", "body_html", "edited_at"])
    return post


def delete_own(user, post: Post) -> None:
    """The author takes their post back: its text and history are gone; a
    placeholder stays where replies follow it."""
    if post.author_id != user.pk or post.status in (
        PostStatus.DELETED,
        PostStatus.REMOVED,
    ):
        raise PermissionError
    with transaction.atomic():
        post.edits.all().delete()
        post.status, post.body, post.body_html = PostStatus.DELETED, "", ""
        post.save(update_fields=["status", "body", "body_html"])


def report(user, post: Post, reason: str, note: str = "") -> bool:
    """``user`` reports ``post`` (once: a second report of theirs changes
    nothing). At :data:`REPORTS_TO_HIDE` reports from different members the
    post is hidden until a moderator looks. Returns whether it was new."""
    note = (note or "").strip()[:NOTE_MAX_LENGTH]
    with transaction.atomic():
        _report, created = PostReport.objects.get_or_create(
            post=post, reporter=user, defaults={"reason": reason, "note": note}
        )
        if not created:
            return False
        reporters = PostReport.objects.filter(post=post, handled=False).count()
        hidden = reporters >= REPORTS_TO_HIDE and Post.objects.filter(
            pk=post.pk, status=PostStatus.VISIBLE
        ).update(status=PostStatus.HIDDEN)
        if hidden:
            post.status = PostStatus.HIDDEN
            ModerationEntry.objects.create(
                action=ModerationActionKind.AUTO_HIDE,
                post=post,
                member_id=post.author_id,
            )
        transaction.on_commit(
            lambda: needs_moderator.send(
                Post, post=post, reason="hidden" if hidden else "reported"
            )
        )
    return True


# The moderators' actions ------------------------------------------------


def _page_of(post: Post):
    return post.thread.page.specific


def approve(moderator, posts, note: str = "") -> int:
    """Show the posts (waiting or hidden ones); their authors hear of it."""
    done = 0
    with transaction.atomic():
        for post in posts:
            if post.status == PostStatus.VISIBLE and not _unhandled(post):
                continue
            if post.status in (PostStatus.DELETED, PostStatus.REMOVED):
                continue
            was = post.status
            post.status = PostStatus.VISIBLE
            post.save(update_fields=["status"])
            post.reports.update(handled=True)
            _log(moderator, ModerationActionKind.APPROVE, post, note)
            if was != PostStatus.VISIBLE:
                page = _page_of(post)
                _tell(post.author, NotificationKind.POST_APPROVED, page)
                if was == PostStatus.AWAITING:
                    _tell_about_reply(post, page)
            done += 1
    return done


def hide(moderator, posts, note: str = "", action=ModerationActionKind.HIDE) -> int:
    """Hide (or remove, ``action=REMOVE``) the posts; authors of hidden posts
    hear of it."""
    status = (
        PostStatus.REMOVED
        if action == ModerationActionKind.REMOVE
        else PostStatus.HIDDEN
    )
    done = 0
    with transaction.atomic():
        for post in posts:
            if post.status in (PostStatus.DELETED, status):
                post.reports.update(handled=True)
                continue
            post.status = status
            post.save(update_fields=["status"])
            post.reports.update(handled=True)
            _log(moderator, action, post, note)
            if status == PostStatus.HIDDEN:
                _tell(post.author, NotificationKind.POST_HIDDEN, _page_of(post))
            done += 1
    return done


def remove(moderator, posts, note: str = "") -> int:
    return hide(moderator, posts, note, action=ModerationActionKind.REMOVE)


def hide_all_by(moderator, members, note: str = "") -> int:
    posts = Post.objects.filter(
        author__in=members, status__in=[PostStatus.VISIBLE, PostStatus.AWAITING]
    ).select_related("thread__page", "author")
    return hide(moderator, list(posts), note)


def block(moderator, members, note: str = "") -> int:
    done = 0
    with transaction.atomic():
        for member in members:
            _block, created = BlockedMember.objects.get_or_create(
                user=member, defaults={"blocked_by": moderator}
            )
            if created:
                ModerationEntry.objects.create(
                    action=ModerationActionKind.BLOCK,
                    member=member,
                    moderator=moderator,
                    note=note[:NOTE_MAX_LENGTH],
                )
                done += 1
    return done


def unblock(moderator, member, note: str = "") -> bool:
    with transaction.atomic():
        deleted, _rows = BlockedMember.objects.filter(user=member).delete()
        if deleted:
            ModerationEntry.objects.create(
                action=ModerationActionKind.UNBLOCK,
                member=member,
                moderator=moderator,
                note=note[:NOTE_MAX_LENGTH],
            )
    return bool(deleted)


def _unhandled(post: Post) -> bool:
    return post.reports.filter(handled=False).exists()


def _log(moderator, action, post: Post, note: str) -> None:
    ModerationEntry.objects.create(
        action=action,
        post=post,
        member_id=post.author_id,
        moderator=moderator,
        note=(note or "")[:NOTE_MAX_LENGTH],
    )


def queue():
    """Posts that need a moderator: waiting, or with reports no moderator
    acted on yet (hidden after reports or still shown), with
    ``report_count``; the most reported first."""
    reported = PostReport.objects.filter(handled=False).values("post_id")
    return (
        Post.objects.filter(
            Q(status=PostStatus.AWAITING)
            | Q(status__in=[PostStatus.HIDDEN, PostStatus.VISIBLE], pk__in=reported)
        )
        .annotate(report_count=Count("reports", filter=Q(reports__handled=False)))
        .order_by("-report_count", "created_at", "pk")
    )
