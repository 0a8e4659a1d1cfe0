"""Report a safety concern: the public form and its thank-you page."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.views.generic import TemplateView
from wagtail.models import Page

from core.public_forms import PublicFormView
from core.visibility import can_view

from .forms import ConcernReportForm
from .notifications import notify_moderators


def reportable_page(request: HttpRequest, page_id: int) -> Page:
    """The live page ``page_id`` if the visitor may read it, else ``Http404``.

    Pages the visitor may not read answer exactly like pages that do not exist,
    so the form never confirms that a restricted page is there, let alone shows
    its title. Besides Praxis's sensitivity (:func:`core.visibility.can_view`),
    Wagtail's own privacy settings on the page and its ancestors apply, as they
    do when the page itself is served.
    """
    page = (
        Page.objects.live()
        .filter(pk=page_id, depth__gt=1)  # the tree's root is no page of the site
        .specific()
        .first()
    )
    if page is None or not can_view(page, request):
        raise Http404
    user = request.user
    if not (user.is_authenticated and user.is_superuser):
        for restriction in page.get_view_restrictions():
            if not restriction.accept_request(request):
                raise Http404
    return page


class ReportConcernView(PublicFormView):
    """``/<lang>/report/<page_id>/``: tell the moderators a page could put
    someone at risk."""

    form_class = ConcernReportForm
    template_name = "moderation/report_form.html"
    ratelimit_group = "moderation.report"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        self.page = reportable_page(request, kwargs["page_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        # Not ``page``: base.html would take the reported page's title and
        # description as this page's own.
        context["reported_page"] = self.page
        context["reported_page_url"] = self.page.get_url(self.request)
        return context

    def get_success_url(self) -> str:
        return reverse("moderation:thanks")

    def form_valid(self, form: ConcernReportForm) -> HttpResponse:
        report = form.save(commit=False)
        report.page = self.page
        report.language = get_language() or ""
        report.save()
        # Mail only once the report is committed, and never undo it for mail.
        transaction.on_commit(lambda: notify_moderators(report))
        return super().form_valid(form)


class ReportThanksView(TemplateView):
    """Where a sent report lands (post/redirect/get)."""

    template_name = "moderation/report_thanks.html"
