"""``make bench``: time the main public pages against a baseline, print JSON.

The demo content is built in a temporary SQLite database; each page is fetched
with Django's test client many times. The baseline, the site's 404 page (routing,
base template and navigation, no content queries), is measured in the same run,
so the ratios compare like with like on whatever machine runs them.
Nothing here asserts on time: the numbers are for people to read and compare.

PDF briefs are timed three ways: the first request, which lays the brief out
(the immediate task backend, as ``make run``); the first request with a worker
(it only queues the task and answers 202); and a brief already kept.

The headless API's benchmark (:mod:`tests.benchmarks.api`: 10,000 lessons in
PostgreSQL, served over HTTP) runs next, in a process of its own since it sets
Django up on another database; its summary is the ``"api"`` part of the output,
and its exit status (not 0 when a URL did not answer 200, or when the load
run it ends with, ``"api"`` → ``"load"``, had an error) is this one's.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

#: Requests per page (after one warm-up request).
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "30"))


def main() -> int:
    workdir = Path(tempfile.mkdtemp(prefix="praxis-bench-"))
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir / 'bench.sqlite3'}"
    os.environ["MEDIA_ROOT"] = str(workdir / "media")
    os.environ["PRAXIS_BRIEF_ROOT"] = str(workdir / "briefs")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from engagement.models import CampaignPage, MovementProfilePage
    from lessons.models import Bottleneck, LessonPage

    call_command("migrate", verbosity=0, interactive=False)
    with open(os.devnull, "w") as devnull:
        call_command("seed_demo", stdout=devnull)
    lesson = LessonPage.objects.filter(sensitivity="public").order_by("pk").first()
    movement = MovementProfilePage.objects.live().order_by("pk").first()
    campaign = CampaignPage.objects.live().order_by("pk").first()
    arabic_lesson = (
        LessonPage.objects.live()
        .filter(locale__language_code="ar", translation_key=lesson.translation_key)
        .first()
    ) or lesson
    bottleneck = Bottleneck.objects.order_by("pk").first()
    pages = {
        "baseline: 404 page": "/en/no-such-page/",
        "home page": "/en/",
        "lesson library": "/en/lessons/",
        "library, filtered": "/en/lessons/?topic=housing&result=misfire",
        "lesson page": lesson.url,
        "search": "/en/search/?q=legal+observers",
        "resource library": "/en/resources/",
        "movement directory": "/en/movements/",
        "movement profile": movement.url,
        "campaign page": campaign.url,
        "get-involved finder": "/en/get-involved/",
        "finder, filtered": "/en/get-involved/?attendance=online&language=ar",
        "event calendar": "/en/events/",
        "calendar feed (.ics)": "/en/events/calendar/",
        "evidence dashboard": "/en/evidence/",
        "dashboard, filtered": "/en/evidence/?result=worked&risk=high",
        "bottleneck index": "/en/evidence/bottlenecks/",
        "bottleneck page": f"/en/evidence/bottlenecks/{bottleneck.slug}/"
        if bottleneck
        else "/en/evidence/bottlenecks/",
        # The same pages in Arabic: translations plus untranslated originals.
        "home page (ar)": "/ar/",
        "lesson library (ar)": "/ar/lessons/",
        "lesson page (ar)": arabic_lesson.url,
        "evidence dashboard (ar)": "/ar/evidence/",
        "search (ar)": "/ar/search/?q=%D8%A7%D9%84%D9%85%D8%AE%D9%8A%D9%85",
    }
    client = Client()
    results = {}
    for name, url in pages.items():
        client.get(url)
        timings = []
        for _ in range(ROUNDS):
            start = time.perf_counter()
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
        results[name] = {
            "url": url,
            "status": response.status_code,
            "queries": len(queries),
            "median_ms": round(statistics.median(timings), 2),
            "p90_ms": round(sorted(timings)[int(len(timings) * 0.9) - 1], 2),
        }
    baseline = results["baseline: 404 page"]["median_ms"]
    for entry in results.values():
        entry["x_baseline"] = round(entry["median_ms"] / baseline, 2)
    summary = {
        "rounds": ROUNDS,
        "python": sys.version.split()[0],
        "pages": results,
        "briefs": briefs(client, lesson, arabic_lesson, baseline),
        "toolkits": toolkits(client, baseline),
    }
    api = subprocess.run(
        [sys.executable, "-m", "tests.benchmarks.api"],
        stdout=subprocess.PIPE,
        text=True,
        check=False,
    )
    summary["api"] = json.loads(api.stdout)
    output = json.dumps(summary, indent=2)
    Path("bench-results.json").write_text(output + "\n")
    sys.stdout.write(output + "\n")
    return api.returncode


def briefs(client, lesson, arabic_lesson, baseline: float) -> dict:
    """PDF briefs: the first request (laid out in the request, as with the
    immediate task backend), the same with a worker (the request only queues
    the task and answers 202), and a brief already kept; with their sizes."""
    from django.core.cache import cache
    from django.test import override_settings

    from lessons.briefs import forget_briefs, stored_brief

    worker = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    first_rounds = max(3, ROUNDS // 10)
    found = {}
    for name, page in (("lesson", lesson), ("lesson (ar)", arabic_lesson)):
        url = f"{page.url}brief.pdf"
        first, queued = [], []
        for _ in range(first_rounds):
            forget_briefs(page.pk)
            cache.clear()
            start = time.perf_counter()
            response = client.get(url)
            response.getvalue()
            status_first = response.status_code
            first.append((time.perf_counter() - start) * 1000)
            forget_briefs(page.pk)
            cache.clear()
            with override_settings(TASKS=worker):
                start = time.perf_counter()
                waiting = client.get(url)
                queued.append((time.perf_counter() - start) * 1000)
            # The queued build never runs here (no worker): forget its lock.
            cache.clear()
        client.get(url)
        kept = []
        for _ in range(ROUNDS):
            start = time.perf_counter()
            response = client.get(url)
            response.getvalue()
            kept.append((time.perf_counter() - start) * 1000)
        found[name] = {
            "url": url,
            "status_first": status_first,
            "status_with_worker": waiting.status_code,
            "status_kept": response.status_code,
            "bytes": stored.size if (stored := stored_brief(page)) else None,
            "first_median_ms": round(statistics.median(first), 2),
            "with_worker_median_ms": round(statistics.median(queued), 2),
            "kept_median_ms": round(statistics.median(kept), 2),
            "kept_x_baseline": round(statistics.median(kept) / baseline, 2),
        }
    return found


def toolkits(client, baseline: float) -> dict:
    """A learning path's field toolkit: its briefs laid out and both files put
    together (the first visit), putting the files together from briefs already
    built, and the summary and the zip once kept; with the files' sizes."""
    import shutil

    from django.conf import settings
    from django.core.cache import cache

    from lessons.briefs import forget_briefs
    from lessons.models import LearningPathPage

    path = LearningPathPage.objects.live().filter(locale__language_code="en").first()
    if path is None:
        return {}
    summary = f"/en/toolkits/?path={path.pk}"
    folder = Path(settings.PRAXIS_BRIEF_ROOT) / "toolkits"
    first, assembled, kept, zipped = [], [], [], []
    for _ in range(max(3, ROUNDS // 10)):
        for step in path.steps.all():
            forget_briefs(step.page_id)
        forget_briefs(path.pk)
        shutil.rmtree(folder, ignore_errors=True)
        cache.clear()
        start = time.perf_counter()
        response = client.get(summary)
        first.append((time.perf_counter() - start) * 1000)
        shutil.rmtree(folder, ignore_errors=True)
        start = time.perf_counter()
        client.get(summary)
        assembled.append((time.perf_counter() - start) * 1000)
    for _ in range(ROUNDS):
        start = time.perf_counter()
        client.get(summary)
        kept.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        download = client.get(f"/en/toolkits/download/?path={path.pk}&format=zip")
        b"".join(download.streaming_content)
        zipped.append((time.perf_counter() - start) * 1000)
    sizes = {item.suffix[1:]: item.stat().st_size for item in folder.glob("*.*")}
    median = statistics.median
    return {
        "path": summary,
        "status": response.status_code,
        "items": 1 + path.steps.count(),
        "pdf_bytes": sizes.get("pdf"),
        "zip_bytes": sizes.get("zip"),
        "first_with_briefs_median_ms": round(median(first), 2),
        "put_together_median_ms": round(median(assembled), 2),
        "summary_kept_median_ms": round(median(kept), 2),
        "zip_kept_median_ms": round(median(zipped), 2),
        "summary_kept_x_baseline": round(median(kept) / baseline, 2),
    }


if __name__ == "__main__":
    raise SystemExit(main())
