"""Admin forms of the lesson library."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

#: The fields that decide who may read a page and what it may show of people:
#: set freely on a page that was never published (its review and the
#: coordinator's sign-off decide them), afterwards changed only by those who
#: may publish anywhere (coordinators, administrators).
DECIDED_FIELDS = (
    "sensitivity",
    "restricted_to_groups",
    "anonymised",
    "identifiable_people",
    "consent_confirmed",
)

#: Shown under a decided field its editor may not change.
DECIDED_HELP = _(
    "Only a coordinator can change this once the page has been published. Ask "
    "one if it should change."
)


def may_decide(user, page) -> bool:
    """Whether ``user`` may change the :data:`DECIDED_FIELDS` of ``page``."""
    from core.visibility import sees_everything_in_admin

    if page is None or not page.pk:
        return True
    if not page.live and page.first_published_at is None:
        return True
    return sees_everything_in_admin(user)


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
        self.lock_decided_fields()
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

    def _post_clean(self):
        # The model checks that a restricted page names its readers, but a
        # form only writes many-to-many choices to the page when it is saved:
        # hand them over first, so the check sees what the editor chose.
        groups = self.cleaned_data.get("restricted_to_groups")
        if groups is not None and hasattr(self.instance, "restricted_to_groups"):
            self.instance.restricted_to_groups = groups
        super()._post_clean()

    def lock_decided_fields(self) -> None:
        """Who may read a published page, and whether it names people, is
        for coordinators to change: for everyone else the fields are shown
        but disabled, so whatever is posted for them is ignored and the
        stored values are kept (Django's ``disabled``)."""
        user = self.for_user
        if user is None or may_decide(user, self.instance):
            return
        for name in DECIDED_FIELDS:
            field = self.fields.get(name)
            if field is not None:
                field.disabled = True
                field.help_text = DECIDED_HELP

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


#: The message shown when a lesson that could identify people is on its way
#: to the public without their consent.
CONSENT_REQUIRED = _(
    "This lesson could identify people. Confirm that everyone who could be "
    "recognised has agreed before it is published or sent for review."
)

#: Editor buttons that send a page towards the public site: publishing it,
#: submitting it to (or restarting) its review workflow.
PUBLISHING_ACTIONS = ("action-publish", "action-submit", "action-restart-workflow")


class LessonPageForm(MovementScopedPageForm):
    """Lessons that could identify people go nowhere without their consent.

    The lesson model refuses a live lesson without consent as the last line of
    defence; here the editor learns it at the moment of publishing or
    submitting for review, with the message next to the checkbox.
    """

    def is_heading_for_publication(self) -> bool:
        data = self.data
        if any(data.get(action) for action in PUBLISHING_ACTIONS):
            return True
        if data.get("action-workflow-action") and (
            data.get("workflow-action-name") == "approve"
        ):
            return True
        instance = self.instance
        return bool(instance.pk and instance.workflow_in_progress)

    def clean(self):
        cleaned_data = super().clean()
        if (
            cleaned_data.get("identifiable_people")
            and not cleaned_data.get("consent_confirmed")
            and self.is_heading_for_publication()
        ):
            self.add_error("consent_confirmed", CONSENT_REQUIRED)
        return cleaned_data
