"""The "we tried this" form and its measured outcomes.

Every field mirrors :class:`lessons.models.AdoptionReport`, with the model's
length limits. The kinds of measure offered are the lesson's own (those of its
outcome signals), so reports can be compared with the lesson's evidence.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from core.public_forms import HoneypotFormMixin, PlainTextField
from lessons.choices import Result, Scale
from lessons.models import AdoptionReport, AdoptionSignal
from lessons.models.adoption import MAX_SIGNALS, TEXT_LENGTH

#: Empty rows of measured outcomes shown on the form.
SIGNAL_ROWS = 2
#: What a month field accepts: what ``<input type="month">`` sends, or a day.
MONTH_FORMATS = ["%Y-%m", "%Y-%m-%d"]


class MonthInput(forms.DateInput):
    input_type = "month"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m")


def _month_field(label, required: bool, help_text) -> forms.DateField:
    return forms.DateField(
        label=label,
        required=required,
        input_formats=MONTH_FORMATS,
        widget=MonthInput(),
        help_text=help_text,
        error_messages={
            "invalid": _("Enter a month and year, such as 2026-03."),
        },
    )


class AdoptionReportForm(HoneypotFormMixin, forms.ModelForm):
    adaptations = PlainTextField(
        label=_("What you adapted and why"),
        max_length=TEXT_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=AdoptionReport._meta.get_field("adaptations").help_text,
    )
    cautions = PlainTextField(
        label=_("Cautions learned"),
        max_length=TEXT_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=AdoptionReport._meta.get_field("cautions").help_text,
    )
    started = _month_field(_("Started"), True, _("Month and year."))
    ended = _month_field(
        _("Ended"), False, _("Month and year. Leave empty if it is still going on.")
    )
    result = forms.ChoiceField(
        label=_("Result"),
        choices=Result.choices,
        widget=forms.RadioSelect,
        help_text=_("Be honest: misfires teach the next group the most."),
    )
    scale = forms.ChoiceField(
        label=_("Scale"),
        choices=Scale.choices,
        initial=Scale.LOCAL,
        widget=forms.RadioSelect,
        help_text=_("How far the work reached."),
    )
    consent = forms.BooleanField(
        label=_("This report may be published under the lesson's licence"),
        help_text=_("Needed to send it. Nothing is published before review."),
        error_messages={
            "required": _("Tick this box to agree that the report may be published.")
        },
    )

    class Meta:
        model = AdoptionReport
        fields = [
            "countries",
            "scale",
            "started",
            "ended",
            "adaptations",
            "result",
            "cautions",
            "group_name",
            "anonymised",
            "consent",
        ]
        labels = {
            "countries": _("Countries"),
            "group_name": _("Your group's name"),
            "anonymised": _("Stay anonymous"),
        }
        help_texts = {
            "countries": _("Where you tried it. Hold Ctrl (or ⌘) to choose several."),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["countries"].widget.attrs["size"] = 6
        self.fields["countries"].error_messages["required"] = _(
            "Choose at least one country where you tried it."
        )
        self.fields["adaptations"].error_messages["required"] = _(
            "Say what you adapted and why, even if it was very little."
        )
        self.fields["started"].error_messages["required"] = _(
            "Enter the month you started, such as 2026-03."
        )
        self.fields["result"].error_messages["required"] = _(
            "Choose how it went: worked, mixed or misfire."
        )

    def clean(self) -> dict:
        data = super().clean()
        started, ended = data.get("started"), data.get("ended")
        if started and ended and ended < started:
            self.add_error("ended", _("The end date cannot be before the start date."))
        return data


class SignalForm(forms.ModelForm):
    """One measured outcome; a row left empty is ignored."""

    metric_kind = forms.ChoiceField(label=_("What kind of measure"), choices=[])
    evidence = PlainTextField(
        label=_("How you know"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Sign-in sheets, a survey, press cuttings…"),
    )

    class Meta:
        model = AdoptionSignal
        fields = ["metric_kind", "before", "after", "unit", "evidence"]
        labels = {"before": _("Before"), "after": _("After"), "unit": _("Unit")}

    def __init__(self, *args: Any, kinds=(), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["metric_kind"].choices = [("", "—"), *kinds]
        self.fields["metric_kind"].required = False

    def clean(self) -> dict:
        data = super().clean()
        filled = any(
            data.get(name) not in (None, "")
            for name in ("before", "after", "unit", "evidence")
        )
        if filled and not data.get("metric_kind"):
            self.add_error(
                "metric_kind", _("Choose what kind of measure these figures are.")
            )
        if data.get("metric_kind") and data.get("after") is None:
            self.add_error("after", _("Enter the figure afterwards."))
        return data

    def is_filled(self) -> bool:
        return bool(self.cleaned_data.get("metric_kind"))


BaseSignalFormSet = forms.formset_factory(
    SignalForm,
    extra=SIGNAL_ROWS,
    max_num=MAX_SIGNALS,
    validate_max=True,
    absolute_max=MAX_SIGNALS,
)


def signal_formset(lesson_kinds, data=None) -> forms.BaseFormSet:
    return BaseSignalFormSet(
        data, prefix="signals", form_kwargs={"kinds": lesson_kinds}
    )
