"""Every choice list of the lesson library, in one place.

Filters, forms, templates and the API read their values and labels from here.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class LessonFormat(models.TextChoices):
    CASE_STUDY = "case_study", _("Case study")
    TACTIC_GUIDE = "tactic_guide", _("Tactic guide")
    TEMPLATE = "template", _("Template")
    TRAINING = "training", _("Training")


class Result(models.TextChoices):
    WORKED = "worked", _("Worked")
    MIXED = "mixed", _("Mixed")
    MISFIRE = "misfire", _("Misfire")


class RiskLevel(models.TextChoices):
    LOW = "low", _("Low")
    MEDIUM = "medium", _("Medium")
    HIGH = "high", _("High")


class Scale(models.TextChoices):
    LOCAL = "local", _("Local")
    REGIONAL = "regional", _("Regional")
    NATIONAL = "national", _("National")
    INTERNATIONAL = "international", _("International")


class MetricKind(models.TextChoices):
    TURNOUT = "turnout", _("Turnout")
    MESSAGE_RECALL = "message_recall", _("Message recall")
    FUNDRAISING_EFFICIENCY = "fundraising_efficiency", _("Fundraising efficiency")
    POLICY_WIN = "policy_win", _("Policy win")
    VOLUNTEER_RETENTION = "volunteer_retention", _("Volunteer retention")
    MEDIA_REACH = "media_reach", _("Media reach")
    OTHER = "other", _("Other")


class Effect(models.TextChoices):
    IMPROVED = "improved", _("Improved")
    NO_CHANGE = "no_change", _("No change")
    WORSENED = "worsened", _("Worsened")
    UNCLEAR = "unclear", _("Unclear")


class Licence(models.TextChoices):
    CC_BY_SA_4 = "cc-by-sa-4.0", _("Creative Commons Attribution-ShareAlike 4.0")
    CC_BY_4 = "cc-by-4.0", _("Creative Commons Attribution 4.0")
    CC_BY_NC_SA_4 = (
        "cc-by-nc-sa-4.0",
        _("Creative Commons Attribution-NonCommercial-ShareAlike 4.0"),
    )
    CC0 = "cc0-1.0", _("Public domain (CC0 1.0)")


class ResourceType(models.TextChoices):
    GUIDE = "guide", _("Guide")
    REPORT = "report", _("Report")
    VIDEO = "video", _("Video")
    TEMPLATE = "template", _("Template")
    TOOLKIT = "toolkit", _("Toolkit")
    LINK = "link", _("Link")
