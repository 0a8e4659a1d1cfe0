"""Mentoring offers and requests, and the pairings between two members.

A profile's contact details and a pairing's message are personal data shared
only between the two people of an *active* pairing (both accepted): the views,
the API, notifications and e-mail never show them anywhere else
(``members.mentoring.services.contact_for``). Both models belong to a member,
so the account export and deletion (``members.account.services``) cover them.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

#: Limits of the free-text fields (characters).
INTRO_MAX = 500
CONTACT_MAX = 300
MESSAGE_MAX = 1000
#: How many mentees one mentor may have at once, at most.
CAPACITY_MAX = 5
#: Pairing lengths a proposal may choose (months).
MONTHS_DEFAULT = 3
MONTHS_MAX = 12


class ProfileKind(models.TextChoices):
    OFFER = "offer", _("I offer mentoring")
    REQUEST = "request", _("I am looking for a mentor")


class Mode(models.TextChoices):
    ASYNC = "async", _("in writing, each in our own time")
    LIVE = "live", _("live conversations")
    EITHER = "either", _("either")


class PairingStatus(models.TextChoices):
    PROPOSED = "proposed", _("proposed")
    ACTIVE = "active", _("active")
    DECLINED = "declined", _("declined")
    ENDED = "ended", _("ended")
    EXPIRED = "expired", _("expired")


#: The statuses in which a pairing still ties the two people together.
OPEN = (PairingStatus.PROPOSED, PairingStatus.ACTIVE)


class MentoringProfile(models.Model):
    """A member's offer to mentor, or their request for a mentor: at most one
    of each. Topics and tactics are the library's own vocabularies, so that a
    match means the same thing in every language."""

    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="mentoring_profiles",
        verbose_name=_("member"),
    )
    kind = models.CharField(_("kind"), max_length=10, choices=ProfileKind.choices)
    topics = models.ManyToManyField(
        "lessons.Topic", blank=True, related_name="+", verbose_name=_("topics")
    )
    tactics = models.ManyToManyField(
        "lessons.Tactic", blank=True, related_name="+", verbose_name=_("tactics")
    )
    #: Language codes (``members.mentoring.languages``).
    languages = models.JSONField(_("languages"), default=list)
    time_zone = models.CharField(_("time zone"), max_length=64)
    mode = models.CharField(
        _("how"), max_length=10, choices=Mode.choices, default=Mode.EITHER
    )
    capacity = models.PositiveSmallIntegerField(
        _("mentees at once"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(CAPACITY_MAX)],
    )
    intro = models.TextField(_("a short introduction"), max_length=INTRO_MAX)
    contact = models.TextField(
        _("contact details"),
        max_length=CONTACT_MAX,
        help_text=_(
            "An e-mail address, a Signal number or another way to reach you. "
            "Only the people you are actively paired with see it."
        ),
    )
    active = models.BooleanField(
        _("show it to other members"),
        default=True,
        help_text=_("Turn it off to pause without losing what you wrote."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("mentoring profile")
        verbose_name_plural = _("mentoring profiles")
        ordering = ["-updated_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["member", "kind"], name="mentoring_profile_one_per_kind"
            )
        ]

    def __str__(self) -> str:
        return f"{self.member_id}:{self.kind}"


class Pairing(models.Model):
    """A mentor and a mentee. Proposed by one of them, active only once both
    accepted, until its end date (or until either ends it)."""

    mentor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="pairings_as_mentor",
        verbose_name=_("mentor"),
    )
    mentee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="pairings_as_mentee",
        verbose_name=_("mentee"),
    )
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("proposed by"),
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=PairingStatus.choices,
        default=PairingStatus.PROPOSED,
        db_index=True,
    )
    #: Shown only to the two of them, once the pairing is active.
    message = models.TextField(_("message"), max_length=MESSAGE_MAX, blank=True)
    mentor_accepted_at = models.DateTimeField(null=True, blank=True)
    mentee_accepted_at = models.DateTimeField(null=True, blank=True)
    ends_on = models.DateField(_("ends on"))
    created_at = models.DateTimeField(_("proposed"), auto_now_add=True)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    ended_at = models.DateTimeField(_("ended"), null=True, blank=True)

    class Meta:
        verbose_name = _("mentoring pairing")
        verbose_name_plural = _("mentoring pairings")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(mentor=models.F("mentee")),
                name="mentoring_pairing_two_people",
            ),
            models.UniqueConstraint(
                fields=["mentor", "mentee"],
                condition=models.Q(status__in=["proposed", "active"]),
                name="mentoring_pairing_one_open",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.mentor_id}→{self.mentee_id}:{self.status}"

    def other(self, user):
        """The other person of the pairing, seen from ``user``."""
        return self.mentee if user.pk == self.mentor_id else self.mentor

    def awaits(self, user) -> bool:
        """Whether the pairing waits for ``user``'s answer."""
        if self.status != PairingStatus.PROPOSED:
            return False
        if user.pk == self.mentor_id:
            return self.mentor_accepted_at is None
        return user.pk == self.mentee_id and self.mentee_accepted_at is None
