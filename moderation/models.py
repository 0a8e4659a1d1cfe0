"""Safety concerns the public reports about published pages."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

#: The longest report message accepted, in characters.
MESSAGE_MAX_LENGTH = 2000

#: The group whose members are told about new reports and handle them.
MODERATORS_GROUP = "Moderators"


class ConcernReason(models.TextChoices):
    IDENTIFIES_PERSON = "person", _("It names or identifies a person")
    LOCATION = "location", _("It shows a location or a route")
    FACES = "faces", _("An image shows people's faces")
    HARMFUL = "harmful", _("The advice is incorrect or harmful")
    OTHER = "other", _("Something else")


class ConcernStatus(models.TextChoices):
    NEW = "new", _("New")
    IN_REVIEW = "in_review", _("In review")
    RESOLVED = "resolved", _("Resolved")
    DISMISSED = "dismissed", _("Dismissed")


class ConcernReport(models.Model):
    """A visitor's report that a page could put someone at risk.

    The report keeps a link to the page but never a copy of its title or
    address: the page may be made restricted later, and a copied title would
    then outlive the restriction. If the page is deleted the report stays (the
    link becomes empty), so moderators keep a record of what was handled.
    The reporter's IP address is not stored.
    """

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="concern_reports",
    )
    reason = models.CharField(_("reason"), max_length=20, choices=ConcernReason.choices)
    message = models.TextField(_("what is wrong"), max_length=MESSAGE_MAX_LENGTH)
    contact_email = models.EmailField(
        _("reporter's e-mail address"),
        blank=True,
        help_text=_("Optional: only for questions about this report."),
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        blank=True,
        editable=False,
        help_text=_("The site language the report was sent in."),
    )
    created_at = models.DateTimeField(_("sent"), auto_now_add=True, db_index=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ConcernStatus.choices,
        default=ConcernStatus.NEW,
        db_index=True,
    )
    moderator_notes = models.TextField(
        _("moderator notes"),
        blank=True,
        help_text=_("Only moderators see these notes. What was checked and done."),
    )
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("safety report")
        verbose_name_plural = _("safety reports")

    def __str__(self) -> str:
        return gettext("Safety report %(number)s") % {"number": self.pk or "—"}
