"""Admin forms of the lesson library."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class MovementScopedPageForm(WagtailAdminPageForm):
    """Movement editors may only attribute pages to their own movements.

    People who may publish in the library (coordinators, administrators) can
    choose any movement. Everyone else who edits for a movement must choose one
    of theirs, so a lesson can never be passed off as another movement's. The
    movement model supplies ``editable_by(user)``; this module only knows the
    field by name, so the library still imports nothing from other apps.
    """

    #: The form field that names the movement.
    movement_field = "movement"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get(self.movement_field)
        user = self.for_user
        if field is None or user is None or self.may_choose_any_movement(user):
            return
        own = field.queryset.model.objects.editable_by(user)
        field.queryset = own
        if own.exists():
            field.required = True
            field.help_text = _("Choose the movement you are writing for.")
        if "source_campaign" in self.fields:
            campaigns = self.fields["source_campaign"]
            campaigns.queryset = campaigns.queryset.filter(
                path__regex=_paths_under(own)
            )

    def may_choose_any_movement(self, user) -> bool:
        if user.is_superuser:
            return True
        parent = self.parent_page or (
            self.instance.get_parent() if self.instance.pk else None
        )
        return parent is not None and parent.permissions_for_user(user).can_publish()


def _paths_under(movements) -> str:
    """A regular expression matching tree paths below any of ``movements``."""
    paths = list(movements.values_list("path", flat=True)) or ["(?!)"]
    return "^(" + "|".join(paths) + ")"
