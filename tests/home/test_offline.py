"""Reading offline, the server's side: the service worker, the manifest in each
language, the offline page, and "Keep offline" only where anyone may read.
What the worker does in a browser is in tests/browser/test_offline_journey.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.contrib.staticfiles import finders

from lessons import factories
from tests.lessons.helpers import make_lesson

pytestmark = pytest.mark.django_db

VENDOR = Path(settings.BASE_DIR) / "site" / "static" / "vendor" / "workbox"


def test_the_worker_is_served_from_the_root_with_workbox_from_this_site(client):
    response = client.get("/sw.js")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert response["Cache-Control"] == "no-cache"
    body = response.content.decode()
    assert 'importScripts("/static/vendor/workbox/workbox-sw.js")' in body
    assert 'modulePathPrefix: "/static/vendor/workbox/"' in body
    assert not re.search(r"https?://", body)
    # The shell: every language's offline page and the static files.
    for code, _name in settings.LANGUAGES:
        assert f'"/{code}/offline/"' in body
    assert '"/static/js/offline.js"' in body
    # Everything it keeps is asked for without the reader's cookies.
    assert 'credentials: "omit"' in body


def test_the_vendored_workbox_modules_are_all_there():
    body = (VENDOR / "workbox-sw.js").read_text()
    for module in ("core", "routing", "strategies"):
        assert (VENDOR / f"workbox-{module}.prod.js").stat().st_size > 1000
    assert "workbox" in body and (VENDOR / "LICENSE").is_file()
    for path in VENDOR.glob("*.js"):
        assert "sourceMappingURL" not in path.read_text(), path.name


@pytest.mark.parametrize(("code", "direction"), [("en", "ltr"), ("ar", "rtl")])
def test_a_manifest_in_each_language(client, home, code, direction):
    response = client.get(f"/{code}/offline/manifest.webmanifest")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    data = response.json()
    assert (data["lang"], data["dir"], data["start_url"]) == (
        code,
        direction,
        f"/{code}/",
    )
    assert data["display"] == "standalone"
    sizes = {icon["sizes"] for icon in data["icons"]}
    assert {"192x192", "512x512"} <= sizes
    for icon in data["icons"]:
        name = icon["src"].removeprefix(settings.STATIC_URL)
        assert finders.find(name), icon["src"]


def test_every_page_links_the_manifest_and_the_worker_script(client, home):
    html = client.get("/en/").content.decode()
    assert '<link rel="manifest" href="/en/offline/manifest.webmanifest">' in html
    assert 'src="/static/js/offline.js" defer data-worker="/sw.js"' in html


@pytest.mark.parametrize("code", ["en", "sv", "ar", "es", "fr"])
def test_the_offline_page_in_each_language(client, home, code):
    response = client.get(f"/{code}/offline/")

    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{code}"' in html
    assert "data-kept-list" in html and 'role="status"' not in html.split("<main")[0]


def test_keep_offline_only_where_anyone_may_read(client, lesson_index):
    public = make_lesson(lesson_index, title="Night kitchen")
    members = make_lesson(lesson_index, title="Members budget", sensitivity="members")

    html = client.get(public.url).content.decode()
    assert f'data-keep-url="{public.url}"' in html
    assert f'data-keep-brief="{public.url}brief.pdf"' in html
    assert "data-text-size=" in html

    client.force_login(User.objects.create_user("kitchen-member"))
    html = client.get(members.url).content.decode()
    assert "Members budget" in html
    assert "data-keep" not in html


def test_a_public_page_is_not_marked_private_for_an_anonymous_reader(
    client, lesson_index
):
    """offline.js keeps nothing marked private: a public lesson must not be."""
    lesson = make_lesson(lesson_index, title="Night kitchen")
    response = client.get(lesson.url)
    assert "private" not in response.get("Cache-Control", "")
    assert "no-store" not in response.get("Cache-Control", "")
    path = factories.LearningPathPageFactory(
        parent=factories.LearningPathIndexPageFactory(parent=lesson_index.get_parent())
    )
    assert "data-keep-url" in client.get(path.url).content.decode()
