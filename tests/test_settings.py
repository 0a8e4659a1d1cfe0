"""Production settings: secrets have no defaults, and the deploy checks pass."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_check(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    base = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_SETTINGS_MODULE"}
    }
    base["DJANGO_SETTINGS_MODULE"] = "config.settings.production"
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "check", *args],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_check({"ALLOWED_HOSTS": "praxis.example"})

    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = run_check({"SECRET_KEY": "x" * 60})

    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_production_passes_the_deploy_checks():
    result = run_check(
        {"SECRET_KEY": "k3" * 30 + "-Praxis!", "ALLOWED_HOSTS": "praxis.example"},
        "--deploy",
        "--fail-level",
        "WARNING",
    )

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout



def production_setting(name: str, env: dict[str, str]) -> str:
    """``repr()`` of the production setting ``name`` with ``env`` set."""
    result = subprocess.run(  # noqa: S603
        [
            sys.executable,
            "-c",
            f"from django.conf import settings; print(repr(settings.{name}))",
        ],
        cwd=ROOT,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "SECRET_KEY": "k3" * 30 + "-Praxis!",
            "ALLOWED_HOSTS": "praxis.example",
            **env,
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_production_ignores_x_forwarded_proto_without_trusted_proxies():
    header = production_setting("SECURE_PROXY_SSL_HEADER", {"TRUSTED_PROXY_COUNT": "0"})

    assert header == "None"


def test_production_reads_x_forwarded_proto_behind_trusted_proxies():
    header = production_setting("SECURE_PROXY_SSL_HEADER", {"TRUSTED_PROXY_COUNT": "1"})

    assert header == "('HTTP_X_FORWARDED_PROTO', 'https')"
