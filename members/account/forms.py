"""The forms of a member's own account."""

from __future__ import annotations

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from ..models import Member

DISPLAY_NAME_HELP = _(
    "How other members see you. It need not be your real name; in a hostile "
    "environment it had better not be."
)


class JoinForm(forms.Form):
    """What allauth's sign-up form adds (``ACCOUNT_SIGNUP_FORM_CLASS``)."""

    display_name = forms.CharField(
        label=_("Display name"),
        max_length=60,
        help_text=DISPLAY_NAME_HELP,
        widget=forms.TextInput(attrs={"autocomplete": "nickname"}),
    )

    def signup(self, request, user) -> None:
        Member.objects.update_or_create(
            user=user,
            defaults={
                "display_name": self.cleaned_data["display_name"].strip(),
                "language": get_language() or "",
            },
        )


class SettingsForm(forms.ModelForm):
    class Meta:
        model = Member
        fields = ["display_name", "email_notifications"]
        labels = {"display_name": _("Display name")}
        help_texts = {"display_name": DISPLAY_NAME_HELP}
