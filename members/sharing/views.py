"""Sharing a lesson or a resource from the public site, and the member's own
list of what they shared."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View
from wagtail.models import Page

from core import visibility

from ..models import Submission, SubmissionKind, SubmissionStatus
from ..trust import LimitReached, limits_for
from . import services
from .forms import MAX_CAUTIONS, MAX_STEPS, bound_forms


def share_home(request: HttpRequest) -> HttpResponse:
    limits = limits_for(request.user) if request.user.is_authenticated else None
    return render(
        request,
        "members/sharing/share.html",
        {"page_title": _("Share what you learned"), "limits": limits},
    )


def _with_one_more(data, prefix: str, most: int):
    data = data.copy()
    key = f"{prefix}-TOTAL_FORMS"
    try:
        total = int(data.get(key, 0))
    except ValueError:
        total = 0
    data[key] = str(min(total + 1, most))
    return data


class ShareView(LoginRequiredMixin, View):
    """One form (lesson or resource): GET shows it, POST saves a draft, adds
    a row, or sends it for review."""

    kind: str = SubmissionKind.LESSON
    template_name = ""

    def dispatch(self, request, *args, **kwargs):
        self.submission = kwargs.pop("submission", None)
        return super().dispatch(request, *args, **kwargs)

    # Forms --------------------------------------------------------------

    def build(self, data=None, files=None, draft=True) -> dict:
        raise NotImplementedError

    def forms_valid(self, forms: dict) -> bool:
        return all(form.is_valid() for form in forms.values())

    def render_forms(self, forms: dict, status: int = 200, error=None):
        context = {
            **forms,
            "submission": self.submission,
            "kind": self.kind,
            "share_error": error,
            "page_title": self.title(),
            "max_steps": MAX_STEPS,
            "max_cautions": MAX_CAUTIONS,
        }
        return render(self.request, self.template_name, context, status=status)

    def title(self) -> str:
        raise NotImplementedError

    # Requests -----------------------------------------------------------

    def get(self, request, *args, **kwargs):
        stored = services.stored_fields(self.submission)
        return self.render_forms(self.build(stored, draft=True))

    def post(self, request, *args, **kwargs):
        post = request.POST
        for button, prefix, most in (
            ("add_step", "steps", MAX_STEPS),
            ("add_caution", "cautions", MAX_CAUTIONS),
        ):
            if button in post:
                return self.render_forms(
                    self.build(_with_one_more(post, prefix, most), draft=True)
                )
        sending = "send" in post
        forms = self.build(post, request.FILES, draft=not sending)
        if forms["form"].honeypot_filled():
            return redirect("members:share_contributions")
        if not self.forms_valid(forms):
            return self.render_forms(forms, status=400)
        if not sending:
            try:
                submission = services.save_draft(
                    request.user, self.kind, post, forms["form"], self.submission
                )
            except services.SharingError as error:
                return self.render_forms(forms, status=400, error=error.message)
            messages.success(request, _("Your draft is saved."))
            return redirect("members:share_resume", pk=submission.pk)
        try:
            submission = services.atomic_send(
                request.user,
                self.kind,
                post,
                forms["form"],
                steps=forms.get("steps"),
                cautions=forms.get("cautions"),
                submission=self.submission,
            )
        except (LimitReached, services.SharingError) as error:
            return self.refused(forms, error.message)
        messages.success(
            request,
            _("Thank you. It is waiting for review; you will be told the outcome."),
        )
        return redirect("members:share_contributions")

    def refused(self, forms: dict, message) -> HttpResponse:
        """Sending is not possible now: keep the draft, say why."""
        draft = self.build(self.request.POST, self.request.FILES, draft=True)
        if self.forms_valid(draft) and (
            self.submission is None or self.submission.status == SubmissionStatus.DRAFT
        ):
            try:
                self.submission = services.save_draft(
                    self.request.user,
                    self.kind,
                    self.request.POST,
                    draft["form"],
                    self.submission,
                )
            except services.SharingError:
                pass
        return self.render_forms(forms, status=429, error=message)


class LessonShareView(ShareView):
    kind = SubmissionKind.LESSON
    template_name = "members/sharing/lesson_form.html"

    def title(self) -> str:
        return _("Share a lesson")

    def build(self, data=None, files=None, draft=True) -> dict:
        return bound_forms(self.kind, data, draft=draft)


class ResourceShareView(ShareView):
    kind = SubmissionKind.RESOURCE
    template_name = "members/sharing/resource_form.html"

    def title(self) -> str:
        return _("Share a resource")

    def build(self, data=None, files=None, draft=True) -> dict:
        return bound_forms(
            self.kind,
            data,
            files,
            draft=draft,
            kept_document=services.kept_document(self.submission),
        )


@login_required
def resume(request: HttpRequest, pk: int) -> HttpResponse:
    """A draft, or a submission reviewers sent back, for its owner only."""
    submission = services.resumable(request.user, pk)
    if submission is None:
        raise Http404
    view = (
        LessonShareView
        if submission.kind == SubmissionKind.LESSON
        else ResourceShareView
    )
    return view.as_view()(request, submission=submission)


@login_required
def contributions(request: HttpRequest) -> HttpResponse:
    """The member's submissions and where each stands. A page's address is
    shown only once it is published and the member may read it."""
    submissions = list(
        Submission.objects.filter(member=request.user).order_by("-updated_at", "-pk")
    )
    published = [
        s.page_id for s in submissions if s.status == SubmissionStatus.PUBLISHED
    ]
    pages = {}
    if published:
        for page in visibility.visible_pages(
            Page.objects.filter(pk__in=published), request
        ):
            pages[page.pk] = page
    rows = [
        {
            "submission": s,
            "url": pages[s.page_id].get_url(request) if s.page_id in pages else "",
            "comment": s.data.get("review_comment", ""),
            "resumable": s.status
            in (SubmissionStatus.DRAFT, SubmissionStatus.CHANGES_REQUESTED),
        }
        for s in submissions
    ]
    return render(
        request,
        "members/sharing/contributions.html",
        {
            "page_title": _("My contributions"),
            "rows": rows,
            "share_url": reverse("members:share"),
        },
    )
