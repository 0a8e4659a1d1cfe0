"""The words of a query marked in a result's title and in a snippet of its text.

Matching ignores case and accents (``rasisme`` marks "Rasisme", ``ecole``
marks "école", ``مراقبين`` marks "المراقبين"): both sides are folded
character by character (:func:`fold`), keeping where each folded character
came from, so that the marks land on the original text. Everything that is
not a mark is escaped: a result's title or a query may hold ``<script>``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from django.utils.html import escape, format_html, strip_tags
from django.utils.safestring import SafeString, mark_safe

#: A snippet is about this many characters of the text around the first match.
SNIPPET_LENGTH = 180
#: Characters of text kept before the first match in a snippet.
SNIPPET_LEAD = 60
#: Query words at least this long also mark longer words they begin
#: ("observer" marks "observers"), as stemming search backends find them.
PREFIX_LENGTH = 3
#: The fields a snippet is taken from, first match first; rich text is read
#: as plain text.
SNIPPET_FIELDS = (
    "summary",
    "problem",
    "outcomes",
    "what_we_would_change",
    "body",
    "description",
)
#: Arabic clitics and the article written onto a word: "و", "ف", "ب", "ل",
#: "ك" and "ال", so that "مراقبين" marks "والمراقبين".
_ARABIC_PREFIX = "(?:[وفبلك]?ال|[وفبلك])?"


def fold(text: str) -> tuple[str, list[int]]:
    """``text`` without case or accents, and for each of its characters the
    index of the character of ``text`` it comes from."""
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for part in unicodedata.normalize("NFKD", char):
            if unicodedata.combining(part) or part == "\u0640":  # tatweel
                continue
            for piece in part.casefold():
                folded.append(piece)
                origin.append(index)
    return "".join(folded), origin


def _is_arabic(word: str) -> bool:
    return any("\u0600" <= char <= "\u06ff" for char in word)


def pattern(words: Iterable[str]) -> re.Pattern | None:
    """One regular expression for the folded ``words``, longest first."""
    alternatives = []
    for word in sorted(
        {fold(word)[0] for word in words if word}, key=len, reverse=True
    ):
        if not word:
            continue
        tail = r"\w*" if len(word) >= PREFIX_LENGTH else r"(?!\w)"
        head = _ARABIC_PREFIX if _is_arabic(word) else ""
        alternatives.append(f"{head}{re.escape(word)}{tail}")
    if not alternatives:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + ")")


def spans(text: str, regex: re.Pattern | None) -> list[tuple[int, int]]:
    """Where ``regex`` matches ``text`` once folded, as ``(start, end)``
    indexes into ``text``."""
    if regex is None or not text:
        return []
    folded, origin = fold(text)
    found = []
    for match in regex.finditer(folded):
        if match.end() > match.start():
            found.append((origin[match.start()], origin[match.end() - 1] + 1))
    return found


def mark(text: str, found: list[tuple[int, int]]) -> SafeString:
    """``text`` escaped, with each span of ``found`` in ``<mark>``."""
    pieces = []
    position = 0
    for start, end in found:
        pieces.append(escape(text[position:start]))
        pieces.append(format_html("<mark>{}</mark>", text[start:end]))
        position = end
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped


def plain_text(value) -> str:
    """A field's value as one line of plain text ("" for structured fields)."""
    if not isinstance(value, str):
        return ""
    from html import unescape

    return " ".join(unescape(strip_tags(value)).split())


def excerpt(text: str, found: list[tuple[int, int]]) -> tuple[str, int]:
    """A part of ``text`` around its first match, cut at spaces, and where it
    starts in ``text``."""
    if len(text) <= SNIPPET_LENGTH:
        return text, 0
    first = found[0][0] if found else 0
    start = max(0, first - SNIPPET_LEAD)
    if start:
        space = text.find(" ", start, first)
        start = space + 1 if space != -1 else start
    end = min(len(text), start + SNIPPET_LENGTH)
    if end < len(text):
        space = text.rfind(" ", max(found[0][1] if found else start, start), end)
        end = space if space > start else end
    return text[start:end], start


def highlight(page, regex: re.Pattern | None) -> dict:
    """``title`` and ``snippet`` of ``page`` as HTML with the matches marked,
    and the snippet as ``text`` with the ``matches`` as ``[start, end]``
    offsets into it (Python string indexes: code points)."""
    title = page.title
    texts = [plain_text(getattr(page, field, "")) for field in SNIPPET_FIELDS]
    texts = [text for text in texts if text]
    chosen, chosen_spans = (texts[0] if texts else ""), []
    for text in texts:
        found = spans(text, regex)
        if found:
            chosen, chosen_spans = text, found
            break
    if not chosen_spans:
        chosen_spans = spans(chosen, regex)
    part, offset = excerpt(chosen, chosen_spans)
    inside = [
        (start - offset, end - offset)
        for start, end in chosen_spans
        if start >= offset and end <= offset + len(part)
    ]
    before = "… " if offset else ""
    after = " …" if offset + len(part) < len(chosen) else ""
    snippet_html = mark_safe(  # noqa: S308 - the pieces are escaped
        escape(before) + mark(part, inside) + escape(after)
    )
    return {
        "title": mark(title, spans(title, regex)),
        "snippet": snippet_html,
        "text": before + part + after,
        "matches": [[start + len(before), end + len(before)] for start, end in inside],
    }
