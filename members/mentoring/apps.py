from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MentoringConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "members.mentoring"
    label = "mentoring"
    verbose_name = _("Mentoring")
