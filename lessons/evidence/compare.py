"""Up to three lessons side by side, row by row, for the compare page and the
API (``/<lang>/lessons/compare/?ids=…`` and ``/api/v1/lessons/compare/``).

Both channels read :func:`compare` so that they show the same rows and mark
the same differences. A lesson the viewer may not read is dropped exactly as
an id that does not exist (never said to exist); a lesson asked for in
another language is shown in the reader's language when it has a version
there, else in its original one.

The rows cost a fixed number of queries however many lessons are compared:
the lessons, their translations, cautions, signals, taxonomy, tried-by
counts, movements and rich-text links are each read once for all of them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Prefetch
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.models import Page

from core.attribution import attribution
from core.rich_text import expand_for_reader, reader_links
from core.visibility import visible_pages

from ..choices import MetricKind, RiskLevel
from ..models import LessonCaution, LessonOutcomeSignal, LessonPage
from ..models.adoption import TriedBy, tried_by_counts

#: The most lessons one comparison shows.
MAX_LESSONS = 3
#: What an id looks like: digits only, small enough for any database's key.
ID = re.compile(r"^[0-9]{1,10}$")
#: The largest primary key a 32-bit integer column holds.
MAX_ID = 2**31 - 1

#: (API field, row key, label) of the context notes, in the lesson page's order.
CONTEXT_NOTES = (
    ("political", "political_context", _("Political environment")),
    ("coalition", "coalition_context", _("Coalition")),
    ("media", "media_context", _("Media")),
    ("legal", "legal_context", _("Legal context")),
)


@dataclass
class Asked:
    """The ids a request asks for, cleaned, and what the reader should be
    told about the rest."""

    ids: list[int] = field(default_factory=list)
    invalid: list[str] = field(default_factory=list)
    too_many: bool = False

    @property
    def messages(self) -> list[str]:
        found = []
        if self.invalid:
            found.append(
                ngettext(
                    "“%(values)s” is not a lesson number, so it was left out. "
                    "Choose lessons with the Compare boxes in the library.",
                    "“%(values)s” are not lesson numbers, so they were left out. "
                    "Choose lessons with the Compare boxes in the library.",
                    len(self.invalid),
                )
                % {"values": "”, “".join(self.invalid)}
            )
        if self.too_many:
            found.append(
                str(
                    _(
                        "You can compare at most %(max)s lessons at a time: the "
                        "first %(max)s are shown. Remove one to add another."
                    )
                    % {"max": MAX_LESSONS}
                )
            )
        return found


def parse_ids(values: list[str]) -> Asked:
    """``ids`` parameters (``ids=12,34`` or ``ids=12&ids=34``) as distinct
    lesson ids in the order given, at most :data:`MAX_LESSONS`."""
    asked = Asked()
    for value in values:
        for part in value.split(","):
            part = part.strip()
            if not part:
                continue
            if not ID.match(part) or int(part) > MAX_ID:
                # Shown back to the reader: kept short.
                asked.invalid.append(part[:20])
                continue
            pk = int(part)
            if pk not in asked.ids:
                asked.ids.append(pk)
    if len(asked.ids) > MAX_LESSONS:
        asked.ids = asked.ids[:MAX_LESSONS]
        asked.too_many = True
    return asked


@dataclass
class Row:
    """One aligned row: ``field`` is the API field it belongs to, ``key``
    names the row (CSS and anchors), ``cells`` holds one value per lesson."""

    field: str
    key: str
    label: Any
    kind: str
    cells: list[Any]
    keys: list[Any]

    @property
    def differs(self) -> bool:
        """Whether the lessons' values differ (never for a single lesson)."""
        return len(self.keys) > 1 and any(key != self.keys[0] for key in self.keys)


@dataclass
class Compared:
    """A lesson as compared: the page and what its cells show."""

    lesson: LessonPage
    asked_id: int
    terms: dict[str, list[dict]]
    tried_by: TriedBy
    movement: Page | None
    campaign: Page | None
    notes: dict[str, str]
    what_we_would_change: str
    signals: list[LessonOutcomeSignal]
    cautions: list[LessonCaution]

    @property
    def anonymised(self) -> bool:
        return attribution(self.lesson).anonymised


@dataclass
class Comparison:
    asked: Asked
    lessons: list[Compared]
    rows: list[Row]

    @property
    def ids(self) -> list[int]:
        return [item.lesson.pk for item in self.lessons]

    @property
    def differs(self) -> list[str]:
        """The API fields whose values differ between the lessons."""
        found = []
        for row in self.rows:
            if row.differs and row.field not in found:
                found.append(row.field)
        return found


def _choose(
    asked_ids: list[int], visible, locale_id: int
) -> tuple[list[tuple[int, int]], dict[int, Any]]:
    """``(asked id, shown id)`` for each asked lesson the viewer may read, in
    the order asked: the reader's-language version where there is one, else
    the original (the first one made); a lesson asked for twice (two of its
    languages) counts once. With ``{id: translation key}`` of every version
    the viewer may read of those lessons. One query."""
    family = list(
        visible.filter(
            translation_key__in=visible.filter(pk__in=asked_ids).values(
                "translation_key"
            )
        )
        .order_by("pk")
        .values_list("pk", "translation_key", "locale_id")
    )
    by_key: dict[Any, list[tuple[int, int]]] = defaultdict(list)
    key_of = {}
    for pk, key, locale in family:
        by_key[key].append((pk, locale))
        key_of[pk] = key
    chosen, seen = [], set()
    for pk in asked_ids:
        key = key_of.get(pk)
        if key is None or key in seen:
            continue
        seen.add(key)
        versions = by_key[key]
        here = [version for version, locale in versions if locale == locale_id]
        chosen.append((pk, here[0] if here else versions[0][0]))
    return chosen, key_of


def compare(request, asked: Asked, locale_id: int, *, api: bool = False) -> Comparison:
    """The comparison of ``asked.ids`` for the reader of ``request``, in the
    locale ``locale_id``; ``api`` gives rich text with absolute links."""
    from ..api.common import terms_by_page

    visible = visible_pages(LessonPage.objects.all(), request)
    chosen, versions = _choose(asked.ids, visible, locale_id) if asked.ids else ([], {})
    if not chosen:
        return Comparison(asked=asked, lessons=[], rows=[])
    shown_ids = [shown for _asked, shown in chosen]
    pages = {
        lesson.pk: lesson
        for lesson in LessonPage.objects.filter(pk__in=shown_ids)
        .select_related("locale")
        .prefetch_related(
            Prefetch(
                "cautions", queryset=LessonCaution.objects.order_by("sort_order", "pk")
            ),
            Prefetch(
                "outcome_signals",
                queryset=LessonOutcomeSignal.objects.order_by("sort_order", "pk"),
            ),
        )
    }
    lessons = [pages[shown] for shown in shown_ids]
    terms = terms_by_page(LessonPage, shown_ids, ("tactics", "bottlenecks"))
    # A group that tried one language of a lesson tried the lesson: the
    # reports of every visible version count (one query for all versions).
    counts = tried_by_counts(versions)
    tried = {}
    for pk, key in versions.items():
        summary = tried.setdefault(key, TriedBy())
        for result, n in counts.get(pk, TriedBy()).counts.items():
            summary.counts[result] = summary.counts.get(result, 0) + n
            summary.total += n
    origin_ids = [pk for lesson in lessons for pk in attribution(lesson).origin_ids]
    origins = (
        {
            page.pk: page
            for page in visible_pages(
                Page.objects.filter(pk__in=origin_ids), request
            ).select_related("locale")
        }
        if origin_ids
        else {}
    )
    html = _rich_texts(request, lessons, api=api)
    items = []
    for (asked_id, _shown), lesson, texts in zip(chosen, lessons, html, strict=True):
        credit = attribution(lesson)
        items.append(
            Compared(
                lesson=lesson,
                asked_id=asked_id,
                terms=terms[lesson.pk],
                tried_by=tried.get(lesson.translation_key, TriedBy()),
                movement=origins.get(credit.movement_id),
                campaign=origins.get(credit.campaign_id),
                notes={
                    name: texts[i] for i, (name, _k, _l) in enumerate(CONTEXT_NOTES)
                },
                what_we_would_change=texts[-1],
                signals=list(lesson.outcome_signals.all()),
                cautions=list(lesson.cautions.all()),
            )
        )
    return Comparison(asked=asked, lessons=items, rows=build_rows(items))


def _rich_texts(request, lessons, *, api: bool) -> list[list[str]]:
    """Each lesson's context notes and "what we would change" as HTML for the
    reader, every link of every lesson looked up together."""
    fields = [attr for _name, attr, _label in CONTEXT_NOTES] + ["what_we_would_change"]
    values = [getattr(lesson, attr) for lesson in lessons for attr in fields]
    if api:
        from core.api.schemas import rich_texts

        html = rich_texts(request, *values)
    else:
        html = expand_for_reader(reader_links(request), *values)
        html = [mark_safe(value) if value else "" for value in html]  # noqa: S308
    size = len(fields)
    return [html[i : i + size] for i in range(0, len(html), size)]


def _text_key(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html or "").split()).casefold()


def build_rows(items: list[Compared]) -> list[Row]:
    """The aligned rows, in the order the page and the API show them."""
    rows = [
        Row(
            "result",
            "result",
            _("Result"),
            "result",
            [item.lesson for item in items],
            [item.lesson.result for item in items],
        ),
        Row(
            "format",
            "format",
            _("Format"),
            "text",
            [item.lesson.get_format_display() for item in items],
            [item.lesson.format for item in items],
        ),
        Row(
            "countries",
            "countries",
            _("Countries"),
            "countries",
            [list(item.lesson.countries) for item in items],
            [sorted(c.code for c in item.lesson.countries) for item in items],
        ),
        Row(
            "scale",
            "scale",
            _("Scale"),
            "text",
            [item.lesson.get_scale_display() for item in items],
            [item.lesson.scale for item in items],
        ),
        Row(
            "period",
            "period",
            _("Period"),
            "text",
            [item.lesson.period_label for item in items],
            [(item.lesson.started, item.lesson.ended) for item in items],
        ),
    ]
    for name, label in (("tactics", _("Tactics")), ("bottlenecks", _("Bottlenecks"))):
        rows.append(
            Row(
                name,
                name,
                label,
                "terms",
                [item.terms[name] for item in items],
                [sorted(term["slug"] for term in item.terms[name]) for item in items],
            )
        )
    for name, _attr, label in CONTEXT_NOTES:
        rows.append(
            Row(
                "context",
                f"context-{name}",
                label,
                "rich",
                [item.notes[name] for item in items],
                [_text_key(item.notes[name]) for item in items],
            )
        )
    # One row per kind of measure any of the lessons used.
    labels = dict(MetricKind.choices)
    kinds = [
        kind
        for kind in MetricKind.values
        if any(signal.metric_kind == kind for item in items for signal in item.signals)
    ]
    for kind in kinds:
        signals = [
            [signal for signal in item.signals if signal.metric_kind == kind]
            for item in items
        ]
        rows.append(
            Row(
                "signals",
                f"signals-{kind}",
                labels[kind],
                "signals",
                signals,
                [
                    sorted((str(s.baseline), str(s.result), s.effect) for s in found)
                    for found in signals
                ],
            )
        )
    if not kinds:
        rows.append(
            Row(
                "signals",
                "signals",
                _("Outcome signals"),
                "signals",
                [[]] * len(items),
                [()] * len(items),
            )
        )
    # One row per risk level, highest first, that any lesson's cautions have.
    levels = [
        level
        for level in reversed(RiskLevel.values)
        if any(c.risk_level == level for item in items for c in item.cautions)
    ]
    risk_labels = {
        RiskLevel.HIGH: _("Cautions: high risk"),
        RiskLevel.MEDIUM: _("Cautions: medium risk"),
        RiskLevel.LOW: _("Cautions: low risk"),
    }
    for level in levels:
        cautions = [
            [c for c in item.cautions if c.risk_level == level] for item in items
        ]
        rows.append(
            Row(
                "cautions",
                f"cautions-{level}",
                risk_labels[level],
                "cautions",
                cautions,
                [sorted(c.title.casefold() for c in found) for found in cautions],
            )
        )
    if not levels:
        rows.append(
            Row(
                "cautions",
                "cautions",
                _("Cautions"),
                "cautions",
                [[]] * len(items),
                [()] * len(items),
            )
        )
    rows.append(
        Row(
            "what_we_would_change",
            "what-we-would-change",
            _("What we would change"),
            "rich",
            [item.what_we_would_change for item in items],
            [_text_key(item.what_we_would_change) for item in items],
        )
    )
    rows.append(
        Row(
            "movement",
            "movement",
            _("Movement and campaign"),
            "origin",
            items,
            [
                ("anonymised",)
                if item.anonymised
                else (
                    item.movement.pk if item.movement else None,
                    item.campaign.pk if item.campaign else None,
                )
                for item in items
            ],
        )
    )
    rows.append(
        Row(
            "tried_by",
            "tried-by",
            _("Tried by"),
            "tried_by",
            [item.tried_by for item in items],
            [
                (item.tried_by.total, sorted(item.tried_by.counts.items()))
                for item in items
            ],
        )
    )
    return rows


# The page -------------------------------------------------------------------


def compare_url(library, ids: list[int], request=None) -> str:
    """The shareable address of a comparison: ``…/compare/?ids=12,34``."""
    url = library.get_url(request) + library.reverse_subpage("compare")
    return f"{url}?ids={','.join(str(pk) for pk in ids)}" if ids else url


def compare_view(library, request):
    """The compare page of ``library`` (a lesson library page, in its
    language). Well-formed input is redirected to its canonical address, so
    the address bar always holds the link to share; ids that are not numbers
    answer 400 with a message, the valid ones still compared."""
    from django.http import HttpResponseRedirect
    from django.template.response import TemplateResponse

    asked = parse_ids(request.GET.getlist("ids"))
    comparison = compare(request, asked, library.locale_id)
    ids = comparison.ids
    canonical = compare_url(library, ids, request)
    expected = {"ids": [",".join(str(pk) for pk in ids)]} if ids else {}
    if not asked.messages and dict(request.GET.lists()) != expected:
        return HttpResponseRedirect(canonical)
    for item in comparison.lessons:
        # A lesson nobody has translated into the page's language yet.
        item.lang = (
            item.lesson.locale.language_code
            if item.lesson.locale_id != library.locale_id
            else ""
        )
        item.remove_url = compare_url(
            library, [pk for pk in ids if pk != item.lesson.pk], request
        )
    langs = [item.lang for item in comparison.lessons]
    for row in comparison.rows:
        row.columns = list(zip(row.cells, langs, strict=True))
    context = {
        # Not ``page``: the language switcher then links to this same address
        # under each language's prefix (the ids are redirected to that
        # language's versions there), not to the library.
        "library": library,
        "request": request,
        "comparison": comparison,
        "canonical_url": canonical,
        "library_url": library.get_url(request),
        "max_lessons": MAX_LESSONS,
    }
    return TemplateResponse(
        request,
        "lessons/evidence/compare.html",
        context,
        status=400 if asked.invalid else 200,
    )
