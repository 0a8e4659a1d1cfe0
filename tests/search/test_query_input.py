"""Whatever is typed into the search, the site and the API answer normally.

Quotes, operators, brackets and odd unicode are searched as words; a query
longer than the limit gets a message (a 400 problem on the API); an error of
the search backend is a clear message, never a 500. Run on SQLite and on
PostgreSQL (``DATABASE_URL``): their full-text syntaxes differ.
"""

from __future__ import annotations

import json

import pytest
from django.db import DatabaseError
from django.urls import reverse

from search import engine
from search.views import MAX_QUERY_LENGTH, plain_words
from tests.lessons.helpers import make_lesson

pytestmark = pytest.mark.django_db

API = "/api/v1/search/"

#: Search syntax of SQLite FTS5, PostgreSQL tsquery and Elasticsearch, broken
#: or not, and unusual unicode.
ODD_QUERIES = [
    '"',
    '"legal',
    'legal"observers',
    '""',
    "'",
    "legal's",
    "(",
    ")",
    "((legal)",
    "[",
    "]",
    "{legal",
    "}",
    "legal AND",
    "OR",
    "NOT legal",
    "AND NOT OR",
    "legal OR (observers",
    "-",
    "-legal",
    "+legal",
    "*",
    "legal*",
    "^legal",
    "legal:observers",
    "title:legal",
    "NEAR(legal observers)",
    "legal & observers | !night",
    "legal <-> observers",
    ":*",
    "'legal':*",
    "~legal",
    "\\",
    "%_\\",
    ";",
    "--",
    "'; DROP TABLE wagtailcore_page; --",
    "<script>alert(1)</script>",
    "\u202elegal",
    "\u200b",
    "\ufeff",
    "\u0301",
    "\x7f",
    "🙂",
    "ال",
    "مُرَاقِبُونَ",
    "é ü ß",
    "𝔩𝔢𝔤𝔞𝔩",
    "ｌｅｇａｌ",
    " \t ",
    "x" * MAX_QUERY_LENGTH,
    '"' * MAX_QUERY_LENGTH,
]


@pytest.fixture
def indexed(lesson_index):
    """A lesson in the index, so every query really reaches the backend."""
    return make_lesson(lesson_index, title="Legal observers at night")


@pytest.mark.parametrize("query", ODD_QUERIES)
def test_the_search_page_answers_any_query(client, home, indexed, query):
    response = client.get(reverse("search"), {"q": query})

    assert response.status_code == 200
    assert not response.context.get("search_errors")


@pytest.mark.parametrize("query", ODD_QUERIES)
def test_the_search_api_answers_any_query(client, indexed, query):
    response = client.get(API, {"q": query})

    # A query of spaces only is the one refused: there is nothing to look for.
    expected = 400 if not query.strip() else 200
    assert response.status_code == expected, response.content
    assert response["Content-Type"].startswith(
        "application/json" if expected == 200 else "application/problem+json"
    )


@pytest.mark.parametrize(
    "query", ['"legal observers"', "legal (observers", "legal* -observers+"]
)
def test_words_among_search_syntax_still_find_the_lesson(client, indexed, query):
    response = client.get(API, {"q": query})

    titles = [item["title"] for item in json.loads(response.content)["results"]]
    assert titles == ["Legal observers at night"]


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ('"legal observers"', "legal observers"),
        ("a-b (c) d*", "a b c d"),
        ("don't", "don t"),
        ("مُرَاقِبُونَ", "مُرَاقِبُونَ"),
        ("\u0301 -- ;", ""),
        ("\u202elegal\u200b", "legal"),
    ],
)
def test_queries_are_searched_as_their_plain_words(query, words):
    assert plain_words(query) == words


def test_a_search_that_is_too_long_gets_a_message_on_the_page(client, home, indexed):
    response = client.get(reverse("search"), {"q": "legal " * 50})

    assert response.status_code == 200
    assert "Your search is too long" in response.content.decode()
    assert response.context["result_count"] == 0
    assert len(response.context["search_query"]) <= MAX_QUERY_LENGTH


def test_a_search_that_is_too_long_is_a_problem_on_the_api(client, indexed):
    response = client.get(API, {"q": "x" * (MAX_QUERY_LENGTH + 1)})

    problem = json.loads(response.content)
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/problem+json")
    assert problem["errors"] == [
        {"parameter": "q", "message": f"Send at most {MAX_QUERY_LENGTH} characters."}
    ]


@pytest.fixture
def failing_backend(monkeypatch):
    """Every search query fails in the database, as a broken index would."""

    def fail(self, *args, **kwargs):
        raise DatabaseError("fts5: syntax error")

    monkeypatch.setattr(engine.LessonPage.objects.none().__class__, "search", fail)


def test_a_backend_error_is_a_message_on_the_search_page(
    client, home, indexed, failing_backend
):
    response = client.get(reverse("search"), {"q": "legal"})

    assert response.status_code == 200
    assert "The search could not be run just now" in response.content.decode()


def test_a_backend_error_is_a_problem_on_the_search_api(
    client, indexed, failing_backend
):
    response = client.get(API, {"q": "legal"})

    problem = json.loads(response.content)
    assert response.status_code == 500
    assert response["Content-Type"].startswith("application/problem+json")
    assert problem["type"] == "urn:praxis:problem:search-failed"
    assert "fts5" not in response.content.decode()
