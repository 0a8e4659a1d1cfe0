from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GovernanceConfig(AppConfig):
    """Roles, the peer-review workflow and its review queue, the admin's
    reading rule, the rules of translation, and the upload forms' limits."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "governance"
    verbose_name = _("Governance")

    def ready(self) -> None:
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.permissions import register_permission_policy

        from . import signals, upstream
        from .admin_reading import ReadableFilesPermissionPolicy

        signals.connect()
        upstream.install()
        # After Wagtail's own image and document apps registered theirs.
        for model in (get_image_model(), get_document_model()):
            register_permission_policy(
                model, ReadableFilesPermissionPolicy.for_model(model)
            )
