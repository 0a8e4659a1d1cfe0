"""Several processes agree on the locales: the one that changes a locale
writes a new generation to the shared cache, and the others drop their
mappings at their next request (``core.locales``)."""

from __future__ import annotations

import pytest
from django.core.cache import cache

from core import locales
from core.api import locales as api_locales

pytestmark = pytest.mark.django_db


def test_another_process_s_change_drops_this_process_s_mappings(home):
    locales.check_generation()
    locales.active_locale_id()
    api_locales.default_locale()
    assert locales._ids and api_locales._codes

    # What forget_locales in another process leaves in the shared cache.
    cache.set(locales.GENERATION_KEY, "from-another-process", timeout=None)
    locales.check_generation()

    assert not locales._ids and not api_locales._codes
    assert locales._state["generation"] == "from-another-process"


def test_the_same_generation_keeps_them(home):
    locales.check_generation()
    locales.active_locale_id()
    locales.check_generation()
    assert locales._ids


def test_a_lost_generation_is_written_back_and_keeps_them(home):
    locales.check_generation()
    locales.active_locale_id()
    mine = locales._state["generation"]
    cache.clear()
    locales.check_generation()
    assert locales._ids
    assert cache.get(locales.GENERATION_KEY) == mine


def test_saving_a_locale_announces_a_new_generation(home):
    locales.check_generation()
    before = cache.get(locales.GENERATION_KEY)
    from wagtail.models import Locale

    Locale.objects.get(language_code="sv").save()
    assert cache.get(locales.GENERATION_KEY) not in (None, before)
