"""The ``locale`` parameter and the fallback rule.

Every endpoint takes ``locale`` (default: the site's source language). Lists
show the content of that locale and, for every item that has no translation
there the visitor may read, the item in its original language, so nothing is
hidden for lack of a translator. Each item says which locale it is in.
"""

from __future__ import annotations

import re

from django.conf import settings
from django.utils.translation import gettext as _
from wagtail.models import Locale

from core.locales import register_forgetter, with_fallback

from .problems import invalid_parameter

__all__ = ["resolve_locale", "with_fallback", "locale_code", "default_locale"]

#: What a language code looks like (``en``, ``pt-br``, ``zh-hans``).
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[a-z0-9]{2,8})?$")


def content_languages() -> list[str]:
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


#: Locales by language code and by id, kept per process: they change only when
#: a language is added or removed (and are dropped then, in every process:
#: see :mod:`core.locales`).
_by_code: dict[str, Locale] = {}
_codes: dict[int, str] = {}


def _load() -> None:
    if not _codes:
        for locale in Locale.objects.all():
            _by_code[locale.language_code] = locale
            _codes[locale.pk] = locale.language_code


def forget_locales(**kwargs) -> None:
    _by_code.clear()
    _codes.clear()


# Dropped too when another process changes a locale (core.locales).
register_forgetter(forget_locales)


def locale_code(locale_id: int) -> str:
    """The language code of a locale id, without a query once loaded."""
    _load()
    return _codes.get(locale_id, "")


def default_locale() -> Locale:
    _load()
    return _by_code.get(settings.LANGUAGE_CODE) or Locale.get_default()


def resolve_locale(code: str | None) -> Locale:
    """The ``Locale`` for a ``locale`` parameter; a 400 problem for a code that
    is malformed or not one of the site's content languages."""
    if not code:
        return default_locale()
    code = code.strip().lower()
    languages = content_languages()
    if not LANGUAGE_CODE.match(code) or code not in languages:
        raise invalid_parameter(
            "locale",
            _("“%(code)s” is not a language of this site. Use one of: %(codes)s.")
            % {"code": code[:20], "codes": ", ".join(languages)},
        )
    _load()
    locale = _by_code.get(code)
    if locale is None:
        # A configured language nobody has written in yet: nothing to show in
        # it, so everything falls back to its original language.
        locale = Locale(language_code=code, pk=0)
    return locale
