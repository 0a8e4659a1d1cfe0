"""The active content locale without a database query per call.

``Locale.get_active()`` queries on every call, and a page asks for it several
times (routing, navigation, facets). Locale ids never change for a language code,
so the mapping is kept per process and dropped whenever a locale is saved or
deleted.
"""

from __future__ import annotations

from django.db.models import Min, Q, QuerySet
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


def forget_locales(**kwargs) -> None:
    _ids.clear()


def with_fallback(queryset: QuerySet, locale) -> QuerySet:
    """Items in ``locale`` (a ``Locale`` or its id), and the original of every
    item with no version in ``locale`` within ``queryset`` (the first one
    created: translations are made from it), so that nothing is hidden for
    lack of a translator. ``queryset`` should already hold only what the
    reader may see, so a hidden translation never stands in for a visible
    original."""
    locale_id = getattr(locale, "pk", locale)
    in_locale = queryset.filter(locale_id=locale_id)
    elsewhere = queryset.exclude(
        translation_key__in=in_locale.values("translation_key")
    )
    originals = (
        elsewhere.order_by()
        .values("translation_key")
        .annotate(first=Min("pk"))
        .values("first")
    )
    return queryset.filter(Q(locale_id=locale_id) | Q(pk__in=originals))
