"""The content generation, and what is remembered for as long as it lasts.

The *content generation* is a token in the shared cache (Redis, with
``REDIS_URL``, so every process agrees) that any change anonymous visitors
could see replaces: a page published, unpublished, moved, deleted or
restricted, a post or report shown on one (:mod:`core.frontend_cache` calls
:func:`changed`), a taxonomy term saved or deleted (:func:`follow`).
Whatever is remembered under it is never used after such a change: the next
request misses and works it out anew.

Remembered under it:

- the API's public answers (:mod:`core.api.response_cache`, when
  ``PRAXIS_API_RESPONSE_CACHE`` is on);
- the evidence figures and lineage graphs (:mod:`lessons.evidence.cache`);
- every term filter's choices in each language (``lessons.filters``);
- costly figures that do not depend on who asks, through :func:`remembered`:
  a listing's count and country facet for anonymous readers
  (:func:`anonymous_count`, :func:`anonymous_facet`), the home page and main
  menu anonymous readers see (:func:`core.context_processors.site_pages`),
  and the ranking behind suggested lessons (:mod:`lessons.evidence.related`),
  each for at most ``PRAXIS_CONTENT_MEMO_SECONDS``.

Nothing that decides what a reader may see is ever remembered: visibility is
always read from the database, and only what it is applied to comes from here.
"""

from __future__ import annotations

import hashlib
import logging
import uuid
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import QuerySet

logger = logging.getLogger(__name__)

KEY = "praxis:content:generation"


def current() -> str:
    """The generation now (one cache read; a new one is made if none is kept)."""
    token = cache.get(KEY)
    if token is None:
        cache.add(KEY, uuid.uuid4().hex, timeout=None)
        token = cache.get(KEY)
    return token


def _bump() -> None:
    try:
        cache.set(KEY, uuid.uuid4().hex, timeout=None)
    except Exception:  # noqa: BLE001
        logger.warning("The shared cache is unreachable; remembered figures stay.")


def changed() -> None:
    """Something anonymous visitors may see changed: nothing remembered is used
    again. The generation is replaced at once and again after the commit, so a
    request in between cannot keep the old state under the new token."""
    _bump()
    transaction.on_commit(_bump)


def _key(name: str, parts: Any) -> str:
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()
    return f"praxis:memo:{name}:{current()}:{digest}"


def _timeout(timeout: int | None) -> int:
    return settings.PRAXIS_CONTENT_MEMO_SECONDS if timeout is None else timeout


def recall(name: str, parts: Any) -> Any:
    """What :func:`keep` kept for ``name`` and ``parts`` under the current
    generation, or ``None``."""
    if _timeout(None) <= 0:
        return None
    return cache.get(_key(name, parts))


def keep(name: str, parts: Any, value: Any, *, timeout: int | None = None) -> None:
    """Keep ``value`` for :func:`recall`, for ``timeout`` seconds (by default
    ``PRAXIS_CONTENT_MEMO_SECONDS``; 0 keeps nothing)."""
    timeout = _timeout(timeout)
    if timeout > 0:
        cache.set(_key(name, parts), value, timeout=timeout)


def follow(model) -> None:
    """Rows of ``model`` show to anonymous visitors wherever they are used (a
    taxonomy term's name): saving or deleting one is a change too."""
    from django.db.models.signals import post_delete, post_save

    def on_change(sender, raw: bool = False, **kwargs) -> None:
        if not raw:
            changed()

    for signal in (post_save, post_delete):
        signal.connect(
            on_change,
            sender=model,
            weak=False,
            dispatch_uid=f"praxis.generation.{model._meta.label_lower}.{id(signal)}",
        )


def remembered(
    name: str, parts: Any, compute: Callable[[], Any], *, timeout: int | None = None
) -> Any:
    """``compute()``, kept under the current generation for ``name`` and
    ``parts`` (anything with a stable ``repr``) for ``timeout`` seconds, by
    default ``PRAXIS_CONTENT_MEMO_SECONDS`` (0 turns remembering off)."""
    if _timeout(timeout) <= 0:
        return compute()
    key = _key(name, parts)
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout=_timeout(timeout))
    return value


def _sql(queryset: QuerySet) -> tuple[str, tuple]:
    query, params = queryset.query.sql_with_params()
    return queryset.db, query, tuple(map(str, params))


def anonymous(request) -> bool:
    """Whether ``request`` is read by no one signed in (what may be shared)."""
    user = getattr(request, "user", None)
    return user is None or not user.is_authenticated


def anonymous_count(request, queryset: QuerySet) -> int:
    """``queryset.count()``, remembered when ``request`` is anonymous. The
    query itself (its SQL and parameters) is the key, so every filter has its
    own figure; a signed-in reader's count is always counted."""
    if not anonymous(request):
        return queryset.count()
    return remembered("count", _sql(queryset.order_by()), queryset.count)


def anonymous_facet(request, queryset: QuerySet, compute: Callable[[], Any]) -> Any:
    """``compute()`` (a facet of ``queryset``), remembered as
    :func:`anonymous_count` is."""
    if not anonymous(request):
        return compute()
    return remembered("facet", _sql(queryset.order_by()), compute)
