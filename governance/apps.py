from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GovernanceConfig(AppConfig):
    """Roles, the peer-review workflow and its review queue, and what happens to
    uploads."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "governance"
    verbose_name = _("Governance")

    def ready(self) -> None:
        from . import signals, uploads  # noqa: F401  (uploads connects on import)

        signals.connect()
