"""The public "request a translation" form."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from core.public_forms import HoneypotFormMixin


class TranslationRequestForm(HoneypotFormMixin, forms.Form):
    """Which language a reader would like a page in: one of those it is not
    in yet."""

    language = forms.ChoiceField(
        label=_("Which language would you like it in?"),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose the language you would like to read it in."),
            "invalid_choice": _(
                "Choose one of the languages in the list: the page is already "
                "available in the others."
            ),
        },
    )

    def __init__(self, *args: Any, languages: list[tuple[str, str]], **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = languages
