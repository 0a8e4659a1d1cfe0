from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    """Members: accounts, the personal library, path progress, RSVPs, shared
    lessons and notifications. Everything Praxis keeps about a person lives
    here, so that export and deletion find it in one place."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "members"
    verbose_name = _("Members")

    def ready(self) -> None:
        from . import signals

        signals.connect()
