"""``make bench``: time the main public pages against a baseline, print JSON.

The demo content is built in a temporary SQLite database; each page is fetched
with Django's test client many times. The baseline, the site's 404 page (routing,
base template and navigation, no content queries), is measured in the same run,
so the ratios compare like with like on whatever machine runs them.
Nothing here asserts on time: the numbers are for people to read and compare.

The headless API's benchmark (:mod:`tests.benchmarks.api`: 10,000 lessons in
PostgreSQL, served over HTTP) runs next, in a process of its own since it sets
Django up on another database; its summary is the ``"api"`` part of the output,
and its exit status (not 0 when a URL did not answer 200) is this one's.
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
    summary = {"rounds": ROUNDS, "python": sys.version.split()[0], "pages": results}
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


if __name__ == "__main__":
    raise SystemExit(main())
