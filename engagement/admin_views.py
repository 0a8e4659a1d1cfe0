"""Admin: "Partnership requests", where a movement says yes or no to being
named as a coalition partner of another movement's campaign.

A campaign's editors may only *ask*: the link stays pending, shown nowhere in
public, until an editor of the partner movement (its editor group, see
:mod:`engagement.permissions`) or a coordinator accepts it here. Nobody else
may answer: a request not addressed to one of the user's movements is a 404,
as for anything they may not see. The campaign's editors see the requests they
sent, and may ask again once after a refusal.
"""

from __future__ import annotations

from django.contrib import messages
from django.db.models import Case, IntegerField, Value, When
from django.db.models.functions import Length, Substr
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from .choices import PartnerStatus
from .models import CampaignPage, CampaignPartner, MovementProfilePage
from .models.campaign import CampaignPartnerQuerySet

#: The admin URL names (see :mod:`engagement.wagtail_hooks`).
INDEX_URL = "engagement_partner_requests"
ANSWER_URL = "engagement_partner_answer"
ASK_AGAIN_URL = "engagement_partner_ask_again"

#: What each answer button posts, and the status it records.
ANSWERS = {"accept": PartnerStatus.ACCEPTED, "decline": PartnerStatus.DECLINED}


def answers_for_every_movement(user) -> bool:
    """Superusers and coordinators (who may publish anywhere, the same test as
    :func:`core.visibility.readable_in_admin`) answer for any movement."""
    if user.is_superuser:
        return True
    return Page.get_first_root_node().permissions_for_user(user).can_publish_subpage()


def addressed_to(user) -> CampaignPartnerQuerySet:
    """The requests ``user`` may answer: those naming a movement whose editor
    group they are in, or every one for coordinators; one row per campaign
    and partner (not one per language), on published campaigns only (a draft's
    title is nobody else's business, and there is nothing to appear on yet)."""
    links = CampaignPartner.objects.filter(page__live=True)
    if not answers_for_every_movement(user):
        links = links.filter(movement__editor_group__in=user.groups.all())
    return links.one_per_pair()


def sent_by(user) -> CampaignPartnerQuerySet:
    """The requests made by campaigns of the movements ``user`` edits."""
    movements = MovementProfilePage.objects.editable_by(user)
    return (
        CampaignPartner.objects.alias(
            parent_path=Substr(
                "page__path", 1, Length("page__path") - CampaignPage.steplen
            )
        )
        .filter(parent_path__in=movements.values("path"))
        .one_per_pair()
    )


def in_listing_order(links: CampaignPartnerQuerySet) -> list[CampaignPartner]:
    """Pending first, newest first, with everything a row shows in a fixed
    number of queries: the pages, who answered, and each campaign's movement."""
    rows = list(
        links.select_related("page", "movement", "decided_by")
        .annotate(
            waiting=Case(
                When(status=PartnerStatus.PENDING, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .order_by("waiting", "-requested_at", "-pk")
    )
    parents = {row.page.path[: -CampaignPage.steplen] for row in rows}
    titles = dict(
        MovementProfilePage.objects.filter(path__in=parents).values_list(
            "path", "title"
        )
    )
    for row in rows:
        row.requester = titles.get(row.page.path[: -CampaignPage.steplen], "")
    return rows


class PartnerRequestsView(WagtailAdminTemplateMixin, TemplateView):
    """Requests to the user's movements, and those their campaigns sent."""

    template_name = "engagement/admin/partner_requests.html"
    page_title = gettext_lazy("Partnership requests")
    header_icon = "group"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        context["incoming"] = in_listing_order(addressed_to(user))
        # Coordinators already see every request as addressed to them.
        context["sent"] = (
            [] if answers_for_every_movement(user) else in_listing_order(sent_by(user))
        )
        context["statuses"] = PartnerStatus
        return context


@require_POST
def answer(request: HttpRequest, pk: int) -> HttpResponse:
    """Accept or decline (or withdraw an earlier yes) on behalf of the partner."""
    status = ANSWERS.get(request.POST.get("answer", ""))
    link = addressed_to(request.user).filter(pk=pk).select_related("page").first()
    if link is None or status is None:
        raise Http404
    CampaignPartner.objects.filter(pk=link.pk).decide(status, request.user)
    if status == PartnerStatus.ACCEPTED:
        message = _("You are now shown as a partner of “%(campaign)s”.")
    else:
        message = _("You are not shown as a partner of “%(campaign)s”.")
    messages.success(request, message % {"campaign": link.page.title})
    return redirect(reverse(INDEX_URL))


@require_POST
def ask_again(request: HttpRequest, pk: int) -> HttpResponse:
    """A campaign's editors ask a partner that declined to think again."""
    link = (
        sent_by(request.user)
        .filter(pk=pk, status=PartnerStatus.DECLINED)
        .select_related("movement")
        .first()
    )
    if link is None:
        raise Http404
    CampaignPartner.objects.filter(pk=link.pk).decide(
        PartnerStatus.PENDING, request.user
    )
    messages.success(
        request,
        _("“%(movement)s” is asked again.") % {"movement": link.movement.title},
    )
    return redirect(reverse(INDEX_URL))


def pending_count(user) -> int:
    return addressed_to(user).pending().count()
