"""The "we tried this" form, for signed-in members who may read the lesson."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control

from core.visibility import can_view
from lessons.models import LessonPage
from lessons.models.adoption import MAX_SIGNALS, lesson_signal_kinds

from ..trust import LimitReached
from . import services
from .forms import AdoptionReportForm, signal_formset


def readable_lesson(request: HttpRequest, lesson_id: int) -> LessonPage:
    """The lesson, if the member may read it; "not found" otherwise, so that
    its existence is not told."""
    lesson = LessonPage.objects.filter(pk=lesson_id).first()
    if lesson is None or not can_view(lesson, request):
        raise Http404
    return lesson


def action(request: HttpRequest, lesson: LessonPage) -> str:
    """The "We tried this" link of a lesson page (the ``page`` slot)."""
    if not request.user.is_authenticated or not lesson.live:
        return ""
    return render_to_string(
        "members/adoption/action.html",
        {"url": reverse("members:adoption_report", args=[lesson.pk])},
        request=request,
    )


@login_required
@cache_control(private=True, no_store=True)
def report(request: HttpRequest, lesson_id: int) -> HttpResponse:
    lesson = readable_lesson(request, lesson_id)
    kinds = lesson_signal_kinds(lesson)
    data = request.POST if request.method == "POST" else None
    form = AdoptionReportForm(data)
    signals = signal_formset(kinds, data)
    status, error = 200, ""
    if data is not None:
        if form.honeypot_filled():
            return redirect(lesson.get_url(request) or "/")
        if form.is_valid() and (not kinds or signals.is_valid()):
            try:
                services.submit(
                    request.user, lesson, form, signals.forms if kinds else []
                )
            except LimitReached as limit:
                status, error = 429, limit.message
            else:
                messages.success(
                    request,
                    _(
                        "Thank you. Reviewers will read your report; it counts "
                        "on the lesson once they approve it."
                    ),
                )
                return redirect(lesson.get_url(request) or "/")
        else:
            status = 400
    return render(
        request,
        "members/adoption/form.html",
        {
            "page_title": _("We tried this: %(title)s") % {"title": lesson.title},
            "lesson": lesson,
            "form": form,
            "signals": signals if kinds else None,
            "max_signals": MAX_SIGNALS,
            "report_error": error,
        },
        status=status,
    )
