"""PDF briefs and slides: what they hold in every language, who may fetch
them, and how they are built, kept and replaced.

The PDFs are opened with pypdf and their text searched, with whitespace and
compatibility forms (Arabic presentation forms) normalised away."""

from __future__ import annotations

import io
import unicodedata

import pytest
from django.contrib.auth.models import Group, User
from django.utils import translation
from django_tasks_db.models import DBTaskResult
from pypdf import PdfReader
from wagtail.models import Locale

from home.demo.languages import translate, write_lesson
from home.models import HomePage
from lessons import factories
from lessons.briefs import render, service
from lessons.models import LessonPage
from tests.module_data import for_this_test, once_per_module

from .helpers import make_full_lesson, make_lesson, make_path

pytestmark = pytest.mark.django_db

#: A lesson's title, problem, first step and first caution in each language.
TEXTS = {
    "en": (
        "Kitchen rota for a climate camp",
        "Nobody knew who cooked tonight",
        "Post the rota by the water tap",
        "Police may kettle the camp",
    ),
    "sv": (
        "Köksschema för ett klimatläger",
        "Ingen visste vem som lagade maten",
        "Sätt upp schemat vid vattenkranen",
        "Gasflaskor nära tälten",
    ),
    "ar": (
        "جدول المطبخ في مخيم المناخ",
        "لم يعرف أحد من يطبخ الليلة",
        "علقوا الجدول عند صنبور الماء",
        "قوارير الغاز قرب الخيام",
    ),
    "es": (
        "Turnos de cocina en un campamento",
        "Nadie sabía quién cocinaba hoy",
        "Colgad los turnos junto al grifo",
        "Bombonas de gas cerca de las tiendas",
    ),
    "fr": (
        "Planning de cuisine du camp climat",
        "Personne ne savait qui cuisinait",
        "Affichez le planning près du robinet",
        "Bouteilles de gaz près des tentes",
    ),
}
LICENCE = "Creative Commons Attribution-ShareAlike 4.0"
A4 = (595, 842)
LETTER = (612, 792)


def squeeze(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def pdf_text(response) -> tuple[PdfReader, str]:
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "application/pdf"
    body = b"".join(response.streaming_content)
    reader = PdfReader(io.BytesIO(body))
    return reader, squeeze(" ".join(page.extract_text() for page in reader.pages))


def contains(text: str, wanted: str) -> bool:
    """Whether ``wanted`` is in ``text``; right-to-left text may come out of a
    PDF in visual order, and a line mixing directions as its runs, so there
    every word must be found."""
    whole = squeeze(wanted)
    if whole in text or whole[::-1] in text:
        return True
    words = [squeeze(word) for word in wanted.split()]
    rtl = any(unicodedata.bidirectional(c) in ("R", "AL") for c in whole)
    return rtl and len(words) > 1 and all(word in text for word in words)


def size_of(reader: PdfReader) -> tuple[int, int]:
    box = reader.pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


@pytest.fixture(autouse=True)
def brief_root(settings, tmp_path):
    settings.PRAXIS_BRIEF_ROOT = tmp_path / "briefs"
    return settings.PRAXIS_BRIEF_ROOT


@pytest.fixture(scope="module")
def built(django_db_setup, django_db_blocker, tmp_path_factory):
    with once_per_module(django_db_blocker, tmp_path_factory) as media:
        home = HomePage.objects.get(locale=Locale.get_default())
        index = factories.LessonIndexPageFactory(parent=home)
        title, problem, step, _caution = TEXTS["en"]
        lesson = make_full_lesson(
            index,
            title=title,
            problem=f"<p>{problem}</p>",
            activities=[
                (
                    "step",
                    {
                        "title": step,
                        "description": "<p>Daily.</p>",
                        "duration": "",
                        "materials": "",
                    },
                )
            ],
        )
        pages = {"index": index, "en": lesson}
        for code, (title, problem, step, caution) in TEXTS.items():
            if code == "en":
                continue
            locale = Locale.objects.get(language_code=code)
            translate(home, locale, lambda page: None)
            translate(index, locale, lambda page: None)
            page, _new = translate(
                lesson,
                locale,
                write_lesson(
                    {
                        "title": title,
                        "summary": f"{title}.",
                        "problem": problem,
                        "activities": [{"title": step}],
                        "cautions": [{"title": caution}],
                    }
                ),
            )
            pages[code] = page
        pages["anonymised"] = make_full_lesson(
            index, title="Quiet tenant organising", anonymised=True
        )
        readers = Group.objects.create(name="Camp safety circle")
        pages["restricted"] = make_lesson(
            index, title="Safe houses list", sensitivity="restricted", groups=[readers]
        )
        pages["members"] = make_lesson(
            index, title="Members camp budget", sensitivity="members"
        )
        resources = factories.ResourceIndexPageFactory(parent=home)
        pages["resource"] = factories.ResourcePageFactory(
            parent=resources, title="Field kitchen handbook"
        )
        pages["path"] = make_path(
            home, "Feed a camp", (lesson, pages["restricted"], pages["resource"])
        )
        yield media, pages


@pytest.fixture
def data(built, settings):
    media, pages = built
    return for_this_test(pages, media, settings)


def brief(client, page, query: str = "", kind: str = "brief"):
    return client.get(f"{page.url}{kind}.pdf{query}")


# What a brief holds ------------------------------------------------------


@pytest.mark.parametrize("code", list(TEXTS))
def test_the_brief_holds_title_units_and_licence_in_each_language(client, data, code):
    page = data[code]
    response = brief(client, page)
    reader, text = pdf_text(response)
    assert response["Cache-Control"] == "public, max-age=300"
    assert f'filename="{page.slug}-{code}.pdf"' in response["Content-Disposition"]
    assert response["Content-Disposition"].startswith("inline")
    title, problem, step, caution = TEXTS[code]
    for wanted in (title, problem, step, caution):
        assert contains(text, wanted), (code, wanted, text[:400])
    with translation.override(code):
        labels = [
            translation.gettext(LICENCE),
            translation.gettext("The problem"),
            translation.gettext("Cautions"),
            translation.gettext("Context"),
        ]
    for label in labels:
        assert contains(text, label), (code, label)
    assert size_of(reader) == A4
    assert len(reader.pages) >= 3  # title page, contents, units
    # A typical lesson's brief stays small (the fonts are subset).
    assert service.stored_brief(page).size < 300_000


def test_letter_paper_and_an_unknown_paper_size(client, data):
    reader, _text = pdf_text(brief(client, data["en"], "?paper=letter"))
    assert size_of(reader) == LETTER
    response = brief(client, data["en"], "?paper=tabloid")
    assert response.status_code == 400
    assert "There is no paper size" in response.content.decode()


def test_slides_are_landscape_with_problem_steps_and_cautions(client, data):
    reader, text = pdf_text(brief(client, data["en"], kind="slides"))
    width, height = size_of(reader)
    assert (width, height) == (A4[1], A4[0])
    title, problem, step, caution = TEXTS["en"]
    for wanted in (title, problem, step, caution):
        assert contains(text, wanted)
    # A slide each: title, problem, one step, cautions, "learn more".
    assert len(reader.pages) == 5
    reader, _text = pdf_text(brief(client, data["ar"], "?paper=letter", "slides"))
    assert size_of(reader) == (LETTER[1], LETTER[0])


def test_an_anonymised_lessons_brief_names_nobody(client, data):
    _reader, text = pdf_text(brief(client, data["anonymised"]))
    assert contains(text, "Quiet tenant organising")
    assert not contains(text, "Logistics working group")
    with translation.override("en"):
        assert contains(
            text,
            translation.gettext("Shared anonymously by a movement in the network."),
        )


def test_resource_and_path_briefs_show_only_what_the_public_may_read(client, data):
    _reader, text = pdf_text(brief(client, data["resource"]))
    assert contains(text, "Field kitchen handbook")
    _reader, text = pdf_text(brief(client, data["path"]))
    assert contains(text, "Feed a camp")
    assert contains(text, TEXTS["en"][0])
    assert contains(text, "Field kitchen handbook")
    assert not contains(text, "Safe houses list")


# Who may fetch one -------------------------------------------------------


def test_a_restricted_lesson_has_no_brief_for_anyone(client, data):
    restricted = data["restricted"]
    reader = User.objects.create_user("circle", "circle@example.org", "x")
    reader.groups.add(Group.objects.get(name="Camp safety circle"))
    admin = User.objects.create_superuser("root", "root@example.org", "x")
    assert brief(client, restricted).status_code == 404
    for user in (reader, admin):
        client.force_login(user)
        page = client.get(restricted.url)
        assert page.status_code == 200
        assert "brief.pdf" not in page.content.decode()
        assert brief(client, restricted).status_code == 404
        assert brief(client, restricted, kind="slides").status_code == 404
    assert not list(service.Path(service.settings.PRAXIS_BRIEF_ROOT).glob("**/*.pdf"))


def test_a_members_only_brief_is_for_signed_in_members_and_never_shared(client, data):
    members = data["members"]
    response = brief(client, members)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    client.force_login(User.objects.create_user("member", "m@example.org", "x"))
    response = brief(client, members)
    _reader, text = pdf_text(response)
    assert contains(text, "Members camp budget")
    assert response["Cache-Control"] == "private, no-store"


def test_other_addresses_have_no_brief(client, data):
    assert client.get(f"{data['index'].url}brief.pdf").status_code == 404
    assert client.get(f"{data['index'].url}compare/brief.pdf").status_code == 404
    assert client.get("/en/no-such-page/brief.pdf").status_code == 404
    assert brief(client, data["resource"], kind="slides").status_code == 404


def test_building_fetches_nothing_but_the_shipped_fonts():
    fetcher = render.FontsOnly()
    for url in (
        "http://example.org/tracker.png",
        "https://127.0.0.1/media/original_images/portrait.jpg",
        "file:///etc/passwd",
        (render.font_folder().parent / "OFL.txt").as_uri(),
    ):
        with pytest.raises(ValueError):
            fetcher.fetch(url)
    font = (render.font_folder() / "NotoNaskhArabic-Regular.ttf").as_uri()
    assert fetcher.fetch(font).read(4) == b"\x00\x01\x00\x00"


# Building, keeping and replacing -----------------------------------------


def test_a_brief_is_built_once_and_replaced_by_the_next_revision(
    client, data, monkeypatch
):
    builds = []
    real = render.html_to_pdf

    def counting(html, base_url):
        builds.append(base_url)
        return real(html, base_url)

    monkeypatch.setattr(render, "html_to_pdf", counting)
    lesson = data["en"]
    pdf_text(brief(client, lesson))
    pdf_text(brief(client, lesson))
    assert len(builds) == 1
    first = service.stored_brief(lesson).path

    lesson.title = "Kitchen rota, second edition"
    lesson.save_revision().publish()
    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert not first.exists()  # the old revision's brief is gone at once
    _reader, text = pdf_text(brief(client, lesson))
    assert contains(text, "Kitchen rota, second edition")
    assert len(builds) == 2

    lesson.unpublish()
    assert service.stored_brief(lesson) is None
    assert not list(first.parent.glob("*.pdf"))
    assert brief(client, lesson).status_code in (302, 404)


def test_with_a_worker_the_request_answers_at_once_and_asks_once(
    client, data, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    lesson = data["fr"]
    with django_capture_on_commit_callbacks(execute=True):
        first = brief(client, lesson)
        second = brief(client, lesson, "")
    for response in (first, second):
        assert response.status_code == 202
        assert response["Retry-After"] == "10"
        assert response["Cache-Control"] == "no-store"
    queued = DBTaskResult.objects.filter(
        task_path="lessons.briefs.tasks.build_brief_task"
    )
    assert queued.count() == 1
    assert queued.get().args_kwargs["args"] == [lesson.pk, "brief", "a4"]

    # What the worker runs: afterwards the brief is served.
    from lessons.briefs.tasks import build_brief_task

    assert build_brief_task.func(lesson.pk, "brief", "a4") is True
    _reader, text = pdf_text(brief(client, lesson))
    assert contains(text, TEXTS["fr"][0])


def test_a_worker_builds_the_brief_on_publish(data, settings, brief_root):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    lesson = data["sv"]
    lesson.save_revision().publish()
    queued = DBTaskResult.objects.filter(
        task_path="lessons.briefs.tasks.build_brief_task"
    )
    assert [row.args_kwargs["args"][0] for row in queued] == [lesson.pk]


def test_the_page_offers_its_brief_and_slides(client, data):
    html = client.get(data["en"].url).content.decode()
    assert f'href="{data["en"].url}brief.pdf"' in html
    assert f'href="{data["en"].url}brief.pdf?paper=letter"' in html
    assert f'href="{data["en"].url}slides.pdf"' in html
    html = client.get(data["resource"].url).content.decode()
    assert "brief.pdf" in html and "slides.pdf" not in html


def test_the_api_detail_links_to_the_pdfs(client, data):
    lesson = client.get(f"/api/v1/lessons/{data['en'].pk}/").json()
    links = lesson["downloads"]
    assert links["brief"] == f"http://testserver{data['en'].url}brief.pdf"
    assert links["brief_letter"].endswith("brief.pdf?paper=letter")
    assert links["slides"].endswith(f"{data['en'].url}slides.pdf")
    reader, _text = pdf_text(client.get(links["brief_letter"]))
    assert size_of(reader) == LETTER
    resource = client.get(f"/api/v1/resources/{data['resource'].pk}/").json()
    assert resource["downloads"]["brief"].endswith(f"{data['resource'].url}brief.pdf")
    assert resource["downloads"]["slides"] is None
    path = client.get(f"/api/v1/paths/{data['path'].pk}/").json()
    assert path["downloads"]["brief"].endswith(f"{data['path'].url}brief.pdf")
