"""Admin: the peer reviewers' queue of "we tried this" reports, approving or
declining them, and turning an approved report into a draft lesson.

Reviewers (``lessons.review_adoptionreport``: Peer reviewers, Coordinators)
see only reports on lessons the admin's reading rule lets them read
(:func:`core.visibility.readable_in_admin`); anyone else gets "permission
denied", and a report on a lesson they may not read is "not found", as if
it did not exist. The outcome reaches the member through
:mod:`members.adoption.services`.

Turning a report into a lesson is for editors who may add lessons in the
report's lesson library: the new lesson is a draft in the "Peer review"
workflow (never live), adapted from the original lesson, at the original's
sensitivity, and the report links to it.
"""

from __future__ import annotations

import functools

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from core.visibility import readable_in_admin
from lessons.models import (
    AdoptionReport,
    LessonAdaptation,
    LessonAuthor,
    LessonCaution,
    LessonIndexPage,
    LessonOutcomeSignal,
    LessonPage,
    ReportStatus,
)
from members.adoption import services
from members.sharing.services import free_slug, paragraphs

#: The permission that opens the queue.
REVIEW_PERMISSION = "lessons.review_adoptionreport"
#: Reports per page of the queue.
PER_PAGE = 50


class ReviewForm(forms.Form):
    comment = forms.CharField(
        label=gettext_lazy("Comment to the member"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy(
            "Needed to decline: say why, so they can learn from it."
        ),
    )


def may_review(user) -> bool:
    return bool(user.is_active and user.has_perm(REVIEW_PERMISSION))


def reviewable_reports(user):
    """The reports on lessons ``user`` may read in the admin."""
    readable = readable_in_admin(LessonPage.objects.all(), user)
    return AdoptionReport.objects.filter(lesson__in=readable.values("pk"))


class Refused(Exception):
    """The person may not do this: answered with :func:`refused`."""


def refused(request: HttpRequest) -> HttpResponse:
    """ "Permission denied" with status 403, rather than Wagtail's redirect to
    the dashboard, so that scripts and tests see the refusal for what it is."""
    return render(request, "governance/adoption/refused.html", status=403)


def reviewers_only(view):
    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not may_review(request.user):
            return refused(request)
        try:
            return view(request, *args, **kwargs)
        except Refused:
            return refused(request)

    return wrapped


def _report(request: HttpRequest, report_id: int) -> AdoptionReport:
    report = (
        reviewable_reports(request.user)
        .select_related("lesson", "member__member", "reviewer", "converted_to")
        .prefetch_related("signals")
        .filter(pk=report_id)
        .first()
    )
    if report is None:
        raise Http404
    return report


def library_of(report: AdoptionReport) -> LessonIndexPage | None:
    parent = report.lesson.get_parent()
    return (
        parent.specific if parent and parent.specific_class is LessonIndexPage else None
    )


def may_convert(user, report: AdoptionReport, library=None) -> bool:
    """An approved report not yet turned into a lesson, and an editor who may
    add lessons in its lesson library."""
    if report.status != ReportStatus.APPROVED or report.converted_to_id:
        return False
    library = library or library_of(report)
    return bool(library and library.permissions_for_user(user).can_add_subpage())


@reviewers_only
def queue(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status") or ReportStatus.SUBMITTED
    if status not in ReportStatus.values:
        status = ReportStatus.SUBMITTED
    reports = (
        reviewable_reports(request.user)
        .filter(status=status)
        .select_related("lesson")
        .order_by("created_at", "pk")
    )
    page = Paginator(reports, PER_PAGE).get_page(request.GET.get("p"))
    return render(
        request,
        "governance/adoption/queue.html",
        {
            "page_obj": page,
            "status": status,
            "statuses": ReportStatus.choices,
        },
    )


@reviewers_only
@require_http_methods(["GET", "POST"])
def detail(request: HttpRequest, report_id: int) -> HttpResponse:
    report = _report(request, report_id)
    form = ReviewForm(request.POST or None)
    if request.method == "POST":
        decision = request.POST.get("decision")
        if form.is_valid():
            comment = form.cleaned_data["comment"]
            try:
                if decision == "approve":
                    services.approve(report, request.user, comment)
                    messages.success(request, _("Report approved: it counts now."))
                elif decision == "decline":
                    services.decline(report, request.user, comment)
                    messages.success(
                        request, _("Report declined; the member is told why.")
                    )
                else:
                    raise services.ReviewError(_("Choose approve or decline."))
            except services.ReviewError as error:
                form.add_error("comment", error.message)
            else:
                return redirect("governance_adoption_queue")
    library = library_of(report)
    return render(
        request,
        "governance/adoption/detail.html",
        {
            "report": report,
            "form": form,
            "may_convert": may_convert(request.user, report, library),
            "submitted": report.status == ReportStatus.SUBMITTED,
        },
        status=400 if form.errors else 200,
    )


@reviewers_only
@require_http_methods(["POST"])
def convert(request: HttpRequest, report_id: int) -> HttpResponse:
    report = _report(request, report_id)
    library = library_of(report)
    if not may_convert(request.user, report, library):
        raise Refused
    page = convert_to_lesson(report, request.user, library)
    messages.success(
        request,
        _("A draft lesson was made from the report and sent for peer review."),
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


def convert_to_lesson(
    report: AdoptionReport, user, library: LessonIndexPage
) -> LessonPage:
    """A draft lesson filled in from ``report``, adapted from its lesson, in
    the review workflow; all or nothing."""
    original = report.lesson
    credit = report.public_credit(original)
    title = _("%(title)s, as adapted") % {"title": original.title}
    with transaction.atomic():
        report = AdoptionReport.objects.select_for_update().get(pk=report.pk)
        if report.converted_to_id:
            raise Refused
        page = LessonPage(
            owner=user,
            live=False,
            locale=library.locale,
            title=title[:255],
            draft_title=title[:255],
            summary=report.adaptations[:500],
            problem=paragraphs(original.summary),
            outcomes=paragraphs(report.adaptations),
            countries=list(report.countries),
            started=report.started,
            ended=report.ended,
            scale=report.scale,
            result=report.result,
            licence=original.licence,
            format=original.format,
            sensitivity=original.sensitivity,
            anonymised=report.hides_people,
        )
        page.restricted_to_groups = list(original.restricted_to_groups.all())
        page.adapted_from_links = [
            LessonAdaptation(source=original, what_changed=report.adaptations[:1000])
        ]
        if report.cautions:
            page.cautions = [
                LessonCaution(
                    title=report.cautions.splitlines()[0][:160],
                    description=report.cautions[:2000],
                )
            ]
        page.outcome_signals = [
            LessonOutcomeSignal(
                metric_kind=signal.metric_kind,
                label=signal.get_metric_kind_display(),
                baseline=signal.before,
                result=signal.after,
                unit=signal.unit,
                evidence=signal.evidence,
            )
            for signal in report.signals.all()
        ]
        page.authors = [LessonAuthor(name=credit, anonymous=not credit)]
        page.slug = free_slug(library, page.title, "lesson")
        library.add_child(instance=page)
        page.save_revision(user=user, log_action=True)
        workflow = page.get_workflow()
        if workflow is not None:
            workflow.start(page, user)
        report.converted_to = page
        report.save(update_fields=["converted_to"])
    return page
