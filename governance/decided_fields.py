"""Who may read a published page, and what it may show of people, is decided
by coordinators: the last line of defence, on save.

The page editor disables these fields for everyone else
(:func:`lessons.forms.may_decide`, the same rule). This ``pre_save``
receiver refuses the same changes wherever else they might come from in the admin (a
translator's editor, a bulk action, a view of another app): while an admin
request is being answered, a published page cannot become readable by more
people, named, or marked as consented, unless the person may decide it.
Making a page *stricter* is always allowed: nobody should wait for a
coordinator to protect someone.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.sensitivity import Sensitivity
from core.visibility import sees_everything_in_admin

from .admin_reading import admin_user

#: How many people a sensitivity lets read a page, from fewest to most.
_ORDER = [Sensitivity.RESTRICTED, Sensitivity.MEMBERS, Sensitivity.PUBLIC]

LOOSENED = _(
    "Only a coordinator can open up a published page, name its authors or "
    "confirm consent."
)


def loosened(stored: dict, new: dict) -> bool:
    """Whether ``new`` lets more people read, or shows more of people, than
    ``stored`` (both: field name → value, for the fields the model has)."""
    if "sensitivity" in stored and _ORDER.index(new["sensitivity"]) > _ORDER.index(
        stored["sensitivity"]
    ):
        return True
    if stored.get("anonymised") and not new.get("anonymised"):
        return True
    if stored.get("identifiable_people") and not new.get("identifiable_people"):
        return True
    return bool(
        "consent_confirmed" in stored
        and not stored["consent_confirmed"]
        and new["consent_confirmed"]
    )


FIELDS = ("sensitivity", "anonymised", "identifiable_people", "consent_confirmed")


def refuse_loosening(sender, instance, raw=False, **kwargs) -> None:
    """``pre_save`` receiver for pages with a sensitivity."""
    user = admin_user.get()
    if raw or user is None or not instance.pk:
        return
    names = [name for name in FIELDS if hasattr(instance, name)]
    update_fields = kwargs.get("update_fields")
    if update_fields is not None:
        names = [name for name in names if name in update_fields]
    if not names:
        return
    stored = sender.objects.filter(pk=instance.pk).values(
        *names, "live", "first_published_at"
    )
    if not stored:
        return
    stored = stored[0]
    published = stored.pop("live") or stored.pop("first_published_at") is not None
    if not published or sees_everything_in_admin(user):
        return
    new = {name: getattr(instance, name) for name in names}
    if loosened(stored, new):
        raise ValidationError(LOOSENED)
