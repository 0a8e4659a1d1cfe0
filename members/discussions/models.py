"""Discussions: one thread per page, posts with replies and quotes, their
edit history, members' reports, the moderation log, blocked members and the
section switches that open, close or turn off discussion below a page.

Every model here that belongs to a member (posts, reports, blocks) is in the
account export and deletion (``members.account.services``). Posts are read
back only through :mod:`members.discussions.services`, which applies the
page's readers (``core.visibility``) and the switches.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

#: The longest post body accepted, in characters (of Markdown source).
BODY_MAX_LENGTH = 5000
#: The longest note accepted with a report or a moderator's action.
NOTE_MAX_LENGTH = 500


class SwitchState(models.TextChoices):
    OPEN = "open", _("Open: members can read and post")
    CLOSED = "closed", _("Closed: readable, no new posts")
    OFF = "off", _("Off: not shown")


class PostStatus(models.TextChoices):
    VISIBLE = "visible", _("Visible")
    AWAITING = "awaiting", _("Waiting for a moderator")
    HIDDEN = "hidden", _("Hidden")
    REMOVED = "removed", _("Removed")
    DELETED = "deleted", _("Deleted by its author")


class ReportReason(models.TextChoices):
    SPAM = "spam", _("Spam")
    ABUSIVE = "abusive", _("Abusive")
    AT_RISK = "at_risk", _("It puts someone at risk")
    OFF_TOPIC = "off_topic", _("Off topic")
    OTHER = "other", _("Something else")


class ModerationActionKind(models.TextChoices):
    APPROVE = "approve", _("Approved")
    HIDE = "hide", _("Hidden")
    REMOVE = "remove", _("Removed")
    AUTO_HIDE = "auto_hide", _("Hidden after reports")
    BLOCK = "block", _("Member blocked")
    UNBLOCK = "unblock", _("Member unblocked")


class DiscussionSwitch(models.Model):
    """Open, closed or off for a page and the pages below it, until a switch
    lower down says otherwise. ``set_by`` matters on anonymised pages: only a
    coordinator's switch on the very page turns their discussion on."""

    page = models.OneToOneField(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="discussion_switch",
        verbose_name=_("page"),
        help_text=_("Applies to this page and every page below it."),
    )
    state = models.CharField(
        _("discussion"),
        max_length=10,
        choices=SwitchState.choices,
        default=SwitchState.OPEN,
    )
    set_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        verbose_name=_("set by"),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("discussion switch")
        verbose_name_plural = _("discussion switches")

    def __str__(self) -> str:
        return f"{self.page_id}: {self.state}"


class Thread(models.Model):
    """The discussion of one page."""

    page = models.OneToOneField(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="discussion_thread",
        verbose_name=_("page"),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("discussion")
        verbose_name_plural = _("discussions")

    def __str__(self) -> str:
        return str(self.page_id)


class Post(models.Model):
    """One post. ``root`` is the question it belongs under (``None`` for a
    question itself), ``parent`` the post it answers; ``body`` is the
    author's Markdown and ``body_html`` its sanitised HTML."""

    thread = models.ForeignKey(
        Thread,
        on_delete=models.CASCADE,
        related_name="posts",
        verbose_name=_("discussion"),
    )
    root = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="replies",
        verbose_name=_("in reply to"),
    )
    quoted = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("quoting"),
    )
    #: ``None`` once the author's account is deleted ("a former member").
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="discussion_posts",
        verbose_name=_("author"),
    )
    body = models.TextField(_("post"), max_length=BODY_MAX_LENGTH)
    body_html = models.TextField(editable=False)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=PostStatus.choices,
        default=PostStatus.VISIBLE,
        db_index=True,
    )
    created_at = models.DateTimeField(_("posted"), auto_now_add=True, db_index=True)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)

    class Meta:
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        ordering = ["created_at", "pk"]
        permissions = [("moderate_post", "Can moderate discussion posts")]
        indexes = [models.Index(fields=["author", "created_at"])]

    def __str__(self) -> str:
        return f"#{self.pk}"


class PostEdit(models.Model):
    """A post's body before one of its edits (read by moderators only)."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="edits")
    body = models.TextField()
    edited_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["edited_at", "pk"]

    def __str__(self) -> str:
        return f"#{self.post_id} {self.edited_at:%Y-%m-%d %H:%M}"


class PostReport(models.Model):
    """A member's report of a post: one per member and post."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="discussion_reports",
        verbose_name=_("reported by"),
    )
    reason = models.CharField(_("reason"), max_length=20, choices=ReportReason.choices)
    note = models.TextField(_("note"), blank=True, max_length=NOTE_MAX_LENGTH)
    created_at = models.DateTimeField(auto_now_add=True)
    #: A moderator acted on the post after this report.
    handled = models.BooleanField(default=False)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["post", "reporter"], name="discussions_one_report_per_member"
            )
        ]

    def __str__(self) -> str:
        return f"#{self.post_id}: {self.reason}"


class BlockedMember(models.Model):
    """A member moderators stopped from posting."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="discussion_block",
    )
    blocked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return str(self.user_id)


class ModerationEntry(models.Model):
    """The moderation log: who did what to which post (or member), when."""

    action = models.CharField(
        _("action"), max_length=20, choices=ModerationActionKind.choices
    )
    post = models.ForeignKey(
        Post,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="moderation_log",
        verbose_name=_("post"),
    )
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("member"),
    )
    #: ``None``: done by Praxis itself (hidden after reports).
    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("moderator"),
    )
    note = models.TextField(_("note"), blank=True, max_length=NOTE_MAX_LENGTH)
    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("moderation log entry")
        verbose_name_plural = _("moderation log")

    def __str__(self) -> str:
        return f"{self.action} #{self.post_id}"
