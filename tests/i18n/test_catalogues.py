"""The interface catalogues in ``locale/``: complete, not fuzzy, compiled.

``make messages`` extracts the strings and compiles the catalogues; these tests
fail when a catalogue has an untranslated or fuzzy entry, when a placeholder is
lost in translation, or when the committed ``.mo`` file is older than its
``.po`` file.
"""

from __future__ import annotations

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
#: Every language but the source language has a catalogue.
LANGUAGES = [code for code in settings.LANGUAGE_NAMES if code != "en"]
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|\{(\w+)\}")


def catalogue(code: str) -> polib.POFile:
    return polib.pofile(str(LOCALE_DIR / code / "LC_MESSAGES" / "django.po"))


def placeholders(text: str) -> set[str]:
    return {match.group(0) for match in PLACEHOLDER.finditer(text)}


def problems(po: polib.POFile) -> list[str]:
    """What is wrong with a catalogue, one line per entry."""
    found = [f"untranslated: {entry.msgid!r}" for entry in po.untranslated_entries()]
    found += [f"fuzzy: {entry.msgid!r}" for entry in po.fuzzy_entries()]
    for entry in po.translated_entries():
        wanted = placeholders(entry.msgid)
        translations = (
            entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        )
        for text in translations:
            if entry.msgid_plural:
                # A plural form may leave out the number ("one lesson").
                missing = wanted - placeholders(text) - {"%(counter)s"}
            else:
                missing = wanted - placeholders(text)
            if missing or placeholders(text) - wanted - placeholders(
                entry.msgid_plural or ""
            ):
                found.append(f"placeholders differ: {entry.msgid!r} -> {text!r}")
    return found


@pytest.mark.parametrize("code", LANGUAGES)
def test_catalogue_is_complete_and_not_fuzzy(code):
    po = catalogue(code)
    assert len(po) > 500  # every template, form, model and message string
    assert po.metadata["Language"] == code
    assert problems(po) == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_compiled_catalogue_matches_the_source(code):
    po = catalogue(code)
    mo = polib.mofile(str(LOCALE_DIR / code / "LC_MESSAGES" / "django.mo"))
    compiled = {(entry.msgctxt, entry.msgid): entry.msgstr for entry in mo}
    for entry in po.translated_entries():
        if entry.msgid_plural:
            continue
        assert compiled.get((entry.msgctxt, entry.msgid)) == entry.msgstr, entry.msgid


def test_the_check_finds_untranslated_fuzzy_and_broken_entries():
    po = polib.POFile()
    po.append(polib.POEntry(msgid="Lessons", msgstr=""))
    po.append(polib.POEntry(msgid="Search", msgstr="Sök", flags=["fuzzy"]))
    po.append(polib.POEntry(msgid="Page %(page)s of %(pages)s", msgstr="Sida %(page)s"))
    assert len(problems(po)) == 3


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_interface_speaks_each_language(code):
    translated = catalogue(code).find("Skip to main content").msgstr
    assert translated and translated != "Skip to main content"
    with translation.override(code):
        assert translation.gettext("Skip to main content") == translated
