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


class LocalisedRelationsMixin:
    """Keeps a page's links to translatable snippets (topics, tactics…) in the
    page's own language.

    wagtail-localize synchronises many-to-many fields by copying the source's
    links, which point at the source language's terms; on every full save this
    swaps each term for its version in the page's language where one exists, so
    a Swedish lesson is tagged with Swedish topic names. Slugs are shared
    across languages, so filters by slug find the page either way.
    """

    #: The parental many-to-many fields to translatable snippets.
    localised_relations: tuple[str, ...] = ()

    def save(self, *args, **kwargs):
        if kwargs.get("update_fields") is None:
            self.localise_relations()
        return super().save(*args, **kwargs)

    def localise_relations(self) -> None:
        if not self.locale_id:
            return
        for name in self.localised_relations:
            terms = list(getattr(self, name).all())
            if all(term.locale_id == self.locale_id for term in terms):
                continue
            model = type(self)._meta.get_field(name).related_model
            local = {
                term.translation_key: term
                for term in model.objects.filter(
                    locale_id=self.locale_id,
                    translation_key__in=[term.translation_key for term in terms],
                )
            }
            setattr(self, name, [local.get(t.translation_key, t) for t in terms])
