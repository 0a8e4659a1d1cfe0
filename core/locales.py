"""The active content locale without a database query per call.

``Locale.get_active()`` queries on every call, and a page asks for it several
times (routing, navigation, facets). Locale ids never change for a language code,
so the mapping is kept per process and dropped whenever a locale is saved or
deleted.

With several processes (gunicorn workers, several app containers), the one
that saves a locale tells the others through the shared cache: it writes a
new *generation* there, and every process compares it with its own at the
start of each request (one cache read, no query) and drops its mappings when
they differ. If the cache has lost the generation (restarted, flushed), the
process's own is written back and its mappings stay.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

from django.core.cache import cache
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

logger = logging.getLogger(__name__)

_ids: dict[str, int] = {}
_codes: dict[int, str] = {}

#: Where the shared generation of the locale mappings is kept.
GENERATION_KEY = "praxis:locales:generation"
#: This process's generation, and what drops its mappings (this module's and
#: the API's, which registers its own).
_state: dict[str, str | None] = {"generation": None}
_forgetters: list[Callable[[], None]] = [_ids.clear, _codes.clear]


def register_forgetter(forget: Callable[[], None]) -> None:
    """``forget`` empties a per-process mapping of locales."""
    if forget not in _forgetters:
        _forgetters.append(forget)


def _forget_here() -> None:
    for forget in _forgetters:
        forget()


def check_generation(**kwargs) -> None:
    """``request_started``: drop this process's mappings if another process
    changed a locale since they were made."""
    try:
        current = cache.get(GENERATION_KEY)
        if current is None:
            token = _state["generation"] or uuid.uuid4().hex
            cache.add(GENERATION_KEY, token, timeout=None)
            _state["generation"] = token
            return
    except Exception:  # noqa: BLE001 - the cache is down: keep what we have
        logger.warning("The shared cache is unreachable; locale mappings kept.")
        return
    if current != _state["generation"]:
        if _state["generation"] is not None:
            _forget_here()
        _state["generation"] = current


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


def language_code_of(locale_id: int | None) -> str:
    """The language code of the locale ``locale_id`` (the default locale's
    when ``None``), without a query once this process knows the locales."""
    if locale_id not in _codes:
        _codes.clear()
        _codes.update(Locale.objects.values_list("pk", "language_code"))
        _codes.setdefault(None, Locale.get_default().language_code)
    return _codes.get(locale_id) or _codes[None]


def forget_locales(**kwargs) -> None:
    """A locale was saved or deleted: drop the mappings here and tell the
    other processes (a new generation in the shared cache)."""
    _forget_here()
    token = uuid.uuid4().hex
    _state["generation"] = token
    try:
        cache.set(GENERATION_KEY, token, timeout=None)
    except Exception:  # noqa: BLE001
        logger.warning(
            "The shared cache is unreachable; other processes keep old locales."
        )


def with_fallback(queryset: QuerySet, locale) -> QuerySet:
    """Items in ``locale`` (a ``Locale`` or its id), and the original of every
    item with no version in ``locale`` within ``queryset`` (the first one
    created: translations are made from it), so that nothing is hidden for
    lack of a translator. ``queryset`` should already hold only what the
    reader may see, so a hidden translation never stands in for a visible
    original.

    Each row is judged on its own translations (two ``NOT EXISTS`` on the
    translation key, which Wagtail indexes with the locale), so the database
    can walk the result in the order asked for and stop at the page it needs
    rather than first grouping every item of ``queryset``.
    """
    locale_id = getattr(locale, "pk", locale)
    siblings = queryset.order_by().filter(translation_key=OuterRef("translation_key"))
    translated = Exists(siblings.filter(locale_id=locale_id))
    older = Exists(siblings.filter(pk__lt=OuterRef("pk")))
    return queryset.filter(Q(locale_id=locale_id) | (~translated & ~older))
