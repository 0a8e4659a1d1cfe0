"""What translators translate and what stays the same in every language.

Every page type and snippet names its ``translatable_fields`` explicitly
(wagtail-localize would otherwise guess from field types, and would, for one,
offer slugs and sensitivity to translators): text is a ``TranslatableField``;
slugs, dates, numbers, countries, relations, choices, sensitivity and outcome
figures are ``SynchronizedField``\\s copied from the source whenever
translations are synchronised. Fields that protect people are not overridable,
so no translation can loosen who may read it.
"""

from __future__ import annotations

from wagtail_localize.fields import SynchronizedField, TranslatableField


def translated(*names: str) -> list[TranslatableField]:
    return [TranslatableField(name) for name in names]


def synchronised(*names: str, overridable: bool = False) -> list[SynchronizedField]:
    return [SynchronizedField(name, overridable=overridable) for name in names]


#: The fields every page has: title and search texts are translated, the slug is
#: shared so that ``/en/lessons/x/`` becomes ``/sv/lessons/x/``.
PAGE_FIELDS = [
    *translated("title", "seo_title", "search_description"),
    *synchronised("slug", "show_in_menus"),
]

#: Who may read a page (:class:`lessons.models.SensitivityMixin`): the same in
#: every language, and never changed in a translation.
SENSITIVITY_FIELDS = synchronised("sensitivity", "restricted_to_groups", "anonymised")
