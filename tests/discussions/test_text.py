"""The posts' text format: a Markdown subset, sanitised whatever comes in."""

from __future__ import annotations

import re

import pytest

from members.discussions.text import quote_block, render


def test_the_subset_renders():
    html = render("Hi *there* **all** `code`\n\n- one\n- two\n\n1. first\n\n> quoted")
    assert "<em>there</em>" in html
    assert "<strong>all</strong>" in html
    assert "<code>code</code>" in html
    assert "<ul>" in html and "<ol>" in html
    assert "<blockquote>" in html


def test_links_are_nofollow_ugc_noopener():
    html = render("[our guide](https://example.org/guide)")
    assert (
        '<a href="https://example.org/guide" rel="nofollow ugc noopener">our guide</a>'
        in html
    )


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert(1)</script>",
        '<img src="https://tracker.example/p.gif">',
        "![a pixel](https://tracker.example/p.gif)",
        '<a href="javascript:alert(1)">x</a>',
        "[x](javascript:alert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        '<p onclick="alert(1)">hi</p>',
        "<iframe src=https://evil.example></iframe>",
        "<style>body{display:none}</style>",
        "[x](vbscript:msgbox)",
    ],
)
def test_hostile_input_leaves_nothing_active(hostile):
    html = render(hostile).lower()
    tags = re.findall(r"<[a-z][^>]*>", html)
    assert {tag.split()[0].strip("<>") for tag in tags} <= {"p", "a"}
    for tag in tags:
        assert " on" not in tag
        assert "javascript" not in tag
        assert "data:" not in tag
        assert "vbscript" not in tag
        assert "tracker" not in tag


def test_raw_html_is_shown_as_text():
    assert "&lt;b&gt;bold&lt;/b&gt;" in render("<b>bold</b>")


def test_headings_and_tables_are_not_part_of_the_format():
    html = render("# Big\n\n| a | b |\n|---|---|\n| 1 | 2 |")
    assert "<h1>" not in html
    assert "<table>" not in html


def test_a_quote_block_quotes_every_line():
    assert quote_block("one\ntwo") == "> one\n> two\n\n"
