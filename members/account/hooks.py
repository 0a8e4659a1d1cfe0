"""Wagtail hooks of this feature, loaded by ``members/wagtail_hooks.py``:
coordinators invite people to join while sign-up is by invitation."""

from __future__ import annotations

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from ..models import Invitation
from .invitations import queue_invitation


class InvitationCreateView(generic.CreateView):
    """Creating an invitation records who sent it and e-mails the link."""

    success_message = _("Invitation to '%(object)s' sent.")

    def save_instance(self) -> Invitation:
        self.form.instance.invited_by = self.request.user
        invitation = super().save_instance()
        queue_invitation(invitation, settings.WAGTAILADMIN_BASE_URL)
        return invitation


class InvitationViewSet(ModelViewSet):
    """The admin's "Invitations": only groups with the invitation permissions
    (Coordinators, see ``governance.roles``) see it."""

    model = Invitation
    icon = "mail"
    menu_label = _("Invitations")
    add_to_admin_menu = True
    menu_order = 850
    form_fields = ["email"]
    list_display = ["email", "invited_by", "created_at", "accepted_at"]
    list_filter = {"accepted_at": ["isnull"]}
    search_fields = ["email"]
    ordering = ["-created_at"]
    add_view_class = InvitationCreateView
    copy_view_enabled = False
    inspect_view_enabled = True


@hooks.register("register_admin_viewset")
def register_invitations() -> InvitationViewSet:
    return InvitationViewSet("invitations")
