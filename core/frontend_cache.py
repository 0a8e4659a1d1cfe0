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

A lesson's title shows in far more places than its own page and its
listing: filtered listings, search results, the evidence views, other
lessons' related lists, the API. So the Varnish of ``docker/`` is told to drop
*everything* it holds for the site whenever anything changes
(:class:`VarnishBanBackend`, one ``BAN`` request), and a page that just became
private is gone from every cached page at once. A cache that only takes
``PURGE`` for one address (nginx, a CDN) gets the addresses above, and keeps
the rest until ``PRAXIS_PAGE_MAX_AGE`` runs out.

The same changes replace the content generation (:func:`core.generation.changed`),
so nothing the server itself remembers (the API's optional response cache,
listings' counts and facets, suggested lessons' ranking) is used again.

Besides pages, what members add to a page that anonymous visitors see counts
as a change of that page: a discussion post shown, hidden or removed, a "we
tried this" report approved or withdrawn (:func:`page_changed`, connected by
the apps that own them).

The purges are background tasks (Wagtail's ``purge_urls_from_cache_task``), so
a slow cache never holds up an editor. Nothing happens unless
``WAGTAILFRONTENDCACHE`` names a cache (``FRONTEND_CACHE_PURGE_URL``…, see
:func:`config.settings.services.frontend_cache`).
"""

from __future__ import annotations

import logging
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import Request, urlopen

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail import __version__ as wagtail_version
from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page

from . import generation

logger = logging.getLogger("wagtail.frontendcache")


class BanRequest(Request):
    def get_method(self) -> str:
        return "BAN"


class VarnishBanBackend(HTTPBackend):
    """Wagtail's HTTP backend, but each purge drops everything the cache
    holds for the purged addresses' hosts (``BAN``, handled by
    ``docker/varnish/praxis.vcl``), in one request per host."""

    def purge(self, url: str) -> None:
        self.purge_batch([url])

    def purge_batch(self, urls) -> None:
        hosts = set()
        for url in urls:
            parts = urlsplit(url)
            if parts.hostname:
                hosts.add(parts.hostname + (f":{parts.port}" if parts.port else ""))
        for host in sorted(hosts):
            request = BanRequest(
                url=urlunsplit([self.cache_scheme, self.cache_netloc, "/", "", ""]),
                headers={
                    "Host": host,
                    "User-Agent": "Wagtail-frontendcache/" + wagtail_version,
                },
            )
            try:
                urlopen(request, timeout=10)  # noqa: S310 - the configured cache
            except HTTPError as error:
                logger.error("Couldn't ban %s from the cache: %d", host, error.code)
            except URLError as error:
                logger.error("Couldn't ban %s from the cache: %s", host, error.reason)


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


def page_changed(page_id: int | None) -> None:
    """Something anonymous visitors see on the page ``page_id`` changed; the
    purge goes out once the change is committed (before, a request could put
    the old page back in the cache)."""
    if not page_id:
        return
    generation.changed()
    if not enabled():
        return

    def purge() -> None:
        page = Page.objects.filter(pk=page_id).first()
        if page is not None and page.live:
            batch = PurgeBatch()
            batch.add_page(page)
            batch.purge()

    transaction.on_commit(purge)


def follow(model, page_id_of) -> None:
    """Rows of ``model`` show on a page (``page_id_of(row)`` gives its id):
    when one is saved or deleted, shared caches drop that page. Nothing is
    read unless a cache is configured."""

    def changed(sender, instance, raw: bool = False, **kwargs) -> None:
        if not raw:
            page_changed(page_id_of(instance))

    for signal in (post_save, post_delete):
        signal.connect(
            changed,
            sender=model,
            weak=False,
            dispatch_uid=f"praxis.purge.{model._meta.label_lower}.{id(signal)}",
        )


def on_published(sender, instance, **kwargs) -> None:
    generation.changed()
    if enabled():
        transaction.on_commit(lambda: purge_with_neighbours(instance))


def on_restriction_changed(sender, instance, **kwargs) -> None:
    generation.changed()
    if not enabled():
        return
    page_id = instance.page_id

    def purge() -> None:
        page = Page.objects.filter(pk=page_id).first()
        if page is not None:
            purge_tree(page)
            purge_with_neighbours(page)

    transaction.on_commit(purge)


def on_moving(sender, instance, **kwargs) -> None:
    generation.changed()
    purge_tree(instance)


def on_deleted(sender, instance, **kwargs) -> None:
    """A page deleted (any model's deletion comes here; only pages count)."""
    if isinstance(instance, Page):
        generation.changed()


def connect() -> None:
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
    post_delete.connect(on_deleted, dispatch_uid="praxis.generation.page-deleted")
