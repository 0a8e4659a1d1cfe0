"""Admin: "Safety reports", where moderators read and handle what visitors sent."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .forms import ConcernReportAdminForm
from .models import ConcernReport
from .permissions import ConcernReportPermissionPolicy

# At the top of the hooks, not in ``ready()``: Wagtail reads the snippet
# registrations (and makes a fallback policy) before the apps are ready.
register_permission_policy(
    ConcernReport, ConcernReportPermissionPolicy(ConcernReport), exact_class=True
)


class ConcernReportViewSet(SnippetViewSet):
    model = ConcernReport
    icon = "warning"
    menu_label = _("Safety reports")
    menu_name = "safety-reports"
    menu_order = 250
    add_to_admin_menu = True
    # View-only moderators can read a report; "view" is then offered in groups.
    inspect_view_enabled = True
    copy_view_enabled = False
    list_display = ["__str__", "page", "reason", "status", "created_at"]
    list_filter = ["status", "reason"]
    ordering = ["-created_at", "-pk"]
    list_per_page = 50
    inspect_view_fields = [
        "page",
        "reason",
        "message",
        "contact_email",
        "language",
        "created_at",
        "status",
        "moderator_notes",
        "handled_by",
        "updated_at",
    ]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("page", read_only=True),
                    FieldPanel("reason", read_only=True),
                    FieldPanel("message", read_only=True),
                    FieldPanel("contact_email", read_only=True),
                    FieldPanel("language", read_only=True),
                    FieldPanel("created_at", read_only=True),
                ],
                heading=_("What the visitor sent"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("status"),
                    FieldPanel("moderator_notes"),
                    FieldPanel("handled_by"),
                ],
                heading=_("Handling"),
            ),
        ],
        base_form_class=ConcernReportAdminForm,
    )

    def get_queryset(self, request):
        return ConcernReport.objects.select_related("page", "handled_by")


register_snippet(ConcernReportViewSet)
