"""The public "Report a safety concern" form and the moderators' admin form."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from core.public_forms import HoneypotFormMixin, PlainTextField

from .models import MESSAGE_MAX_LENGTH, MODERATORS_GROUP, ConcernReason, ConcernReport


class ConcernReportForm(HoneypotFormMixin, forms.ModelForm):
    """What a visitor sends: why, what is wrong and, if they like, an address."""

    reason = forms.ChoiceField(
        label=_("What kind of risk is it?"),
        choices=ConcernReason.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose the reason closest to your concern."),
            "invalid_choice": _("Choose one of the reasons in the list."),
        },
    )
    message = PlainTextField(
        label=_("What is wrong, and where on the page?"),
        max_length=MESSAGE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "required": _(
                "Tell us what is wrong, so the moderators can find it and act."
            ),
            "max_length": _(
                "Please shorten your message to at most %(limit_value)d characters "
                "(it has %(show_value)d)."
            ),
        },
    )
    contact_email = forms.EmailField(
        label=_("Your e-mail address"),
        required=False,
        max_length=254,
        help_text=_(
            "Only if you want the moderators to be able to ask you about this. "
            "Leave it empty to report anonymously."
        ),
        error_messages={
            "invalid": _(
                "Enter an e-mail address like name@example.org, or leave it empty."
            ),
            "max_length": _("An e-mail address can have at most 254 characters."),
        },
    )

    class Meta:
        model = ConcernReport
        fields = ["reason", "message", "contact_email"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["contact_email"].widget.attrs["autocomplete"] = "email"
        # Set per request, so the number is in the visitor's language's catalogue.
        self.fields["message"].help_text = gettext(
            "For example: the section or image, and who or what it could expose. "
            "Please do not repeat more of the sensitive detail than the moderators "
            "need to find it. At most %(limit)d characters."
        ) % {"limit": MESSAGE_MAX_LENGTH}


class ConcernReportAdminForm(WagtailAdminModelForm):
    """Offers only moderators (and administrators) as the person handling a
    report, and suggests the moderator who opens a report no one handles yet."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields.get("handled_by")
        if field is None:
            return
        users = get_user_model().objects.filter(is_active=True)
        field.queryset = users.filter(
            Q(is_superuser=True)
            | Q(pk__in=users.filter(groups__name=MODERATORS_GROUP).values("pk"))
        ).order_by("username")
        user = getattr(self, "for_user", None)
        if (
            user is not None
            and self.instance.pk
            and self.instance.handled_by_id is None
            and not self.is_bound
        ):
            self.initial["handled_by"] = user.pk
