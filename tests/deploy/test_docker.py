"""``docker/``: no Docker daemon runs here, so the image and the compose file
are checked for what they must hold — every service the deployment needs, no
secret with a default, only settings Praxis reads, a backend in the cache
for every app container — and the VCL is compiled by Varnish when it is
installed (``make test-services``)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
import yaml

from .servers import REPO

DOCKER = REPO / "docker"
COMPOSE = yaml.safe_load((DOCKER / "compose.yaml").read_text())
SERVICES = COMPOSE["services"]
APPS = sorted(name for name in SERVICES if re.fullmatch(r"app-\d+", name))
DOCKERFILE = (DOCKER / "Dockerfile").read_text()
SETTINGS_SOURCE = "\n".join(
    path.read_text() for path in sorted((REPO / "config").rglob("*.py"))
)
#: Read by the processes in the image (and dj-database-url) rather than by
#: Praxis's settings code.
PROCESS_VARIABLES = {
    "DJANGO_SETTINGS_MODULE",
    "PRAXIS_MIGRATE",
    "PRAXIS_UPDATE_INDEX",
    "DATABASE_URL",
}


def environment(service: str) -> dict:
    return SERVICES[service]["environment"]


def test_every_part_of_the_deployment_is_a_service():
    assert len(APPS) >= 2
    for name in ("proxy", "worker", "migrate", "db", "redis", "opensearch", "storage"):
        assert name in SERVICES, name
    assert SERVICES["db"]["image"].startswith("postgres:")
    assert SERVICES["redis"]["image"].startswith("redis:")
    assert SERVICES["opensearch"]["image"].startswith("opensearchproject/opensearch:")
    assert SERVICES["proxy"]["image"].startswith("varnish:")
    assert "db_worker" in SERVICES["worker"]["command"]


def test_the_app_containers_use_every_backing_service():
    for name in APPS + ["worker"]:
        env = environment(name)
        assert (
            env["DATABASE_URL"].startswith("postgres://")
            and "@db:5432/" in env["DATABASE_URL"]
        )
        assert env["REDIS_URL"] == "redis://redis:6379/0"
        assert env["SEARCH_URL"] == "http://opensearch:9200"
        assert env["MEDIA_S3_ENDPOINT_URL"] == "http://storage:9000"
        assert env["FRONTEND_CACHE_PURGE_URL"] == "http://proxy:80"
        assert env["TASKS_BACKEND"] == "database"
        assert env["PRAXIS_MIGRATE"] == "0"
        assert SERVICES[name]["depends_on"]["migrate"]["condition"] == (
            "service_completed_successfully"
        )
    for name in APPS:
        assert "/readyz" in " ".join(SERVICES[name]["healthcheck"]["test"])
    assert environment("migrate")["PRAXIS_MIGRATE"] == "1"


def test_no_secret_has_a_default():
    text = (DOCKER / "compose.yaml").read_text()
    for name in ("SECRET_KEY", "POSTGRES_PASSWORD", "MEDIA_S3_SECRET_ACCESS_KEY"):
        uses = re.findall(r"\$\{" + name + r"([^}]*)\}", text)
        assert uses, name
        assert all(use.startswith(":?") for use in uses), (name, uses)


def test_every_variable_given_to_praxis_is_one_it_reads():
    for name in APPS + ["worker", "migrate"]:
        for variable in environment(name):
            if variable in PROCESS_VARIABLES:
                continue
            assert f'"{variable}"' in SETTINGS_SOURCE, variable


def test_the_cache_has_a_backend_for_every_app_container():
    vcl = (DOCKER / "varnish" / "default.vcl").read_text()
    hosts = re.findall(r'\.host = "([^"]+)"', vcl)
    assert sorted(hosts) == APPS
    for app in APPS:
        assert f"apps.add_backend({app.replace('-', '_')});" in vcl
    mounted = [volume.split(":")[0] for volume in SERVICES["proxy"]["volumes"]]
    for source in mounted:
        assert (DOCKER / source).exists(), source
    assert '"/etc/varnish/praxis.vcl"' in vcl


def test_only_the_deployment_s_own_network_may_purge():
    subnet = COMPOSE["networks"]["backend"]["ipam"]["config"][0]["subnet"]
    address, bits = subnet.split("/")
    acl = (DOCKER / "varnish" / "praxis.vcl").read_text()
    assert f'"{address}"/{bits};' in acl


def test_the_image_is_built_in_stages_and_runs_as_no_one_special():
    stages = re.findall(r"^FROM \S+ AS (\w+)", DOCKERFILE, re.MULTILINE)
    assert stages == ["build", "runtime"]
    users = re.findall(r"^USER (\S+)", DOCKERFILE, re.MULTILINE)
    assert users and users[-1] not in ("root", "0")
    assert "collectstatic --noinput" in DOCKERFILE
    assert re.search(r"^HEALTHCHECK .*\n?.*?/healthz", DOCKERFILE, re.MULTILINE)
    assert 'ENTRYPOINT ["/app/docker/entrypoint.sh"]' in DOCKERFILE
    assert 'CMD ["gunicorn", "-c", "config/gunicorn.py"]' in DOCKERFILE
    assert (REPO / "config" / "gunicorn.py").exists()
    assert '".[production]"' in DOCKERFILE


def test_the_entrypoint_migrates_and_then_runs_the_command():
    entrypoint = DOCKER / "entrypoint.sh"
    assert entrypoint.stat().st_mode & 0o111
    text = entrypoint.read_text()
    assert text.startswith("#!/bin/sh")
    assert "manage.py migrate --noinput" in text
    assert text.rstrip().endswith('exec "$@"')
    subprocess.run(["sh", "-n", str(entrypoint)], check=True)


def test_the_image_leaves_local_state_out():
    ignored = (REPO / ".dockerignore").read_text().split()
    for entry in (".git", ".venv", "db.sqlite3", "media/"):
        assert entry in ignored


@pytest.mark.services
def test_varnish_compiles_the_deployment_s_vcl(tmp_path):
    varnishd = shutil.which("varnishd") or "/usr/sbin/varnishd"
    vcl = (DOCKER / "varnish" / "default.vcl").read_text()
    # Outside compose the app containers' names do not resolve.
    vcl = vcl.replace(
        '"/etc/varnish/praxis.vcl"', f'"{DOCKER / "varnish" / "praxis.vcl"}"'
    )
    for app in APPS:
        vcl = vcl.replace(f'"{app}"', '"127.0.0.1"')
    (tmp_path / "default.vcl").write_text(vcl)
    result = subprocess.run(
        [
            varnishd,
            "-C",
            "-j",
            "none",
            "-f",
            str(tmp_path / "default.vcl"),
            "-n",
            str(tmp_path / "n"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
