"""The form that makes a personal access token."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import AccessToken


class TokenForm(forms.Form):
    label = forms.CharField(
        label=_("What the token is for"),
        max_length=AccessToken._meta.get_field("label").max_length,
        help_text=_(
            "A name you will recognise, such as the app or script that uses it."
        ),
    )

    def clean_label(self) -> str:
        label = self.cleaned_data["label"].strip()
        if not label:
            raise forms.ValidationError(_("Give the token a label."))
        return label
