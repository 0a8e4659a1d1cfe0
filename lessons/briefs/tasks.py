"""The background task that lays a brief out (django-tasks): run at once by
the immediate backend (``make run``, the tests), by ``manage.py db_worker``
with ``TASKS_BACKEND=database``."""

from __future__ import annotations

from django.core.cache import cache
from django_tasks import task


def lock_key(page_id: int, revision_id: int | None, kind: str, paper: str) -> str:
    return f"praxis:brief-building:{page_id}:{revision_id}:{kind}:{paper}"


@task()
def build_brief_task(page_id: int, kind: str, paper: str) -> bool:
    """Build the page's ``kind`` for its live revision; False when the page is
    gone, not live or no longer has one."""
    from wagtail.models import Page

    from .service import build_brief, has_brief, stored_brief

    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return False
    page = page.specific
    try:
        if not has_brief(page, kind):
            return False
        if stored_brief(page, kind, paper) is None:
            build_brief(page, kind, paper)
        return True
    finally:
        cache.delete(lock_key(page_id, page.live_revision_id, kind, paper))


def enqueue_build(page, kind: str = "brief", paper: str = "a4") -> bool:
    """Ask for the brief to be built, once while a build is pending (five
    minutes at most); True when this call enqueued it."""
    if not cache.add(lock_key(page.pk, page.live_revision_id, kind, paper), 1, 300):
        return False
    build_brief_task.enqueue(page.pk, kind, paper)
    return True
