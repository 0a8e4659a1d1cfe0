"""Template tags that show a page as its reader may see it.

``{% richtext_for_reader value %}`` replaces Wagtail's ``|richtext`` on public
pages: links to pages the reader may not see are plain text (see
:mod:`core.rich_text`). ``|alt_for`` and ``{% document_label %}`` ask
:mod:`core.attribution` what an image's text alternative and a file's link
text may say.
"""

from __future__ import annotations

from django import template
from django.template.loader import render_to_string
from django.utils.functional import Promise
from django.utils.safestring import SafeString, mark_safe
from wagtail.models import Page
from wagtail.rich_text import RichText

from core.attribution import attribution
from core.rich_text import (
    ReaderLinks,
    expand_for_reader,
    page_link_ids,
    page_rich_texts,
    reader_links,
)

register = template.Library()


@register.simple_tag(takes_context=True)
def richtext_for_reader(context, value) -> SafeString:
    """Rich text (a rich text field's value or a ``RichTextBlock``'s) as HTML
    for the request's reader, wrapped as Wagtail's ``|richtext`` wraps it.

    On first use for the page being shown, the page links of all its rich
    text (fields and StreamField blocks) are looked up together: one query
    for the page, however many fields and blocks link to pages.
    """
    if isinstance(value, RichText):
        value = value.source
    elif isinstance(value, Promise):
        value = str(value)
    request = context.get("request")
    # Without a request (a block preview, an e-mail), the reader is anonymous.
    links = reader_links(request) if request is not None else ReaderLinks(None)
    page = context.get("page")
    if isinstance(page, Page) and page.pk and links.prefetch_for(page.pk):
        links.resolve(page_link_ids(*page_rich_texts(page)))
    (html,) = expand_for_reader(links, value)
    return mark_safe(  # noqa: S308 - Wagtail's rich text output, as |richtext
        render_to_string("wagtailcore/shared/richtext.html", {"html": html})
    )


@register.filter
def alt_for(image, page) -> str:
    """``{% image img width-960 alt=img|alt_for:page %}``: the text
    alternative of one of ``page``'s images, the same as the API gives."""
    return attribution(page).image_alt(image)


@register.simple_tag
def document_label(page, item, position: int) -> str:
    """The link text of the ``position``-th file attached to ``page``."""
    return attribution(page).document_label(item.title, item.label, position)
