"""The active content locale without a database query per call.

``Locale.get_active()`` queries on every call, and a page asks for it several
times (routing, navigation, facets). Locale ids never change for a language code,
so the mapping is kept per process and dropped whenever a locale is saved or
deleted.
"""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

_ids: dict[str, int] = {}


def active_locale_id() -> int:
    """The id of the content locale for the active language (or the default)."""
    try:
        code = get_supported_content_language_variant(translation.get_language())
    except LookupError:
        code = None
    key = code or ""
    if key not in _ids:
        locale = Locale.objects.filter(language_code=code).first() if code else None
        _ids[key] = (locale or Locale.get_default()).pk
    return _ids[key]


@receiver(post_save, sender=Locale)
@receiver(post_delete, sender=Locale)
def forget_locales(**kwargs) -> None:
    _ids.clear()
