"""Translating in a real browser: an Arabic translator finds an untranslated
lesson in the "Translation status" report, translates it in wagtail-localize's
editor and publishes it; a visitor reading the English lesson switches to
Arabic and reads it right to left. A screenshot of the Arabic page is kept in
``artifacts/`` (``PRAXIS_ARTIFACTS``) for CI to collect.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale

from core.languages import native_name
from governance.roles import translator_group_name
from home.demo.languages import translate, write_fields
from home.models import HomePage
from lessons.factories import LessonIndexPageFactory
from tests.lessons.helpers import make_full_lesson

from .test_governance_journey import PASSWORD, sign_in

try:
    from playwright.sync_api import expect
except ImportError:  # `make test` installs no browser tooling and deselects these.
    expect = None

pytestmark = pytest.mark.browser

ENGLISH_TITLE = "Consensus for 1,500 people: the spokescouncil at a climate camp"
ARABIC_TITLE = "التوافق بين 1500 شخص: مجلس المندوبين في مخيم المناخ"
ARABIC_SUMMARY = (
    "كيف استخدم مخيم مناخي مجموعات التقارب والمندوبين المتناوبين للاتفاق على "
    "حصار جماعي في أقل من ثلاث ساعات (spokescouncil)."
)


@dataclass(frozen=True)
class TranslationSite:
    url: str
    lesson_path: str
    slug: str


@pytest.fixture
def translation_site(live_data, live_server) -> TranslationSite:
    """An English library with one lesson, the Arabic home and library
    already translated (as on the demo site), and an Arabic translator."""
    home = HomePage.objects.get()
    index = LessonIndexPageFactory(parent=home)
    arabic = Locale.objects.get(language_code="ar")
    translate(home, arabic, write_fields({"title": "براكسيس"}))
    translate(index, arabic, write_fields({"title": "مكتبة الدروس"}))
    lesson = make_full_lesson(
        index,
        title=ENGLISH_TITLE,
        slug="spokescouncil",
        summary="How a climate camp agreed a mass blockade in under three hours.",
        activities=[
            (
                "step",
                {
                    "title": "Affinity groups before arrival",
                    "description": "<p>Everyone registered in a group first.</p>",
                    "duration": "six weeks",
                    "materials": "",
                },
            )
        ],
    )
    user = get_user_model().objects.create_user(username="mona", password=PASSWORD)
    user.groups.add(Group.objects.get(name=translator_group_name("ar")))
    live_data.append("translation_site")
    return TranslationSite(
        url=live_server.url, lesson_path=lesson.url, slug=lesson.slug
    )


def translate_segment(page, source_text: str, translation: str) -> None:
    """In wagtail-localize's editor: open a segment, type, save."""
    segment = page.locator("li").filter(has_text=source_text).last
    segment.get_by_role("button", name="Translate").click()
    page.locator("textarea").first.fill(translation)
    page.get_by_role("button", name="Save", exact=True).click()
    expect(segment).to_contain_text(translation)


def test_a_translator_publishes_an_arabic_lesson_that_reads_right_to_left(
    translation_site, page, page_log
):
    site = translation_site
    sign_in(page, site.url, "mona")

    # The report lists the lesson as not translated into Arabic.
    page.goto(f"{site.url}/admin/reports/translation-status/?language=ar")
    row = page.get_by_role("row").filter(has_text=ENGLISH_TITLE)
    expect(row).to_contain_text("Not translated")
    row.get_by_role("link", name="Translate").click()

    # wagtail-localize: choose Arabic, then translate in its editor.
    page.get_by_label("Arabic").check()
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_role("button", name=re.compile("^Publish in"))).to_be_visible()
    translate_segment(page, ENGLISH_TITLE, ARABIC_TITLE)
    translate_segment(
        page,
        "How a climate camp agreed a mass blockade in under three hours.",
        ARABIC_SUMMARY,
    )
    page.get_by_role("button", name=re.compile("^Publish in")).click()
    expect(page.locator(".messages")).to_contain_text("published", ignore_case=True)

    # A visitor reading the English lesson switches to Arabic.
    page.context.clear_cookies()
    page.goto(f"{site.url}{site.lesson_path}")
    switcher = page.get_by_role("navigation", name="Language")
    switcher.get_by_role("link", name=native_name("ar"), exact=True).click()
    expect(page).to_have_url(f"{site.url}/ar/lessons/{site.slug}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(ARABIC_TITLE)
    html = page.locator("html")
    expect(html).to_have_attribute("dir", "rtl")
    expect(html).to_have_attribute("lang", "ar")
    # The interface is Arabic too, and the lesson lists its languages.
    expect(page.locator(".lesson__languages")).to_contain_text("English")

    artifacts = Path(
        os.environ.get("PRAXIS_ARTIFACTS", settings.BASE_DIR / "artifacts")
    )
    artifacts.mkdir(parents=True, exist_ok=True)
    for width, name in ((1280, "arabic-lesson.png"), (390, "arabic-lesson-mobile.png")):
        page.set_viewport_size({"width": width, "height": 900})
        overflow = page.evaluate(
            "document.documentElement.scrollWidth"
            " - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{overflow}px of horizontal overflow at {width}px"
        page.screenshot(path=str(artifacts / name), full_page=True)
        assert (artifacts / name).stat().st_size > 10_000

    assert page_log.foreign_requests() == []
    assert page_log.page_errors == []
