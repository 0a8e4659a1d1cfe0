"""What Praxis keeps about a member, and nothing more.

Every model here holds personal data: the account export
(``members.account``) writes out each of them and account deletion removes
them, so a new model that belongs to a member must be added to both.
Pages are referred to as ``wagtailcore.Page`` (or by string, for the page
types of the apps below this one) and are always read back through
``core.visibility``: a saved item, a path step or an RSVP never shows a page
its reader may no longer read.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

#: Length of the random part of share links, calendar feeds and invitations.
TOKEN_BYTES = 24


def new_token() -> str:
    """A URL-safe random token (32 characters) nobody can guess."""
    return secrets.token_urlsafe(TOKEN_BYTES)


class TrustLevel(models.IntegerChoices):
    """How far Praxis trusts a member's contributions, in the Discourse manner:
    earned by accepted contributions, never granted by signing up (see
    ``members.trust``)."""

    NEW = 0, _("new member")
    BASIC = 1, _("member")
    TRUSTED = 2, _("trusted member")


class Member(models.Model):
    """A person's public face on Praxis and their choices. The display name
    need not be a real name; nothing else personal is asked for."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="member",
        verbose_name=_("user"),
    )
    display_name = models.CharField(
        _("display name"),
        max_length=60,
        help_text=_("How other members see you. It need not be your real name."),
    )
    email_notifications = models.BooleanField(
        _("e-mail me notifications"),
        default=True,
        help_text=_("Review outcomes, changes to your RSVPs and replies."),
    )
    #: The language e-mails are written in: the one the member last used.
    language = models.CharField(_("language"), max_length=10, blank=True)
    #: The secret part of the member's own calendar feed URL.
    calendar_token = models.CharField(max_length=64, unique=True, default=new_token)
    #: Contributions reviewers accepted: the record trust levels are earned by.
    accepted_contributions = models.PositiveIntegerField(default=0, editable=False)
    joined_at = models.DateTimeField(_("joined"), auto_now_add=True)

    class Meta:
        verbose_name = _("member")
        verbose_name_plural = _("members")

    def __str__(self) -> str:
        return self.display_name


class Invitation(models.Model):
    """An invitation to join while sign-up is by invitation only
    (``PRAXIS_SIGNUP = "invite"``)."""

    email = models.EmailField(_("e-mail address"))
    token = models.CharField(max_length=64, unique=True, default=new_token)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("invited by"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")

    def __str__(self) -> str:
        return self.email


class SavedList(models.Model):
    """A named list in a member's personal library: private unless the member
    turns on its share link (``share_token``)."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="saved_lists",
        verbose_name=_("owner"),
    )
    name = models.CharField(_("name"), max_length=80)
    #: Set while the list is shared; anyone with the link sees the items they
    #: may read themselves.
    share_token = models.CharField(max_length=64, unique=True, null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("saved list")
        verbose_name_plural = _("saved lists")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "name"], name="members_savedlist_unique_name"
            )
        ]

    def __str__(self) -> str:
        return self.name


class SavedItem(models.Model):
    """A lesson, resource, learning path or event saved to a list."""

    saved_list = models.ForeignKey(
        SavedList,
        on_delete=models.CASCADE,
        related_name="items",
        verbose_name=_("list"),
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("page"),
    )
    saved_at = models.DateTimeField(_("saved"), auto_now_add=True)

    class Meta:
        verbose_name = _("saved item")
        verbose_name_plural = _("saved items")
        ordering = ["-saved_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["saved_list", "page"], name="members_saveditem_unique_page"
            )
        ]

    def __str__(self) -> str:
        return f"{self.saved_list_id}:{self.page_id}"


class PathProgress(models.Model):
    """A member's way along one learning path: started, and finished once
    every step is done; restarting clears the steps."""

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="path_progress",
        verbose_name=_("member"),
    )
    path = models.ForeignKey(
        "lessons.LearningPathPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("learning path"),
    )
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    #: When a step was last marked: "continue where you left off" sorts by it.
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("path progress")
        verbose_name_plural = _("path progress")
        ordering = ["-updated_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["member", "path"], name="members_pathprogress_unique_path"
            )
        ]

    def __str__(self) -> str:
        return f"{self.member_id}:{self.path_id}"


class StepDone(models.Model):
    """One step of a path marked done. A step is known by the lesson or
    resource it points to, so reordering the path keeps what was done."""

    progress = models.ForeignKey(
        PathProgress,
        on_delete=models.CASCADE,
        related_name="steps_done",
        verbose_name=_("progress"),
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("lesson or resource"),
    )
    done_at = models.DateTimeField(_("done"), auto_now_add=True)

    class Meta:
        verbose_name = _("step done")
        verbose_name_plural = _("steps done")
        constraints = [
            models.UniqueConstraint(
                fields=["progress", "page"], name="members_stepdone_unique_page"
            )
        ]

    def __str__(self) -> str:
        return f"{self.progress_id}:{self.page_id}"


class RsvpStatus(models.TextChoices):
    GOING = "going", _("going")
    INTERESTED = "interested", _("interested")
    WAITING = "waiting", _("on the waiting list")


class Rsvp(models.Model):
    """A member's answer to an event. "Going" counts against the event's
    capacity; once it is full, "going" puts the member on the waiting list,
    which moves up in order when someone cancels (``members.rsvp``)."""

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="rsvps",
        verbose_name=_("member"),
    )
    event = models.ForeignKey(
        "engagement.EventPage",
        on_delete=models.CASCADE,
        related_name="rsvps",
        verbose_name=_("event"),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=RsvpStatus.choices, db_index=True
    )
    share_name = models.BooleanField(
        _("organisers may see my display name"),
        default=False,
        help_text=_("Otherwise organisers see only how many people are coming."),
    )
    created_at = models.DateTimeField(_("answered"), auto_now_add=True)
    #: When the member joined the waiting list: the order it moves up in.
    waiting_since = models.DateTimeField(null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("RSVP")
        verbose_name_plural = _("RSVPs")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["member", "event"], name="members_rsvp_unique_event"
            )
        ]

    def __str__(self) -> str:
        return f"{self.member_id}:{self.event_id}:{self.status}"


class SubmissionKind(models.TextChoices):
    LESSON = "lesson", _("lesson")
    RESOURCE = "resource", _("resource")


class SubmissionStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    IN_REVIEW = "in_review", _("in review")
    CHANGES_REQUESTED = "changes_requested", _("changes requested")
    PUBLISHED = "published", _("published")


class Submission(models.Model):
    """A lesson or resource a member shares from the public site. While it is
    a draft, ``data`` holds the form as the member left it; once submitted it
    is a draft page (``page``, owned by the member) in the peer-review
    workflow, never live before review."""

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="submissions",
        verbose_name=_("member"),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=SubmissionKind.choices)
    title = models.CharField(_("title"), max_length=255)
    data = models.JSONField(default=dict, blank=True)
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("page"),
    )
    status = models.CharField(
        _("status"),
        max_length=30,
        choices=SubmissionStatus.choices,
        default=SubmissionStatus.DRAFT,
        db_index=True,
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)

    class Meta:
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")
        ordering = ["-updated_at", "-pk"]

    def __str__(self) -> str:
        return self.title


class NotificationKind(models.TextChoices):
    APPROVED = "approved", _("Your contribution passed review")
    CHANGES_REQUESTED = "changes_requested", _("Reviewers asked for changes")
    PUBLISHED = "published", _("Your contribution is published")
    RSVP_CONFIRMED = "rsvp_confirmed", _("You have a place at an event")
    RSVP_CHANGED = "rsvp_changed", _("An event you answered has changed")
    EVENT_REMINDER = "event_reminder", _("An event is tomorrow")
    POST_REPLY = "post_reply", _("Someone replied to your post")
    POST_APPROVED = "post_approved", _("Your post is visible")
    POST_HIDDEN = "post_hidden", _("A moderator hid your post")
    ADOPTION_APPROVED = "adoption_approved", _("Your report passed review")
    ADOPTION_DECLINED = "adoption_declined", _("Reviewers did not approve your report")
    MENTOR_REQUEST = "mentor_request", _("Someone asked to be paired with you")
    PAIRING_STARTED = "pairing_started", _("Your mentoring pairing has started")
    PAIRING_DECLINED = "pairing_declined", _("A mentoring pairing was declined")
    PAIRING_ENDED = "pairing_ended", _("A mentoring pairing has ended")


class Notification(models.Model):
    """Something a member should know about. The message is written when it is
    read, in the reader's language, from ``kind`` and ``page``; ``page`` is
    shown only while the member may read it."""

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notifications",
        verbose_name=_("member"),
    )
    kind = models.CharField(_("kind"), max_length=30, choices=NotificationKind.choices)
    page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("page"),
    )
    #: A short note from a reviewer or organiser, shown with the message.
    comment = models.TextField(_("comment"), blank=True, max_length=2000)
    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.kind


class AccessToken(models.Model):
    """A personal token for the members' API (``/api/v1/me/``). Only its
    SHA-256 digest is stored; the member sees the token once."""

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="access_tokens",
        verbose_name=_("member"),
    )
    label = models.CharField(_("label"), max_length=80)
    digest = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)

    class Meta:
        verbose_name = _("access token")
        verbose_name_plural = _("access tokens")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.label
