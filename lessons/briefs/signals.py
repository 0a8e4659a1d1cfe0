"""Keeping stored briefs in step with their pages.

On publish the page's briefs of older revisions are removed, and, when a real
worker runs the tasks (``TASKS_BACKEND=database``), its A4 brief is asked for
at once so the first reader finds it ready. With the immediate backend
(``make run``, the tests) a brief is built when first asked for instead: a
publish never waits for a layout. Unpublishing or deleting a page removes its
briefs.
"""

from __future__ import annotations

from django.db.models.signals import post_delete
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
from django_tasks.backends.immediate import ImmediateBackend
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from .service import TEMPLATES, forget_briefs, has_brief
from .tasks import enqueue_build

MODELS = tuple({model for _kind, model in TEMPLATES})


def published(sender, instance, revision=None, **kwargs) -> None:
    page = instance.specific if type(instance) is Page else instance
    if not isinstance(page, MODELS):
        return
    forget_briefs(page.pk, keep_revision=page.live_revision_id)
    backend = task_backends[DEFAULT_TASK_BACKEND_ALIAS]
    if has_brief(page) and not isinstance(backend, ImmediateBackend):
        enqueue_build(page)


def gone(sender, instance, **kwargs) -> None:
    if isinstance(instance, MODELS) or type(instance) is Page:
        forget_briefs(instance.pk)


def connect() -> None:
    page_published.connect(published, dispatch_uid="briefs.published")
    page_unpublished.connect(gone, dispatch_uid="briefs.unpublished")
    post_delete.connect(gone, dispatch_uid="briefs.deleted")
