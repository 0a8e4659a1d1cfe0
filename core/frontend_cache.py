"""Shared caches forget a page the moment its readers or its content change.

Wagtail's ``frontend_cache`` app purges a page, in every language, when it is
published or unpublished. Praxis adds what Wagtail leaves out:

* the page's parent and the home page, whose listings show the page's card
  (filtered listings, ``?topic=…``, are not purged one by one: they expire
  after ``PRAXIS_PAGE_MAX_AGE`` seconds);
* a page and everything under it when a view restriction is added, changed or
  taken away — a public copy of a page that just became private must not stay
  in a cache;
* a page about to move, from its old address.

The purges are background tasks (Wagtail's ``purge_urls_from_cache_task``), so
a slow cache never holds up an editor. Nothing happens unless
``WAGTAILFRONTENDCACHE`` names a cache (``FRONTEND_CACHE_PURGE_URL``…, see
:func:`config.settings.services.frontend_cache`).
"""

from __future__ import annotations

from django.conf import settings
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page


def enabled() -> bool:
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def purge_with_neighbours(page: Page) -> None:
    """The page's listings: its parent and the site's home page."""
    if not enabled():
        return
    batch = PurgeBatch()
    parent = page.get_parent()
    if parent is not None and parent.depth > 1:
        batch.add_page(parent)
    site = page.get_site()
    if site is not None and site.root_page_id not in (
        page.pk,
        getattr(parent, "pk", None),
    ):
        batch.add_page(site.root_page)
    batch.purge()


def purge_tree(page: Page) -> None:
    """``page`` and every live page under it."""
    if not enabled():
        return
    batch = PurgeBatch()
    batch.add_pages(Page.objects.live().descendant_of(page, inclusive=True))
    batch.purge()


def on_published(sender, instance, **kwargs) -> None:
    purge_with_neighbours(instance)


def on_restriction_changed(sender, instance, **kwargs) -> None:
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        purge_tree(page)


def on_moving(sender, instance, **kwargs) -> None:
    purge_tree(instance)


def connect() -> None:
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import PageViewRestriction
    from wagtail.signals import page_published, page_unpublished, pre_page_move

    for signal in (page_published, page_unpublished):
        signal.connect(on_published, dispatch_uid=f"praxis.purge.{signal}")
    for signal in (post_save, post_delete):
        signal.connect(
            on_restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"praxis.purge.restriction.{id(signal)}",
        )
    pre_page_move.connect(on_moving, dispatch_uid="praxis.purge.move")
