"""Lineage graphs: how a tactic travelled from one campaign to the next.

A lesson's graph holds the lessons it was adapted from and the lessons adapted
from it, a few generations each way; a tactic's family holds every lesson with
that tactic that is linked to another one by an adaptation. A lesson and its
translations are one node (they share a ``translation_key``): adaptations made
in any language count, and each node is shown in the reader's language, or in
its own where nobody has translated it yet.

Only lessons the viewer may read are nodes, and an adaptation counts only
when the viewer may read both ends, so a restricted lesson never shows up as a
gap that could be guessed at either.

The layout is computed here (no graph tool to install): generations are
columns from the inline start (the left, or the right on a right-to-left
page), and the lessons of one generation are ordered so that lines cross
little. The SVG is drawn by ``lessons/evidence/lineage_graph.html``.
"""

from __future__ import annotations

import dataclasses
import textwrap
from collections import defaultdict

from django.db.models import Q
from django.utils.translation import get_language_bidi, get_language_info
from django.utils.translation import gettext as _

from core.locales import with_fallback
from core.visibility import visible_pages

from ..models import LessonAdaptation, LessonPage, Tactic

#: Generations shown before and after the lesson itself.
DEPTH = 3
#: At most this many lessons in one graph; a larger family is cut (and says so).
MAX_NODES = 60

# Geometry of the drawing, in SVG user units (about CSS pixels).
NODE_WIDTH = 210
NODE_HEIGHT = 64
GAP_X = 56
GAP_Y = 18
MARGIN = 8
#: Height above the rows for a line that skips a generation.
ARC_SPACE = 22
LINE_HEIGHT = 17
#: Characters per line of a title in a node, and lines per title.
TITLE_CHARS = 27
TITLE_LINES = 2
#: The caption under the graph, where "what changed" appears on hover or focus.
NOTE_CHARS = 95
NOTE_LINES = 3


@dataclasses.dataclass
class Node:
    key: str
    page: LessonPage
    current: bool = False
    parents: list[str] = dataclasses.field(default_factory=list)
    children: list[str] = dataclasses.field(default_factory=list)
    #: What changed, by the key of the lesson this one was adapted from.
    changes: dict[str, str] = dataclasses.field(default_factory=dict)
    column: int = 0
    row: int = 0


@dataclasses.dataclass
class Lineage:
    nodes: dict[str, Node]
    #: True when the family had more lessons than :data:`MAX_NODES`.
    truncated: bool = False

    def __bool__(self) -> bool:
        return len(self.nodes) > 1

    @property
    def edges(self) -> list[tuple[Node, Node]]:
        """(earlier lesson, adaptation) pairs, in drawing order."""
        return [
            (self.nodes[parent], node)
            for node in self.ordered()
            for parent in node.parents
        ]

    def ordered(self) -> list[Node]:
        return sorted(self.nodes.values(), key=lambda node: (node.column, node.row))

    def roots(self) -> list[Node]:
        return [node for node in self.ordered() if not node.parents]

    def tree(self) -> list[dict]:
        """The graph as nested lists from its earliest lessons: each item is
        ``{"node", "change", "children"}``. A lesson adapted from two others
        appears under both; each branch stops where it would repeat itself."""

        def branch(node: Node, parent: Node | None, seen: frozenset) -> dict:
            seen = seen | {node.key}
            return {
                "node": node,
                "change": node.changes.get(parent.key, "") if parent else "",
                "children": [
                    branch(self.nodes[child], node, seen)
                    for child in node.children
                    if child not in seen
                ],
            }

        return [branch(root, None, frozenset()) for root in self.roots()]


# Building -------------------------------------------------------------------


def _lesson_edges(visible, condition: Q) -> list[tuple]:
    """Adaptations between two lessons the viewer may read, matching
    ``condition``, as (source key, adapter key, adapter locale, what changed)."""
    return [
        (str(source), str(adapter), locale_id, change)
        for source, adapter, locale_id, change in LessonAdaptation.objects.filter(
            condition, page__in=visible.values("pk"), source__in=visible.values("pk")
        )
        .order_by("sort_order", "pk")
        .values_list(
            "source__translation_key",
            "page__translation_key",
            "page__locale_id",
            "what_changed",
        )
    ]


def for_lesson(
    lesson: LessonPage, request, depth: int = DEPTH, locale_id: int | None = None
) -> Lineage:
    """The lessons ``lesson`` descends from and those descending from it, up to
    ``depth`` generations each way, that ``request``'s viewer may read, and
    every adaptation between them, in the language of ``locale_id`` (default:
    the lesson's) where translated.

    One query per generation (both directions at once), one for the
    adaptations and one for the lessons, however many there are.
    """
    visible = visible_pages(LessonPage.objects.all(), request)
    current = str(lesson.translation_key)
    seen = {current}
    up, down = {current}, {current}
    for _generation in range(depth):
        if not up and not down:
            break
        edges = LessonAdaptation.objects.filter(
            Q(page__translation_key__in=up) | Q(source__translation_key__in=down),
            page__in=visible.values("pk"),
            source__in=visible.values("pk"),
        ).values_list("source__translation_key", "page__translation_key")
        next_up, next_down = set(), set()
        for source, adapter in edges:
            source, adapter = str(source), str(adapter)
            if adapter in up and source not in seen:
                next_up.add(source)
            if source in down and adapter not in seen:
                next_down.add(adapter)
        seen |= next_up | next_down
        up, down = next_up, next_down
    if len(seen) == 1:
        return Lineage(nodes={})
    found = _lesson_edges(
        visible,
        Q(page__translation_key__in=seen, source__translation_key__in=seen),
    )
    locale_id = lesson.locale_id if locale_id is None else locale_id
    return _assemble(found, seen, locale_id, visible, current=current)


def cached_for_lesson(lesson: LessonPage, request, locale_id: int | None = None):
    """:func:`for_lesson`, kept in the evidence cache (:mod:`.cache`) per
    language and reading class until something is published."""
    from . import cache

    locale_id = lesson.locale_id if locale_id is None else locale_id
    return cache.cached(
        "lineage",
        str(locale_id),
        cache.reading_class(getattr(request, "user", None)),
        cache.text_key(f"{lesson.translation_key}"),
        lambda: for_lesson(lesson, request, locale_id=locale_id),
    )


def cached_for_tactic(tactic: Tactic, request, locale_id: int):
    """:func:`for_tactic`, cached like :func:`cached_for_lesson`."""
    from . import cache

    return cache.cached(
        "tactic-lineage",
        str(locale_id),
        cache.reading_class(getattr(request, "user", None)),
        cache.text_key(f"{tactic.translation_key}"),
        lambda: for_tactic(tactic, request, locale_id),
    )


def for_tactic(tactic: Tactic, request, locale_id: int) -> Lineage:
    """Every adaptation between two lessons with ``tactic`` (in any language)
    that the viewer may read: the tactic's family tree. Two queries."""
    visible = visible_pages(LessonPage.objects.all(), request)
    with_tactic = visible.filter(tactics__translation_key=tactic.translation_key)
    found = _lesson_edges(with_tactic, Q())
    keys = {key for edge in found for key in edge[:2]}
    return _assemble(found, keys, locale_id, visible)


def _assemble(
    found: list[tuple], keys: set[str], locale_id: int, visible, current=None
) -> Lineage:
    truncated = len(keys) > MAX_NODES
    if truncated:
        # Keep the lesson itself and the earliest-found rest.
        ordered = [current] if current else []
        for source, adapter, _locale, _change in found:
            ordered.extend((source, adapter))
        keys = set(list(dict.fromkeys(key for key in ordered if key))[:MAX_NODES])
    pages = (
        with_fallback(visible, locale_id)
        .filter(translation_key__in=keys)
        .only(
            "pk",
            "title",
            "slug",
            "url_path",
            "locale_id",
            "translation_key",
            "result",
            "started",
            "first_published_at",
        )
        .select_related("locale")
    )
    nodes = {
        str(page.translation_key): Node(
            key=str(page.translation_key), page=page, current=False
        )
        for page in pages
    }
    if current in nodes:
        nodes[current].current = True
    # Each adaptation once, with its note in the reader's language when the
    # adapter's translation there has one, else in the language shown.
    notes: dict[tuple[str, str], tuple[int, str]] = {}
    for source, adapter, adapter_locale, change in found:
        if source not in nodes or adapter not in nodes or source == adapter:
            continue
        if adapter_locale == locale_id:
            rank = 0
        elif adapter_locale == nodes[adapter].page.locale_id:
            rank = 1
        else:
            rank = 2
        pair = (source, adapter)
        if pair not in notes or rank < notes[pair][0]:
            notes[pair] = (rank, change)
    for (source, adapter), (_rank, change) in notes.items():
        nodes[adapter].parents.append(source)
        nodes[adapter].changes[source] = change
        nodes[source].children.append(adapter)
    lineage = Lineage(nodes=nodes, truncated=truncated)
    if current is None:
        # A family shows only lessons linked to another one.
        lineage.nodes = {
            key: node for key, node in nodes.items() if node.parents or node.children
        }
    _layout(lineage)
    return lineage


# Layout ---------------------------------------------------------------------


def _sort_key(node: Node) -> tuple:
    page = node.page
    when = page.started or (
        page.first_published_at.date() if page.first_published_at else None
    )
    return (when is None, when or 0, page.title.casefold())


def _layout(lineage: Lineage) -> None:
    """Columns by generation (the longest chain of adaptations before a
    lesson), rows by the mean row of each lesson's earlier lessons."""
    nodes = lineage.nodes
    for node in nodes.values():
        node.parents = [key for key in node.parents if key in nodes]
        node.children = [key for key in node.children if key in nodes]
        node.parents.sort(key=lambda key: _sort_key(nodes[key]))
        node.children.sort(key=lambda key: _sort_key(nodes[key]))
    # Longest-path layering; lineage should have no cycles, but a pass limit
    # keeps a bad edit from looping for ever.
    for _pass in range(len(nodes)):
        changed = False
        for node in nodes.values():
            column = max((nodes[p].column + 1 for p in node.parents), default=0)
            if column != node.column and column < len(nodes):
                node.column, changed = column, True
        if not changed:
            break
    columns: dict[int, list[Node]] = defaultdict(list)
    for node in sorted(nodes.values(), key=_sort_key):
        columns[node.column].append(node)
    for column in sorted(columns):
        members = columns[column]
        if column:
            members.sort(
                key=lambda node: (
                    sum(nodes[p].row for p in node.parents) / len(node.parents)
                    if node.parents
                    else 0,
                    _sort_key(node),
                )
            )
        for row, node in enumerate(members):
            node.row = row


@dataclasses.dataclass
class Drawing:
    """Coordinates of a :class:`Lineage`, mirrored on right-to-left pages."""

    rtl: bool
    width: int
    height: int
    graph_height: int
    boxes: list[dict]
    lines: list[dict]
    note_y: int


def _bidi(code: str) -> bool:
    try:
        return bool(get_language_info(code)["bidi"])
    except KeyError:
        return False


def _wrap(text: str, width: int, lines: int) -> list[str]:
    wrapped = textwrap.wrap(text, width) or [""]
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        wrapped[-1] = wrapped[-1][: width - 1].rstrip() + "…"
    return wrapped


def draw(lineage: Lineage, rtl: bool | None = None) -> Drawing:
    if rtl is None:
        rtl = get_language_bidi()
    nodes = lineage.ordered()
    columns = max((node.column for node in nodes), default=0) + 1
    rows = max((node.row for node in nodes), default=0) + 1
    width = 2 * MARGIN + columns * NODE_WIDTH + (columns - 1) * GAP_X
    # Room above the first row for lines that skip a generation.
    skips = any(child.column - parent.column > 1 for parent, child in lineage.edges)
    top_space = MARGIN + (ARC_SPACE if skips else 0)
    graph_height = top_space + MARGIN + rows * NODE_HEIGHT + (rows - 1) * GAP_Y
    note_y = graph_height + LINE_HEIGHT
    height = note_y + NOTE_LINES * LINE_HEIGHT + MARGIN

    def x_of(node: Node) -> int:
        x = MARGIN + node.column * (NODE_WIDTH + GAP_X)
        return width - x - NODE_WIDTH if rtl else x

    def y_of(node: Node) -> int:
        return top_space + node.row * (NODE_HEIGHT + GAP_Y)

    boxes = []
    for node in nodes:
        x, y = x_of(node), y_of(node)
        code = node.page.locale.language_code
        node_rtl = _bidi(code)
        changes = [
            (lineage.nodes[parent].page, node.changes[parent])
            for parent in node.parents
        ]
        note = " ".join(
            _("Adapted from “%(title)s”: %(change)s")
            % {"title": page.title, "change": change}
            for page, change in changes
            if change
        )
        # The caption starts at the graph's inline start, whichever way the
        # note itself runs.
        boxes.append(
            {
                "node": node,
                "lang": code,
                "dir": "rtl" if node_rtl else "ltr",
                "x": x,
                "y": y,
                "cx": x + NODE_WIDTH // 2,
                "title_lines": [
                    (y + 24 + index * LINE_HEIGHT, line)
                    for index, line in enumerate(
                        _wrap(node.page.title, TITLE_CHARS, TITLE_LINES)
                    )
                ],
                "changes": changes,
                "note_x": width - MARGIN if rtl else MARGIN,
                "note_anchor": "start" if node_rtl == rtl else "end",
                "note_lines": [
                    (note_y + index * LINE_HEIGHT, line)
                    for index, line in enumerate(_wrap(note, NOTE_CHARS, NOTE_LINES))
                ]
                if note
                else [],
            }
        )
    lines = []
    for parent, child in lineage.edges:
        # Out of the earlier lesson's inline end, into the later one's start.
        if rtl:
            x1, x2 = x_of(parent), x_of(child) + NODE_WIDTH
        else:
            x1, x2 = x_of(parent) + NODE_WIDTH, x_of(child)
        y1 = y_of(parent) + NODE_HEIGHT // 2
        y2 = y_of(child) + NODE_HEIGHT // 2
        bend = (x2 - x1) // 2
        if child.column - parent.column > 1:
            # Over the lessons in between, through the space above the rows.
            top = min(y_of(parent), y_of(child)) - ARC_SPACE + 2
            d = f"M{x1},{y1} C{x1 + bend // 2},{top} {x2 - bend // 2},{top} {x2},{y2}"
        else:
            d = f"M{x1},{y1} C{x1 + bend},{y1} {x2 - bend},{y2} {x2},{y2}"
        lines.append({"parent": parent, "child": child, "d": d})
    return Drawing(
        rtl=rtl,
        width=width,
        height=height,
        graph_height=graph_height,
        boxes=boxes,
        lines=lines,
        note_y=note_y,
    )


def context(lineage: Lineage, graph_id: str) -> dict:
    """What ``lessons/evidence/lineage_graph.html`` needs."""
    return {
        "lineage": lineage,
        "drawing": draw(lineage) if lineage else None,
        "tree": lineage.tree() if lineage else [],
        "graph_id": graph_id,
    }
