"""Receivers that keep the roles and the review workflow in force as the page
tree grows: a library, path, calendar or movement index created after the
data migration gets the same permissions and workflow as the first ones."""

from __future__ import annotations

from django.apps import apps
from django.db.models.signals import post_save

from .roles import CONTRIBUTE_UNDER, REVIEWED_UNDER, assign_workflow, grant_contribution


def govern_new_index(sender, instance, created, raw=False, **kwargs) -> None:
    """``post_save`` receiver for the index pages named in :mod:`.roles`."""
    if not created or raw:
        return
    label = sender._meta.label
    if label in CONTRIBUTE_UNDER:
        grant_contribution(apps, instance)
    if label in REVIEWED_UNDER:
        assign_workflow(apps, instance)


def connect() -> None:
    for label in REVIEWED_UNDER:
        post_save.connect(
            govern_new_index,
            sender=apps.get_model(label),
            dispatch_uid=f"governance.govern_new_index.{label}",
        )
