"""The site's languages: a ``Locale`` for each, and the links between them.

Content languages come from one setting (``PRAXIS_LANGUAGES``, read into
``WAGTAIL_CONTENT_LANGUAGES``); the ``Locale`` rows that pages and snippets hang
from follow it after every ``migrate``, so a language added to the setting is
ready for translators without a trip to the admin.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url
from django.utils.translation import get_language_info
from wagtail.models import Locale, Page


def ensure_locales(**kwargs) -> list[Locale]:
    """Create the missing ``Locale`` of every content language
    (a ``post_migrate`` receiver). Locales of languages dropped from the setting
    are kept: pages may still hang from them."""
    using = kwargs.get("using", "default")
    return [
        Locale.objects.using(using).get_or_create(language_code=code)[0]
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
    ]


@dataclass(frozen=True)
class LanguageLink:
    """One entry of the language switcher."""

    code: str
    #: The language's name in that language ("Svenska", "العربية").
    name: str
    url: str
    bidi: bool
    current: bool
    #: False when the page has no version in this language and the link goes
    #: to that language's home page instead.
    available: bool


def native_name(code: str) -> str:
    return get_language_info(code)["name_local"]


def served_page(request: HttpRequest) -> Page | None:
    """The Wagtail page this request is serving, if any (Wagtail keeps the
    route it found on the request)."""
    route = getattr(request, "_wagtail_route_for_request", None)
    return route[0] if route else None


def page_versions(request: HttpRequest, page: Page) -> dict[str, Page]:
    """The live versions of ``page`` the visitor may read, by language code
    (the page itself included). For the page being served they come with the
    main menu, in the same query (see :func:`core.context_processors.site_pages`);
    other pages cost one query, kept for the rest of the request."""
    from core.visibility import visible_pages

    from .context_processors import site_pages

    served = served_page(request)
    if served is not None and served.pk == page.pk:
        return site_pages(request)["versions"]
    cache = request.__dict__.setdefault("_praxis_page_versions", {})
    if page.pk not in cache:
        found = visible_pages(
            Page.objects.filter(translation_key=page.translation_key), request
        ).select_related("locale")
        cache[page.pk] = {
            version.locale.language_code: version for version in found.order_by("pk")
        }
    return cache[page.pk]


def missing_languages(request: HttpRequest, page: Page) -> list[tuple[str, str]]:
    """``(code, native name)`` of the site languages ``page`` has no version
    in that the visitor may read: what a reader may ask a translation into."""
    versions = page_versions(request, page)
    return [
        (code, native_name(code))
        for code, _name in settings.LANGUAGES
        if code not in versions
    ]


def language_links(request: HttpRequest, page: Page | None) -> list[LanguageLink]:
    """A link per site language: to ``page`` in that language when a version
    the visitor may read exists, else to that language's home page; for views
    that are not pages, the same address under the other language's prefix."""
    from django.utils.translation import get_language

    current = get_language()
    versions = page_versions(request, page) if page is not None else {}
    links = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        if page is None:
            url = translate_url(request.get_full_path(), code)
            available = True
        elif code in versions:
            url, available = versions[code].get_url(request), True
        else:
            url, available = f"/{code}/", False
        links.append(
            LanguageLink(
                code=code,
                name=info["name_local"],
                url=url,
                bidi=info["bidi"],
                current=code == current,
                available=available,
            )
        )
    return links
