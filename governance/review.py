"""The review queue: what is waiting in the "Peer review" workflow, oldest
first, for the people who review it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from wagtail.models import AbstractGroupApprovalTask, Page, Task, TaskState

from .models import PeerReviewTask

#: How many waiting items the dashboard panel lists.
QUEUE_LENGTH = 20


@dataclass(frozen=True)
class QueueItem:
    page: Page
    kind: str
    step: str
    submitted_by: str
    waiting_since: datetime
    #: The reviewer owns or submitted it, so someone else reviews it.
    own: bool


def review_tasks(user) -> list[Task]:
    """The active approval steps ``user`` may act on as a group member."""
    tasks = Task.objects.filter(active=True).specific()
    return [
        task
        for task in tasks
        if isinstance(task, AbstractGroupApprovalTask)
        and (user.is_superuser or task._user_in_groups(user))
    ]


def review_queue(user, limit: int = QUEUE_LENGTH) -> tuple[list[QueueItem], int]:
    """The pages waiting at ``user``'s steps, oldest first, and how many wait.

    A fixed number of queries however long the queue is.
    """
    tasks = review_tasks(user)
    if not tasks:
        return [], 0
    states = TaskState.objects.filter(
        status=TaskState.STATUS_IN_PROGRESS,
        task__in=[task.pk for task in tasks],
        workflow_state__base_content_type__app_label="wagtailcore",
        workflow_state__base_content_type__model="page",
    )
    total = states.count()
    states = list(
        states.select_related("task", "workflow_state__requested_by").order_by(
            "started_at"
        )[:limit]
    )
    pages = Page.objects.filter(
        pk__in=[int(state.workflow_state.object_id) for state in states]
    ).select_related("content_type", "locale")
    pages = {page.pk: page for page in pages}
    items = []
    for state in states:
        page = pages.get(int(state.workflow_state.object_id))
        if page is None:
            continue
        requested_by = state.workflow_state.requested_by
        task = _task(tasks, state.task_id)
        own = isinstance(task, PeerReviewTask) and user.pk in (
            page.owner_id,
            state.workflow_state.requested_by_id,
        )
        items.append(
            QueueItem(
                page=page,
                kind=str(page.specific_class.get_verbose_name()),
                step=state.task.name,
                submitted_by=requested_by.get_username() if requested_by else "",
                waiting_since=state.started_at,
                own=own,
            )
        )
    return items, total


def _task(tasks: list[Task], pk: int) -> Task | None:
    return next((task for task in tasks if task.pk == pk), None)
