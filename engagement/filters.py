"""Facet filters of the movement directory, the get-involved finder and the
event calendar, shared by the site and the API."""

from __future__ import annotations

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from lessons.filters import (
    MAX_CODES,
    PraxisFilterSet,
    TermFilter,
    countries_in,
    country_choices,
)
from lessons.models import Topic

from .choices import Attendance, Commitment, EventFormat, Skill
from .fields import codes_in_use, contains_any
from .models import EventPage, MovementProfilePage, Opportunity
from .models.campaign import language_names


def distinct_codes(values) -> list[str]:
    """Each chosen code once, at most :data:`MAX_CODES` of them: a repeated
    query-string value must not grow the SQL without bound."""
    return list(dict.fromkeys(values))[:MAX_CODES]


def language_options(codes) -> list[tuple[str, str]]:
    codes = sorted(codes)
    return sorted(zip(codes, language_names(codes), strict=True), key=lambda c: c[1])


class CodeListFilter(django_filters.MultipleChoiceFilter):
    """Rows whose list field (languages, skills) holds any of the chosen codes."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("choices", [])
        kwargs.setdefault("widget", forms.CheckboxSelectMultiple)
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        return qs.filter(contains_any(self.field_name, distinct_codes(value)))


class AttendanceFilter(django_filters.ChoiceFilter):
    """'Online' also finds things that are online *and* in person, and so on."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "choices",
            [
                (Attendance.ONLINE, _("Online or remote")),
                (Attendance.IN_PERSON, _("In person")),
            ],
        )
        kwargs.setdefault("empty_label", _("Either"))
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        return qs.filter(**{f"{self.field_name}__in": [value, Attendance.BOTH]})


class MovementFilterSet(PraxisFilterSet):
    topic = TermFilter(field_name="topics__slug", model=Topic, label=_("Topic"))
    country = django_filters.MultipleChoiceFilter(
        choices=[],
        method="filter_country",
        label=_("Country"),
        widget=forms.CheckboxSelectMultiple,
    )
    language = CodeListFilter(field_name="languages", label=_("Language"))

    class Meta:
        model = MovementProfilePage
        fields: list[str] = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["country"].extra["choices"] = country_choices(
            countries_in(self.queryset, request=self.request)
        )
        self.filters["language"].extra["choices"] = language_options(
            codes_in_use(self.queryset, "languages")
        )

    def filter_country(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.filter(contains_any("countries", distinct_codes(value)))


class OpportunityFilterSet(PraxisFilterSet):
    """The get-involved finder. Expired opportunities are left out before this
    runs (:meth:`OpportunityQuerySet.current`)."""

    topic = TermFilter(field_name="page__topics__slug", model=Topic, label=_("Topic"))
    country = django_filters.MultipleChoiceFilter(
        field_name="country",
        choices=[],
        label=_("Country"),
        widget=forms.CheckboxSelectMultiple,
    )
    attendance = AttendanceFilter(
        field_name="attendance", label=_("Online or in person")
    )
    commitment = django_filters.MultipleChoiceFilter(
        choices=Commitment.choices,
        label=_("Commitment"),
        widget=forms.CheckboxSelectMultiple,
    )
    language = CodeListFilter(field_name="languages", label=_("Language"))
    skill = CodeListFilter(
        field_name="skills", choices=Skill.choices, label=_("Skills")
    )

    class Meta:
        model = Opportunity
        fields: list[str] = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        countries = self.queryset.order_by().values_list("country", flat=True)
        self.filters["country"].extra["choices"] = country_choices(
            {str(code) for code in countries.distinct()}
        )
        self.filters["language"].extra["choices"] = language_options(
            codes_in_use(self.queryset, "languages")
        )


class EventFilterSet(PraxisFilterSet):
    format = django_filters.MultipleChoiceFilter(
        choices=EventFormat.choices,
        label=_("Format"),
        widget=forms.CheckboxSelectMultiple,
    )
    attendance = AttendanceFilter(
        field_name="attendance", label=_("Online or in person")
    )
    language = CodeListFilter(field_name="languages", label=_("Language"))
    topic = TermFilter(field_name="topics__slug", model=Topic, label=_("Topic"))

    class Meta:
        model = EventPage
        fields: list[str] = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["language"].extra["choices"] = language_options(
            codes_in_use(self.queryset, "languages")
        )
