"""A real shared cache in front of Praxis: Debian's Varnish with Praxis's own
VCL (``docker/varnish/praxis.vcl``). It keeps what Praxis marks public, never
a signed-in person's page, and drops a page the moment it is published again,
unpublished or made private (Wagtail's frontend cache, ``core.frontend_cache``)."""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.error
import urllib.request

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from config.settings.services import frontend_cache
from tests.lessons.helpers import make_lesson
from tests.transactional import migration_data_back_for_the_next_module  # noqa: F401

from .servers import REPO, database_url, varnish_in_front_of

pytestmark = [
    pytest.mark.services,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def fetch(base: str, path: str, cookie: str | None = None):
    headers = {"Host": "localhost"}
    if cookie:
        headers["Cookie"] = cookie
    request = urllib.request.Request(base + path, headers=headers)
    try:
        with OPENER.open(request, timeout=20) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


@pytest.fixture(scope="module")
def varnish(live_server, tmp_path_factory):
    host, port = live_server.url.removeprefix("http://").split(":")
    with varnish_in_front_of(
        host, int(port), tmp_path_factory.mktemp("varnish")
    ) as url:
        yield url


@pytest.fixture
def purging(settings, varnish):
    settings.WAGTAILFRONTENDCACHE = frontend_cache(
        {"FRONTEND_CACHE_PURGE_URL": varnish}
    )
    return varnish


def test_an_anonymous_page_is_kept_and_a_publish_purges_it(purging, lesson_index):
    lesson = make_lesson(lesson_index, title="Action camp logistics")
    status, headers, first = fetch(purging, lesson.url)
    assert status == 200 and headers["X-Cache"] == "MISS"
    status, headers, second = fetch(purging, lesson.url)
    assert headers["X-Cache"] == "HIT"
    assert second == first

    lesson.title = "Action camp logistics, second season"
    lesson.save_revision().publish()

    status, headers, third = fetch(purging, lesson.url)
    assert headers["X-Cache"] == "MISS"
    assert "second season" in third


def test_the_listing_is_purged_when_a_lesson_is_published(purging, lesson_index):
    make_lesson(lesson_index, title="Volunteer pipeline")
    fetch(purging, lesson_index.url)
    assert fetch(purging, lesson_index.url)[1]["X-Cache"] == "HIT"

    # As an editor publishes it (the factory alone sends no page_published).
    make_lesson(
        lesson_index, title="Legal observers at the blockade"
    ).save_revision().publish()

    status, headers, body = fetch(purging, lesson_index.url)
    assert headers["X-Cache"] == "MISS"
    assert "Legal observers at the blockade" in body


def test_a_page_made_private_leaves_the_cache(purging, lesson_index):
    lesson = make_lesson(lesson_index, title="Safehouse rota")
    fetch(purging, lesson.url)
    assert fetch(purging, lesson.url)[1]["X-Cache"] == "HIT"

    PageViewRestriction.objects.create(
        page=lesson, restriction_type=PageViewRestriction.LOGIN
    )

    status, headers, body = fetch(purging, lesson.url)
    assert status == 302
    assert "Safehouse rota" not in body


def test_an_unpublished_page_leaves_the_cache(purging, lesson_index):
    lesson = make_lesson(lesson_index, title="Banner drop")
    fetch(purging, lesson.url)
    assert fetch(purging, lesson.url)[1]["X-Cache"] == "HIT"

    lesson.unpublish()

    assert fetch(purging, lesson.url)[0] == 404


def test_a_signed_in_visitor_always_reaches_praxis(
    purging, lesson_index, client, member
):
    lesson = make_lesson(lesson_index, title="Night kitchen")
    fetch(purging, lesson.url)
    client.force_login(member)
    session = f"sessionid={client.cookies['sessionid'].value}"
    for _ in range(2):
        status, headers, body = fetch(purging, lesson.url, cookie=session)
        assert status == 200
        assert headers["X-Cache"] == "PASS"
        assert headers["Cache-Control"] == "private"


def test_other_cookies_do_not_split_the_cache(purging, lesson_index):
    lesson = make_lesson(lesson_index, title="Street medics")
    fetch(purging, lesson.url)
    status, headers, _body = fetch(
        purging, lesson.url, cookie="csrftoken=abc; django_language=sv"
    )
    assert headers["X-Cache"] == "HIT"


def test_without_a_purge_setting_nothing_is_sent(varnish, lesson_index, settings):
    """The cache keeps its copy (until s-maxage) when no purge is configured:
    the purge above is what drops it, not an accident of the test."""
    lesson = make_lesson(lesson_index, title="Phone tree")
    fetch(varnish, lesson.url)
    lesson.title = "Phone tree, revised"
    lesson.save_revision().publish()
    status, headers, body = fetch(varnish, lesson.url)
    assert headers["X-Cache"] == "HIT"
    assert "revised" not in body


def test_with_a_task_worker_the_purge_waits_for_it(purging, lesson_index, settings):
    """In production purges are background tasks (``TASKS_BACKEND=database``):
    the editor's publish returns at once and ``db_worker`` sends the purge."""
    from django.core.management import call_command

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    lesson = make_lesson(lesson_index, title="Food not bombs")
    fetch(purging, lesson.url)
    lesson.title = "Food not bombs, weekly"
    lesson.save_revision().publish()
    assert fetch(purging, lesson.url)[1]["X-Cache"] == "HIT"  # queued, not sent

    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload")

    status, headers, body = fetch(purging, lesson.url)
    assert headers["X-Cache"] == "MISS"
    assert "weekly" in body


def test_a_lesson_made_restricted_leaves_every_cached_page(purging, lesson_index):
    """Its title was on a filtered listing, in search results and in the API:
    the ban drops them all at once, not only the lesson's own address."""
    lesson = make_lesson(lesson_index, title="Quartermaster rota")
    addresses = [
        f"{lesson_index.url}?sort=title",
        "/en/search/?q=quartermaster",
        "/api/v1/lessons/",
        f"/api/v1/lessons/{lesson.pk}/",
    ]
    for address in addresses:
        assert "Quartermaster rota" in fetch(purging, address)[2], address
        assert fetch(purging, address)[1]["X-Cache"] == "HIT", address

    lesson.sensitivity = "restricted"
    lesson.restricted_to_groups = [Group.objects.get_or_create(name="Camp crew")[0]]
    lesson.save_revision().publish()

    for address in addresses:
        status, headers, body = fetch(purging, address)
        assert headers["X-Cache"] in ("MISS", "PASS"), address
        assert "Quartermaster rota" not in body, address


def test_purging_by_address_drops_only_the_page_s_addresses(
    settings, varnish, lesson_index
):
    """``FRONTEND_CACHE_PURGE=url`` (an nginx cache): the page and its listing
    go, a filtered listing stays until its s-maxage runs out."""
    settings.WAGTAILFRONTENDCACHE = frontend_cache(
        {"FRONTEND_CACHE_PURGE_URL": varnish, "FRONTEND_CACHE_PURGE": "url"}
    )
    lesson = make_lesson(lesson_index, title="Tripod team")
    filtered = f"{lesson_index.url}?sort=-date"
    for address in (lesson.url, lesson_index.url, filtered):
        fetch(purging_url := varnish, address)
        assert fetch(purging_url, address)[1]["X-Cache"] == "HIT"

    lesson.title = "Tripod team, renamed"
    lesson.save_revision().publish()

    assert "renamed" in fetch(varnish, lesson.url)[2]
    assert fetch(varnish, lesson_index.url)[1]["X-Cache"] == "MISS"
    assert fetch(varnish, filtered)[1]["X-Cache"] == "HIT"


def test_a_hidden_discussion_post_leaves_the_cache(purging, lesson_index):
    from members.discussions import services
    from tests.discussions.helpers import make_member, post

    lesson = make_lesson(lesson_index, title="Kitchen rota")
    question = post(make_member("asker"), lesson, body="Who holds the stove key?")
    assert "Who holds the stove key?" in fetch(purging, lesson.url)[2]
    assert fetch(purging, lesson.url)[1]["X-Cache"] == "HIT"

    services.hide(make_member("moderator"), [question])

    status, headers, body = fetch(purging, lesson.url)
    assert headers["X-Cache"] == "MISS"
    assert "Who holds the stove key?" not in body


def test_with_the_redis_queue_a_separate_worker_sends_the_purge(
    purging, lesson_index, settings
):
    """``TASKS_BACKEND=redis``: the purge waits in Redis until an RQ worker —
    a process of its own, as in production — takes it."""
    import redis
    from django.db import connection

    queue_url = "redis://127.0.0.1:6379/10"
    redis.Redis.from_url(queue_url).flushdb()
    settings.RQ_QUEUES = {"default": {"URL": queue_url}}
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}
    }
    lesson = make_lesson(lesson_index, title="Bike messengers")
    fetch(purging, lesson.url)
    lesson.title = "Bike messengers, night shift"
    lesson.save_revision().publish()
    assert fetch(purging, lesson.url)[1]["X-Cache"] == "HIT"  # waiting in Redis
    assert redis.Redis.from_url(queue_url).llen("rq:queue:default") >= 1

    worker = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "rqworker",
            "default",
            "--burst",
            "--job-class",
            "django_tasks_rq.Job",
            "--worker-class",
            "rq.worker.SimpleWorker",
        ],
        cwd=REPO,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATABASE_URL": database_url(connection),
            "REDIS_URL": queue_url,
            "TASKS_BACKEND": "redis",
            "FRONTEND_CACHE_PURGE_URL": purging,
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert worker.returncode == 0, worker.stdout + worker.stderr

    status, headers, body = fetch(purging, lesson.url)
    assert headers["X-Cache"] == "MISS"
    assert "night shift" in body
