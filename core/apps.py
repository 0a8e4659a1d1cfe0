from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The shared rules and plumbing; it imports no other Praxis app."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "core"
    verbose_name = _("Praxis core")

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Locale

        from . import locales
        from .api import locales as api_locales

        # The locale caches forget what they hold when a locale changes.
        for signal in (post_save, post_delete):
            for module in (locales, api_locales):
                signal.connect(
                    module.forget_locales,
                    sender=Locale,
                    dispatch_uid=f"{module.__name__}.forget_locales",
                )
