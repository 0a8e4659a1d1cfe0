"""Receivers that keep the roles and the review workflow in force as the page
tree grows: a library, path, calendar or movement index created after the
data migration gets the same permissions and workflow as the first ones."""

from __future__ import annotations

from django.apps import apps
from django.conf import settings
from django.db.models.signals import post_save

from .roles import (
    CONTRIBUTORS_START_UNDER,
    REVIEWED_UNDER,
    assign_workflow,
    grant_contribution,
    grant_translation,
)


def govern_new_index(sender, instance, created, raw=False, **kwargs) -> None:
    """``post_save`` receiver for the index pages named in :mod:`.roles`."""
    if not created or raw:
        return
    label = sender._meta.label
    if label in CONTRIBUTORS_START_UNDER:
        grant_contribution(apps, instance)
    if label in REVIEWED_UNDER:
        assign_workflow(apps, instance)


def govern_new_language_tree(sender, instance, created, raw=False, **kwargs) -> None:
    """``post_save`` receiver for pages: the first page of a language's tree
    (a site root copied by wagtail-localize for the first translation into it)
    opens that tree to the language's translators."""
    if not created or raw or instance.depth != 2:
        return
    from wagtail.models import Locale

    code = Locale.objects.get(pk=instance.locale_id).language_code
    if code != settings.LANGUAGE_CODE:
        grant_translation(apps, instance, code)


def connect() -> None:
    from django.db.models.signals import pre_save
    from wagtail.models import Page, get_page_models
    from wagtail.signals import page_unpublished

    from core.sensitivity import SensitivityMixin

    from .decided_fields import refuse_loosening
    from .translation_rules import (
        refuse_translation_ahead_of_source,
        unpublish_translations_with_their_source,
    )

    page_unpublished.connect(
        unpublish_translations_with_their_source,
        dispatch_uid="governance.unpublish_translations_with_their_source",
    )

    for model in get_page_models():
        if model is not Page and not model._meta.abstract:
            if issubclass(model, SensitivityMixin):
                pre_save.connect(
                    refuse_loosening,
                    sender=model,
                    dispatch_uid=f"governance.refuse_loosening.{model._meta.label}",
                )
            pre_save.connect(
                refuse_translation_ahead_of_source,
                sender=model,
                dispatch_uid=f"governance.translation_ahead.{model._meta.label}",
            )
            post_save.connect(
                govern_new_language_tree,
                sender=model,
                dispatch_uid=f"governance.govern_new_language_tree.{model._meta.label}",
            )
    for label in REVIEWED_UNDER:
        post_save.connect(
            govern_new_index,
            sender=apps.get_model(label),
            dispatch_uid=f"governance.govern_new_index.{label}",
        )
