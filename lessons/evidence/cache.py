"""The evidence aggregates in Django's cache, refreshed on publish.

What is cached is the numbers (:func:`~.dashboard.aggregate`) and the lineage
graphs (:mod:`.lineage`), never the HTML, keyed by:

- a **generation**, a random token replaced whenever a page is published,
  unpublished or deleted and whenever an adoption report is saved or deleted
  (its status changed): every older entry is then unreachable, in every
  process sharing the cache. Were the token itself evicted, a new one is drawn,
  which again misses every older entry;
- the reader's **language**;
- the viewer's **reading class**: ``anonymous``; ``members`` (signed in, in no
  group); ``groups-1-4`` (the sorted ids of their groups, since restricted
  lessons and private sections are opened by group); ``superuser``. Two
  viewers of one class read exactly the same lessons, so they may share the
  numbers, and no one ever gets another class's;
- the filter query (sorted, hashed).
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from typing import Any

from django.core.cache import cache

#: The cache key of the current generation.
GENERATION_KEY = "praxis:evidence:generation"
#: How long an entry may live even if nothing is published (seconds).
TIMEOUT = 60 * 60 * 6


def generation() -> str:
    return cache.get_or_set(GENERATION_KEY, lambda: uuid.uuid4().hex, None)


def bump(**kwargs) -> None:
    """Make every cached aggregate stale (a signal receiver)."""
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)


def reading_class(user) -> str:
    """Who reads the same lessons as ``user`` (see the module)."""
    if user is None or not user.is_authenticated:
        return "anonymous"
    if user.is_superuser:
        return "superuser"
    ids = sorted(user.groups.values_list("pk", flat=True))
    if not ids:
        return "members"
    return "groups-" + "-".join(str(pk) for pk in ids)


def query_key(params) -> str:
    """A short, order-independent key of a query string's filters."""
    items = sorted(
        (name, value)
        for name in params
        if name not in ("page", "page_size", "ordering", "locale")
        for value in params.getlist(name)
    )
    return hashlib.sha256(repr(items).encode()).hexdigest()[:24]


def text_key(text: str) -> str:
    """A short key of any text (a slug may hold any letter)."""
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def cached(
    name: str, language: str, reader: str, query: str, compute: Callable[[], Any]
) -> Any:
    """``compute()``, or the value cached for the same arguments."""
    key = f"praxis:evidence:{name}:{generation()}:{language}:{reader}:{query}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, TIMEOUT)
    return value


def connect() -> None:
    """Refresh on publish, unpublish, delete and report review."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import Page, PageViewRestriction
    from wagtail.signals import page_published, page_unpublished

    from ..models import AdoptionReport

    page_published.connect(bump, dispatch_uid="evidence.published")
    page_unpublished.connect(bump, dispatch_uid="evidence.unpublished")
    post_delete.connect(bump, sender=Page, dispatch_uid="evidence.deleted")
    # A section made private (or public again) changes who reads what.
    post_save.connect(bump, sender=PageViewRestriction, dispatch_uid="evidence.pvr")
    post_delete.connect(
        bump, sender=PageViewRestriction, dispatch_uid="evidence.pvr_deleted"
    )
    post_save.connect(bump, sender=AdoptionReport, dispatch_uid="evidence.report")
    post_delete.connect(
        bump, sender=AdoptionReport, dispatch_uid="evidence.report_deleted"
    )
