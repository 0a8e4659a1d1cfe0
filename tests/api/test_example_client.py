"""The example client in ``docs/examples/`` against a live server: lessons in
Arabic about one topic, untranslated ones marked, errors as their ``detail``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from lessons import factories
from tests.lessons.helpers import make_lesson
from tests.transactional import migration_data_back_for_the_next_module  # noqa: F401

from .conftest import translate

CLIENT = (
    Path(__file__).resolve().parents[2] / "docs" / "examples" / "lessons_by_topic.py"
)

#: ``live_server`` commits the data so the server thread reads it; the flush
#: after each test takes the migrations' data too (the home page, the default
#: site), which the serialized rollback brings back.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def run_client(live_server, *args: str) -> subprocess.CompletedProcess:
    """The client in a Python without site-packages (``-S``: the standard
    library only) and without proxy settings (the server is local)."""
    env = {
        key: value for key, value in os.environ.items() if "proxy" not in key.lower()
    }
    return subprocess.run(  # noqa: S603 (this interpreter, the client's own file)
        [sys.executable, "-I", "-S", str(CLIENT), "--base-url", live_server.url, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


@pytest.fixture
def housing_lessons(languages, lesson_index):
    """A housing lesson translated into Arabic, an untranslated one, and a
    lesson on another topic."""
    housing = factories.TopicFactory(name="Housing", slug="housing")
    housing_ar = housing.copy_for_translation(languages["ar"])
    housing_ar.name = "السكن"
    housing_ar.save()
    translated = make_lesson(
        lesson_index, title="Rent strike", slug="rent-strike", topics=[housing]
    )
    arabic = translate(translated, languages["ar"], title="إضراب عن الإيجار")
    untranslated = make_lesson(
        lesson_index, title="Tenant assembly", slug="tenant-assembly", topics=[housing]
    )
    make_lesson(
        lesson_index,
        title="Climate camp",
        topics=[factories.TopicFactory(name="Climate")],
    )
    return arabic, untranslated


def test_lists_the_topic_in_arabic_and_marks_untranslated_lessons(
    live_server, housing_lessons
):
    arabic, untranslated = housing_lessons

    # One lesson a page, so the client has to follow the ``next`` link.
    result = run_client(live_server, "--topic", "housing", "--page-size", "1")

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert sorted(lines[:-1]) == sorted(
        [
            f"إضراب عن الإيجار [ar] {live_server.url}{arabic.url}",
            f"Tenant assembly [en, not translated into ar] "
            f"{live_server.url}{untranslated.url}",
        ]
    )
    assert lines[-1] == "2 lesson(s) about “housing”."
    assert "/ar/" in arabic.url


def test_an_error_prints_the_problem_detail(live_server, housing_lessons):
    result = run_client(live_server, "--topic", "no-such-topic")

    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("Error: ")
    assert "no-such-topic" in result.stderr


def test_an_unknown_language_prints_the_problem_detail(live_server, housing_lessons):
    result = run_client(live_server, "--topic", "housing", "--locale", "xx")

    assert result.returncode == 1
    assert result.stderr == (
        "Error: “xx” is not a language of this site. Use one of: en, sv, ar, es, fr.\n"
    )
