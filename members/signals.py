"""Signal receivers: every account gets its member profile; an event's
counts (going, places left), shown to anonymous visitors too, change with
each answer, so shared caches drop the event's page."""

from __future__ import annotations

from django.conf import settings
from django.db.models.signals import post_save

from core.frontend_cache import follow


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
    from .models import Rsvp

    follow(Rsvp, lambda rsvp: rsvp.event_id)
