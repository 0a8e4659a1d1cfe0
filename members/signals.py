"""Signal receivers: every account gets its member profile."""

from __future__ import annotations

from django.conf import settings
from django.db.models.signals import post_save


def create_member(sender, instance, created: bool, raw: bool = False, **kwargs):
    """``post_save`` of the user model: a new account gets its profile, with
    the user name as display name until the member chooses another."""
    if created and not raw:
        from .models import Member

        Member.objects.get_or_create(
            user=instance, defaults={"display_name": instance.get_username()[:60]}
        )


def connect() -> None:
    from django.contrib.auth.signals import user_logged_in

    from .account.signals import remember_language

    user_logged_in.connect(remember_language, dispatch_uid="members.remember_language")
    post_save.connect(
        create_member,
        sender=settings.AUTH_USER_MODEL,
        dispatch_uid="members.create_member",
    )
