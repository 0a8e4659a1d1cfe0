"""The peer-review task: a group approval step whose reviewers never approve
their own work."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import CharField, Exists, OuterRef, QuerySet
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, Page, Revision


class PeerReviewTask(AbstractGroupApprovalTask):
    """Members of the chosen groups approve or request changes, but never on
    something they wrote.

    "Their own" means they own the page, submitted it for review, or saved a
    revision of it before this step began (including while it went back for
    changes): co-authors are authors too. Edits made during the step itself
    (the editor's Approve button saves the page first) don't make a reviewer
    an author; they stay in the revision history for the coordinator's
    sign-off. The rule also holds for administrators,
    who can still publish directly where they have the permission, but cannot
    pass peer review on their own word.
    """

    class Meta:
        verbose_name = _("peer review task")
        verbose_name_plural = _("peer review tasks")

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups can approve this step, except on "
            "pages they own, submitted or edited before this step"
        )

    def is_author(self, obj, user) -> bool:
        """Whether ``user`` wrote or submitted ``obj``'s current submission."""
        if getattr(obj, "owner_id", None) == user.pk:
            return True
        workflow_state = getattr(obj, "current_workflow_state", None)
        if workflow_state is None:
            return False
        if workflow_state.requested_by_id == user.pk:
            return True
        task_state = workflow_state.current_task_state
        step_began = task_state.started_at if task_state else workflow_state.created_at
        return Revision.objects.filter(
            base_content_type=workflow_state.base_content_type_id,
            object_id=workflow_state.object_id,
            user=user,
            created_at__lt=step_began,
        ).exists()

    def get_actions(self, obj, user):
        if self.is_author(obj, user):
            return []
        return super().get_actions(obj, user)

    def on_action(self, task_state, user, action_name, **kwargs):
        # The admin only offers actions from get_actions(); this guards every
        # other caller (scripts, future API endpoints) as well.
        if self.is_author(task_state.workflow_state.content_object, user):
            raise PermissionDenied(
                _("Another peer reviewer has to review your own work.")
            )
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs) -> QuerySet:
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        owned = (
            Page.objects.filter(owner=user)
            .annotate(key=Cast("pk", output_field=CharField()))
            .values("key")
        )
        wrote_before_this_step = Revision.objects.filter(
            base_content_type=OuterRef("workflow_state__base_content_type"),
            object_id=OuterRef("workflow_state__object_id"),
            user=user,
            created_at__lt=OuterRef("started_at"),
        )
        return (
            states.exclude(workflow_state__requested_by=user)
            .exclude(workflow_state__object_id__in=owned)
            .exclude(Exists(wrote_before_this_step))
        )
