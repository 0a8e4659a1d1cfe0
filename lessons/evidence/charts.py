"""Small server-rendered SVG charts: stacked horizontal bars.

Each chart is inline SVG with ``role="img"`` and a ``<title>`` (named by
``aria-labelledby``); the page shows the same numbers in a table next to it.
Segments differ by colour *and* by pattern (solid, hatched, dotted, crossed),
and carry their number as text where it fits, so colour is never the only
cue. On a right-to-left page the bars start at the right: x is computed from
the right edge, and the labels move to the right-hand side.

Only presentation attributes (``fill``, ``x``…) are used: the pages' Content
Security Policy forbids inline ``style``. Nothing is loaded from anywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

#: Widths and heights, in SVG user units.
LABEL_WIDTH = 150
BAR_WIDTH = 300
ROW_HEIGHT = 22
ROW_GAP = 8
#: Narrowest segment that still gets its number written in it.
MIN_TEXT_WIDTH = 18

#: ``{segment key: (fill colour, pattern, text colour)}``. The colours pass
#: 3:1 against white (WCAG 1.4.11); the patterns tell them apart without colour.
STYLES: dict[str, tuple[str, str, str]] = {
    "worked": ("#1b6e3a", "solid", "#ffffff"),
    "improved": ("#1b6e3a", "solid", "#ffffff"),
    "mixed": ("#8a5a00", "hatch", "#ffffff"),
    "no_change": ("#5b5b5b", "hatch", "#ffffff"),
    "misfire": ("#b3261e", "dots", "#ffffff"),
    "worsened": ("#b3261e", "dots", "#ffffff"),
    "unclear": ("#3f51b5", "cross", "#ffffff"),
}


@dataclass(frozen=True)
class Segment:
    key: str
    label: str
    value: int


@dataclass(frozen=True)
class Bar:
    #: An identifier of the row (a term's slug), repeated in the table.
    key: str
    label: str
    segments: Sequence[Segment]

    @property
    def total(self) -> int:
        return sum(segment.value for segment in self.segments)


def _patterns(chart_id: str) -> SafeString:
    """One ``<pattern>`` per kind, white marks over the segment's colour."""
    marks = {
        "hatch": '<path d="M0,6 L6,0" stroke="#ffffff" stroke-width="1.5"/>',
        "dots": '<circle cx="3" cy="3" r="1.3" fill="#ffffff"/>',
        "cross": ('<path d="M0,0 L6,6 M6,0 L0,6" stroke="#ffffff" stroke-width="1"/>'),
    }
    return format_html_join(
        "",
        '<pattern id="{}-{}" width="6" height="6" patternUnits="userSpaceOnUse">'
        "{}</pattern>",
        ((chart_id, name, mark_safe(mark)) for name, mark in marks.items()),  # noqa: S308
    )


def stacked_bars(
    chart_id: str, title: str, bars: Sequence[Bar], *, rtl: bool = False
) -> SafeString:
    """A chart of one stacked bar per item of ``bars``, all on one scale
    (the largest total fills the width). ``chart_id`` must be unique in the
    page; the table beside it should carry the same numbers."""
    width = LABEL_WIDTH + BAR_WIDTH
    height = max(1, len(bars)) * (ROW_HEIGHT + ROW_GAP)
    scale = max((bar.total for bar in bars), default=0) or 1
    rows = []
    for index, bar in enumerate(bars):
        y = index * (ROW_HEIGHT + ROW_GAP)
        # The label sits at the inline start, its end against the bars.
        label_x = LABEL_WIDTH - 6 if not rtl else BAR_WIDTH + 6
        parts = [
            format_html(
                '<text x="{}" y="{}" text-anchor="end" font-size="12" '
                'fill="#1f1f1f">{}</text>',
                label_x,
                y + ROW_HEIGHT / 2 + 4,
                bar.label,
            )
        ]
        offset = 0.0
        for segment in bar.segments:
            if not segment.value:
                continue
            seg_width = round(segment.value / scale * BAR_WIDTH, 2)
            if rtl:
                x = round(BAR_WIDTH - offset - seg_width, 2)
            else:
                x = round(LABEL_WIDTH + offset, 2)
            offset += seg_width
            colour, pattern, text_colour = STYLES.get(
                segment.key, ("#5b5b5b", "solid", "#ffffff")
            )
            parts.append(
                format_html(
                    '<g class="chart__segment"><rect x="{x}" y="{y}" width="{w}" '
                    'height="{h}" fill="{fill}" data-row="{row}" data-key="{key}" '
                    'data-value="{value}"><title>{label}: {value}</title></rect>',
                    x=x,
                    y=y,
                    w=seg_width,
                    h=ROW_HEIGHT,
                    fill=colour,
                    row=bar.key,
                    key=segment.key,
                    value=segment.value,
                    label=segment.label,
                )
            )
            if pattern != "solid":
                parts.append(
                    format_html(
                        '<rect x="{}" y="{}" width="{}" height="{}" '
                        'fill="url(#{}-{})" aria-hidden="true"/>',
                        x,
                        y,
                        seg_width,
                        ROW_HEIGHT,
                        chart_id,
                        pattern,
                    )
                )
            if seg_width >= MIN_TEXT_WIDTH:
                parts.append(
                    format_html(
                        '<text x="{}" y="{}" text-anchor="middle" font-size="11" '
                        'font-weight="bold" fill="{}" stroke="{}" stroke-width="3" '
                        'paint-order="stroke" aria-hidden="true">{}</text>',
                        round(x + seg_width / 2, 2),
                        y + ROW_HEIGHT / 2 + 4,
                        text_colour,
                        colour,
                        segment.value,
                    )
                )
            parts.append(mark_safe("</g>"))  # noqa: S308
        rows.append(mark_safe("".join(parts)))  # noqa: S308
    return format_html(
        '<svg class="chart" role="img" aria-labelledby="{id}-title" '
        'viewBox="0 0 {w} {h}" width="{w}" height="{h}" data-rtl="{rtl}"'
        ' xmlns="http://www.w3.org/2000/svg"{direction}>'
        '<title id="{id}-title">{title}</title><defs>{patterns}</defs>{rows}</svg>',
        id=chart_id,
        w=width,
        h=height,
        rtl="true" if rtl else "false",
        direction=mark_safe(' direction="rtl"') if rtl else "",  # noqa: S308
        title=title,
        patterns=_patterns(chart_id),
        rows=mark_safe("".join(rows)),  # noqa: S308
    )
