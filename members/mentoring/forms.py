"""The forms of mentoring: a member's offer or request, and a proposal."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from core.locales import active_locale_id, with_fallback
from lessons.models import Tactic, Topic

from ..account.forms import ErrorLinksMixin
from . import languages
from .models import (
    CAPACITY_MAX,
    MESSAGE_MAX,
    MONTHS_DEFAULT,
    MONTHS_MAX,
    MentoringProfile,
    ProfileKind,
)
from .services import valid_time_zone


def _terms(model):
    """The vocabulary in the reader's language (terms nobody translated
    under their original name), as the library's filters show it."""
    return with_fallback(model.objects.all(), active_locale_id()).order_by("name")


class ProfileForm(ErrorLinksMixin, forms.ModelForm):
    """An offer or a request; ``kind`` is fixed by the view."""

    languages = forms.MultipleChoiceField(
        label=_("Languages you can mentor in"),
        help_text=_("Choose one or more; a match needs at least one in common."),
        widget=forms.SelectMultiple(attrs={"size": 6}),
    )
    time_zone = forms.CharField(
        label=_("Time zone"),
        max_length=64,
        help_text=_("A place name such as Europe/Stockholm or Africa/Cairo."),
        widget=forms.TextInput(attrs={"list": "mentoring-time-zones"}),
    )

    class Meta:
        model = MentoringProfile
        fields = [
            "intro",
            "topics",
            "tactics",
            "languages",
            "time_zone",
            "mode",
            "capacity",
            "contact",
            "active",
        ]
        widgets = {
            "intro": forms.Textarea(attrs={"rows": 4}),
            "contact": forms.Textarea(attrs={"rows": 2}),
            "topics": forms.CheckboxSelectMultiple,
            "tactics": forms.CheckboxSelectMultiple,
            "mode": forms.RadioSelect,
        }

    def __init__(self, *args, kind: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.kind = kind
        self.fields["languages"].choices = languages.choices()
        self.fields["topics"].queryset = _terms(Topic)
        self.fields["tactics"].queryset = _terms(Tactic)
        if kind == ProfileKind.OFFER:
            self.fields["intro"].help_text = _(
                "What you have done and what you can help with."
            )
            self.fields["capacity"].widget = forms.NumberInput(
                attrs={"min": 1, "max": CAPACITY_MAX}
            )
            self.fields["capacity"].help_text = _("From 1 to %(max)d.") % {
                "max": CAPACITY_MAX
            }
        else:
            del self.fields["capacity"]
            self.fields["intro"].help_text = _(
                "What you are working on and what you would like help with."
            )
            self.fields["languages"].label = _("Languages you can be mentored in")

    def clean_time_zone(self) -> str:
        value = self.cleaned_data["time_zone"].strip()
        if not valid_time_zone(value):
            raise forms.ValidationError(
                _(
                    "“%(value)s” is not a time zone we know. Write it as a region "
                    "and a city, such as Europe/Stockholm or America/Bogota."
                ),
                params={"value": value},
            )
        return value

    def save(self, member) -> MentoringProfile:  # type: ignore[override]
        profile = super().save(commit=False)
        profile.member, profile.kind = member, self.kind
        profile.save()
        self.save_m2m()
        return profile


class ProposeForm(ErrorLinksMixin, forms.Form):
    months = forms.TypedChoiceField(
        label=_("For how long"),
        coerce=int,
        initial=MONTHS_DEFAULT,
        choices=[(n, n) for n in range(1, MONTHS_MAX + 1)],
        help_text=_("In months. You can both end it earlier."),
    )
    message = forms.CharField(
        label=_("A first message"),
        required=False,
        max_length=MESSAGE_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "They see it only once you have both accepted, with your contact details."
        ),
    )
