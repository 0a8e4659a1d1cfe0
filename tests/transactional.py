"""For test modules that need committed data (``transaction=True``).

pytest-django flushes every table after a transactional test, the migrations'
data (the home page, the default site, locales, roles) included. The
serialized rollback puts it back at the start of each such test, but nothing
puts it back after the last one, and under pytest-xdist other files run after
this one on the same worker. A module fixture is torn down after that flush,
so it restores the data there.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module", autouse=True)
def migration_data_back_for_the_next_module(django_db_blocker):
    yield
    from django.db import connections

    with django_db_blocker.unblock():
        for connection in connections.all():
            contents = getattr(connection, "_test_serialized_contents", None)
            if contents:
                connection.creation.deserialize_db_from_string(contents)
