"""Template tags for the site's languages: the switcher and a page's versions."""

from __future__ import annotations

from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import get_language_bidi, get_language_info
from wagtail.models import Page

from ..languages import (
    language_links,
    missing_languages,
    native_name,
    page_versions,
)
from ..locales import language_code_of

register = template.Library()


def _page(context) -> Page | None:
    """The Wagtail page being served, if any (not a form's subject page)."""
    page = context.get("page")
    if isinstance(page, Page) and page.pk and page.depth and page.depth > 1:
        return page
    return None


@register.inclusion_tag("core/includes/language_switcher.html", takes_context=True)
def language_switcher(context) -> dict:
    """Links to this page in every site language (or to that language's home
    page where there is no version yet)."""
    request = context.get("request")
    if request is None or len(settings.LANGUAGES) < 2:
        return {"links": []}
    return {"links": language_links(request, _page(context))}


@register.simple_tag(takes_context=True)
def page_languages(context, page: Page) -> dict:
    """``available``: the versions of ``page`` the visitor may read, as
    ``(code, name, url)``; ``missing``: the site languages it is not in yet, as
    ``(code, name)``."""
    request = context["request"]
    versions = page_versions(request, page)
    available = [
        (code, native_name(code), versions[code].get_url(request))
        for code, _name in settings.LANGUAGES
        if code in versions
    ]
    return {"available": available, "missing": missing_languages(request, page)}


@register.simple_tag
def text_lang(item) -> SafeString:
    """`` lang="…" dir="…"`` for an element holding ``item``'s own words (a
    card, a summary): the language it is written in, which in a listing of
    another language (an untranslated original) is not the page's."""
    code = language_code_of(getattr(item, "locale_id", None))
    try:
        bidi = get_language_info(code)["bidi"]
    except KeyError:
        bidi = get_language_bidi()
    return format_html(' lang="{}" dir="{}"', code, "rtl" if bidi else "ltr")
