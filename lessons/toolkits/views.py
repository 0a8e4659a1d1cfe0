"""``/<lang>/toolkits/``: choose lessons and resources (or a learning path) and
a paper size, see what the toolkit holds and how large each download is, then
take it as one PDF or as a zip (``/<lang>/toolkits/download/``).

Both addresses read their choice from the query string, so a toolkit can be
linked to (each page's "Print and take away" block does) and works without
JavaScript. Every request applies the items' reading rules again: a link to a
toolkit with members-only lessons gives a visitor who is not signed in only
what the public may read.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from .forms import PAPER_CHOICES, ToolkitForm
from .service import FORMATS, ToolkitError, assemble, choose, prepare

#: Seconds a client is asked to wait before asking again while briefs are built.
RETRY_AFTER = 10


def _choice(request: HttpRequest) -> dict:
    return {
        "items": request.GET.getlist("items"),
        "path": request.GET.get("path", "")[:20],
        "paper": request.GET.get("paper", "a4")[:20],
    }


def _query(toolkit, **extra) -> str:
    if toolkit.path is not None:
        query = {"path": toolkit.path.pk}
    else:
        query = {"items": ",".join(str(item.page.pk) for item in toolkit.items)}
    query["paper"] = toolkit.paper
    query.update(extra)
    return urlencode(query)


def _preparing(request, toolkit) -> HttpResponse:
    response = render(
        request,
        "lessons/toolkits/preparing.html",
        {
            "toolkit": toolkit,
            "ready": len(toolkit.items) - len(toolkit.missing),
            "retry_url": request.get_full_path(),
        },
        status=202,
    )
    response["Retry-After"] = str(RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    return response


def _form(request, choice: dict) -> ToolkitForm:
    items = [part for value in choice["items"] for part in value.split(",")]
    return ToolkitForm(
        request,
        initial={"items": items, "path": choice["path"], "paper": choice["paper"]},
    )


def _refused(request, choice: dict, error: str) -> HttpResponse:
    return render(
        request,
        "lessons/toolkits/choose.html",
        {"form": _form(request, choice), "error": error},
        status=400,
    )


def toolkit(request: HttpRequest) -> HttpResponse:
    """The chooser; with a choice, the toolkit's contents and download sizes."""
    choice = _choice(request)
    if not (choice["items"] or choice["path"]) or "edit" in request.GET:
        return render(
            request, "lessons/toolkits/choose.html", {"form": _form(request, choice)}
        )
    try:
        made = choose(request, choice["items"], choice["path"], choice["paper"])
        if not prepare(made):
            return _preparing(request, made)
        files = {fmt: assemble(made, fmt) for fmt in FORMATS}
    except ToolkitError as error:
        return _refused(request, choice, str(error))
    download = reverse("toolkits:download")
    downloads = [
        {
            "format": fmt,
            "label": label,
            "url": f"{download}?{_query(made, format=fmt)}",
            "size": files[fmt].stat().st_size,
        }
        for fmt, label in (
            ("pdf", _("One PDF with every brief")),
            ("zip", _("Zip: briefs, offline pages and the resources' files")),
        )
    ]
    response = render(
        request,
        "lessons/toolkits/summary.html",
        {
            "form": _form(request, choice),
            "toolkit": made,
            "downloads": downloads,
            "share_url": f"{request.path}?{_query(made)}",
            "paper_label": dict(PAPER_CHOICES)[made.paper],
        },
    )
    if made.members_only:
        response["Cache-Control"] = "private, no-store"
    return response


def download(request: HttpRequest) -> HttpResponse:
    """The toolkit as one PDF (``format=pdf``) or a zip (``format=zip``)."""
    fmt = request.GET.get("format", "pdf")
    choice = _choice(request)
    if fmt not in FORMATS:
        error = _("Choose a PDF or a zip.")
    else:
        try:
            made = choose(request, choice["items"], choice["path"], choice["paper"])
            if not prepare(made):
                return _preparing(request, made)
            stored = assemble(made, fmt)
            error = None
        except ToolkitError as refused:
            error = str(refused)
    if error is not None:
        return _refused(request, choice, error)
    response = FileResponse(
        stored.open("rb"),
        as_attachment=True,
        filename=f"{made.filename}.{fmt}",
        content_type=FORMATS[fmt],
    )
    response["Cache-Control"] = (
        "private, no-store" if made.members_only else "private, max-age=300"
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
