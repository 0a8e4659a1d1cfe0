from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LessonsConfig(AppConfig):
    """The knowledge core: lessons, resources, learning paths, taxonomy, glossary.

    It imports nothing from the other Praxis apps, so it can be lifted into another
    Wagtail site as a plugin.
    """

    default_auto_field = "django.db.models.BigAutoField"
    name = "lessons"
    verbose_name = _("Lesson library")
