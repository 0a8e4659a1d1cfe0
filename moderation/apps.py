from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ModerationConfig(AppConfig):
    """What the public sends in (safety concerns about published pages) and the
    moderators who handle it."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "moderation"
    verbose_name = _("Moderation")

    def ready(self) -> None:
        # Moderators hear of discussion posts that need them.
        from . import discussions

        discussions.connect()
