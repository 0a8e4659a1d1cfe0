"""The member's own pages: the members' home and account settings."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from ..models import Member
from ..notifications import unread_count
from ..trust import LIMITS, trust_level
from .forms import SettingsForm


def member_of(user) -> Member:
    member, _created = Member.objects.get_or_create(
        user=user, defaults={"display_name": user.get_username()[:60]}
    )
    return member


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """Where a member's own pages start."""
    return render(
        request,
        "members/account/home.html",
        {
            "page_title": _("My Praxis"),
            "member": member_of(request.user),
            "unread": unread_count(request.user),
        },
    )


@login_required
def settings_view(request: HttpRequest) -> HttpResponse:
    member = member_of(request.user)
    form = SettingsForm(request.POST or None, instance=member)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your settings are saved."))
        return redirect("members:account_settings")
    level = trust_level(request.user)
    return render(
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
