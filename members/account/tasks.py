"""Background tasks of joining (django-tasks): the invitation e-mail."""

from __future__ import annotations

from django_tasks import task


@task()
def send_invitation_email(invitation_id: int, base_url: str, language: str) -> bool:
    from .invitations import send_invitation

    return send_invitation(invitation_id, base_url, language)
