"""The posts' small, safe text format: a Markdown subset rendered on the
server (markdown-it-py), then sanitised (nh3) whatever the renderer made.

Allowed: paragraphs, emphasis, strong, bulleted and numbered lists, links,
inline code and block quotes. Never: images (a Markdown image shows only its
description), raw HTML (shown as text), headings, tables.
Links get ``rel="nofollow ugc noopener"`` and only http(s) and mailto.
"""

from __future__ import annotations

import nh3
from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml as escape_html

#: Tags a post's HTML may hold once sanitised.
ALLOWED_TAGS = frozenset(
    {"p", "br", "em", "strong", "ul", "ol", "li", "a", "code", "blockquote", "pre"}
)
ALLOWED_ATTRIBUTES = {"a": {"href"}}
LINK_REL = "nofollow ugc noopener"

_markdown = (
    MarkdownIt("zero", {"html": False, "linkify": False, "breaks": True})
    .enable(["emphasis", "list", "link", "backticks", "blockquote", "newline"])
    .enable(["escape", "entity", "image"])
)


def _image_as_text(tokens, idx, options, env) -> str:
    """An image is shown as its description, never loaded."""
    return escape_html(tokens[idx].content)


_markdown.renderer.rules["image"] = _image_as_text


def quote_block(body: str) -> str:
    """``body`` as a Markdown block quote (each line behind ``> ``), to
    pre-fill a reply that quotes it."""
    lines = body.strip().splitlines() or [""]
    return "\n".join(f"> {line}".rstrip() for line in lines) + "\n\n"


def render(body: str) -> str:
    """The sanitised HTML of a post's Markdown ``body``."""
    html = _markdown.render(body or "")
    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        url_schemes={"http", "https", "mailto"},
        link_rel=LINK_REL,
        strip_comments=True,
    ).strip()
