"""Background tasks (django-tasks): e-mail for members.

``make run`` and the tests run them at once (the immediate backend); in
production a worker runs them (see the README's "Background work").
"""

from __future__ import annotations

from django_tasks import task


@task()
def send_notification_email(notification_id: int) -> bool:
    """Send one notification by e-mail, in the member's language. Returns
    whether a message went out (the member may have opted out since)."""
    from .emails import send_notification

    return send_notification(notification_id)
