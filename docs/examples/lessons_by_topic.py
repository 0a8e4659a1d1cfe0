#!/usr/bin/env python3
"""List Praxis lessons about one topic, in Arabic (or another language).

A small client of the Praxis API (``docs/api.md``) that needs nothing but
Python 3.11 or later. It asks for the lessons with a topic, in a language,
follows the ``next`` links until the last page, and prints each lesson's
title, the language it is written in and its public URL. A lesson nobody has
translated yet comes in its original language, and is marked so.

    python3 docs/examples/lessons_by_topic.py --topic housing
    python3 docs/examples/lessons_by_topic.py --topic housing --locale sv \\
        --base-url https://praxis.example.org

An error from the API (an unknown topic, say) is a problem document; its
``detail`` says what to change, and is printed as it is.
"""

from __future__ import annotations

import argparse
import json
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator

#: The API's content type for errors (RFC 9457).
PROBLEM = "application/problem+json"


class ApiError(Exception):
    """The API answered with an error; the message is its ``detail``."""


def get_json(url: str) -> dict:
    """The JSON document at ``url``; an :class:`ApiError` for any error."""
    # Web addresses only (urllib would open ``file:`` ones too), hence the noqa.
    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        raise ApiError(f"Not a web address: {url}")
    request = urllib.request.Request(url, headers={"Accept": "application/json"})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            return json.load(response)
    except urllib.error.HTTPError as error:
        if (error.headers.get("Content-Type") or "").startswith(PROBLEM):
            problem = json.load(error)
            raise ApiError(problem.get("detail") or problem.get("title")) from None
        raise ApiError(f"{error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        raise ApiError(f"Cannot reach {url}: {error.reason}") from None


def lessons(
    base_url: str, topic: str, locale: str, page_size: int = 20
) -> Iterator[dict]:
    """Every lesson with ``topic`` in ``locale``, page after page."""
    query = urllib.parse.urlencode(
        {"topic": topic, "locale": locale, "page_size": page_size}
    )
    url = f"{base_url.rstrip('/')}/api/v1/lessons/?{query}"
    while url:
        page = get_json(url)
        yield from page["results"]
        url = page["next"]


def describe(lesson: dict, locale: str) -> str:
    """One line: title, language (marked when not ``locale``) and URL."""
    language = lesson["locale"]
    if language != locale:
        language = f"{language}, not translated into {locale}"
    return f"{lesson['title']} [{language}] {lesson['url'] or lesson['api_url']}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--topic", required=True, help="a topic slug, e.g. housing")
    parser.add_argument("--locale", default="ar", help="language code (default: ar)")
    parser.add_argument(
        "--base-url",
        default="http://127.0.0.1:8000",
        help="where Praxis runs (default: http://127.0.0.1:8000, as `make run`)",
    )
    parser.add_argument(
        "--page-size", type=int, default=20, help="lessons per request (at most 100)"
    )
    args = parser.parse_args(argv)
    found = 0
    try:
        for lesson in lessons(args.base_url, args.topic, args.locale, args.page_size):
            sys.stdout.write(describe(lesson, args.locale) + "\n")
            found += 1
    except ApiError as error:
        sys.stderr.write(f"Error: {error}\n")
        return 1
    sys.stdout.write(f"{found} lesson(s) about “{args.topic}”.\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
