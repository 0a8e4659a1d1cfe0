"""Following a learning path: start, mark steps done, finish, restart."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_POST
from wagtail.models import Page

from core.visibility import can_view
from lessons.models import LearningPathPage, LearningPathStep

from ..models import PathProgress, StepDone
from ..pages import next_url, readable
from . import services


def readable_path(request: HttpRequest, path_id: int):
    page = Page.objects.filter(pk=path_id).first()
    if page is None or page.specific_class is not LearningPathPage:
        raise Http404
    path = page.specific
    if not can_view(path, request):
        raise Http404
    return path


@login_required
@require_POST
def step(request: HttpRequest, path_id: int) -> HttpResponse:
    path = readable_path(request, path_id)
    try:
        page_id = int(request.POST.get("page", ""))
    except ValueError:
        raise Http404 from None
    progress = services.progress_on(request, path)
    if page_id not in progress.readable:
        raise Http404
    done = request.POST.get("done") == "1"
    row = services.mark(request.user, path, page_id, done, progress.readable)
    if row.finished_at and done:
        messages.success(request, _("You finished this learning path. Well done!"))
    elif done:
        messages.success(request, _("Step marked done."))
    else:
        messages.success(request, _("Step marked not done."))
    return redirect(next_url(request, path.get_url(request)))


@login_required
@require_POST
def start_or_restart(request: HttpRequest, path_id: int) -> HttpResponse:
    path = readable_path(request, path_id)
    if request.POST.get("action") == "restart":
        services.restart(request.user, path)
        messages.success(request, _("Starting again: every step is open."))
    else:
        services.start(request.user, path)
        messages.success(request, _("You started this learning path."))
    return redirect(next_url(request, path.get_url(request)))


@login_required
@cache_control(private=True, no_store=True)
def learning(request: HttpRequest) -> HttpResponse:
    """The member's paths, most recently active first, each with the step to
    continue from. Fixed queries however many paths and steps."""
    rows = list(
        PathProgress.objects.filter(member=request.user).order_by("-updated_at")
    )
    paths = readable((row.path_id for row in rows), request)
    steps = list(
        LearningPathStep.objects.filter(path_id__in=list(paths)).order_by(
            "path_id", "sort_order"
        )
    )
    step_pages = readable({s.page_id for s in steps}, request)
    done = {}
    for path_id, page_id in StepDone.objects.filter(progress__in=rows).values_list(
        "progress__path_id", "page_id"
    ):
        done.setdefault(path_id, set()).add(page_id)
    entries = []
    for row in rows:
        if row.path_id not in paths:
            continue
        readable_ids = [
            s.page_id
            for s in steps
            if s.path_id == row.path_id and s.page_id in step_pages
        ]
        progress = services.Progress(row, readable_ids, done.get(row.path_id, set()))
        entries.append(
            {
                "path": paths[row.path_id],
                "progress": progress,
                "next": step_pages.get(progress.next_step),
            }
        )
    return render(
        request,
        "members/learning/learning.html",
        {
            "page_title": _("My learning"),
            "current": [e for e in entries if not e["progress"].finished],
            "finished": [e for e in entries if e["progress"].finished],
        },
    )


def path_control(request, path) -> str:
    progress = services.progress_on(request, path)
    return render_to_string(
        "members/learning/path_control.html",
        {"page": path, "progress": progress},
        request=request,
    )


def step_control(request, path, step) -> str:
    progress = services.progress_on(request, path)
    return render_to_string(
        "members/learning/step_control.html",
        {"page": path, "step": step, "done": step.page_id in progress.done},
        request=request,
    )
