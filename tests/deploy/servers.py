"""Real servers on loopback for the deployment tests: Varnish, moto's
S3-compatible server, gunicorn. Each is started as its own process and
stopped after the test module; a server that cannot start fails the test
with its own output."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
VARNISH_VCL = REPO / "docker" / "varnish" / "praxis.vcl"


def database_url(connection) -> str:
    """The address of the database ``connection`` uses (the test database),
    for another process: a server, a worker."""
    params = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{params['NAME']}"
    user = params["USER"] or "postgres"
    password = f":{params['PASSWORD']}" if params["PASSWORD"] else ""
    host = params["HOST"] or "127.0.0.1"
    return (
        f"postgres://{user}{password}@{host}:{params['PORT'] or 5432}/{params['NAME']}"
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(
    url: str, process: subprocess.Popen, log: Path, seconds: float = 60
) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            output = log.read_text(errors="replace")
            raise RuntimeError(f"{process.args[0]} stopped at start-up:\n{output}")
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except urllib.error.HTTPError:
            return  # it answers
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"Nothing answered at {url} within {seconds} s.")


@contextmanager
def running(
    args: list[str], url: str, env: dict | None = None, cwd: Path | None = None
):
    """``args`` running until the block ends, once ``url`` answers. Its output
    goes to a file (a pipe nobody reads would fill up and stop a server that
    logs every request)."""
    with tempfile.NamedTemporaryFile(
        "w", prefix="praxis-server-", suffix=".log", delete=False
    ) as output:
        log = Path(output.name)
        process = subprocess.Popen(
            args,
            stdout=output,
            stderr=subprocess.STDOUT,
            text=True,
            env={**os.environ, **(env or {})},
            cwd=cwd,
            start_new_session=True,
        )
    try:
        wait_for(url, process, log)
        yield process
    finally:
        try:
            os.killpg(process.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        log.unlink(missing_ok=True)


def varnishd() -> str:
    path = shutil.which("varnishd") or "/usr/sbin/varnishd"
    if not Path(path).exists():
        raise RuntimeError(
            "varnishd is not installed: `make test-services` installs Debian's varnish."
        )
    return path


@contextmanager
def varnish_in_front_of(host: str, port: int, workdir: Path):
    """Varnish on a free loopback port, with Praxis's own VCL
    (``docker/varnish/praxis.vcl``) in front of ``host:port``."""
    workdir.mkdir(parents=True, exist_ok=True)
    vcl = workdir / "test.vcl"
    vcl.write_text(
        "vcl 4.1;\n"
        f'backend default {{ .host = "{host}"; .port = "{port}"; }}\n'
        f'include "{VARNISH_VCL}";\n'
    )
    listen = free_port()
    args = [
        varnishd(),
        "-F",
        "-a",
        f"127.0.0.1:{listen}",
        "-f",
        str(vcl),
        "-s",
        "malloc,32m",
        "-n",
        str(workdir / "instance"),
        "-T",
        "none",
        "-j",
        "none",
        "-p",
        "default_ttl=0",
    ]
    with running(args, f"http://127.0.0.1:{listen}/healthz"):
        yield f"http://127.0.0.1:{listen}"


def production_environment(folder: Path, port: int, database_url: str, **more) -> dict:
    """The environment of a production process on loopback: the production
    settings with a throwaway key, no HTTPS redirect, files under ``folder``,
    tasks run in the request, gunicorn on ``port``; ``more`` adds or replaces."""
    return {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "loopback-only-" + "k" * 40,
        "ALLOWED_HOSTS": "localhost,127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": database_url,
        "STATIC_ROOT": str(folder / "static"),
        "MEDIA_ROOT": str(folder / "media"),
        "PRAXIS_BRIEF_ROOT": str(folder / "briefs"),
        "TASKS_BACKEND": "immediate",
        "PORT": str(port),
        "GUNICORN_BIND_HOST": "127.0.0.1",
        "GUNICORN_LOG_LEVEL": "warning",
        **more,
    }


@contextmanager
def gunicorn(env: dict):
    """Praxis as production runs it: static files collected (the manifest the
    production settings read), then gunicorn with ``config/gunicorn.py``,
    configured by ``env`` (``PORT``, ``WEB_CONCURRENCY``, the settings)."""
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=REPO,
        env={**os.environ, **env},
        check=True,
    )
    command = [sys.executable, "-m", "gunicorn", "-c", "config/gunicorn.py"]
    url = f"http://127.0.0.1:{env['PORT']}"
    with running(command, f"{url}/healthz", env=env, cwd=REPO) as process:
        yield url, process


@contextmanager
def moto_s3():
    """moto's S3-compatible server (``moto[server]``) on a free port."""
    port = free_port()
    args = [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)]
    with running(args, f"http://127.0.0.1:{port}/moto-api/"):
        yield f"http://127.0.0.1:{port}"
