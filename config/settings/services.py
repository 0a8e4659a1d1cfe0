"""The backing services, each chosen by environment variables.

Each function reads a mapping (``os.environ`` in the settings, a plain dict in
the tests) and returns the Django or Wagtail setting for it, so that one image
runs on one machine with nothing else (SQLite, local files, database search)
or beside PostgreSQL, Redis, OpenSearch, S3-compatible storage and a purged
HTTP cache. The README's "Deploying" section lists the variables.
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

#: Signed addresses to the media bucket last this long (seconds) when an
#: operator turns them on; Praxis itself sends every file through its views.
DEFAULT_SIGNED_URL_SECONDS = 300


def media_storage(environ: Mapping[str, str]) -> dict:
    """``STORAGES["default"]``: local files under ``MEDIA_ROOT``, or an
    S3-compatible bucket when ``MEDIA_S3_BUCKET`` is set.

    The bucket is private (no ACL is given to objects, so none is public);
    files are read back by Praxis's own views under ``MEDIA_URL`` (images, by
    the reading rules of the pages that use them) and ``/documents/``, which
    check who may have them first. :class:`core.storage.PrivateS3Storage`
    writes those addresses into pages, never the bucket's.
    """
    bucket = environ.get("MEDIA_S3_BUCKET", "").strip()
    if not bucket:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    options = {
        "bucket_name": bucket,
        "default_acl": None,
        "querystring_auth": True,
        "querystring_expire": int(
            environ.get("MEDIA_S3_SIGNED_URL_SECONDS", DEFAULT_SIGNED_URL_SECONDS)
        ),
        "file_overwrite": False,
        "signature_version": "s3v4",
        "location": environ.get("MEDIA_S3_PREFIX", "").strip("/"),
    }
    optional = {
        "endpoint_url": "MEDIA_S3_ENDPOINT_URL",
        "region_name": "MEDIA_S3_REGION",
        "access_key": "MEDIA_S3_ACCESS_KEY_ID",
        "secret_key": "MEDIA_S3_SECRET_ACCESS_KEY",
    }
    for option, name in optional.items():
        value = environ.get(name, "").strip()
        if value:
            options[option] = value
    if ("access_key" in options) != ("secret_key" in options):
        raise ImproperlyConfigured(
            "Set both MEDIA_S3_ACCESS_KEY_ID and MEDIA_S3_SECRET_ACCESS_KEY, or "
            "neither (to use the machine's own credentials)."
        )
    return {"BACKEND": "core.storage.PrivateS3Storage", "OPTIONS": options}


#: ``SEARCH_URL`` schemes and Wagtail's backend for each.
SEARCH_BACKENDS = {
    "opensearch": "wagtail.search.backends.opensearch3",
    "opensearch2": "wagtail.search.backends.opensearch2",
    "elasticsearch": "wagtail.search.backends.elasticsearch8",
}


def search_backends(environ: Mapping[str, str]) -> dict:
    """``WAGTAILSEARCH_BACKENDS``: Wagtail's database search (PostgreSQL's
    full text, SQLite's FTS5) unless ``SEARCH_URL`` names an OpenSearch or
    Elasticsearch server.

    ``SEARCH_URL`` is the server's address (``http://opensearch:9200``, with
    ``user:password@`` if it asks for them); ``SEARCH_BACKEND`` picks the kind
    (``opensearch``, the default, for OpenSearch 3; ``opensearch2``;
    ``elasticsearch`` for Elasticsearch 8) and ``SEARCH_INDEX_PREFIX`` the
    indexes' names (``praxis_``).
    """
    url = environ.get("SEARCH_URL", "").strip()
    if not url:
        return {"default": {"BACKEND": "wagtail.search.backends.database"}}
    kind = environ.get("SEARCH_BACKEND", "opensearch").strip() or "opensearch"
    if kind not in SEARCH_BACKENDS:
        raise ImproperlyConfigured(
            f"SEARCH_BACKEND must be one of {', '.join(SEARCH_BACKENDS)}, not {kind!r}."
        )
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ImproperlyConfigured(
            "SEARCH_URL must be an http:// or https:// address, such as "
            "http://opensearch:9200."
        )
    return {
        "default": {
            "BACKEND": SEARCH_BACKENDS[kind],
            "URLS": [url],
            "INDEX_PREFIX": environ.get("SEARCH_INDEX_PREFIX", "praxis_"),
            "TIMEOUT": int(environ.get("SEARCH_TIMEOUT", "5")),
            # A new index is built beside the old, which answers until the
            # new one is complete.
            "ATOMIC_REBUILD": True,
        }
    }


#: ``FRONTEND_CACHE_PURGE``: ``ban`` drops everything the cache holds for the
#: site on any change (Varnish with docker/varnish/praxis.vcl); ``url`` sends
#: ``PURGE`` for each changed page's addresses (an nginx cache).
PURGE_BACKENDS = {
    "ban": "core.frontend_cache.VarnishBanBackend",
    "url": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
}


def frontend_cache(environ: Mapping[str, str]) -> dict | None:
    """``WAGTAILFRONTENDCACHE``: the shared caches told to drop a page when it
    is published, unpublished, moved or its readers change.

    ``FRONTEND_CACHE_PURGE_URL`` is a Varnish or nginx cache; by
    ``FRONTEND_CACHE_PURGE`` it drops everything on any change (``ban``, the
    default, Varnish with ``docker/varnish/praxis.vcl``) or the changed
    pages' addresses (``url``, ``PURGE`` requests); a Cloudflare zone
    (``CLOUDFLARE_ZONE_ID`` with ``CLOUDFLARE_API_TOKEN``) and a CloudFront
    distribution (``CLOUDFRONT_DISTRIBUTION_ID``, with the machine's AWS
    credentials) may be added beside it. ``None`` when there is none.
    """
    backends = {}
    purge_url = environ.get("FRONTEND_CACHE_PURGE_URL", "").strip()
    if purge_url:
        how = environ.get("FRONTEND_CACHE_PURGE", "ban").strip() or "ban"
        if how not in PURGE_BACKENDS:
            raise ImproperlyConfigured(
                f"FRONTEND_CACHE_PURGE must be one of {', '.join(PURGE_BACKENDS)}, "
                f"not {how!r}."
            )
        backends["http"] = {"BACKEND": PURGE_BACKENDS[how], "LOCATION": purge_url}
    zone = environ.get("CLOUDFLARE_ZONE_ID", "").strip()
    if zone:
        token = environ.get("CLOUDFLARE_API_TOKEN", "").strip()
        if not token:
            raise ImproperlyConfigured(
                "CLOUDFLARE_ZONE_ID needs CLOUDFLARE_API_TOKEN "
                "(a token allowed to purge the zone)."
            )
        backends["cloudflare"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "ZONEID": zone,
            "BEARER_TOKEN": token,
        }
    distribution = environ.get("CLOUDFRONT_DISTRIBUTION_ID", "").strip()
    if distribution:
        backends["cloudfront"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": distribution,
        }
    return backends or None
