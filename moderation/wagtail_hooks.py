"""Admin: "Safety reports", where moderators read and handle what visitors
sent; "Discussions", the posts waiting for them (``moderation.discussions``);
"Discussion switches", where coordinators open, close or turn off discussion
for a section."""

from __future__ import annotations

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from members.discussions.models import DiscussionSwitch

from . import discussions
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


# Discussions ---------------------------------------------------------------


@hooks.register("register_admin_urls")
def discussion_admin_urls():
    return [
        path("discussions/", discussions.queue, name="moderation_discussions"),
        path("discussions/log/", discussions.log, name="moderation_discussions_log"),
    ]


class DiscussionsMenuItem(MenuItem):
    def is_shown(self, request):
        return discussions.may_moderate(request.user)


@hooks.register("register_admin_menu_item")
def discussions_menu_item():
    return DiscussionsMenuItem(
        _("Discussions"),
        reverse("moderation_discussions"),
        name="discussions",
        icon_name="comment",
        order=251,
    )


class _SetBy:
    """Remember who set a switch: on an anonymised page only a coordinator's
    switch counts."""

    def save_instance(self):
        self.form.instance.set_by = self.request.user
        return super().save_instance()


class SwitchCreateView(_SetBy, generic.CreateView):
    pass


class SwitchEditView(_SetBy, generic.EditView):
    pass


class DiscussionSwitchViewSet(ModelViewSet):
    """Coordinators open, close or turn off discussion for a section."""

    model = DiscussionSwitch
    icon = "comment"
    menu_label = _("Discussion switches")
    menu_order = 252
    add_to_admin_menu = True
    form_fields = ["page", "state"]
    list_display = ["page", "state", "updated_at"]
    add_view_class = SwitchCreateView
    edit_view_class = SwitchEditView
    copy_view_enabled = False
    inspect_view_enabled = False


discussion_switches = DiscussionSwitchViewSet("discussion_switches")


@hooks.register("register_admin_viewset")
def register_discussion_switches():
    return discussion_switches
