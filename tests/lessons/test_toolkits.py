"""Field toolkits: choosing, what the PDF and the zip hold, who gets what, the
sizes shown before download, and a toolkit waiting for its briefs."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from django.contrib.auth.models import Group, User
from django.core.files.base import ContentFile
from django_tasks_db.models import DBTaskResult
from pypdf import PdfReader
from wagtail.documents import get_document_model
from wagtail.models import Locale

from home.demo.languages import translate, write_lesson
from home.models import HomePage
from lessons import factories
from lessons.toolkits import service
from tests.module_data import for_this_test, once_per_module

from .helpers import make_full_lesson, make_lesson, make_path

pytestmark = pytest.mark.django_db

FILE_BYTES = b"%PDF-1.4\n% A field kitchen checklist\n"


@pytest.fixture(scope="module")
def brief_folder(tmp_path_factory):
    """Briefs built once for the module: a toolkit reuses them."""
    return tmp_path_factory.mktemp("briefs")


@pytest.fixture(autouse=True)
def brief_root(settings, brief_folder):
    settings.PRAXIS_BRIEF_ROOT = brief_folder
    return brief_folder


@pytest.fixture(scope="module")
def built(django_db_setup, django_db_blocker, tmp_path_factory):
    with once_per_module(django_db_blocker, tmp_path_factory) as media:
        home = HomePage.objects.get(locale=Locale.get_default())
        index = factories.LessonIndexPageFactory(parent=home)
        pages = {
            "lesson": make_full_lesson(
                index,
                title="Kitchen rota for a camp",
                activities=[
                    (
                        "step",
                        {
                            "title": "Post the rota by the water tap",
                            "description": "<p>Daily.</p>",
                            "duration": "",
                            "materials": "",
                        },
                    )
                ],
            ),
            "members": make_lesson(
                index, title="Members camp budget", sensitivity="members"
            ),
            "restricted": make_lesson(
                index,
                title="Safe houses list",
                sensitivity="restricted",
                groups=[Group.objects.create(name="Camp safety circle")],
            ),
        }
        arabic = Locale.objects.get(language_code="ar")
        translate(home, arabic, lambda page: None)
        translate(index, arabic, lambda page: None)
        pages["arabic"], _new = translate(
            pages["lesson"],
            arabic,
            write_lesson(
                {
                    "title": "جدول المطبخ في المخيم",
                    "summary": "جدول المطبخ.",
                    "problem": "لم يعرف أحد من يطبخ الليلة",
                    "activities": [{"title": "علقوا الجدول عند صنبور الماء"}],
                    "cautions": [{"title": "قوارير الغاز قرب الخيام"}],
                }
            ),
        )
        document = get_document_model().objects.create(
            title="Kitchen checklist",
            file=ContentFile(FILE_BYTES, name="kitchen-checklist.pdf"),
        )
        resources = factories.ResourceIndexPageFactory(parent=home)
        pages["resource"] = factories.ResourcePageFactory(
            parent=resources, title="Field kitchen handbook", document=document
        )
        pages["path"] = make_path(
            home,
            "Feed a camp",
            (pages["lesson"], pages["restricted"], pages["resource"]),
        )
        yield media, pages


@pytest.fixture
def data(built, settings):
    media, pages = built
    return for_this_test(pages, media, settings)


def ids(*pages) -> str:
    return ",".join(str(page.pk) for page in pages)


def sizes(html: str) -> dict[str, int]:
    return {
        fmt: int(size)
        for fmt, size in re.findall(r'data-format="(\w+)" data-bytes="(\d+)"', html)
    }


def titles(body: bytes) -> list[str]:
    """The PDF's top bookmarks: one per brief (each brief's own headings are
    nested under its title)."""
    outline = PdfReader(io.BytesIO(body)).outline
    return [entry.title for entry in outline if not isinstance(entry, list)]


def download(client, query: str, fmt: str, language: str = "en"):
    response = client.get(f"/{language}/toolkits/download/?{query}&format={fmt}")
    assert response.status_code == 200, response.content[:300]
    return response, b"".join(response.streaming_content)


# Choosing -----------------------------------------------------------------


def test_the_chooser_lists_what_the_visitor_may_read_in_this_language(client, data):
    html = client.get("/en/toolkits/").content.decode()
    for name in ("lesson", "resource", "path"):
        assert f'value="{data[name].pk}"' in html
    for hidden in ("members", "restricted", "arabic"):
        assert data[hidden].title not in html


def test_a_page_offers_its_toolkit(client, data):
    html = client.get(data["lesson"].url).content.decode()
    assert f'href="/en/toolkits/?items={data["lesson"].pk}"' in html
    html = client.get(data["path"].url).content.decode()
    assert f'href="/en/toolkits/?path={data["path"].pk}"' in html


# The PDF and the zip ---------------------------------------------------------


def test_the_sizes_are_shown_first_and_the_pdf_holds_every_brief(client, data):
    query = f"items={ids(data['lesson'], data['resource'])}"
    summary = client.get(f"/en/toolkits/?{query}")
    assert summary.status_code == 200
    shown = sizes(summary.content.decode())
    assert set(shown) == {"pdf", "zip"}

    response, body = download(client, query, "pdf")

    assert len(body) == shown["pdf"]
    assert response["Content-Type"] == "application/pdf"
    assert 'filename="praxis-toolkit-en-a4.pdf"' in response["Content-Disposition"]
    reader = PdfReader(io.BytesIO(body))
    assert titles(body) == ["Kitchen rota for a camp", "Field kitchen handbook"]
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Kitchen rota for a camp" in text and "Field kitchen handbook" in text


def test_the_zip_opens_from_the_file_system_with_the_resources_file(client, data):
    query = f"items={ids(data['lesson'], data['resource'])}&paper=letter"
    shown = sizes(client.get(f"/en/toolkits/?{query}").content.decode())

    response, body = download(client, query, "zip")

    assert len(body) == shown["zip"]
    archive = zipfile.ZipFile(io.BytesIO(body))
    names = set(archive.namelist())
    folder = "praxis-toolkit-en-letter"
    index = archive.read(f"{folder}/index.html").decode()
    links = re.findall(r'href="([^"]+)"', index)
    assert len(links) == 5  # two pages, two briefs, one file
    for link in links:
        assert f"{folder}/{link}" in names, link
    resource_file = next(link for link in links if link.startswith("files/"))
    assert archive.read(f"{folder}/{resource_file}") == FILE_BYTES
    for name in names:
        if name.endswith(".html"):
            html = archive.read(name).decode()
            # Nothing to fetch: no stylesheet, script, image or font elsewhere.
            assert not re.search(r"<(link|script|img)\b|url\(", html), name
    page = archive.read(f"{folder}/pages/01-{data['lesson'].slug}.html").decode()
    assert "Kitchen rota for a camp" in page and 'href="../index.html"' in page
    brief = PdfReader(
        io.BytesIO(archive.read(f"{folder}/briefs/02-{data['resource'].slug}.pdf"))
    )
    assert round(float(brief.pages[0].mediabox.height)) == 792


def test_a_path_toolkit_holds_the_path_and_the_steps_the_visitor_may_read(client, data):
    _response, body = download(client, f"path={data['path'].pk}", "pdf")

    reader = PdfReader(io.BytesIO(body))
    assert titles(body) == [
        "Feed a camp",
        "Kitchen rota for a camp",
        "Field kitchen handbook",
    ]
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Safe houses" not in text


def test_an_arabic_toolkit_is_right_to_left(client, data):
    _response, body = download(client, f"items={data['arabic'].pk}", "zip", "ar")

    archive = zipfile.ZipFile(io.BytesIO(body))
    index = archive.read("praxis-toolkit-ar-a4/index.html").decode()
    assert '<html lang="ar" dir="rtl">' in index
    assert "جدول المطبخ في المخيم" in index


# Who gets what ---------------------------------------------------------------


def test_members_only_lessons_are_for_signed_in_members_and_never_shared(client, data):
    query = f"items={ids(data['members'], data['lesson'])}"
    _response, body = download(client, query, "pdf")
    assert titles(body) == ["Kitchen rota for a camp"]

    client.force_login(User.objects.create_user("camp-member"))
    response, body = download(client, query, "pdf")
    assert titles(body) == ["Members camp budget", "Kitchen rota for a camp"]
    assert response["Cache-Control"] == "private, no-store"
    assert client.get(f"/en/toolkits/?{query}")["Cache-Control"] == (
        "private, no-store"
    )


def test_a_restricted_lesson_is_in_nobodys_toolkit(client, data):
    reader = User.objects.create_user("circle-member")
    reader.groups.add(Group.objects.get(name="Camp safety circle"))
    client.force_login(reader)

    response = client.get(f"/en/toolkits/?items={data['restricted'].pk}")

    assert response.status_code == 400
    assert "Choose at least one lesson or resource" in response.content.decode()


# Bad input -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("items=abc", "Items are chosen by their numbers."),
        ("items=1&paper=a3", "Choose A4 or US Letter paper."),
        ("path=999999", "That learning path is not available in this language."),
        (
            "items=" + ",".join(str(n) for n in range(1, 23)),
            "A toolkit holds at most 20 lessons and resources.",
        ),
    ],
)
def test_a_bad_choice_gets_a_message_and_keeps_the_form(client, data, query, message):
    response = client.get(f"/en/toolkits/?{query}")

    assert response.status_code == 400
    html = response.content.decode()
    assert message in html and 'role="alert"' in html
    assert '<form method="get"' in html


def test_another_languages_lesson_or_an_unknown_format_is_refused(client, data):
    response = client.get(f"/en/toolkits/?items={data['arabic'].pk}")
    assert response.status_code == 400
    response = client.get(
        f"/en/toolkits/download/?items={data['lesson'].pk}&format=rar"
    )
    assert response.status_code == 400
    assert "Choose a PDF or a zip." in response.content.decode()


def test_a_toolkit_larger_than_the_limit_is_refused(client, data, monkeypatch):
    monkeypatch.setattr(service, "MAX_BYTES", 1000)
    response = client.get(f"/en/toolkits/?items={data['lesson'].pk}")
    assert response.status_code == 400
    assert "larger than" in response.content.decode()


# Building --------------------------------------------------------------------


def test_with_a_worker_a_toolkit_waits_for_its_briefs_and_asks_once_each(
    client, data, settings, tmp_path
):
    settings.PRAXIS_BRIEF_ROOT = tmp_path
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    query = f"items={ids(data['lesson'], data['resource'])}"

    for response in (
        client.get(f"/en/toolkits/?{query}"),
        client.get(f"/en/toolkits/download/?{query}&format=zip"),
    ):
        assert response.status_code == 202
        assert response["Retry-After"] == "10"
        assert "0 of 2 briefs are ready" in response.content.decode()

    queued = DBTaskResult.objects.filter(
        task_path="lessons.briefs.tasks.build_brief_task"
    )
    assert sorted(row.args_kwargs["args"][0] for row in queued) == sorted(
        [data["lesson"].pk, data["resource"].pk]
    )


def test_publishing_a_page_again_makes_a_new_toolkit(client, data):
    query = f"items={data['lesson'].pk}"
    _response, before = download(client, query, "pdf")
    lesson = data["lesson"]
    lesson.title = "Kitchen rota, second edition"
    lesson.save_revision().publish()

    _response, after = download(client, query, "pdf")

    assert titles(after) == ["Kitchen rota, second edition"]
    assert before != after


# The API -----------------------------------------------------------------------


def test_the_api_details_link_to_the_toolkits(client, data):
    lesson = client.get(f"/api/v1/lessons/{data['lesson'].pk}/").json()["downloads"]
    assert lesson["toolkit"] == (
        f"http://testserver/en/toolkits/?items={data['lesson'].pk}"
    )
    path = client.get(f"/api/v1/paths/{data['path'].pk}/").json()["downloads"]
    assert path["toolkit_pdf"] == (
        f"http://testserver/en/toolkits/download/?path={data['path'].pk}&format=pdf"
    )
    resource = client.get(f"/api/v1/resources/{data['resource'].pk}/").json()

    response = client.get(resource["downloads"]["toolkit_zip"])

    assert response.status_code == 200
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    assert any(name.endswith("kitchen-checklist.pdf") for name in archive.namelist())
    arabic = client.get(f"/api/v1/lessons/{data['arabic'].pk}/?locale=ar").json()
    assert "/ar/toolkits/?items=" in arabic["downloads"]["toolkit"]
