"""Demo content in Swedish, Arabic, Spanish and French, made the way a
translator makes it: through wagtail-localize.

For each item the English source is turned into a ``TranslationSource``; the
translated text from ``content/`` (matched to the source by key, see
:func:`home.demo.content.aligned`) is written into an unsaved copy of the
source, both are split into wagtail-localize's segments, and the segments of
each field are paired and imported as a PO file, just as a translator's
offline work would be. ``save_target`` then creates and publishes
the translation. The result opens in wagtail-localize's editor as a finished
translation, and synchronising the source later works as it would for any
other page.
"""

from __future__ import annotations

import copy
from collections import defaultdict
from collections.abc import Callable

from django.db import models
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


def unsaved_copy(instance: models.Model) -> models.Model:
    """A copy of ``instance`` with its child objects, in memory only."""
    if isinstance(instance, Page):
        return type(instance).from_serializable_data(instance.serializable_data())
    return copy.copy(instance)


def _strings(instance: models.Model) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            found[segment.path].append(segment.string.data)
    return found


def translate(
    source: models.Model,
    locale: Locale,
    write: Callable[[models.Model], None],
) -> tuple[models.Model, bool]:
    """Translate ``source`` into ``locale``: ``write`` puts the translated text
    into a copy of the source. Returns the translation and whether it was new;
    an existing translation is left as it is."""
    existing = source.get_translation_or_none(locale)
    # An alias (a parent page copied along with a translated child) becomes a
    # translation of its own; anything else is left as it is.
    if existing is not None and not getattr(existing, "alias_of_id", None):
        return existing, False
    translation_source, _ = TranslationSource.get_or_create_from_instance(source)
    translation, _ = Translation.objects.get_or_create(
        source=translation_source, target_locale=locale
    )
    translated = unsaved_copy(source)
    write(translated)
    before, after = _strings(source), _strings(translated)
    pairs = {}
    for path, texts in before.items():
        # A field whose paragraphs do not line up stays in English rather
        # than pairing the wrong sentences (the content loader rejects such
        # translations, see home.demo.content.check_translation).
        if len(after.get(path, [])) == len(texts):
            pairs.update(
                {
                    (path, text): new
                    for text, new in zip(texts, after[path], strict=True)
                }
            )
    po = translation.export_po()
    for entry in po:
        entry.msgstr = pairs.get((entry.msgctxt, entry.msgid), "")
    translation.import_po(po)
    if isinstance(source, Page):
        # wagtail-localize publishes a page when the transaction commits, from
        # the page as it was then; seeding runs in one transaction and adds
        # children meanwhile, so the draft is published here instead.
        translation.save_target(publish=False)
        target = source.get_translation(locale)
        target.get_latest_revision().publish()
        return target.specific, True
    translation.save_target(publish=True)
    return source.get_translation(locale), True


def html(text: str) -> str:
    from .build import paragraphs

    return paragraphs(text)


def write_fields(values: dict, rich: tuple[str, ...] = ()) -> Callable:
    """A ``write`` for :func:`translate` that sets plain and rich text fields."""

    def write(instance) -> None:
        for name, value in values.items():
            setattr(instance, name, html(value) if name in rich else value)

    return write


def write_lesson(values: dict) -> Callable:
    """A ``write`` for a lesson: its text fields, steps, cautions, signals and
    lineage notes. The lists are in the order of the source's items, ``None``
    for an item left untranslated; a missing field keeps the source text."""
    context = values.get("context", {})

    def write(lesson) -> None:
        for name, attribute in (
            ("title", "title"),
            ("summary", "summary"),
            ("funding", "funding_disclosure"),
            ("origin", "origin_note"),
        ):
            if values.get(name):
                setattr(lesson, attribute, values[name])
        for name in ("problem", "outcomes", "what_we_would_change"):
            if values.get(name):
                setattr(lesson, name, html(values[name]))
        for part in ("political", "coalition", "media", "legal"):
            if context.get(part):
                setattr(lesson, f"{part}_context", html(context[part]))
        for block, step in zip(
            lesson.activities, values.get("activities", []), strict=False
        ):
            for name, text in (step or {}).items():
                block.value[name] = (
                    RichText(html(text)) if name == "description" else text
                )
        for rows, texts, fields in (
            (lesson.cautions.all(), values.get("cautions", []), CAUTION_FIELDS),
            (lesson.outcome_signals.all(), values.get("signals", []), SIGNAL_FIELDS),
            (
                lesson.adapted_from_links.all(),
                values.get("adapted_from", []),
                LINK_FIELDS,
            ),
        ):
            for row, text in zip(rows, texts, strict=False):
                for name, attribute in fields.items():
                    if (text or {}).get(name):
                        setattr(row, attribute, text[name])

    return write


#: Content fields of a lesson's inline rows and the model fields they fill.
CAUTION_FIELDS = {"title": "title", "description": "description"}
SIGNAL_FIELDS = {
    "label": "label",
    "unit": "unit",
    "evidence": "evidence",
    "factors": "likely_factors",
}
LINK_FIELDS = {"what_changed": "what_changed"}
