"""The query's words marked in titles and snippets, and nothing else
interpreted as HTML."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from search.highlight import highlight, pattern


def marked(title: str, query: str, summary: str = "") -> dict:
    page = SimpleNamespace(title=title, summary=summary)
    return highlight(page, pattern(query.split()))


@pytest.mark.parametrize(
    ("title", "query", "expected"),
    [
        (
            "Legal observers at night",
            "legal observer",
            "<mark>Legal</mark> <mark>observers</mark> at night",
        ),
        (
            "Juridiska observatörer i Sápmi",
            "OBSERVATÖRER sapmi",
            "Juridiska <mark>observatörer</mark> i <mark>Sápmi</mark>",
        ),
        ("Une formation à l’école", "ecole", "Une formation à l’<mark>école</mark>"),
        (
            "دورة لإعداد المراقبين القانونيين",
            "مراقبين",
            "دورة لإعداد <mark>المراقبين</mark> القانونيين",
        ),
        ("Rent strike", "ren", "<mark>Rent</mark> strike"),
        ("A to Z", "a", "<mark>A</mark> to Z"),
    ],
)
def test_words_are_marked_whatever_their_case_and_accents(title, query, expected):
    assert marked(title, query)["title"] == expected


def test_html_in_the_title_the_text_and_the_query_is_escaped():
    result = marked(
        "<script>alert(1)</script> camp",
        "script camp <b>",
        summary="A <img src=x onerror=alert(1)> camp, where 1 < 2 & co",
    )

    assert result["title"] == (
        "&lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt; "
        "<mark>camp</mark>"
    )
    assert "<img" not in result["snippet"]
    # Tags in text are dropped; what is left is escaped.
    assert "1 &lt; 2 &amp; co" in result["snippet"]
    assert "<mark>camp</mark>" in result["snippet"]


def test_the_snippet_is_the_text_around_the_first_match_with_its_offsets():
    summary = " ".join(["filler"] * 60) + " the spokescouncil met " + "end " * 60
    result = marked("Camp", "spokescouncil", summary)

    assert result["snippet"].startswith("… ")
    assert result["snippet"].endswith(" …")
    assert "<mark>spokescouncil</mark>" in result["snippet"]
    ((start, end),) = result["matches"]
    assert result["text"][start:end] == "spokescouncil"


def test_the_snippet_comes_from_the_body_when_the_summary_lacks_the_words():
    page = SimpleNamespace(
        title="Camp",
        summary="Nothing here.",
        problem="<p>We met as a <em>spokescouncil</em>.</p>",
    )

    result = highlight(page, pattern(["spokescouncil"]))

    assert result["snippet"] == "We met as a <mark>spokescouncil</mark>."
