"""Every choice list of the engagement app, in one place.

Filters, forms, templates, the calendar export and the API read values and labels
from here.
"""

from __future__ import annotations

from django.conf import global_settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class CampaignStatus(models.TextChoices):
    PLANNING = "planning", _("Planning")
    ACTIVE = "active", _("Active")
    PAUSED = "paused", _("Paused")
    WON = "won", _("Won")
    LOST = "lost", _("Lost")
    ENDED = "ended", _("Ended")


#: Statuses in which a campaign is still under way, shown first on a profile.
ONGOING_STATUSES = (
    CampaignStatus.ACTIVE,
    CampaignStatus.PLANNING,
    CampaignStatus.PAUSED,
)


#: Statuses of a finished campaign: its opportunities leave the site.
FINISHED_STATUSES = (CampaignStatus.WON, CampaignStatus.LOST, CampaignStatus.ENDED)


class PartnerStatus(models.TextChoices):
    """Where a coalition partner link stands: a campaign names another
    movement as its partner, and only that movement's editors may say yes."""

    PENDING = "pending", _("Waiting for the partner's answer")
    ACCEPTED = "accepted", _("Accepted by the partner")
    DECLINED = "declined", _("Declined by the partner")


class Commitment(models.TextChoices):
    ONE_OFF = "one_off", _("One-off")
    MONTHLY = "monthly", _("A few hours a month")
    WEEKLY = "weekly", _("Weekly")
    ONGOING = "ongoing", _("Ongoing")


class Attendance(models.TextChoices):
    """Where people take part: used by opportunities and events alike."""

    ONLINE = "online", _("Online or remote")
    IN_PERSON = "in_person", _("In person")
    BOTH = "both", _("Online and in person")


class Skill(models.TextChoices):
    FACILITATION = "facilitation", _("Facilitation")
    ORGANISING = "organising", _("Community organising")
    OUTREACH = "outreach", _("Outreach and canvassing")
    COMMUNICATIONS = "communications", _("Communications and media")
    DESIGN = "design", _("Design")
    WRITING = "writing", _("Writing")
    TRANSLATION = "translation", _("Translation and interpreting")
    RESEARCH = "research", _("Research")
    LEGAL = "legal", _("Legal support")
    TECH = "tech", _("Tech and digital security")
    LOGISTICS = "logistics", _("Logistics")
    CARE = "care", _("First aid and care")
    FUNDRAISING = "fundraising", _("Fundraising")
    TRAINING = "training", _("Training others")


class EventFormat(models.TextChoices):
    ROUNDTABLE = "roundtable", _("Roundtable")
    TRAINING = "training", _("Training")
    CONVENING = "convening", _("Regional convening")
    FIELD_VISIT = "field_visit", _("Field visit")
    ONLINE_CALL = "online_call", _("Online call")


def language_choices() -> list[tuple[str, str]]:
    """Every language Django knows, by code, with names in the reader's language.

    Movements and events work in far more languages than the interface is
    translated into, so this is the full list rather than ``settings.LANGUAGES``.
    """
    return [(code, _(name)) for code, name in global_settings.LANGUAGES]
