"""The toolkit chooser: the lessons, resources and learning paths this visitor
may read in the language of the address, and the paper size."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from core.sensitivity import Sensitivity
from core.visibility import sensitive_models, visible_pages

from ..briefs.service import PAPERS
from ..models import LearningPathPage, LessonPage, ResourcePage
from .service import MAX_ITEMS

PAPER_CHOICES = [("a4", _("A4")), ("letter", _("US Letter"))]
assert {value for value, _label in PAPER_CHOICES} == set(PAPERS)


def _choices(model, request) -> list[tuple[int, str]]:
    pages = visible_pages(model.objects.filter(locale=Locale.get_active()), request)
    if model in sensitive_models():
        pages = pages.exclude(sensitivity=Sensitivity.RESTRICTED)
    return list(pages.order_by("title").values_list("pk", "title"))


class ToolkitForm(forms.Form):
    """Never bound: the choice is read by :func:`.service.choose`, which says
    what is wrong; the form shows the choice (``initial``) and the options."""

    items = forms.MultipleChoiceField(
        label=_("Lessons and resources"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    path = forms.ChoiceField(
        label=_("Or a whole learning path, with its steps"),
        required=False,
    )
    paper = forms.ChoiceField(
        label=_("Paper"), choices=PAPER_CHOICES, widget=forms.RadioSelect
    )

    def __init__(self, request, initial=None):
        super().__init__(initial=initial)
        self.fields["items"].choices = [
            (_("Lessons"), _choices(LessonPage, request)),
            (_("Resources"), _choices(ResourcePage, request)),
        ]
        self.fields["path"].choices = [("", _("No path"))] + _choices(
            LearningPathPage, request
        )
        self.fields["items"].help_text = _(
            "Up to %(count)s, in the order of this list."
        ) % {"count": MAX_ITEMS}
