"""The discussions' moderation queue in the admin ("Discussions"), its
moderation log, and the e-mail that tells moderators a post needs them.

Only the Moderators group (``discussions.moderate_post``) and superusers get
in; others get "permission denied" (403). A post is listed only when its page
is readable by the moderator in the admin (``core.visibility.readable_in_admin``),
so a moderator outside a restricted lesson's groups does not read its posts.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.mail import EmailMessage, get_connection
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.defaults import permission_denied
from wagtail.models import Page

from core.visibility import readable_in_admin
from members.discussions import services
from members.discussions.models import ModerationEntry, Post, PostReport

from .notifications import moderator_addresses

logger = logging.getLogger(__name__)

#: The permission that opens the queue (given to the Moderators role).
PERMISSION = "discussions.moderate_post"
#: Queue entries per admin page.
PER_PAGE = 50

ACTIONS = {
    "approve": (gettext_lazy("Approve (show)"), services.approve),
    "hide": (gettext_lazy("Hide"), services.hide),
    "remove": (gettext_lazy("Remove"), services.remove),
    "hide_all": (gettext_lazy("Hide all by this member"), None),
    "block": (gettext_lazy("Block this member"), None),
}


def may_moderate(user) -> bool:
    return bool(user and user.is_active and user.has_perm(PERMISSION))


def _refused(request: HttpRequest) -> HttpResponse | None:
    """A plain 403 for anyone else (not Wagtail's redirect to the dashboard,
    which would hide the refusal)."""
    if may_moderate(request.user):
        return None
    return permission_denied(request, PermissionDenied())


def _readable(request, posts):
    pages = readable_in_admin(Page.objects.all(), request.user)
    return posts.filter(thread__page__in=pages.values("pk"))


def queue(request: HttpRequest) -> HttpResponse:
    """Posts waiting, hidden after reports or reported, with report counts,
    reasons and edit history; bulk actions on the checked ones."""
    if refused := _refused(request):
        return refused
    if request.method == "POST":
        return _act(request)
    posts = (
        _readable(request, services.queue())
        .select_related("thread__page", "author__member")
        .prefetch_related(
            Prefetch(
                "reports",
                queryset=PostReport.objects.filter(handled=False).only(
                    "post_id", "reason", "note"
                ),
                to_attr="open_reports",
            ),
            "edits",
        )
    )
    paginator = Paginator(posts, PER_PAGE)
    current = paginator.get_page(request.GET.get("p"))
    for post in current.object_list:
        post.author_name = services.display_name(post)
        post.reason_labels = sorted(
            {report.get_reason_display() for report in post.open_reports}
        )
    return render(
        request,
        "moderation/discussions/queue.html",
        {
            "posts": current,
            "actions": [(key, label) for key, (label, _fn) in ACTIONS.items()],
        },
    )


def _act(request: HttpRequest) -> HttpResponse:
    action = request.POST.get("action", "")
    ids = [int(pk) for pk in request.POST.getlist("post") if pk.isdigit()]
    note = request.POST.get("note", "")
    if action not in ACTIONS or not ids:
        messages.error(request, _("Choose one or more posts and an action."))
        return redirect("moderation_discussions")
    posts = list(
        _readable(request, Post.objects.filter(pk__in=ids)).select_related(
            "thread__page", "author"
        )
    )
    members = {post.author for post in posts if post.author_id}
    moderator = request.user
    if action == "hide_all":
        done = services.hide_all_by(moderator, members, note)
    elif action == "block":
        done = services.block(moderator, members, note)
    else:
        done = ACTIONS[action][1](moderator, posts, note)
    messages.success(
        request,
        ngettext("%(count)d change made.", "%(count)d changes made.", done)
        % {"count": done},
    )
    return redirect("moderation_discussions")


def log(request: HttpRequest) -> HttpResponse:
    """The moderation log: who did what to which post, newest first."""
    if refused := _refused(request):
        return refused
    entries = ModerationEntry.objects.select_related(
        "moderator__member", "member__member", "post"
    )
    paginator = Paginator(entries, PER_PAGE)
    return render(
        request,
        "moderation/discussions/log.html",
        {"entries": paginator.get_page(request.GET.get("p"))},
    )


def queue_url() -> str:
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or ""
    return base.rstrip("/") + reverse("moderation_discussions")


def email_moderators(sender, post=None, reason: str = "", **kwargs) -> int:
    """``members.discussions.services.needs_moderator``: a post waits for
    approval or was hidden after reports. The e-mail says only that, and
    where the queue is: never the post, its author or the page's title."""
    if reason not in ("awaiting", "hidden"):
        return 0
    recipients = moderator_addresses()
    if not recipients:
        return 0
    with translation.override(settings.LANGUAGE_CODE):
        context = {"reason": reason, "admin_url": queue_url()}
        subject = render_to_string(
            "moderation/emails/discussion_subject.txt", context
        ).strip()
        body = render_to_string("moderation/emails/discussion.txt", context)
    mail = [
        EmailMessage(subject=" ".join(subject.split()), body=body, to=[address])
        for address in recipients
    ]
    try:
        return get_connection().send_messages(mail) or 0
    except Exception:
        logger.exception("Could not e-mail moderators about post %s", post.pk)
        return 0


def connect() -> None:
    services.needs_moderator.connect(
        email_moderators, dispatch_uid="moderation_discussion_email"
    )
