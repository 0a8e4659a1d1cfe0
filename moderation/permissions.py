"""Who may do what with safety reports in the admin."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from wagtail.permission_policies import ModelPermissionPolicy


class ConcernReportPermissionPolicy(ModelPermissionPolicy):
    """The usual model permissions, except that nobody adds reports in the admin:
    they come only from the public form, with the reporter's fields read-only."""

    def user_has_permission(self, user, action: str) -> bool:
        if action == "add":
            return False
        return super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action != "add"]
        if not actions:
            return get_user_model().objects.none()
        return super().users_with_any_permission(actions)
