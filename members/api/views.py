"""``/<lang>/my/tokens/``: a member's personal access tokens for the
members' API."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from ..models import AccessToken
from .forms import TokenForm
from .tokens import MAX_TOKENS, TooManyTokens, create_token, revoke_token


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def tokens(request: HttpRequest) -> HttpResponse:
    """List the member's tokens; POST makes one and shows it, once."""
    new_token = None
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            _row, new_token = create_token(request.user, form.cleaned_data["label"])
        except TooManyTokens as exc:
            form.add_error(None, str(exc))
        else:
            form = TokenForm()
    held = list(AccessToken.objects.filter(member=request.user))
    return render(
        request,
        "members/api/tokens.html",
        {
            "page_title": _("API tokens"),
            "form": form,
            "tokens": held,
            "new_token": new_token,
            "max_tokens": MAX_TOKENS,
            "at_limit": len(held) >= MAX_TOKENS,
            "api_base": request.build_absolute_uri("/api/v1/me/"),
        },
        status=400 if request.method == "POST" and new_token is None else 200,
    )


@login_required
@require_POST
def revoke(request: HttpRequest, pk: int) -> HttpResponse:
    if not revoke_token(request.user, pk):
        raise Http404
    messages.success(request, _("The token is revoked: nothing can use it any more."))
    return redirect("members:api_tokens")
