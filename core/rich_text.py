"""Rich text expanded for one reader: internal links to pages they may not
see become plain text, on the public site and in the API alike.

Wagtail's ``|richtext`` filter expands every page link to its address without
asking who reads it (``PageLinkHandler`` gets no request), so a public page
would give away the address (the slug, often the title) of a restricted
lesson or a draft it links to. Here page links are resolved through
:func:`core.visibility.visible_pages` for the reader: a link to a page they
may read keeps its ``<a href>``; any other (restricted, members-only for an
anonymous visitor, never published, deleted) keeps its text and loses the
``<a>`` element. Links to documents and embeds are expanded by Wagtail's own
handlers.

The pages of every link are read in one query per call, and remembered for
the rest of the request, so that the rich text fields and StreamField blocks
of one page cost one query for their page links together (see
:func:`page_link_ids` and :class:`ReaderLinks`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from django.db.models import Q
from django.http import HttpRequest
from django.utils.html import escape
from django.utils.translation import get_language
from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text import RichText, features
from wagtail.rich_text.rewriters import (
    FIND_A_TAG,
    EmbedRewriter,
    LinkRewriter,
    MultiRuleRewriter,
    extract_attrs,
)

#: Rich text features offered to writers: enough for structure, nothing that embeds
#: content from another host.
RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "link", "ol", "ul", "document-link"]

#: Shorter rich text for notes inside a page.
NOTE_FEATURES = ["bold", "italic", "link", "ol", "ul"]


#: The opening tag a link to a hidden page is first rewritten to; the element
#: is then unwrapped by :data:`_UNLINKED`, keeping its text.
_UNLINKED_TAG = "<a data-praxis-unlinked>"
_UNLINKED = re.compile(re.escape(_UNLINKED_TAG) + r"(.*?)</a>", re.DOTALL)
_SPLIT = "<!--praxis:split-->"

#: Turns a visible page into the address a link points at (None: no link).
UrlFor = Callable[[HttpRequest | None, Page], "str | None"]


def relative_url(request: HttpRequest | None, page: Page) -> str | None:
    """The page's address on the site the request came in on."""
    return page.get_url(request)


class ReaderLinks:
    """The pages links may point at, for one reader, read once per request.

    ``localise`` points a link at the page's translation in the active
    language when the reader may see it, as Wagtail's own page links do
    (``page.localized``), without a query per link.
    """

    #: Columns enough to build a page's URL.
    COLUMNS = ("id", "url_path", "path", "depth", "locale_id", "translation_key")

    def __init__(
        self,
        request: HttpRequest | None,
        url_for: UrlFor | None = None,
        localise: bool = True,
    ):
        self.request = request
        self.url_for = url_for or relative_url
        self.localise = localise
        self._urls: dict[int, str | None] = {}
        self._prefetched: set[int] = set()

    def prefetch_for(self, page_id: int) -> bool:
        """Whether the links of page ``page_id`` are still to be looked up
        together (true once per page and request)."""
        if page_id in self._prefetched:
            return False
        self._prefetched.add(page_id)
        return True

    def resolve(self, ids: Iterable[int]) -> None:
        """Look up, in one query, the ids not looked up yet."""
        from .visibility import visible_pages

        missing = {pk for pk in ids if pk not in self._urls}
        if not missing:
            return
        condition = Q(pk__in=missing)
        language = get_language() if self.localise else None
        if language:
            condition |= Q(
                translation_key__in=Page.objects.filter(pk__in=missing).values(
                    "translation_key"
                ),
                locale__language_code=language,
            )
        found = list(
            visible_pages(Page.objects.filter(condition), self.request).only(
                *self.COLUMNS
            )
        )
        linked = {page.pk: page for page in found if page.pk in missing}
        translated = {
            page.translation_key: page for page in found if page.pk not in missing
        }
        for pk in missing:
            page = linked.get(pk)
            if page is not None:
                page = translated.get(page.translation_key, page)
            self._urls[pk] = self.url_for(self.request, page) if page else None

    def opening_tags(self, attrs_list: list[dict]) -> list[str]:
        """Wagtail's bulk rule for ``linktype="page"``: an ``<a href>`` to a
        page the reader may see, a marker to unwrap otherwise."""
        ids = [_page_id(attrs) for attrs in attrs_list]
        self.resolve(pk for pk in ids if pk is not None)
        tags = []
        for pk in ids:
            url = self._urls.get(pk) if pk is not None else None
            tags.append(f'<a href="{escape(url)}">' if url else _UNLINKED_TAG)
        return tags


def _page_id(attrs: dict) -> int | None:
    value = str(attrs.get("id", ""))
    return int(value) if value.isdigit() else None


def reader_links(
    request: HttpRequest, url_for: UrlFor = relative_url, localise: bool = True
) -> ReaderLinks:
    """The request's :class:`ReaderLinks` for ``url_for``, made on first use."""
    cache = request.__dict__.setdefault("_praxis_reader_links", {})
    key = (url_for, localise)
    if key not in cache:
        cache[key] = ReaderLinks(request, url_for, localise)
    return cache[key]


def rewriter(links: ReaderLinks) -> MultiRuleRewriter:
    """Wagtail's rich text rewriter, with page links checked for the reader."""
    rules = {
        linktype: handler.expand_db_attributes_many
        for linktype, handler in features.get_link_types().items()
    }
    rules["page"] = links.opening_tags
    embeds = {
        embedtype: handler.expand_db_attributes_many
        for embedtype, handler in features.get_embed_types().items()
    }
    return MultiRuleRewriter(
        [LinkRewriter(bulk_rules=rules), EmbedRewriter(bulk_rules=embeds)]
    )


def expand_for_reader(links: ReaderLinks, *values: str | None) -> list[str]:
    """Rich text from the database as HTML for the reader of ``links``.

    All values are expanded together, so the links of every value cost one
    query per kind of link, not one per value. A link Wagtail cannot resolve
    (to a hidden, unpublished or deleted page, or an unknown link type) keeps
    its text only: links in rich text never nest, so its element ends at the
    next ``</a>``.
    """
    if not values:
        return []
    html = rewriter(links)(_SPLIT.join(value or "" for value in values))
    html = html.replace("<a>", _UNLINKED_TAG)
    html = _UNLINKED.sub(r"\1", html)
    return html.split(_SPLIT)


def page_link_ids(*values: str | None) -> set[int]:
    """The ids of the pages that rich text ``values`` link to."""
    ids = set()
    for value in values:
        for match in FIND_A_TAG.finditer(value or ""):
            attrs = extract_attrs(match.group(1))
            if attrs.get("linktype") == "page" and (pk := _page_id(attrs)):
                ids.add(pk)
    return ids


def page_rich_texts(page) -> list[str]:
    """Every rich text of ``page`` as stored: its rich text fields and the
    rich text blocks of its StreamFields, at any depth."""
    values: list[str] = []
    for field in page._meta.concrete_fields:
        if isinstance(field, RichTextField):
            values.append(getattr(page, field.attname) or "")
        elif isinstance(field, StreamField):
            _collect(getattr(page, field.attname), values)
    return values


def _collect(value, values: list[str]) -> None:
    if isinstance(value, RichText):
        values.append(value.source)
    elif isinstance(value, StreamValue):
        for child in value:
            _collect(child.value, values)
    elif isinstance(value, StructValue):
        for child in value.values():
            _collect(child, values)
    elif isinstance(value, ListValue | list | tuple):
        for child in value:
            _collect(child, values)
