"""The evidence aggregates in Django's cache, refreshed on publish.

What is cached is the numbers (:func:`~.dashboard.aggregate`) and the lineage
graphs (:mod:`.lineage`), never the HTML, keyed by:

- the **content generation** (:mod:`core.generation`), replaced whenever a
  page is published, unpublished, moved, deleted or restricted and whenever an
  adoption report is saved or deleted (its status changed): every older entry
  is then unreachable, in every process sharing the cache. Were the token
  itself evicted, a new one is drawn, which again misses every older entry;
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
from collections.abc import Callable
from typing import Any

from core import generation

#: How long an entry may live even if nothing is published (seconds).
TIMEOUT = 60 * 60 * 6


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
    return generation.remembered(
        f"evidence:{name}", (language, reader, query), compute, timeout=TIMEOUT
    )
