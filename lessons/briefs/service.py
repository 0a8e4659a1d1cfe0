"""Which pages have a brief, where a built one is kept, and building it.

A brief is kept as ``<page id>/<revision>-<kind>-<paper>-f<FORMAT>.pdf`` under
``PRAXIS_BRIEF_ROOT``: a new revision (every publish) gets a new file, and the
page's older ones are removed (:func:`forget_briefs`). Nothing here decides
who may *fetch* a brief: :mod:`.views` asks :mod:`core.visibility`, as the
page itself does.

Briefs are built for an anonymous reader: lineage, related lessons and the
movement behind a lesson show only what the public may read, so a members-only
lesson's brief names nothing more than its own content, and an anonymised one
follows :func:`core.attribution.attribution` as its page does.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page, PageViewRestriction

from core.sensitivity import Sensitivity

from ..choices import RiskLevel
from ..models import LearningPathPage, LessonPage, ResourcePage
from . import render

#: Paper sizes, by the ``?paper=`` value: (CSS page size, portrait).
PAPERS = {"a4": "A4", "letter": "letter"}
#: What can be built: a brief of any of :data:`TEMPLATES`' pages, slides of a lesson.
KINDS = ("brief", "slides")
#: Bump when the templates change, so stored briefs are built again.
FORMAT = 1

TEMPLATES = {
    ("brief", LessonPage): "lessons/briefs/lesson.html",
    ("brief", ResourcePage): "lessons/briefs/resource.html",
    ("brief", LearningPathPage): "lessons/briefs/path.html",
    ("slides", LessonPage): "lessons/briefs/slides.html",
}
#: Privacy sections with a brief: "signed-in readers" (members-only pages).
#: Password and group sections have none, as restricted pages have none.
OPEN_RESTRICTIONS = {PageViewRestriction.LOGIN}


@dataclass(frozen=True)
class StoredBrief:
    path: Path

    @property
    def size(self) -> int:
        return self.path.stat().st_size

    def open(self):
        return self.path.open("rb")


def _template(page, kind: str) -> str | None:
    for (wanted, model), name in TEMPLATES.items():
        if wanted == kind and isinstance(page, model):
            return name
    return None


def has_brief(page, kind: str = "brief", check_sections: bool = True) -> bool:
    """Whether ``page`` (specific) has a ``kind`` at all: a lesson, resource or
    path (slides: a lesson), live, and neither restricted to groups nor inside
    a password or group privacy section (one query; ``check_sections=False``
    when that was asked already)."""
    if kind not in KINDS or _template(page, kind) is None or not page.live:
        return False
    if getattr(page, "sensitivity", Sensitivity.PUBLIC) == Sensitivity.RESTRICTED:
        return False
    if not check_sections:
        return True
    return not (_section_types(page) - OPEN_RESTRICTIONS)


def _section_types(page) -> set[str]:
    """The kinds of privacy section the page is in (its own and its
    ancestors', by treebeard path): one query, kept on the instance."""
    types = getattr(page, "_praxis_section_types", None)
    if types is None:
        step = Page.steplen
        paths = [page.path[:end] for end in range(step, len(page.path) + 1, step)]
        types = set(
            PageViewRestriction.objects.filter(page__path__in=paths).values_list(
                "restriction_type", flat=True
            )
        )
        page._praxis_section_types = types
    return types


def members_only(page) -> bool:
    """Whether the brief may be read by signed-in readers only."""
    if getattr(page, "sensitivity", Sensitivity.PUBLIC) != Sensitivity.PUBLIC:
        return True
    return bool(_section_types(page))


def brief_url(page, paper: str = "a4", kind: str = "brief") -> str:
    """The brief's address on the site, relative (``/en/lessons/x/brief.pdf``)."""
    url = f"{page.url}{kind}.pdf"
    return url if paper == "a4" else f"{url}?paper={paper}"


def _folder(page_id: int) -> Path:
    return Path(settings.PRAXIS_BRIEF_ROOT) / str(page_id)


def _path(page, kind: str, paper: str) -> Path:
    revision = page.live_revision_id or 0
    return _folder(page.pk) / f"{revision}-{kind}-{paper}-f{FORMAT}.pdf"


def stored_brief(page, kind: str = "brief", paper: str = "a4") -> StoredBrief | None:
    """The brief built for the page's live revision, or None."""
    path = _path(page, kind, paper)
    return StoredBrief(path) if path.is_file() else None


def forget_briefs(page_id: int, keep_revision: int | None = None) -> int:
    """Remove the page's stored briefs (but those of ``keep_revision``);
    returns how many were removed."""
    folder = _folder(page_id)
    if not folder.is_dir():
        return 0
    removed = 0
    for path in folder.glob("*.pdf"):
        if keep_revision is not None and path.name.startswith(f"{keep_revision}-"):
            continue
        path.unlink(missing_ok=True)
        removed += 1
    return removed


def reader_request(page):
    """An anonymous request for ``page`` on its site, for building offline."""
    site = page.get_site()
    host = site.hostname if site else "localhost"
    port = site.port if site else 80
    request = RequestFactory().get(
        page.url or "/", SERVER_NAME=host, SERVER_PORT=str(port)
    )
    request.user = AnonymousUser()
    return request


def _cautions_by_risk(page) -> list[tuple[str, list]]:
    order = [RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW]
    cautions = sorted(page.cautions.all(), key=lambda c: order.index(c.risk_level))
    return [
        (RiskLevel(level).label, list(items))
        for level, items in groupby(cautions, key=lambda c: c.risk_level)
    ]


def context_for(page, kind: str, paper: str, request, offline_index=None) -> dict:
    full_url = page.get_full_url(request) or ""
    context = {
        "page": page,
        "request": request,
        "kind": kind,
        "paper": PAPERS[paper],
        "page_url": full_url,
        "qr_code": render.qr_svg(full_url),
        # An offline copy opened from the file system uses the reader's fonts.
        "font_faces": "" if offline_index else render.font_faces(),
        "offline_index": offline_index,
        "credit": page.attribution if hasattr(page, "attribution") else None,
    }
    if isinstance(page, LessonPage):
        context.update(page.related_content(request))
        context["cautions_by_risk"] = _cautions_by_risk(page)
        context["signals"] = list(page.outcome_signals.all())
        context["steps"] = [b for b in page.activities if b.block_type == "step"]
    elif isinstance(page, LearningPathPage):
        context["steps"] = page.visible_steps(request)
    return context


def render_html(
    page, kind: str = "brief", paper: str = "a4", offline_index: str | None = None
) -> str:
    """The brief's HTML, in the page's own language; with ``offline_index``
    (a relative address) it is a toolkit's offline copy, linking back there."""
    request = reader_request(page)
    with translation.override(page.locale.language_code):
        request.LANGUAGE_CODE = page.locale.language_code
        return render_to_string(
            _template(page, kind),
            context_for(page, kind, paper, request, offline_index),
        )


def build_brief(page, kind: str = "brief", paper: str = "a4") -> StoredBrief:
    """Lay the brief out now and keep it for the page's live revision."""
    if paper not in PAPERS or not has_brief(page, kind):
        raise ValueError(f"{page!r} has no {kind} on {paper} paper.")
    html = render_html(page, kind, paper)
    pdf = render.html_to_pdf(html, base_url=page.get_full_url(reader_request(page)))
    path = _path(page, kind, paper)
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written beside its place, then moved there: a reader never gets half a file.
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".part")
    with os.fdopen(handle, "wb") as out:
        out.write(pdf)
    os.replace(temporary, path)
    return StoredBrief(path)
