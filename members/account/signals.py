"""Keeping a member's language current: e-mails go out in the last one used."""

from __future__ import annotations

from django.utils.translation import get_language


def remember_language(sender, request, user, **kwargs) -> None:
    """``user_logged_in``: the language the member is using the site in."""
    from ..models import Member

    language = get_language()
    if language:
        Member.objects.filter(user=user).exclude(language=language).update(
            language=language
        )
