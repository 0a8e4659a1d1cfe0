"""The forms of discussions: a post (new, reply, edit) and a report."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from ..account.forms import ErrorLinksMixin
from .models import BODY_MAX_LENGTH, NOTE_MAX_LENGTH, ReportReason

POST_HELP = _(
    "Plain text with a little Markdown: *emphasis*, **strong**, lists, links, "
    "`code` and > quotes. No images."
)


class PostForm(ErrorLinksMixin, forms.Form):
    body = forms.CharField(
        label=_("Your post"),
        max_length=BODY_MAX_LENGTH,
        help_text=POST_HELP,
        widget=forms.Textarea(attrs={"rows": 6, "dir": "auto"}),
    )
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)
    quoted = forms.IntegerField(required=False, widget=forms.HiddenInput)


class ReportForm(ErrorLinksMixin, forms.Form):
    reason = forms.ChoiceField(
        label=_("What is wrong with this post?"),
        choices=ReportReason.choices,
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Anything moderators should know"),
        required=False,
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
    )
