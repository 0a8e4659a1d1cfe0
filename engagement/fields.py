"""A model field for a short list of choices, stored as comma-separated codes.

Languages and skills are lists of a few codes each. A plain ``CharField`` keeps
them portable between SQLite and PostgreSQL (no ``ArrayField``), and
:func:`contains_any` matches whole codes only, so ``zh`` never matches
``zh-hans``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partialmethod

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

#: Separator between codes in the database column.
SEPARATOR = ","


class ChoiceListField(models.CharField):
    """Several codes from ``item_choices``, edited as a multiple choice."""

    def __init__(
        self,
        *args,
        item_choices: Callable[[], Iterable[tuple[str, str]]] | Iterable | None = None,
        **kwargs,
    ):
        self.item_choices = item_choices
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs.pop("default", None)
        return name, path, args, kwargs

    def contribute_to_class(self, cls, name, *args, **kwargs) -> None:
        super().contribute_to_class(cls, name, *args, **kwargs)
        method = f"get_{name}_display"
        if method not in cls.__dict__:
            setattr(cls, method, partialmethod(_labels, field=self))

    def get_item_choices(self) -> list[tuple[str, str]]:
        choices = self.item_choices
        if callable(choices):
            choices = choices()
        return list(choices or [])

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value) -> list[str]:
        if value is None or value == "":
            return []
        if isinstance(value, str):
            return [code for code in value.split(SEPARATOR) if code]
        return list(value)

    def get_prep_value(self, value) -> str:
        if isinstance(value, (list, tuple, set)):
            return SEPARATOR.join(value)
        return "" if value is None else str(value)

    def value_to_string(self, obj) -> str:
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance) -> None:
        if not value and not self.blank:
            raise ValidationError(self.error_messages["blank"], code="blank")
        known = {code for code, _label in self.get_item_choices()}
        unknown = [code for code in value if code not in known]
        if unknown:
            raise ValidationError(
                _("Unknown choice: %(codes)s") % {"codes": ", ".join(unknown)},
                code="invalid_choice",
            )

    def run_validators(self, value) -> None:
        super().run_validators(self.get_prep_value(value))

    def formfield(self, **kwargs):
        defaults = {
            "form_class": forms.TypedMultipleChoiceField,
            "choices": self.get_item_choices,
            "required": not self.blank,
            "label": self.verbose_name,
            "help_text": self.help_text,
            "widget": forms.CheckboxSelectMultiple,
        }
        defaults.update(kwargs)
        form_class = defaults.pop("form_class")
        for key in ("max_length", "empty_value", "choices_form_class"):
            defaults.pop(key, None)
        return form_class(**defaults)


def _labels(instance, field: ChoiceListField) -> list[str]:
    """The labels of the codes in ``field`` (``get_languages_display()``)."""
    labels = dict(field.get_item_choices())
    return [str(labels.get(code, code)) for code in field.value_from_object(instance)]


def contains_any(field: str, codes: Iterable[str]) -> Q:
    """A ``Q`` matching rows whose list ``field`` holds any of ``codes``."""
    condition = Q()
    for code in codes:
        condition |= (
            Q(**{field: code})
            | Q(**{f"{field}__startswith": f"{code}{SEPARATOR}"})
            | Q(**{f"{field}__endswith": f"{SEPARATOR}{code}"})
            | Q(**{f"{field}__contains": f"{SEPARATOR}{code}{SEPARATOR}"})
        )
    return condition


def codes_in_use(queryset, field: str) -> set[str]:
    """Every code that appears in ``field`` across ``queryset``."""
    found: set[str] = set()
    for value in queryset.order_by().values_list(field, flat=True).distinct():
        found.update(ChoiceListField().to_python(value))
    return found
