"""``make bench``, the load part: simulated visitors against the production
stack on loopback.

The API benchmark's database (:mod:`tests.benchmarks.api`: 10,000 lessons in
PostgreSQL) is served by gunicorn with :data:`WORKERS` workers under the
production settings (static files collected, Redis as the cache when it
answers, emptied first), first on its own, then behind Varnish with Praxis's
VCL (``docker/varnish/praxis.vcl``) when ``varnishd`` is installed. Each run
lasts :data:`SECONDS` seconds: :data:`USERS` simulated visitors, each on its
own keep-alive connection, pick a page by weight — browsing (home, library, a
filtered library, lesson pages), search, the API — wait a moment
(:data:`THINK`) and go on.

Printed as JSON: requests, errors (anything but 200), throughput and
latency (p50, p95) per run and per kind of request. Nothing asserts on time;
the exit status is 1 when any request failed. The API's rate limit is raised
for the run (one address sends everything), and said so in the output.

The API benchmark runs it with :func:`run` while its database exists.
"""

from __future__ import annotations

import http.client
import os
import random
import statistics
import threading
import time
from pathlib import Path

#: Simulated visitors, seconds per run, and each visitor's pause between
#: requests (uniform, seconds).
USERS = int(os.environ.get("BENCH_LOAD_USERS", "50"))
SECONDS = float(os.environ.get("BENCH_LOAD_SECONDS", "60"))
THINK = (0.05, 0.3)
#: gunicorn's worker processes.
WORKERS = int(
    os.environ.get("BENCH_LOAD_WORKERS", str(min(os.cpu_count() or 2, 4) + 1))
)
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/9")

#: What a visitor does, by weight.
KINDS = {"browse": 6, "search": 2, "api": 2}
SEARCHES = ["legal observers", "action camp", "volunteer", "housing", "blockade"]


def redis_answers(url: str) -> bool:
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname, parts.port or 6379), timeout=1):
            return True
    except OSError:
        return False


def environment(workdir: Path, port: int, database_url: str) -> dict:
    from tests.deploy.servers import production_environment

    env = production_environment(
        workdir,
        port,
        database_url,
        PRAXIS_API_RATE="1000000/m",
        WEB_CONCURRENCY=str(WORKERS),
        GUNICORN_MAX_REQUESTS="0",
        LOG_LEVEL="ERROR",
    )
    if redis_answers(REDIS_URL):
        import redis

        # Nothing kept from another run (another database's pages).
        redis.Redis.from_url(REDIS_URL).flushdb()
        env["REDIS_URL"] = REDIS_URL
    return env


def choose(rng: random.Random, urls: dict) -> tuple[str, str]:
    kind = rng.choices(list(KINDS), weights=list(KINDS.values()))[0]
    if kind == "browse":
        return kind, rng.choice(urls["browse"] + urls["lessons"] * 2)
    if kind == "search":
        query = rng.choice(SEARCHES).replace(" ", "+")
        return kind, f"/{rng.choice(['en', 'ar'])}/search/?q={query}"
    return kind, rng.choice(urls["api"])


def visitor(
    base_port: int, urls: dict, until: float, seed: int, results: list, lock
) -> None:
    rng = random.Random(seed)
    connection = http.client.HTTPConnection("127.0.0.1", base_port, timeout=30)
    mine = []
    while time.monotonic() < until:
        kind, url = choose(rng, urls)
        start = time.perf_counter()
        try:
            connection.request("GET", url, headers={"Host": "localhost"})
            response = connection.getresponse()
            response.read()
            status = response.status
            if response.getheader("Connection", "").lower() == "close":
                connection.close()
        except (OSError, http.client.HTTPException):
            status = 0
            connection.close()
        mine.append((kind, status, (time.perf_counter() - start) * 1000))
        time.sleep(rng.uniform(*THINK))
    connection.close()
    with lock:
        results.extend(mine)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return round(ordered[max(0, int(len(ordered) * share) - 1)], 2)


def summarise(samples: list, seconds: float) -> dict:
    def figures(rows):
        latencies = [ms for _kind, _status, ms in rows]
        return {
            "requests": len(rows),
            "errors": sum(1 for _kind, status, _ms in rows if status != 200),
            "per_second": round(len(rows) / seconds, 1),
            "p50_ms": round(statistics.median(latencies), 2) if rows else None,
            "p95_ms": percentile(latencies, 0.95) if rows else None,
        }

    summary = figures(samples)
    summary["by_kind"] = {
        kind: figures([row for row in samples if row[0] == kind]) for kind in KINDS
    }
    statuses: dict[str, int] = {}
    for _kind, status, _ms in samples:
        statuses[str(status)] = statuses.get(str(status), 0) + 1
    summary["statuses"] = statuses
    return summary


def load(port: int, urls: dict) -> dict:
    results: list = []
    lock = threading.Lock()
    start = time.monotonic()
    until = start + SECONDS
    threads = [
        threading.Thread(target=visitor, args=(port, urls, until, n, results, lock))
        for n in range(USERS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return summarise(results, time.monotonic() - start)


def run(workdir: Path, database_url: str, database: str, urls: dict) -> dict:
    """Both runs against ``database_url``; ``urls`` as :func:`choose` takes
    them (``browse``, ``lessons``, ``api``). ``errors`` counts every answer
    that was not 200, in both runs."""
    import shutil

    from tests.deploy.servers import free_port, gunicorn, varnish_in_front_of

    port = free_port()
    env = environment(workdir, port, database_url)
    output = {
        "users": USERS,
        "seconds": SECONDS,
        "think_s": list(THINK),
        "gunicorn_workers": WORKERS,
        "cache": "redis" if "REDIS_URL" in env else "per-process memory",
        "database": database,
        "api_rate_limit": "raised for the run",
        "weights": KINDS,
    }
    with gunicorn(env):
        output["gunicorn"] = load(port, urls)
        if shutil.which("varnishd") or Path("/usr/sbin/varnishd").exists():
            with varnish_in_front_of("127.0.0.1", port, workdir / "varnish") as url:
                output["varnish_then_gunicorn"] = load(int(url.rsplit(":", 1)[1]), urls)
        else:
            output["varnish_then_gunicorn"] = {
                "skipped": "varnishd is not installed (make services-deps)",
                "errors": 0,
            }
    output["errors"] = (
        output["gunicorn"]["errors"] + output["varnish_then_gunicorn"]["errors"]
    )
    return output
