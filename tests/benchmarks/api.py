"""``make bench``, the API part: the lessons API over real HTTP, against a bare
Django JSON view served by the same server in the same run.

A dedicated PostgreSQL database (:data:`DATABASE_NAME`, created and dropped
here; SQLite when PostgreSQL cannot be reached, which the summary says) gets
:data:`LESSONS` live lessons in the lesson library: :data:`ONE_BY_ONE` made one
by one through Wagtail's page tree, the rest written in bulk with the tree paths
Wagtail would give them, so that every one is a real, public ``LessonPage`` the
API serves; then the planner statistics are gathered (``ANALYZE``), as a
database in use has them, and the lessons go into the site's search index.
The server is gunicorn with several worker processes under the production
settings (Redis as the cache when it answers, emptied before each server
starts), and a few client threads on 127.0.0.1 send a fixed number of requests
to each URL. The baseline, a view returning ``JsonResponse({"ok": True})``,
goes through the same server and middleware; so does Wagtail's own page API
(:mod:`tests.benchmarks.urls`). Some URLs are timed again on a server that
remembers nothing between requests and on one with the API's response cache
on.

Printed as JSON: for each URL, requests per second, p50 and p95 latency, each
also as a ratio to the baseline's, and the queries one request runs (counted
with Django's test client). Nothing here asserts on time: the numbers are for
people to read; the exit status is 1 only when a URL answered anything but 200.
Run alone with ``python -m tests.benchmarks.api``; ``make bench`` runs it after
the page benchmark.
"""

from __future__ import annotations

import http.client
import json
import os
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

from tests.benchmarks import load

#: Timed requests per URL (after :data:`WARM_UP` untimed ones).
REQUESTS = int(os.environ.get("BENCH_API_REQUESTS", "300"))
WARM_UP = 10
#: Client threads sending requests at the same time; gunicorn's worker processes.
CLIENTS = int(os.environ.get("BENCH_API_CLIENTS", "4"))
WORKERS = load.WORKERS
#: Live lessons in the library, and how many of them go through ``add_child``.
LESSONS = int(os.environ.get("BENCH_LESSONS", "10000"))
ONE_BY_ONE = min(100, LESSONS)
#: The PostgreSQL server (its maintenance database is used to create ours).
POSTGRES_URL = os.environ.get(
    "BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/"
)
DATABASE_NAME = "praxis_bench"
#: Topics the lessons are spread over (slug: name); the filtered list uses one.
TOPICS = {
    "housing": "Housing",
    "climate": "Climate",
    "labour": "Labour",
    "migration": "Migration",
    "digital-rights": "Digital rights",
}
RESULTS = ["worked", "mixed", "misfire"]
FORMATS = ["case_study", "tactic_guide", "template", "training"]


def log(message: str) -> None:
    sys.stderr.write(f"[bench api] {message}\n")
    sys.stderr.flush()


# The database ---------------------------------------------------------------------


@contextmanager
def bench_database(workdir: Path):
    """Yield ``(DATABASE_URL, description)``: a fresh PostgreSQL database,
    dropped afterwards, or a SQLite file when PostgreSQL is unreachable."""
    import psycopg

    server = POSTGRES_URL.rstrip("/")
    try:
        admin = psycopg.connect(
            f"{server}/postgres", autocommit=True, connect_timeout=5
        )
    except psycopg.OperationalError as exc:
        admin = None
        reason = (str(exc).strip() or "no answer").splitlines()[0]
    if admin is None:
        yield (
            f"sqlite:///{workdir / 'bench-api.sqlite3'}",
            f"SQLite (PostgreSQL at {server} unreachable: {reason})",
        )
        return
    with admin:
        version = admin.execute("SHOW server_version").fetchone()[0]
        admin.execute(f"DROP DATABASE IF EXISTS {DATABASE_NAME} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {DATABASE_NAME}")
        try:
            yield f"{server}/{DATABASE_NAME}", f"PostgreSQL {version}"
        finally:
            from django.db import connections

            connections.close_all()
            # The server's worker threads may still hold connections.
            admin.execute(f"DROP DATABASE IF EXISTS {DATABASE_NAME} WITH (FORCE)")


def build_library(total: int):
    """``total`` live lessons in a new lesson library; returns a lesson with
    every part filled in, for the detail request."""
    from home.models import HomePage
    from lessons import factories
    from tests.lessons.helpers import make_full_lesson

    home = HomePage.objects.get()
    index = factories.LessonIndexPageFactory(parent=home)
    topics = [
        factories.TopicFactory(slug=slug, name=name) for slug, name in TOPICS.items()
    ]
    tactics = [
        factories.TacticFactory(slug=f"bench-tactic-{n}", name=f"Tactic {n}")
        for n in range(5)
    ]
    bottlenecks = [
        factories.BottleneckFactory(slug=f"bench-bottleneck-{n}", name=f"Obstacle {n}")
        for n in range(4)
    ]
    full = make_full_lesson(index, title="Night kitchen for the blockade")
    for n in range(ONE_BY_ONE - 1):
        factories.LessonPageFactory(
            parent=index,
            title=f"Lesson {n}",
            result=RESULTS[n % len(RESULTS)],
            format=FORMATS[n % len(FORMATS)],
            topics=[topics[n % len(topics)]],
        )
    bulk_lessons(index, total - ONE_BY_ONE, topics, tactics, bottlenecks)
    return full


def bulk_lessons(
    index, count: int, topics: list, tactics: list = (), bottlenecks: list = ()
) -> None:
    """``count`` more lessons under ``index`` in a few queries: the page rows
    with the tree paths ``add_child`` would give them, then the lesson rows.

    Django's ``bulk_create`` refuses models with a parent table, so the lesson
    rows go through the queryset's ``_insert`` (what ``bulk_create`` itself
    uses), in batches.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from django.db.models import F
    from django.utils import timezone
    from wagtail.models import Page

    from lessons.models import LessonOutcomeSignal, LessonPage

    if count <= 0:
        return
    index.refresh_from_db()
    last = index.get_last_child()
    first_position = last._get_lastpos_in_path() + 1 if last else 1
    kind = ContentType.objects.get_for_model(LessonPage)
    now = timezone.now()
    pages = []
    for n in range(count):
        slug = f"bench-lesson-{n}"
        published = now - timedelta(minutes=n + 1)
        pages.append(
            Page(
                title=f"Bench lesson {n}",
                draft_title=f"Bench lesson {n}",
                slug=slug,
                content_type=kind,
                path=Page._get_path(index.path, index.depth + 1, first_position + n),
                depth=index.depth + 1,
                numchild=0,
                url_path=f"{index.url_path}{slug}/",
                locale_id=index.locale_id,
                live=True,
                first_published_at=published,
                last_published_at=published,
            )
        )
    with transaction.atomic():
        Page.objects.bulk_create(pages, batch_size=500)
        lessons = [
            LessonPage(
                page_ptr_id=page.pk,
                summary="How a tenants' union kept a building from being sold off.",
                problem="<p>The landlord stopped every repair.</p>",
                outcomes="<p>The sale was called off.</p>",
                activities=[],
                format=FORMATS[n % len(FORMATS)],
                result=RESULTS[n % len(RESULTS)],
                countries=["SE"],
                consent_confirmed=True,
            )
            for n, page in enumerate(pages)
        ]
        fields = LessonPage._meta.local_concrete_fields
        for start in range(0, len(lessons), 500):
            LessonPage._base_manager._insert(
                lessons[start : start + 500], fields=fields
            )
        through = LessonPage.topics.through
        through.objects.bulk_create(
            [
                through(lessonpage_id=page.pk, topic_id=topics[n % len(topics)].pk)
                for n, page in enumerate(pages)
            ],
            batch_size=1000,
        )
        # Tactics, bottlenecks and a turnout signal, for the evidence dashboard.
        for field, terms in (("tactics", tactics), ("bottlenecks", bottlenecks)):
            if not terms:
                continue
            link = getattr(LessonPage, field).through
            column = f"{terms[0]._meta.model_name}_id"
            link.objects.bulk_create(
                [
                    link(lessonpage_id=page.pk, **{column: terms[n % len(terms)].pk})
                    for n, page in enumerate(pages)
                ],
                batch_size=1000,
            )
        LessonOutcomeSignal.objects.bulk_create(
            [
                LessonOutcomeSignal(
                    page_id=page.pk,
                    locale_id=index.locale_id,
                    metric_kind="turnout",
                    label="People at the meeting",
                    baseline=100,
                    result=100 + n % 50,
                    effect="improved" if n % 50 else "no_change",
                    sort_order=0,
                )
                for n, page in enumerate(pages)
            ],
            batch_size=1000,
        )
        Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + count)
    index_for_search(LessonPage, [page.pk for page in pages])


def index_for_search(model, pks: list[int], chunk: int = 1000) -> None:
    """Add the pages ``pks`` to the site's search index as publishing would
    (through the search backend, in chunks, with their terms)."""
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    for start in range(0, len(pks), chunk):
        pages = model.objects.filter(pk__in=pks[start : start + chunk])
        backend.add_bulk(model, pages.prefetch_related("topics", "tactics", "tags"))


# The server and the clients ----------------------------------------------------------


@contextmanager
def server(workdir: Path, database_url: str, **settings: str):
    """gunicorn with :data:`WORKERS` worker processes under the production
    settings and the benchmark's URLconf (:mod:`tests.benchmarks.settings`),
    the cache emptied first (Redis when it answers); ``settings`` are more
    environment variables. Yields the port."""
    from tests.deploy.servers import free_port, gunicorn

    port = free_port()
    env = {
        **load.environment(workdir, port, database_url),
        "DJANGO_SETTINGS_MODULE": "tests.benchmarks.settings",
        "WEB_CONCURRENCY": str(WORKERS),
        **settings,
    }
    with gunicorn(env):
        yield port


def fetch(port: int, url: str) -> tuple[int, float]:
    """``(status, milliseconds)`` for one GET, connection and body included."""
    start = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("GET", url, headers={"Host": "localhost"})
        response = connection.getresponse()
        response.read()
    finally:
        connection.close()
    return response.status, (time.perf_counter() - start) * 1000


def measure(port: int, url: str) -> dict:
    """:data:`REQUESTS` requests from :data:`CLIENTS` threads at once."""
    for _ in range(WARM_UP):
        fetch(port, url)
    share = [REQUESTS // CLIENTS + (i < REQUESTS % CLIENTS) for i in range(CLIENTS)]
    with ThreadPoolExecutor(CLIENTS) as clients:
        start = time.perf_counter()
        batches = list(
            clients.map(lambda n: [fetch(port, url) for _ in range(n)], share)
        )
        elapsed = time.perf_counter() - start
    results = [result for batch in batches for result in batch]
    timings = [ms for _status, ms in results]
    statuses = sorted({status for status, _ms in results})
    return {
        "url": url,
        "statuses": statuses,
        "requests": len(results),
        "requests_per_s": round(len(results) / elapsed, 1),
        "p50_ms": round(statistics.median(timings), 2),
        "p95_ms": round(statistics.quantiles(timings, n=20)[-1], 2),
    }


def count_queries(url: str) -> tuple[int, dict | None]:
    """Queries one request runs after a warm-up one, and its JSON body."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    if not response["Content-Type"].startswith("application/json"):
        return len(queries), None  # an HTML page (the evidence dashboard)
    return len(queries), json.loads(response.content)


#: Measured again with the API's response cache on (PRAXIS_API_RESPONSE_CACHE),
#: warmed by the first requests: the answers come from the cache.
KEPT = ("lessons list, page_size=20", "lessons list, page_size=100", "lesson detail")
#: Measured again with nothing remembered between requests
#: (PRAXIS_CONTENT_MEMO_SECONDS=0: no counts, facets or rankings kept for
#: anonymous readers), the cost of every request after a publish.
FORGETFUL = (
    "lessons list, page_size=20",
    "lesson page (HTML)",
    "library page (HTML)",
    "site search (HTML)",
)


def measure_all(urls: dict[str, str], workdir: Path, database_url: str) -> dict:
    """Every URL timed over HTTP, with its query count (and item count); then
    :data:`FORGETFUL` with nothing remembered and :data:`KEPT` with the
    response cache on, each on a server of its own."""
    from django.test import override_settings

    results = {}
    with override_settings(ROOT_URLCONF="tests.benchmarks.urls"):
        for name, url in urls.items():
            queries, body = count_queries(url)
            results[name] = {"queries": queries}
            if isinstance(body, dict) and "count" in body:
                results[name]["count"] = body["count"]
    with server(workdir, database_url) as port:
        for name, url in urls.items():
            log(f"{name}: {url}")
            results[name] = {**measure(port, url), **results[name]}
    with server(workdir, database_url, PRAXIS_CONTENT_MEMO_SECONDS="0") as port:
        for name in FORGETFUL:
            log(f"{name}, nothing remembered")
            results[f"{name}, nothing remembered"] = {
                **measure(port, urls[name]),
                "queries": results[name]["queries"],
            }
    with server(workdir, database_url, PRAXIS_API_RESPONSE_CACHE="300") as port:
        for name in KEPT:
            log(f"{name}, response cache warm")
            results[f"{name}, response cache warm"] = measure(port, urls[name])
    return results


def load_urls(library: str) -> dict:
    """What the load run's visitors ask for (:func:`tests.benchmarks.load.choose`)."""
    from lessons.models import LessonPage

    lessons = LessonPage.objects.live().filter(sensitivity="public").order_by("-pk")
    picked = list(lessons[:40])
    return {
        "browse": [
            "/en/",
            library,
            f"{library}?topic=housing&result=misfire",
            f"{library}?page=3",
            "/en/evidence/",
        ],
        "lessons": [lesson.url for lesson in picked],
        "api": [
            "/api/v1/lessons/",
            "/api/v1/lessons/?page_size=100",
            "/api/v1/lessons/?topic=housing",
        ]
        + [f"/api/v1/lessons/{lesson.pk}/" for lesson in picked[:10]],
    }


# The run ---------------------------------------------------------------------------


def run() -> dict:
    workdir = Path(tempfile.mkdtemp(prefix="praxis-bench-api-"))
    os.environ["MEDIA_ROOT"] = str(workdir / "media")
    # As the page benchmark: a local cache, and a rate limit far above what
    # the bench sends from its one address.
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    with bench_database(workdir) as (database_url, database):
        os.environ["DATABASE_URL"] = database_url
        import django

        django.setup()
        from django.core.management import call_command
        from django.db import connection

        log(f"database: {database}; migrating")
        started = time.perf_counter()
        call_command("migrate", verbosity=0, interactive=False)
        migrate_seconds = round(time.perf_counter() - started, 1)
        started = time.perf_counter()
        full = build_library(LESSONS)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        build_seconds = round(time.perf_counter() - started, 1)
        log(f"{LESSONS} lessons built in {build_seconds} s; measuring")

        pages = -(-LESSONS // 20)
        deep = max(1, pages * 4 // 5)
        from lessons.models import LessonIndexPage, LessonPage

        from .urls import WAGTAIL_API_LIST

        compared = [full.pk] + list(
            LessonPage.objects.live()
            .filter(sensitivity="public", locale_id=full.locale_id)
            .exclude(pk=full.pk)
            .order_by("-pk")
            .values_list("pk", flat=True)[:2]
        )
        ids = ",".join(str(pk) for pk in compared)
        library = LessonIndexPage.objects.get(pk=full.get_parent().pk).url
        urls = {
            "baseline: bare Django JsonResponse": "/bench/baseline/",
            "lessons list, page_size=20": "/api/v1/lessons/?page_size=20",
            "Wagtail's page API, 20 lessons": WAGTAIL_API_LIST,
            "lessons list, page_size=100": "/api/v1/lessons/?page_size=100",
            "lessons list, filtered": (
                "/api/v1/lessons/?topic=housing&result=misfire&page_size=20"
            ),
            f"lessons list, page {deep} of {pages}": (
                f"/api/v1/lessons/?page={deep}&page_size=20"
            ),
            "lesson detail": f"/api/v1/lessons/{full.pk}/",
            "lesson page (HTML)": full.url,
            "library page (HTML)": library,
            "library page (HTML), filtered": f"{library}?topic=housing&result=misfire",
            "site search (HTML)": "/en/search/?q=tenants+union",
            "compare three lessons": f"/api/v1/lessons/compare/?ids={ids}",
            "compare page (HTML), three lessons": f"{library}compare/?ids={ids}",
            "lesson lineage": f"/api/v1/lessons/{full.pk}/lineage/",
            "evidence aggregates": "/api/v1/evidence/",
            "evidence, one bottleneck": (
                "/api/v1/evidence/bottlenecks/bench-bottleneck-0/"
            ),
            "bottleneck page (HTML)": "/en/evidence/bottlenecks/bench-bottleneck-0/",
            "evidence dashboard page (HTML), cached": "/en/evidence/",
            "evidence dashboard page (HTML), uncached": "/bench/evidence-uncached/",
        }
        results = measure_all(urls, workdir, database_url)
        log("load run: 50 visitors against gunicorn, then Varnish")
        load_summary = load.run(
            workdir, database_url, f"{database}, {LESSONS} lessons", load_urls(library)
        )
        baseline = results["baseline: bare Django JsonResponse"]
        for entry in results.values():
            entry["throughput_x_baseline"] = round(
                entry["requests_per_s"] / baseline["requests_per_s"], 3
            )
            entry["p50_x_baseline"] = round(entry["p50_ms"] / baseline["p50_ms"], 2)
            entry["p95_x_baseline"] = round(entry["p95_ms"] / baseline["p95_ms"], 2)
        wagtail = results["Wagtail's page API, 20 lessons"]
        for name in (
            "lessons list, page_size=20",
            "lessons list, page_size=20, response cache warm",
        ):
            results[name]["throughput_x_wagtail_api"] = round(
                results[name]["requests_per_s"] / wagtail["requests_per_s"], 2
            )
        return {
            "database": database,
            "lessons": LESSONS,
            "migrate_seconds": migrate_seconds,
            "build_seconds": build_seconds,
            "server": f"gunicorn, {WORKERS} worker processes, 127.0.0.1",
            "cache": "redis" if load.redis_answers(load.REDIS_URL) else "memory",
            "clients": CLIENTS,
            "requests_per_url": REQUESTS,
            "settings": os.environ["DJANGO_SETTINGS_MODULE"],
            "endpoints": results,
            "load": load_summary,
        }


def main() -> int:
    """Print the summary; fail when a URL answered anything but 200, since its
    figures would then measure an error page."""
    summary = run()
    sys.stdout.write(json.dumps(summary, indent=2) + "\n")
    failed = summary["load"]["errors"] > 0
    if failed:
        log(f"the load run had {summary['load']['errors']} errors")
    for name, entry in summary["endpoints"].items():
        if entry["statuses"] != [200]:
            log(f"{name} answered {entry['statuses']}, not 200")
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
