"""The admin's page permissions, narrowed by the reading rule."""

from __future__ import annotations

from wagtail.permission_policies.pages import PagePermissionPolicy

from core import visibility


class ReadablePagePermissionPolicy(PagePermissionPolicy):
    """Wagtail's page permissions, with the admin's page listings (explorer,
    search, reports) narrowed to titles the person may read: see
    :func:`core.visibility.readable_in_admin`."""

    def explorable_instances(self, user):
        return visibility.readable_in_admin(super().explorable_instances(user), user)

    # Reports (aging pages, locked pages, workflows) list the pages a person
    # has a permission for: only those they may read. (Wagtail's
    # ``instances_user_has_permission_for`` asks this one.)
    def instances_user_has_any_permission_for(self, user, actions):
        return visibility.readable_in_admin(
            super().instances_user_has_any_permission_for(user, actions), user
        )
