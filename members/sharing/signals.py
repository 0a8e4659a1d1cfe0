"""Telling a member what reviewers decided about their submission.

Wagtail's workflow signals, for pages that came from a
:class:`~members.models.Submission` only:

- ``task_approved`` on the peer-review step → "passed review" (APPROVED);
- ``task_rejected`` at any step (the admin's "Request changes") → the
  submission is CHANGES_REQUESTED, and the member is told, with the
  reviewer's comment;
- ``page_published`` → PUBLISHED, the member is told and the contribution
  counts towards their trust level (once per submission).

Connected by :func:`connect`, called from this feature's ``hooks.py``.
"""

from __future__ import annotations

from ..models import NotificationKind, Submission, SubmissionStatus
from ..notifications import notify


def _submission_of(page_id) -> Submission | None:
    if page_id is None:
        return None
    return (
        Submission.objects.select_related("member").filter(page_id=int(page_id)).first()
    )


def _page_id(task_state):
    workflow_state = task_state.workflow_state
    if workflow_state.base_content_type.model_class() is None:
        return None
    if workflow_state.base_content_type.app_label != "wagtailcore":
        return None
    return workflow_state.object_id


def on_task_approved(sender, instance, user=None, **kwargs) -> None:
    # By name: ``governance`` sits above ``members`` in the import contract.
    from django.apps import apps

    peer_review = apps.get_model("governance", "PeerReviewTask")
    if not isinstance(instance.task.specific, peer_review):
        return
    submission = _submission_of(_page_id(instance))
    if submission is None:
        return
    notify(
        submission.member,
        NotificationKind.APPROVED,
        page=submission.page,
        comment=instance.comment or "",
    )


def on_task_rejected(sender, instance, user=None, **kwargs) -> None:
    submission = _submission_of(_page_id(instance))
    if submission is None:
        return
    comment = instance.comment or ""
    submission.status = SubmissionStatus.CHANGES_REQUESTED
    submission.data = {**submission.data, "review_comment": comment}
    submission.save(update_fields=["status", "data", "updated_at"])
    notify(
        submission.member,
        NotificationKind.CHANGES_REQUESTED,
        page=submission.page,
        comment=comment,
    )


def on_page_published(sender, instance, **kwargs) -> None:
    from .. import trust

    submission = _submission_of(instance.pk)
    if submission is None or submission.status == SubmissionStatus.PUBLISHED:
        return
    submission.status = SubmissionStatus.PUBLISHED
    submission.save(update_fields=["status", "updated_at"])
    notify(submission.member, NotificationKind.PUBLISHED, page=submission.page)
    trust.record_accepted(submission.member)


def connect() -> None:
    from wagtail.signals import page_published, task_approved, task_rejected

    task_approved.connect(on_task_approved, dispatch_uid="members.sharing.approved")
    task_rejected.connect(on_task_rejected, dispatch_uid="members.sharing.rejected")
    page_published.connect(on_page_published, dispatch_uid="members.sharing.published")
