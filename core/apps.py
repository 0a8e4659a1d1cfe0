from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The shared rules and plumbing; it imports no other Praxis app."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "core"
    verbose_name = _("Praxis core")
