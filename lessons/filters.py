"""Facet filters of the lesson and resource libraries.

One definition of every facet: the library pages use these FilterSets, and the
API reuses them so that ``?topic=housing&result=misfire`` means the same
everywhere.
"""

from __future__ import annotations

import django_filters
from django import forms
from django.db.models import CharField, Value
from django.utils.translation import gettext_lazy as _
from django_countries import countries as all_countries

from core import generation
from core.listing import ordering_choices
from core.locales import active_locale_id, with_fallback

from .choices import LessonFormat, ResourceType, Result, RiskLevel
from .models import (
    AdoptionReport,
    Audience,
    Bottleneck,
    LessonPage,
    ResourcePage,
    Tactic,
    Topic,
)

#: At most this many values of one list facet are applied (each adds to the SQL).
MAX_CODES = 20


def countries_in(queryset, field: str = "countries", request=None) -> set[str]:
    """Every country code in a multiple ``CountryField`` across ``queryset``;
    remembered for an anonymous ``request`` until anything is published
    (:func:`core.generation.anonymous_facet`)."""
    values = queryset.order_by().values_list(field, flat=True).distinct()

    def codes() -> set[str]:
        found: set[str] = set()
        for value in values:
            found.update(code for code in (value or "").split(",") if code)
        return found

    if request is None:
        return codes()
    return generation.anonymous_facet(request, values, codes)


def country_choices(codes) -> list[tuple[str, str]]:
    """Country codes as filter choices, named in the reader's language."""
    return sorted(
        ((code, str(all_countries.name(code) or code)) for code in codes if code),
        key=lambda pair: pair[1],
    )


class TermFilter(django_filters.MultipleChoiceFilter):
    """Filter by one or more taxonomy terms, named by slug in the query string.

    The choices are the terms of the visitor's language (and the originals of
    terms not translated into it); :class:`PraxisFilterSet` loads those of
    every term filter in one query.
    """

    def __init__(self, *args, model=None, **kwargs):
        self.term_model = model
        kwargs.setdefault("widget", forms.CheckboxSelectMultiple)
        kwargs.setdefault("choices", [])
        # No DISTINCT: :meth:`filter` never joins the terms into the listing.
        kwargs["distinct"] = False
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        """Keep the items tagged with any of the terms (all of them when
        ``conjoined``), as ``pk IN (…)`` subqueries.

        Joining the terms would repeat an item once per matching term and need
        a ``SELECT DISTINCT`` over the whole listing, which the database can
        only answer by sorting every match; the subquery lets it keep walking
        the listing's own order.
        """
        if not value:
            return qs
        tagged = qs.model._base_manager.order_by()
        lookup = f"{self.field_name}__in"
        groups = [[v] for v in sorted(set(value))] if self.conjoined else [value]
        for group in groups:
            qs = qs.filter(pk__in=tagged.filter(**{lookup: group}).values("pk"))
        return qs


class PraxisFilterSet(django_filters.FilterSet):
    """A FilterSet that drops invalid values with a message instead of failing.

    django-filter already filters on the valid fields only; this adds messages a
    visitor can act on for the fields it had to leave out.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.load_term_choices()

    def load_term_choices(self) -> None:
        """Give every :class:`TermFilter` its choices, with one query in all
        (none while they are remembered)."""
        term_filters = {
            name: f for name, f in self.filters.items() if isinstance(f, TermFilter)
        }
        if not term_filters:
            return
        locale_id = active_locale_id()

        def load() -> dict[str, list[tuple[str, str]]]:
            kind = CharField()
            parts = [
                # Terms nobody has translated yet still filter, under their
                # original name, as the lists show them.
                with_fallback(f.term_model.objects.all(), locale_id)
                .annotate(kind=Value(name, output_field=kind))
                .values_list("kind", "slug", "name")
                .order_by()
                for name, f in term_filters.items()
            ]
            found: dict[str, list[tuple[str, str]]] = {
                name: [] for name in term_filters
            }
            for name, slug, label in parts[0].union(*parts[1:], all=True):
                found[name].append((slug, label))
            return {
                name: sorted(pairs, key=lambda c: c[1].casefold())
                for name, pairs in found.items()
            }

        # The same for every reader: terms are not sensitive. Remembered
        # until a term (or anything published) changes (core.generation).
        choices = generation.remembered(
            "term-choices",
            (
                locale_id,
                sorted(
                    (name, f.term_model._meta.label) for name, f in term_filters.items()
                ),
            ),
            load,
        )
        for name, f in term_filters.items():
            f.extra["choices"] = choices[name]

    def error_messages(self) -> list[str]:
        if not self.is_bound or self.form.is_valid():
            return []
        messages = []
        for name, errors in self.form.errors.as_data().items():
            label = self.filters[name].label if name in self.filters else name
            for error in errors:
                if error.code == "invalid_choice":
                    # Django's own words ("Select a valid choice…") are
                    # written for a form, not for a link someone followed.
                    value = (error.params or {}).get("value", "")
                    message = _(
                        "There is nothing called “%(value)s” under “%(filter)s”, "
                        "so the list is shown without that filter."
                    ) % {"value": value, "filter": label}
                else:
                    message = _("The “%(filter)s” filter was left out: %(problem)s") % {
                        "filter": label,
                        "problem": " ".join(error.messages),
                    }
                messages.append(message)
        return messages

    def ordered_qs(self, *default_ordering: str):
        """The filtered queryset, in the chosen order or ``default_ordering``."""
        queryset = self.qs
        chosen = (
            self.is_bound
            and self.form.is_valid()
            and self.form.cleaned_data.get("ordering")
        )
        if not chosen:
            queryset = queryset.order_by(*default_ordering)
        return queryset

    def active_filters(self) -> list[tuple[str, str]]:
        """(filter label, chosen value label) pairs, for the 'filtered by' summary."""
        if not self.is_bound:
            return []
        chosen = []
        for name, value in self.form.cleaned_data.items():
            if not value or name == "ordering":
                continue
            field = self.form.fields[name]
            values = value if isinstance(value, (list, tuple, set)) else [value]
            if hasattr(value, "model"):
                values = list(value)
            choices = dict(getattr(field, "choices", []))
            for item in values:
                chosen.append((str(field.label), str(choices.get(item, item))))
        return chosen


class LessonFilterSet(PraxisFilterSet):
    topic = TermFilter(field_name="topics__slug", model=Topic, label=_("Topic"))
    tactic = TermFilter(field_name="tactics__slug", model=Tactic, label=_("Tactic"))
    audience = TermFilter(
        field_name="audiences__slug", model=Audience, label=_("Audience")
    )
    bottleneck = TermFilter(
        field_name="bottlenecks__slug", model=Bottleneck, label=_("Bottleneck")
    )
    country = django_filters.MultipleChoiceFilter(
        choices=[], method="filter_country", label=_("Country")
    )
    format = django_filters.MultipleChoiceFilter(
        choices=LessonFormat.choices,
        label=_("Format"),
        widget=forms.CheckboxSelectMultiple,
    )
    result = django_filters.MultipleChoiceFilter(
        choices=Result.choices, label=_("Result"), widget=forms.CheckboxSelectMultiple
    )
    risk = django_filters.MultipleChoiceFilter(
        field_name="cautions__risk_level",
        choices=RiskLevel.choices,
        label=_("Risk level of a caution"),
        widget=forms.CheckboxSelectMultiple,
        distinct=True,
    )
    movement = django_filters.CharFilter(
        method="filter_movement",
        label=_("Movement"),
        max_length=255,
        widget=forms.HiddenInput,
    )
    ordering = django_filters.OrderingFilter(
        fields=(("first_published_at", "published"), ("title", "title")),
        choices=ordering_choices("published"),
        # No "---------": with no choice made, the first (the default) shows.
        empty_label=None,
        label=_("Sort by"),
    )

    class Meta:
        model = LessonPage
        fields: list[str] = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["country"].extra["choices"] = self.country_choices()

    def country_choices(self) -> list[tuple[str, str]]:
        """Only the countries that lessons in this listing come from."""
        return country_choices(countries_in(self.queryset, request=self.request))

    def filter_movement(self, queryset, name, value):
        """Lessons of one movement, by its slug. Anonymised lessons are never
        tied to their movement, so they are left out here too."""
        if not value:
            return queryset
        from wagtail.models import Page

        from core.attribution import tied_to_their_origin
        from core.visibility import visible_pages

        movements = visible_pages(Page.objects.filter(slug=value), self.request)
        return tied_to_their_origin(
            queryset.filter(movement__in=movements.values("pk"))
        )

    def filter_country(self, queryset, name, value):
        if not value:
            return queryset
        from django.db.models import Q

        condition = Q()
        for code in list(dict.fromkeys(value))[:MAX_CODES]:
            condition |= Q(countries__contains=code)
        return queryset.filter(condition)


class ResourceFilterSet(PraxisFilterSet):
    topic = TermFilter(field_name="topics__slug", model=Topic, label=_("Collection"))
    type = django_filters.MultipleChoiceFilter(
        field_name="resource_type",
        choices=ResourceType.choices,
        label=_("Type"),
        widget=forms.CheckboxSelectMultiple,
    )
    language = django_filters.CharFilter(
        field_name="language", label=_("Language of the resource"), max_length=10
    )

    class Meta:
        model = ResourcePage
        fields: list[str] = []


class AdoptionReportFilterSet(PraxisFilterSet):
    """Approved "we tried this" reports, by lesson (any of its languages) and
    result."""

    lesson = django_filters.NumberFilter(
        label=_("Lesson (its id; reports on its translations count too)"),
        method="filter_lesson",
    )
    result = django_filters.ChoiceFilter(label=_("Result"), choices=Result.choices)

    class Meta:
        model = AdoptionReport
        fields = ["lesson", "result"]

    def filter_lesson(self, queryset, name, value):
        family = LessonPage.objects.filter(pk=value).values("translation_key")
        return queryset.filter(lesson__translation_key__in=family)
