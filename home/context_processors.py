"""Template context shared by every page of the public site."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject
from wagtail.models import Site

from lessons.locales import active_locale_id
from lessons.visibility import visible_pages


def _navigation(request: HttpRequest) -> dict:
    site = Site.find_for_request(request)
    if site is None:
        return {"home": None, "items": []}
    home = site.root_page
    if home.locale_id != active_locale_id():
        home = home.localized
    items = visible_pages(home.get_children().in_menu(), request).order_by("path")
    return {"home": home, "items": list(items)}


def navigation(request: HttpRequest) -> dict:
    """The main menu: the home page's children that are marked 'show in menus'.

    Evaluated lazily, so responses that never render the menu (the API, feeds)
    pay nothing for it.
    """
    return {
        "navigation": SimpleLazyObject(lambda: _navigation(request)),
        # Lesson cards compare a lesson's locale with this to mark lessons shown
        # in their original language (no query: the ids are kept per process).
        "content_locale_id": active_locale_id(),
    }
