from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The shared rules and plumbing; it imports no other Praxis app."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "core"
    verbose_name = _("Praxis core")

    def ready(self) -> None:
        from django.core.signals import request_started
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Locale

        from . import frontend_cache, locales
        from .api import locales as api_locales  # noqa: F401 - registers its mappings

        # Another process may have changed a locale (core.locales).
        request_started.connect(
            locales.check_generation, dispatch_uid="core.locales.check_generation"
        )
        # Shared caches drop a page's listings and a page whose readers change.
        frontend_cache.connect()

        # The locale mappings (this one's and the API's) are dropped, in every
        # process, when a locale changes.
        for signal in (post_save, post_delete):
            signal.connect(
                locales.forget_locales,
                sender=Locale,
                dispatch_uid="core.locales.forget_locales",
            )
