"""The member's mentoring page, the directory of offers, proposals, answers
and ending a pairing. No page shows contact details but to the two people of
an active pairing (``services.contacts_for``)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import F, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_POST

from core.pagination import paginate

from ..trust import LimitReached
from . import languages, services
from .forms import ProfileForm, ProposeForm
from .models import MentoringProfile, Pairing, PairingStatus, ProfileKind

#: Ended, declined and expired pairings shown on the member's page.
PAST_SHOWN = 10


def card(profile: MentoringProfile, names: services.TermNames, spare=None) -> dict:
    """What other members may see of a profile: never its contact details."""
    member = getattr(profile.member, "member", None)
    return {
        "profile": profile,
        "name": member.display_name if member else _("a member"),
        "intro": profile.intro,
        "topics": names.of("topics", services.topic_keys(profile)),
        "tactics": names.of("tactics", services.tactic_keys(profile)),
        "languages": [languages.name(code) for code in profile.languages],
        "time_zone": profile.time_zone,
        "mode": profile.get_mode_display(),
        "spare": spare,
    }


def _display_name(user) -> str:
    member = getattr(user, "member", None)
    return member.display_name if member else _("a member")


def _pairings(user) -> list[Pairing]:
    return list(
        Pairing.objects.filter(Q(mentor=user) | Q(mentee=user))
        .select_related("mentor__member", "mentee__member")
        .order_by("-created_at", "-pk")
    )


def _page(request: HttpRequest, bound: dict | None = None, status: int = 200):
    user = request.user
    names = services.TermNames()
    profiles = {
        p.kind: p
        for p in services.with_terms(MentoringProfile.objects.filter(member=user))
    }
    for profile in profiles.values():
        profile.member = user
    forms = {}
    for kind in (ProfileKind.OFFER, ProfileKind.REQUEST):
        if bound and kind in bound:
            forms[kind] = bound[kind]
        else:
            forms[kind] = ProfileForm(
                instance=profiles.get(kind), kind=kind, prefix=kind
            )
    matches = {}
    for kind, profile in profiles.items():
        if profile.active:
            matches[kind] = [
                {
                    "card": card(m.profile, names, m.spare if m.spare else None),
                    "reasons": m.reasons(),
                }
                for m in services.suggestions(profile, names)
            ]
    pairings = _pairings(user)
    contacts = services.contacts_for(user, pairings)
    rows: dict[str, list] = {"waiting": [], "sent": [], "active": [], "past": []}
    for pairing in pairings:
        row = {
            "pairing": pairing,
            "other": _display_name(pairing.other(user)),
            "is_mentor": pairing.mentor_id == user.pk,
            "contact": contacts.get(pairing.pk),
        }
        if pairing.status == PairingStatus.ACTIVE:
            rows["active"].append(row)
        elif pairing.status == PairingStatus.PROPOSED:
            rows["waiting" if pairing.awaits(user) else "sent"].append(row)
        elif len(rows["past"]) < PAST_SHOWN:
            rows["past"].append(row)
    return render(
        request,
        "mentoring/my.html",
        {
            "page_title": _("My mentoring"),
            "forms": forms,
            "offer_form": forms[ProfileKind.OFFER],
            "request_form": forms[ProfileKind.REQUEST],
            "profiles": profiles,
            "offer_matches": matches.get(ProfileKind.OFFER),
            "request_matches": matches.get(ProfileKind.REQUEST),
            "rows": rows,
            "time_zones": sorted(services.available_timezones()),
        },
        status=status,
    )


@login_required
@cache_control(private=True, no_store=True)
def my_mentoring(request: HttpRequest) -> HttpResponse:
    return _page(request)


@login_required
@require_POST
def save_profile(request: HttpRequest, kind: str) -> HttpResponse:
    if kind not in ProfileKind.values:
        raise Http404
    instance = MentoringProfile.objects.filter(member=request.user, kind=kind).first()
    form = ProfileForm(request.POST, instance=instance, kind=kind, prefix=kind)
    if not form.is_valid():
        return _page(request, bound={kind: form}, status=400)
    form.save(request.user)
    if kind == ProfileKind.OFFER:
        messages.success(request, _("Your offer is saved."))
    else:
        messages.success(request, _("Your request is saved."))
    return redirect("members:mentoring")


@login_required
@cache_control(private=True, no_store=True)
def directory(request: HttpRequest) -> HttpResponse:
    """Active offers with a place left, for signed-in members: no contact."""
    offers = services.with_terms(
        services.open_offers()
        .exclude(member=request.user)
        .annotate(spare=F("capacity") - F("taken"))
        .filter(spare__gt=0)
        .order_by("-updated_at", "-pk")
    )
    page = paginate(request, offers)
    names = services.TermNames()
    return render(
        request,
        "mentoring/directory.html",
        {
            "page_title": _("Mentors"),
            "cards": [card(p, names, p.spare) for p in page.object_list],
            "page_obj": page,
        },
    )


def _target(request: HttpRequest, profile_id: int) -> MentoringProfile:
    profile = (
        services.with_terms(
            MentoringProfile.objects.filter(
                pk=profile_id, active=True, member__is_active=True
            ).select_related("member__member")
        )
        .exclude(member=request.user)
        .first()
    )
    if profile is None:
        raise Http404
    return profile


@login_required
@cache_control(private=True, no_store=True)
def propose(request: HttpRequest, profile_id: int) -> HttpResponse:
    """Propose a pairing to the owner of an offer (as mentee) or a request
    (as mentor)."""
    target = _target(request, profile_id)
    form = ProposeForm(request.POST or None)
    error, status = "", 200
    try:
        services.check_can_propose(request.user, target.member)
    except LimitReached as reached:
        error, status = reached.message, 403
    if request.method == "POST" and not error:
        if form.is_valid():
            try:
                services.propose(
                    request.user,
                    target,
                    form.cleaned_data["months"],
                    form.cleaned_data["message"],
                )
            except LimitReached as reached:
                error, status = reached.message, 400
            else:
                messages.success(
                    request,
                    _("Your proposal is sent. You will be told when they answer."),
                )
                return redirect("members:mentoring")
        else:
            status = 400
    return render(
        request,
        "mentoring/propose.html",
        {
            "page_title": _("Propose a pairing"),
            "card": card(target, services.TermNames()),
            "as_mentor": target.kind == ProfileKind.REQUEST,
            "form": form,
            "error": error,
            "blocked": status == 403,
        },
        status=status,
    )


def _mine(request: HttpRequest, pairing_id: int) -> Pairing:
    pairing = (
        Pairing.objects.filter(pk=pairing_id)
        .filter(Q(mentor=request.user) | Q(mentee=request.user))
        .first()
    )
    if pairing is None:
        raise Http404
    return pairing


@login_required
@require_POST
def answer(request: HttpRequest, pairing_id: int) -> HttpResponse:
    pairing = _mine(request, pairing_id)
    choice = request.POST.get("answer")
    try:
        if choice == "accept":
            services.accept(request.user, pairing)
            messages.success(
                request,
                _(
                    "You both accepted: the pairing has started. Their contact "
                    "details are below."
                ),
            )
        elif choice == "decline":
            services.decline(request.user, pairing)
            messages.success(request, _("You declined the proposal."))
    except LimitReached as reached:
        messages.error(request, reached.message)
    return redirect("members:mentoring")


@login_required
@require_POST
def end(request: HttpRequest, pairing_id: int) -> HttpResponse:
    pairing = _mine(request, pairing_id)
    if services.end_by_member(request.user, pairing):
        messages.success(request, _("The pairing has ended."))
    return redirect("members:mentoring")
