"""Data built once per test module instead of once per test.

Building a scenario of many pages (and their revisions, translations and
search entries) costs seconds; tens of tests read the same one. A module-scoped
fixture builds it inside :func:`once_per_module`, an atomic block that is
rolled back after the module's last test. Each test still runs in its own
transaction (pytest-django's ``db`` fixture: a savepoint inside that block),
so what one test changes is gone before the next, and a function-scoped
fixture hands each test the scenario re-read from the database with
:func:`fresh`, never the instances an earlier test may have changed.

Tests that use such a fixture run after the other tests of their file
(``pytest_collection_modifyitems`` in ``tests/conftest.py``), so those never
see the scenario's rows.
"""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from django.core.cache import cache
from django.db import models, transaction
from django.test import override_settings

T = TypeVar("T")


@contextmanager
def once_per_module(
    django_db_blocker, tmp_path_factory, **settings
) -> Iterator[Path]:
    """Database access and ``settings`` for building a module's data, in an
    atomic block rolled back on leaving it; yields the media folder the data's
    files go to (see :func:`for_this_test`). The cache is emptied on both
    sides: Wagtail keeps the site's root paths there."""
    media = tmp_path_factory.mktemp("module-media")
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=str(media), **settings),
        transaction.atomic(),
    ):
        cache.clear()
        try:
            yield media
        finally:
            transaction.set_rollback(True)
            cache.clear()


def for_this_test(data: T, media: Path, settings) -> T:
    """A module's ``data`` for one test: its files copied into the test's own
    media folder (``settings.MEDIA_ROOT``, see ``tests/conftest.py``) and its
    objects read again from the database (:func:`fresh`)."""
    shutil.copytree(media, settings.MEDIA_ROOT, dirs_exist_ok=True)
    return fresh(data)


def fresh(value: T) -> T:
    """``value`` read again from the database: a model instance (of its own,
    specific class), or a dataclass, dict, list or tuple of them."""
    if isinstance(value, models.Model):
        return type(value)._default_manager.get(pk=value.pk)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(
            value,
            **{
                field.name: fresh(getattr(value, field.name))
                for field in dataclasses.fields(value)
                if field.init
            },
        )
    if isinstance(value, dict):
        return {key: fresh(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(fresh(item) for item in value)
    return value
