"""The member's own pages: the members' home, account settings, the data
export and deleting the account."""

from __future__ import annotations

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from ..models import Member
from ..notifications import unread_count
from ..trust import LIMITS, trust_level
from .forms import DeleteAccountForm, SettingsForm
from .services import delete_member, export_member

#: The members' home: ``(URL name, label, description)``. A feature whose URL
#: is not there (yet) is left out rather than breaking the page.
HOME_LINKS = (
    (
        "members:library",
        gettext_lazy("My library"),
        gettext_lazy(
            "lessons, resources, paths and events you saved, in your own lists"
        ),
    ),
    (
        "members:learning",
        gettext_lazy("My learning"),
        gettext_lazy("the learning paths you follow: continue where you left off"),
    ),
    (
        "members:rsvp_list",
        gettext_lazy("My events"),
        gettext_lazy("your RSVPs and your calendar feed"),
    ),
    (
        "members:mentoring",
        gettext_lazy("My mentoring"),
        gettext_lazy("your mentoring offer or request, matches and pairings"),
    ),
    (
        "members:mentoring_directory",
        gettext_lazy("Mentors"),
        gettext_lazy("members who offer mentoring and have a place left"),
    ),
    (
        "members:share_contributions",
        gettext_lazy("My contributions"),
        gettext_lazy("what you shared and where its review stands"),
    ),
    (
        "members:share",
        gettext_lazy("Share a lesson or a resource"),
        gettext_lazy("a structured form; reviewers read it before it is published"),
    ),
    (
        "members:account_settings",
        gettext_lazy("Account settings"),
        gettext_lazy("display name, e-mails, password, two-factor, export, delete"),
    ),
    (
        "members:api_tokens",
        gettext_lazy("API tokens"),
        gettext_lazy("personal keys for apps that read your library"),
    ),
)


def optional_url(name: str) -> str | None:
    try:
        return reverse(name)
    except NoReverseMatch:
        return None


def member_of(user) -> Member:
    member, _created = Member.objects.get_or_create(
        user=user, defaults={"display_name": user.get_username()[:60]}
    )
    return member


def private(response: HttpResponse) -> HttpResponse:
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@never_cache
def home(request: HttpRequest) -> HttpResponse:
    """Where a member's own pages start."""
    links = [
        {"url": url, "label": label, "description": description}
        for name, label, description in HOME_LINKS
        if (url := optional_url(name))
    ]
    unread = unread_count(request.user)
    return private(
        render(
            request,
            "members/account/home.html",
            {
                "page_title": _("My Praxis"),
                "member": member_of(request.user),
                "links": links,
                "notifications_url": optional_url("members:notices"),
                "unread": unread,
            },
        )
    )


@login_required
@never_cache
def settings_view(request: HttpRequest) -> HttpResponse:
    member = member_of(request.user)
    form = SettingsForm(request.POST or None, instance=member)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your settings are saved."))
        return redirect("members:account_settings")
    level = trust_level(request.user)
    return private(
        render(
            request,
            "members/account/settings.html",
            {
                "page_title": _("Account settings"),
                "form": form,
                "member": member,
                "level": level,
                "limits": LIMITS[level],
            },
            status=400 if form.errors else 200,
        )
    )


@login_required
@require_http_methods(["GET"])
def export_view(request: HttpRequest) -> HttpResponse:
    """Everything Praxis holds about the member, as a JSON file."""
    data = export_member(request.user)
    data["exported"] = timezone.now().isoformat()
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    stamp = timezone.now().strftime("%Y-%m-%d")
    response["Content-Disposition"] = f'attachment; filename="praxis-{stamp}.json"'
    return private(response)


@login_required
@never_cache
@require_http_methods(["GET", "POST"])
def delete_view(request: HttpRequest) -> HttpResponse:
    """Deleting the account, once the member confirms with their password."""
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        delete_member(request.user, keep_contributions=form.keep_contributions)
        logout(request)
        messages.success(
            request, _("Your account is deleted. Thank you for being here.")
        )
        return redirect("/")
    return private(
        render(
            request,
            "members/account/delete.html",
            {"page_title": _("Delete your account"), "form": form},
            status=400 if form.errors else 200,
        )
    )
