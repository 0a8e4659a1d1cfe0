"""Lineage graphs in the API: a lesson's ancestors and descendants, and a
tactic's whole family, with the same reading rules as the site."""

from __future__ import annotations

from datetime import date

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from core.api.schemas import PageRef, item_id, item_slug, page_ref
from core.visibility import visible_pages

from ..evidence import lineage
from ..models import LessonPage, Tactic
from .common import DetailQuery, detail_locale, find_page, snippet_by_slug

router = Router(tags=["lineage"])


class LineageNode(PageRef):
    result: str = Field(description="worked, mixed or misfire.")
    started: date | None
    generation: int = Field(
        description="How many adaptations lie before this lesson in the graph "
        "(0 for the earliest lessons)."
    )
    current: bool = Field(description="True for the lesson the graph was asked for.")


class LineageEdge(Schema):
    source: int = Field(description="The id of the earlier lesson.")
    adaptation: int = Field(description="The id of the lesson adapted from it.")
    what_changed: str


class LineageOut(Schema):
    nodes: list[LineageNode]
    edges: list[LineageEdge]
    truncated: bool = Field(
        description=f"True when the family has more than {lineage.MAX_NODES} "
        "lessons and only part of it is given."
    )


def _out(request, graph: lineage.Lineage) -> dict:
    nodes = graph.ordered() if graph else []
    return {
        "nodes": [
            {
                **page_ref(request, node.page),
                "result": node.page.result,
                "started": node.page.started,
                "generation": node.column,
                "current": node.current,
            }
            for node in nodes
        ],
        "edges": [
            {
                "source": parent.page.pk,
                "adaptation": child.page.pk,
                "what_changed": child.changes[parent.key],
            }
            for parent, child in (graph.edges if graph else [])
        ],
        "truncated": graph.truncated,
    }


@router.get(
    "/lessons/{id}/lineage/",
    response=LineageOut,
    url_name="lesson-lineage",
    summary="A lesson's lineage graph",
)
def lesson_lineage(
    request: HttpRequest,
    params: Query[DetailQuery],
    id: int = item_id(),  # noqa: A002
):
    """The lessons this one was adapted from and those adapted from it, up to
    three generations each way, and every adaptation between them with what
    was changed. A lesson and its translations are one node, shown in
    ``locale`` (default: the lesson's own language) where translated."""
    locale = detail_locale(request, params, default=False)
    visible = visible_pages(LessonPage.objects.all(), request)
    lesson = find_page(request, visible, {"pk": id}, locale)
    locale_id = locale.pk if locale else lesson.locale_id
    return _out(
        request, lineage.cached_for_lesson(lesson, request, locale_id=locale_id)
    )


@router.get(
    "/taxonomy/tactics/{slug}/lineage/",
    response=LineageOut,
    url_name="tactic-lineage",
    summary="A tactic's family of adaptations",
)
def tactic_lineage(
    request: HttpRequest, params: Query[DetailQuery], slug: str = item_slug()
):
    """Every adaptation between two lessons with this tactic, and those
    lessons, in ``locale`` (default: the source language) where translated."""
    locale = detail_locale(request, params, default=True)
    tactic = snippet_by_slug(Tactic.objects.all(), slug, locale)
    return _out(request, lineage.cached_for_tactic(tactic, request, locale.pk))
