"""Who may read a page: the fields every sensitive page type carries."""

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField

from ..choices import Sensitivity


class SensitivityMixin(models.Model):
    """Sensitivity level, restricted groups and the anonymisation switch.

    Reading rules live in :mod:`lessons.visibility`; every channel asks it rather
    than filtering on these fields itself.
    """

    sensitivity = models.CharField(
        _("who can read this"),
        max_length=20,
        choices=Sensitivity.choices,
        default=Sensitivity.PUBLIC,
        db_index=True,
        help_text=_(
            "Choose 'Members' or 'Restricted' when this could put anyone at risk if "
            "it were read by police, employers or opponents."
        ),
    )
    restricted_to_groups = ParentalManyToManyField(
        Group,
        blank=True,
        related_name="+",
        verbose_name=_("groups that can read it"),
        help_text=_("Only used when 'Restricted' is chosen above."),
    )
    anonymised = models.BooleanField(
        _("share anonymously"),
        default=False,
        help_text=_(
            "Hide author names, the movement and the campaign everywhere on the "
            "public site. The page will say it was shared anonymously by a movement "
            "in the network."
        ),
    )

    class Meta:
        abstract = True

    def clean(self) -> None:
        super().clean()
        if self.sensitivity == Sensitivity.RESTRICTED and not self._has_groups():
            raise ValidationError(
                {
                    "restricted_to_groups": _(
                        "Choose at least one group that may read restricted content."
                    )
                }
            )

    def _has_groups(self) -> bool:
        groups = self.restricted_to_groups
        try:
            return bool(groups.all())
        except ValueError:  # an unsaved page has no relation yet
            return False
