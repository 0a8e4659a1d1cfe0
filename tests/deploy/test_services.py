"""Each backing service is chosen by environment variables
(``config.settings.services``): the defaults need nothing but Python, and
each variable gives the backend it names, or a message saying what is wrong."""

from __future__ import annotations

import pytest
from django.core.exceptions import ImproperlyConfigured
from wagtail.search.backends import get_search_backend

from config.settings.services import frontend_cache, media_storage, search_backends


def test_by_default_files_are_local_search_is_the_database_and_nothing_is_purged():
    assert media_storage({}) == {
        "BACKEND": "django.core.files.storage.FileSystemStorage"
    }
    assert search_backends({}) == {
        "default": {"BACKEND": "wagtail.search.backends.database"}
    }
    assert frontend_cache({}) is None


def test_a_bucket_gives_private_s3_storage():
    setting = media_storage(
        {
            "MEDIA_S3_BUCKET": "praxis-media",
            "MEDIA_S3_ENDPOINT_URL": "http://storage:9000",
            "MEDIA_S3_REGION": "eu-north-1",
            "MEDIA_S3_ACCESS_KEY_ID": "praxis",
            "MEDIA_S3_SECRET_ACCESS_KEY": "a-long-secret",
        }
    )
    assert setting["BACKEND"] == "core.storage.PrivateS3Storage"
    options = setting["OPTIONS"]
    assert options["bucket_name"] == "praxis-media"
    assert options["endpoint_url"] == "http://storage:9000"
    assert options["region_name"] == "eu-north-1"
    assert options["default_acl"] is None  # no object is made public
    assert options["querystring_auth"] is True
    assert options["querystring_expire"] == 300
    assert options["file_overwrite"] is False


def test_half_a_key_pair_is_refused_with_its_names():
    with pytest.raises(ImproperlyConfigured, match="MEDIA_S3_SECRET_ACCESS_KEY"):
        media_storage({"MEDIA_S3_BUCKET": "b", "MEDIA_S3_ACCESS_KEY_ID": "k"})


def test_without_keys_the_machine_s_own_credentials_are_used():
    options = media_storage({"MEDIA_S3_BUCKET": "b"})["OPTIONS"]
    assert "access_key" not in options and "secret_key" not in options


@pytest.mark.parametrize(
    ("kind", "backend"),
    [
        ("", "wagtail.search.backends.opensearch3"),
        ("opensearch2", "wagtail.search.backends.opensearch2"),
        ("elasticsearch", "wagtail.search.backends.elasticsearch8"),
    ],
)
def test_search_url_picks_a_search_server(kind, backend):
    setting = search_backends(
        {"SEARCH_URL": "https://search.internal:9200", "SEARCH_BACKEND": kind}
    )["default"]
    assert setting["BACKEND"] == backend
    assert setting["URLS"] == ["https://search.internal:9200"]
    assert setting["INDEX_PREFIX"] == "praxis_"


def test_the_opensearch_backend_is_wired_without_a_server(settings):
    """No OpenSearch server runs here: Wagtail's backend is built from the
    setting (its client made, nothing sent) and names the indexes as set."""
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        {
            "SEARCH_URL": "https://praxis:s3cret@search.internal:9201",
            "SEARCH_INDEX_PREFIX": "commons_",
        }
    )
    backend = get_search_backend("default")
    assert type(backend).__module__ == "modelsearch.backends.opensearch3"
    [host] = backend.hosts
    assert host["host"] == "search.internal"
    assert host["port"] == 9201
    assert host["use_ssl"] is True
    assert host["http_auth"] == ("praxis", "s3cret")
    from lessons.models import LessonPage

    assert backend.get_index_for_model(LessonPage).name == "commons_wagtailcore_page"


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({"SEARCH_URL": "opensearch:9200"}, "http:// or https://"),
        ({"SEARCH_URL": "http://s:9200", "SEARCH_BACKEND": "solr"}, "SEARCH_BACKEND"),
    ],
)
def test_a_wrong_search_setting_says_what_to_write(environ, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        search_backends(environ)


def test_purges_go_to_each_configured_cache():
    setting = frontend_cache(
        {
            "FRONTEND_CACHE_PURGE_URL": "http://proxy:80",
            "CLOUDFLARE_ZONE_ID": "zone",
            "CLOUDFLARE_API_TOKEN": "token",
            "CLOUDFRONT_DISTRIBUTION_ID": "E123",
        }
    )
    assert setting["http"] == {
        "BACKEND": "core.frontend_cache.VarnishBanBackend",
        "LOCATION": "http://proxy:80",
    }
    assert setting["cloudflare"]["ZONEID"] == "zone"
    assert setting["cloudfront"]["DISTRIBUTION_ID"] == "E123"
    with pytest.raises(ImproperlyConfigured, match="CLOUDFLARE_API_TOKEN"):
        frontend_cache({"CLOUDFLARE_ZONE_ID": "zone"})


def test_purging_by_address_is_a_choice_and_a_wrong_one_is_named():
    setting = frontend_cache(
        {"FRONTEND_CACHE_PURGE_URL": "http://cache", "FRONTEND_CACHE_PURGE": "url"}
    )
    assert setting["http"]["BACKEND"] == (
        "wagtail.contrib.frontend_cache.backends.HTTPBackend"
    )
    with pytest.raises(ImproperlyConfigured, match="ban, url"):
        frontend_cache(
            {"FRONTEND_CACHE_PURGE_URL": "http://cache", "FRONTEND_CACHE_PURGE": "all"}
        )
