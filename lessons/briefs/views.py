"""Serving ``<page url>brief.pdf`` and ``<page url>slides.pdf``.

The page is found as Wagtail finds it for its own address, and the one
serve-time rule (:func:`core.visibility.refuse_to_serve`) decides, as for the
page: an anonymous visitor to a members-only page is asked to sign in, anyone
else who may not read it gets "not found". Restricted pages have no brief for
anyone. A brief not built yet is asked of the worker and the request answers
202 at once, so no request waits for a layout (with the immediate backend the
task has run by then and the brief is served).
"""

from __future__ import annotations

from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from wagtail.models import Page

from core.visibility import refuse_to_serve

from .service import PAPERS, has_brief, members_only, stored_brief
from .tasks import enqueue_build

#: Seconds a client is asked to wait before asking again for a brief in the making.
RETRY_AFTER = 10


def serve_brief(request: HttpRequest, page_path: str, kind: str) -> HttpResponse:
    paper = request.GET.get("paper", "a4")
    if paper not in PAPERS:
        response = render(
            request,
            "lessons/briefs/bad_paper.html",
            {"papers": PAPERS, "paper": paper[:20]},
            status=400,
        )
        return response
    found = Page.route_for_request(request, "/" + page_path)
    if found is None:
        raise Http404
    page = found[0].specific
    # The page itself, not a route of it (the library's compare/, say).
    if page.get_url(request) != request.path[: -len(f"{kind}.pdf")]:
        raise Http404
    if not has_brief(page, kind):
        raise Http404
    refused = refuse_to_serve(page, request)
    if refused is not None:
        return refused
    brief = stored_brief(page, kind, paper)
    if brief is None:
        enqueue_build(page, kind, paper)
        brief = stored_brief(page, kind, paper)
    if brief is None:
        response = render(
            request,
            "lessons/briefs/preparing.html",
            {"page": page, "retry_url": request.get_full_path(), "kind": kind},
            status=202,
        )
        response["Retry-After"] = str(RETRY_AFTER)
        response["Cache-Control"] = "no-store"
        return response
    name = f"{page.slug}-{page.locale.language_code}"
    if kind != "brief":
        name += f"-{kind}"
    if paper != "a4":
        name += f"-{paper}"
    response = FileResponse(
        brief.open(), content_type="application/pdf", filename=f"{name}.pdf"
    )
    response["Content-Disposition"] = response["Content-Disposition"].replace(
        "attachment", "inline"
    )
    response["Cache-Control"] = (
        "private, no-store" if members_only(page) else "public, max-age=300"
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
