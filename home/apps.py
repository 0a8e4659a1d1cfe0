from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The site itself: home page, standard pages, navigation and demo content."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "home"
    verbose_name = _("Site")
