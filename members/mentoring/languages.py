"""The languages a mentor or mentee may speak.

Wider than the interface's languages (``LANGUAGE_NAMES``): people mentor in
the languages they speak, not only in those Praxis is translated into. The
list is Django's own, whose names Django already translates, without the
regional variants (``en-au``) that would split one language in two.
"""

from __future__ import annotations

from django.conf import global_settings
from django.utils.translation import gettext

#: Codes kept although they carry a hyphen: the two written forms of Chinese.
_KEEP = {"zh-hans", "zh-hant"}
#: Django's English names, the keys of its catalogue.
_NAMES = dict(global_settings.LANGUAGES)


def codes() -> list[str]:
    return [
        code
        for code, _name in global_settings.LANGUAGES
        if "-" not in code or code in _KEEP
    ]


def name(code: str) -> str:
    """The language's name in the reader's language (Django's catalogue)."""
    return gettext(_NAMES[code]) if code in _NAMES else code


def choices() -> list[tuple[str, str]]:
    """``(code, name)`` in the reader's language, sorted by name."""
    return sorted(
        ((code, name(code)) for code in codes()), key=lambda c: c[1].casefold()
    )
