"""Machine translation from a LibreTranslate server, switched on by
environment: the settings it produces, and wagtail-localize's translator
talking HTTP to a server on this machine that answers like LibreTranslate."""

from __future__ import annotations

import json
import runpy
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from django.conf import settings
from wagtail.models import Locale
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.strings import StringValue

BASE_SETTINGS = Path(settings.BASE_DIR) / "config" / "settings" / "base.py"


def settings_with(monkeypatch, **environ) -> dict:
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(BASE_SETTINGS))


def test_machine_translation_is_off_unless_configured(monkeypatch):
    monkeypatch.delenv("PRAXIS_LIBRETRANSLATE_URL", raising=False)

    assert "WAGTAILLOCALIZE_MACHINE_TRANSLATOR" not in runpy.run_path(
        str(BASE_SETTINGS)
    )


class FakeLibreTranslate(BaseHTTPRequestHandler):
    """Answers ``POST /translate`` as LibreTranslate does, "translating" by
    upper-casing, and keeps what it was asked."""

    received: list = []

    def do_POST(self):  # noqa: N802 (the name BaseHTTPRequestHandler calls)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        FakeLibreTranslate.received.append((self.path, body))
        answer = json.dumps({"translatedText": [text.upper() for text in body["q"]]})
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(answer.encode())

    def log_message(self, *args):
        pass


@pytest.fixture
def libretranslate():
    server = HTTPServer(("127.0.0.1", 0), FakeLibreTranslate)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    FakeLibreTranslate.received = []
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.mark.django_db
def test_the_editor_translates_through_the_configured_server(
    monkeypatch, libretranslate, settings
):
    configured = settings_with(
        monkeypatch,
        PRAXIS_LIBRETRANSLATE_URL=f"{libretranslate}/",
        PRAXIS_LIBRETRANSLATE_API_KEY="network-key",
    )
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = configured[
        "WAGTAILLOCALIZE_MACHINE_TRANSLATOR"
    ]
    translator = get_machine_translator()
    english, arabic = Locale.get_default(), Locale.objects.get(language_code="ar")

    result = translator.translate(
        english, arabic, [StringValue.from_plaintext("Legal observers")]
    )

    assert translator.display_name == "LibreTranslate"
    assert [value.data for value in result.values()] == ["LEGAL OBSERVERS"]
    path, body = FakeLibreTranslate.received[0]
    assert path == "/translate"
    assert (body["source"], body["target"], body["api_key"]) == (
        "en",
        "ar",
        "network-key",
    )
