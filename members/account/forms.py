"""The forms of a member's own account."""

from __future__ import annotations

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.public_forms import HoneypotFormMixin

from ..models import Member


class ErrorLinksMixin:
    """The error summary's links to the fields (``public_form.html``), as the
    public forms have them, without a honeypot: these forms are for signed-in
    members only."""

    error_links = HoneypotFormMixin.error_links


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


class SettingsForm(ErrorLinksMixin, forms.ModelForm):
    class Meta:
        model = Member
        fields = ["display_name", "email_notifications"]
        labels = {"display_name": _("Display name")}
        help_texts = {"display_name": DISPLAY_NAME_HELP}


class DeleteAccountForm(ErrorLinksMixin, forms.Form):
    """Deleting an account: the password says it is really the member, and
    the member chooses what becomes of their published contributions."""

    KEEP = "keep"
    REMOVE = "remove"

    contributions = forms.ChoiceField(
        label=_("Your published contributions"),
        choices=[
            (KEEP, _("Keep them, credited to “a former member”")),
            (REMOVE, _("Remove them from Praxis")),
        ],
        initial=KEEP,
        widget=forms.RadioSelect,
    )
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("To be sure it is you."),
    )

    def __init__(self, *args, user=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(
                _("That is not your password."), code="password"
            )
        return password

    @property
    def keep_contributions(self) -> bool:
        return self.cleaned_data["contributions"] != self.REMOVE
