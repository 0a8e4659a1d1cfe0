from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EngagementConfig(AppConfig):
    """Movements, their campaigns and opportunities to join them, and events."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "engagement"
    verbose_name = _("Movements and events")

    def ready(self) -> None:
        from django.apps import apps
        from django.db.models.signals import post_save
        from wagtail.signals import page_unpublished

        from .models import MovementProfilePage
        from .permissions import (
            MOVEMENT_EDITORS_ADD_UNDER,
            create_editor_group,
            grant_on_new_index,
        )
        from .signals import unpublish_campaigns

        post_save.connect(
            create_editor_group,
            sender=MovementProfilePage,
            dispatch_uid="engagement.create_editor_group",
        )
        page_unpublished.connect(
            unpublish_campaigns,
            sender=MovementProfilePage,
            dispatch_uid="engagement.unpublish_campaigns",
        )
        for label in MOVEMENT_EDITORS_ADD_UNDER:
            post_save.connect(
                grant_on_new_index,
                sender=apps.get_model(label),
                dispatch_uid=f"engagement.grant_on_new_index.{label}",
            )
