from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The site itself: home page, standard pages, navigation, languages and
    demo content."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "home"
    verbose_name = _("Site")

    def ready(self) -> None:
        from core.languages import ensure_locales

        post_migrate.connect(
            ensure_locales, sender=self, dispatch_uid="home.ensure_locales"
        )
