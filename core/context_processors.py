"""Template context shared by every page of the public site."""

from __future__ import annotations

from django.db.models import Q
from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject
from wagtail.models import Page, Site

from core import generation
from core.locales import active_locale_id
from core.visibility import visible_pages


def _root_path(request: HttpRequest, site: Site, served: Page | None) -> str:
    """The tree path of the site's home page in the language being read.

    A Wagtail page is served from under its own language's home page, which
    sits at the depth of the site's root page: its path is a prefix of the
    served page's. Other views look the translation up by language.
    """
    root = site.root_page
    if served is not None and served.depth >= root.depth:
        return served.path[: Page.steplen * root.depth]
    if root.locale_id == active_locale_id():
        return root.path
    translation = (
        Page.objects.filter(
            translation_key=root.translation_key, locale_id=active_locale_id()
        )
        .values_list("path", flat=True)
        .first()
    )
    return translation or root.path


def site_pages(request: HttpRequest) -> dict:
    """The home page and main menu in the language being read, and the
    versions of the page being served in every language (for the language
    switcher), in one query per request (none for an anonymous reader of a
    page that is not a Wagtail page, once the menu is remembered)."""
    if hasattr(request, "_praxis_site_pages"):
        return request._praxis_site_pages
    from core.languages import served_page

    site = Site.find_for_request(request)
    served = served_page(request)
    found = {"home": None, "items": [], "versions": {}}
    if site is not None:
        path = _root_path(request, site, served)
        depth = len(path) // Page.steplen
        # The home page and menu anonymous readers see are remembered until
        # anything is published (core.generation); the versions of the served
        # page are always read.
        shared = generation.anonymous(request)
        menu = generation.recall("site-menu", (site.pk, path)) if shared else None
        wanted = Q()
        if menu is None:
            wanted = Q(path=path) | Q(
                path__startswith=path, depth=depth + 1, show_in_menus=True
            )
        if served is not None:
            wanted |= Q(translation_key=served.translation_key)
        pages = []
        if wanted:
            pages = list(
                visible_pages(Page.objects.filter(wanted), request)
                .select_related("locale")
                .order_by("path")
            )
        if menu is None:
            home = next((page for page in pages if page.path == path), None)
            items = [
                page
                for page in pages
                if page.depth == depth + 1
                and page.path.startswith(path)
                and page.show_in_menus
            ]
            if shared:
                generation.keep("site-menu", (site.pk, path), (home, items))
        else:
            home, items = menu
        if served is not None:
            found["versions"] = {
                page.locale.language_code: page
                for page in pages
                if page.translation_key == served.translation_key
            }
        found["home"] = home or site.root_page
        found["items"] = items
    request._praxis_site_pages = found
    return found


def navigation(request: HttpRequest) -> dict:
    """The main menu: the home page's children that are marked 'show in menus',
    in the language being read.

    Evaluated lazily, so responses that never render the menu (the API, feeds)
    pay nothing for it.
    """
    return {
        "navigation": SimpleLazyObject(lambda: site_pages(request)),
        # Lesson cards compare a lesson's locale with this to mark lessons shown
        # in their original language (no query: the ids are kept per process).
        "content_locale_id": active_locale_id(),
    }
