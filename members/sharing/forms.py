"""The two sharing forms (a lesson, a resource) and their rows.

Every field mirrors a field of :class:`~lessons.models.LessonPage` or
:class:`~lessons.models.ResourcePage`, with the model's length limits, so what
a member sends always fits the page it becomes. Members write plain text; it
becomes paragraphs of rich text on the page (:func:`.services.paragraphs`).

The same forms save a draft and send for review. A draft (``draft=True``)
requires nothing, so half-written work can be kept, but still refuses text
that is too long or a date that is not a date: what is kept can always be
sent later.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from wagtail.models import Locale

from core.public_forms import HoneypotFormMixin, PlainTextField
from core.sensitivity import Sensitivity
from lessons.choices import ResourceType, Result, RiskLevel
from lessons.models import LessonCaution, LessonPage, ResourcePage, Tactic, Topic

#: Most steps a lesson may have, and most cautions.
MAX_STEPS = 20
MAX_CAUTIONS = 10
#: Empty rows shown without JavaScript (the "Add another …" buttons add more).
EMPTY_STEPS = 3
EMPTY_CAUTIONS = 1
#: Longest text of the rich text parts (the model has no limit of its own).
LONG_TEXT = 10_000
#: Largest file a member may upload with a resource (bytes); lower than the
#: admin's ``WAGTAILDOCS_MAX_UPLOAD_SIZE``.
DEFAULT_MAX_UPLOAD = 10 * 1024 * 1024
#: File types a member may upload: those whose hidden details Praxis removes
#: (PDF, see :mod:`.uploads`) or that have none (plain text, CSV). Office
#: files carry their author's name and are refused with a hint to export a PDF.
UPLOAD_EXTENSIONS = ("pdf", "txt", "csv")

#: Who may read a shared page. A member chooses public or members only:
#: restricting a page to groups is for a coordinator, during review, since a
#: member may not know (or be in) the groups that exist.
SHARE_SENSITIVITY = [
    (Sensitivity.PUBLIC.value, Sensitivity.PUBLIC.label),
    (Sensitivity.MEMBERS.value, Sensitivity.MEMBERS.label),
]


def max_upload_size() -> int:
    return int(getattr(settings, "PRAXIS_SHARE_MAX_UPLOAD_SIZE", DEFAULT_MAX_UPLOAD))


def _max(model, name: str) -> int:
    return model._meta.get_field(name).max_length


def text(label, help_text="", max_length=LONG_TEXT, rows=5, **kwargs):
    """A multi-line plain text field (line breaks count as one character)."""
    return PlainTextField(
        label=label,
        help_text=help_text,
        max_length=max_length,
        required=False,
        widget=forms.Textarea(attrs={"rows": rows}),
        **kwargs,
    )


class DraftableMixin:
    """Fields listed in ``required_to_send`` are required only when sending."""

    required_to_send: tuple[str, ...] = ()

    def __init__(self, *args: Any, draft: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.draft = draft

    def full_clean(self) -> None:
        """A draft is validated without the fields needed only for sending;
        they are still shown as required, since they are to send it."""
        if not self.draft:
            return super().full_clean()
        fields = [self.fields[name] for name in self.required_to_send]
        for field in fields:
            field.required = False
        try:
            super().full_clean()
        finally:
            for field in fields:
                field.required = True


class StepForm(DraftableMixin, forms.Form):
    """One step of "what we did" (an ``ActivityStepBlock``)."""

    required_to_send = ("title", "description")

    title = forms.CharField(
        label=_("Step"),
        max_length=160,
        help_text=_("A short name for the step, e.g. 'Map who is already involved'."),
    )
    description = PlainTextField(
        label=_("What you did"),
        max_length=LONG_TEXT,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Enough detail that another group could repeat it."),
    )


class CautionForm(DraftableMixin, forms.Form):
    """One caution with its risk level (a ``LessonCaution``)."""

    required_to_send = ("title",)

    title = forms.CharField(label=_("Caution"), max_length=_max(LessonCaution, "title"))
    description = PlainTextField(
        label=_("Details"),
        required=False,
        max_length=_max(LessonCaution, "description"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("What to watch out for."),
    )
    risk_level = forms.ChoiceField(
        label=_("Risk level"),
        choices=RiskLevel.choices,
        initial=RiskLevel.MEDIUM,
        help_text=_("High: someone could be hurt, arrested or exposed."),
    )


class RowFormSet(forms.BaseFormSet):
    """Rows that pass ``draft`` on to each form; a draft keeps empty rows."""

    def __init__(self, *args: Any, draft: bool = False, **kwargs: Any) -> None:
        kwargs.setdefault("form_kwargs", {})["draft"] = draft
        super().__init__(*args, **kwargs)

    def filled(self) -> list[dict]:
        """The cleaned data of the rows the member wrote in."""
        return [
            form.cleaned_data
            for form in self.forms
            if form.has_changed() and form.cleaned_data
        ]


StepFormSet = forms.formset_factory(
    StepForm,
    formset=RowFormSet,
    extra=EMPTY_STEPS,
    max_num=MAX_STEPS,
    absolute_max=MAX_STEPS,
    validate_max=True,
)
CautionFormSet = forms.formset_factory(
    CautionForm,
    formset=RowFormSet,
    extra=EMPTY_CAUTIONS,
    max_num=MAX_CAUTIONS,
    absolute_max=MAX_CAUTIONS,
    validate_max=True,
)


def terms(model):
    """A taxonomy's terms in the current locale (the member's language)."""
    return model.objects.filter(locale=Locale.get_active()).order_by("name")


class ShareFormMixin(HoneypotFormMixin, DraftableMixin):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in ("topics", "tactics"):
            if name in self.fields:
                model = self.fields[name].queryset.model
                self.fields[name].queryset = terms(model)


class LessonShareForm(ShareFormMixin, forms.Form):
    """A lesson from practice, in the parts of a :class:`LessonPage`."""

    required_to_send = ("title", "summary", "problem", "consent")

    title = forms.CharField(
        label=_("Title"),
        max_length=_max(LessonPage, "title"),
        help_text=_("What the lesson is about, in a few words."),
    )
    summary = PlainTextField(
        label=_("Summary"),
        max_length=_max(LessonPage, "summary"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=LessonPage._meta.get_field("summary").help_text,
    )
    problem = text(
        _("The problem"), _("What problem were you trying to solve, and for whom?")
    )
    outcomes = text(
        _("Outcomes"),
        _("What happened, honestly: what changed, what did not, and surprises."),
    )
    political_context = text(
        _("Political environment"),
        LessonPage._meta.get_field("political_context").help_text,
        rows=3,
    )
    coalition_context = text(
        _("Coalition composition"),
        LessonPage._meta.get_field("coalition_context").help_text,
        rows=3,
    )
    media_context = text(
        _("Media ecosystem"),
        LessonPage._meta.get_field("media_context").help_text,
        rows=3,
    )
    legal_context = text(
        _("Legal context"),
        LessonPage._meta.get_field("legal_context").help_text,
        rows=3,
    )
    countries = forms.MultipleChoiceField(
        label=_("Countries"),
        required=False,
        choices=[],
        help_text=_("Where this happened. Hold Ctrl (or ⌘) to choose several."),
        widget=forms.SelectMultiple(attrs={"size": 6}),
    )
    started = forms.DateField(
        label=_("Started"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("When the work began (the day can be approximate)."),
    )
    ended = forms.DateField(
        label=_("Ended"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Leave empty if it is still going on."),
    )
    topics = forms.ModelMultipleChoiceField(
        label=_("Topics"),
        queryset=Topic.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The fields of struggle this lesson belongs to."),
    )
    tactics = forms.ModelMultipleChoiceField(
        label=_("Tactics"),
        queryset=Tactic.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The methods of action you used, such as a blockade or a boycott."),
    )
    result = forms.ChoiceField(
        label=_("Overall result"),
        choices=Result.choices,
        initial=Result.WORKED,
        widget=forms.RadioSelect,
        help_text=_(
            "Be honest: lessons from misfires are among the most useful in the library."
        ),
    )
    what_we_would_change = text(
        _("What we would change"),
        _("If you did it again tomorrow, what would you do differently?"),
        rows=3,
    )
    sensitivity = forms.ChoiceField(
        label=_("Who can read this"),
        choices=SHARE_SENSITIVITY,
        initial=Sensitivity.PUBLIC,
        widget=forms.RadioSelect,
        help_text=_(
            "Choose 'Members' when this could put anyone at risk if it were read "
            "by police, employers or opponents. Reviewers can restrict it further."
        ),
    )
    anonymised = forms.BooleanField(
        label=_("Share anonymously"),
        required=False,
        help_text=_(
            "Hide your name, and any movement or campaign, everywhere on the "
            "public site."
        ),
    )
    credit_anonymous = forms.BooleanField(
        label=_("Credit me as an anonymous contributor"),
        required=False,
        help_text=_("Otherwise the lesson names you by your display name."),
    )
    identifiable_people = forms.BooleanField(
        label=_("People could be recognised"),
        required=False,
        help_text=LessonPage._meta.get_field("identifiable_people").help_text,
    )
    consent = forms.BooleanField(
        label=_(
            "Everyone who could be recognised has agreed, and nothing in this "
            "lesson endangers anyone"
        ),
        help_text=_("Needed to send it for review; not needed to save a draft."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["countries"].choices = list(countries)

    def clean(self) -> dict:
        data = super().clean()
        started, ended = data.get("started"), data.get("ended")
        if started and ended and ended < started:
            self.add_error("ended", _("The end date cannot be before the start date."))
        return data


class ResourceShareForm(ShareFormMixin, forms.Form):
    """A resource: a link or a file, and what it is."""

    required_to_send = ("title", "summary")

    title = forms.CharField(label=_("Title"), max_length=_max(ResourcePage, "title"))
    summary = PlainTextField(
        label=_("Summary"),
        max_length=_max(ResourcePage, "summary"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Two sentences: what it is and who it helps."),
    )
    external_url = forms.URLField(
        label=_("Link"),
        required=False,
        max_length=_max(ResourcePage, "external_url"),
        assume_scheme="https",
        help_text=_("Where to find it, if it lives on another site."),
    )
    file = forms.FileField(
        label=_("Or a file"),
        required=False,
        help_text="",
    )
    remove_file = forms.BooleanField(
        label=_("Remove the file kept with this draft"), required=False
    )
    publisher = forms.CharField(
        label=_("Publisher"),
        required=False,
        max_length=_max(ResourcePage, "publisher"),
        help_text=_("The group that made it. A group or role is fine."),
    )
    language = forms.ChoiceField(
        label=_("Language of the resource"),
        choices=[],
        help_text=_("The language the resource itself is written or spoken in."),
    )
    topics = forms.ModelMultipleChoiceField(
        label=_("Topics"),
        queryset=Topic.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The topics this resource belongs to."),
    )
    resource_type = forms.ChoiceField(
        label=_("Type"),
        choices=ResourceType.choices,
        initial=ResourceType.GUIDE,
    )
    sensitivity = LessonShareForm.base_fields["sensitivity"]
    anonymised = forms.BooleanField(
        label=_("Share anonymously"),
        required=False,
        help_text=_("Hide the publisher everywhere on the public site."),
    )

    def __init__(self, *args: Any, kept_document=None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        from django.utils.translation import get_language_info

        self.kept_document = kept_document
        if kept_document is None:
            del self.fields["remove_file"]
        languages = []
        for code, _name in settings.LANGUAGES:
            try:
                languages.append((code, get_language_info(code)["name_local"]))
            except KeyError:
                languages.append((code, code))
        self.fields["language"].choices = languages
        self.fields["file"].help_text = _(
            "A PDF, plain text or CSV file of at most %(size)d MB. Hidden "
            "details such as the author's name are removed. Export other "
            "documents as PDF first."
        ) % {"size": max_upload_size() // (1024 * 1024)}
        self.fields["file"].widget.attrs["accept"] = ",".join(
            f".{ext}" for ext in UPLOAD_EXTENSIONS
        )

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload:
            return upload
        extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
        if extension not in UPLOAD_EXTENSIONS:
            raise ValidationError(
                _(
                    "Upload a PDF, plain text or CSV file. Export other documents "
                    "as PDF first: they carry hidden details such as the author's "
                    "name."
                ),
                code="extension",
            )
        if upload.size > max_upload_size():
            raise ValidationError(
                _("This file is too big. The largest allowed is %(size)d MB.")
                % {"size": max_upload_size() // (1024 * 1024)},
                code="too_big",
            )
        from .uploads import UncleanableFile, clean_file

        try:
            return clean_file(upload, extension)
        except UncleanableFile as error:
            raise ValidationError(error.message, code="unreadable") from None

    def has_file(self) -> bool:
        keeps = self.kept_document is not None and not self.cleaned_data.get(
            "remove_file"
        )
        return bool(self.cleaned_data.get("file")) or keeps

    def clean(self) -> dict:
        data = super().clean()
        if "file" in self.errors:
            return data
        link = data.get("external_url")
        if link and self.has_file():
            self.add_error(
                "external_url",
                _("Give a link or a file, not both. Remove one of them."),
            )
        elif not self.draft and not link and not self.has_file():
            self.add_error("external_url", _("Give a link or upload a file."))
        if (
            not self.draft
            and data.get("resource_type") == ResourceType.LINK
            and not link
        ):
            self.add_error("external_url", _("A link resource needs a link."))
        return data


__all__ = [
    "CautionFormSet",
    "LessonShareForm",
    "ResourceShareForm",
    "StepFormSet",
]


def bound_forms(kind: str, data=None, files=None, draft=True, kept_document=None):
    """The forms of a ``kind`` of submission ("lesson" or "resource"), by the
    name the templates use, bound to ``data``: the share views and
    :func:`members.sharing.services.share` read submissions the same way."""
    if kind == "lesson":
        return {
            "form": LessonShareForm(data, draft=draft),
            "steps": StepFormSet(data, prefix="steps", draft=draft),
            "cautions": CautionFormSet(data, prefix="cautions", draft=draft),
        }
    return {
        "form": ResourceShareForm(data, files, draft=draft, kept_document=kept_document)
    }
