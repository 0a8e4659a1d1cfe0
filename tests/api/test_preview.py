"""Headless preview: an editor's draft reaches the external frontend with a
signed token, and in no other way."""

from __future__ import annotations

import time
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth.models import Group
from django.core import signing
from django.urls import reverse

from core.api import preview
from core.api.problems import INVALID_PREVIEW_TOKEN
from engagement import factories as engagement
from home.models import StandardPage
from lessons.models import LessonAuthor, LessonCaution, LessonPage
from tests.governance.helpers import person
from tests.lessons.helpers import make_full_lesson, make_lesson

from .conftest import assert_problem

pytestmark = pytest.mark.django_db

PREVIEW_URL = "https://app.example/preview?site=praxis"


@pytest.fixture
def frontend(settings):
    settings.PRAXIS_PREVIEW_URL = PREVIEW_URL
    return PREVIEW_URL


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "e@example.org", "pw")


@pytest.fixture
def contributor(lesson_index):
    """May use the admin and edit the pages they started, and no others."""
    return person("contributor", "Contributors")


def open_preview(client, user, page):
    """The admin's "Preview in the external site", as ``user``: the answer."""
    client.force_login(user)
    response = client.get(reverse("headless_preview", args=[page.pk]))
    client.logout()
    return response


def token_for(client, user, page) -> str:
    response = open_preview(client, user, page)
    assert response.status_code == 302, response.content
    return parse_qs(urlsplit(response["Location"]).query)["token"][0]


def read(api, token: str):
    return api("preview/", {"token": token})


def draft_lesson(parent, **kwargs) -> LessonPage:
    """A lesson never published, with a saved draft revision."""
    lesson = make_lesson(parent, live=False, **kwargs)
    lesson.save_revision()
    return lesson


# The admin side -----------------------------------------------------------------


def test_the_admin_sends_the_editor_to_the_frontend_with_a_token(
    client, frontend, editor, lesson_index
):
    lesson = draft_lesson(lesson_index)

    response = open_preview(client, editor, lesson)

    assert response.status_code == 302
    assert "no-store" in response["Cache-Control"]
    url = urlsplit(response["Location"])
    assert f"{url.scheme}://{url.netloc}{url.path}" == "https://app.example/preview"
    query = parse_qs(url.query)
    assert query["site"] == ["praxis"]
    assert query["content_type"] == ["lessons.lessonpage"]
    assert signing.loads(query["token"][0], salt=preview.SALT) == {
        "page": lesson.pk,
        "revision": lesson.latest_revision_id,
        "user": editor.pk,
    }


def test_only_people_who_may_edit_the_page_get_a_token(
    client, frontend, contributor, lesson_index, member
):
    lesson = draft_lesson(lesson_index)
    own = draft_lesson(lesson_index, owner=contributor)

    assert "token=" in open_preview(client, contributor, own)["Location"]
    # Someone else's never-published draft: the admin's reading rule answers
    # "not found", as for any page the person may not read.
    refused = open_preview(client, contributor, lesson)
    assert refused.status_code == 404
    assert "token=" not in refused.get("Location", "")
    # Without admin access, or signed out: to the sign-in page.
    for response in (
        open_preview(client, member, lesson),
        client.get(reverse("headless_preview", args=[lesson.pk])),
    ):
        assert response.status_code == 302
        assert "token=" not in response["Location"]
        assert not response["Location"].startswith("https://app.example")


def test_no_token_without_a_frontend_or_for_pages_the_api_does_not_serve(
    client, settings, editor, home, lesson_index
):
    lesson = draft_lesson(lesson_index)
    settings.PRAXIS_PREVIEW_URL = ""
    without_frontend = open_preview(client, editor, lesson)
    settings.PRAXIS_PREVIEW_URL = PREVIEW_URL
    not_served = open_preview(client, editor, home)

    # Back to the page's editor, which says why.
    assert without_frontend["Location"] == reverse(
        "wagtailadmin_pages:edit", args=[lesson.pk]
    )
    assert not_served["Location"] == reverse("wagtailadmin_pages:edit", args=[home.pk])
    assert open_preview(client, editor, lesson)["Location"].startswith(PREVIEW_URL)


def test_the_edit_view_offers_the_preview_when_there_is_a_frontend(
    client, settings, editor, lesson_index
):
    lesson = draft_lesson(lesson_index)
    link = reverse("headless_preview", args=[lesson.pk])
    edit = reverse("wagtailadmin_pages:edit", args=[lesson.pk])
    client.force_login(editor)

    settings.PRAXIS_PREVIEW_URL = ""
    without = client.get(edit)
    settings.PRAXIS_PREVIEW_URL = PREVIEW_URL
    with_frontend = client.get(edit)

    assert without.status_code == with_frontend.status_code == 200
    assert link not in without.content.decode()
    assert link in with_frontend.content.decode()
    assert "Preview in the external site" in with_frontend.content.decode()


def test_the_button_is_only_for_editors_of_pages_the_api_serves(
    frontend, editor, contributor, home, lesson_index
):
    from core.wagtail_hooks import preview_button

    lesson = draft_lesson(lesson_index)

    assert len(list(preview_button(lesson, editor, "edit"))) == 1
    assert list(preview_button(lesson, contributor, "edit")) == []
    assert list(preview_button(home, editor, "edit")) == []


# The API side -------------------------------------------------------------------


def test_the_preview_shows_the_draft_like_the_lesson_endpoint(
    client, api, frontend, editor, lesson_index
):
    lesson = make_full_lesson(lesson_index, title="Night shifts")
    lesson.title = "Night shifts, revised"
    lesson.summary = "Draft summary"
    lesson.cautions = [LessonCaution(risk_level="low", title="Draft caution")]
    lesson.save_revision()
    token = token_for(client, editor, lesson)

    public = api(f"lessons/{lesson.pk}/")
    previewed = read(api, token)

    assert public.data["title"] == "Night shifts"
    assert previewed.status_code == 200, previewed.content
    assert previewed.data["title"] == "Night shifts, revised"
    assert previewed.data["summary"] == "Draft summary"
    assert [caution["title"] for caution in previewed.data["cautions"]] == [
        "Draft caution"
    ]
    assert "Draft caution" not in public.content.decode()
    assert set(previewed.data) == set(public.data)
    assert previewed.data["outcome_signals"] == public.data["outcome_signals"]
    assert previewed["Cache-Control"] == "private, no-store"
    assert "ETag" not in previewed
    assert "Night shifts, revised" not in api("lessons/").content.decode()
    assert (
        "Night shifts, revised" not in api("search/", {"q": "revised"}).content.decode()
    )


@pytest.mark.parametrize("kind", ["movements", "campaigns", "events"])
def test_movements_campaigns_and_events_are_previewed_like_their_endpoints(
    client, api, frontend, editor, home, kind
):
    movement = engagement.MovementProfilePageFactory(
        parent=engagement.MovementIndexPageFactory(parent=home)
    )
    page = {
        "movements": lambda: movement,
        "campaigns": lambda: engagement.CampaignPageFactory(parent=movement),
        "events": lambda: engagement.EventPageFactory(
            parent=engagement.EventIndexPageFactory(parent=home)
        ),
    }[kind]()
    live_title = page.title
    page.title = "Draft title"
    page.save_revision()

    public = api(f"{kind}/{page.pk}/")
    previewed = read(api, token_for(client, editor, page))

    assert public.data["title"] == live_title
    assert previewed.status_code == 200, previewed.content
    assert previewed.data["title"] == "Draft title"
    assert set(previewed.data) == set(public.data)


def test_the_preview_leaves_out_who_shared_an_anonymised_lesson(
    client, api, frontend, editor, home, lesson_index
):
    movement = engagement.MovementProfilePageFactory(
        parent=engagement.MovementIndexPageFactory(parent=home),
        title="Harbour Tenants Union",
    )
    lesson = make_lesson(lesson_index, anonymised=True, movement=movement, live=False)
    lesson.authors = [LessonAuthor(name="Anna Lindqvist")]
    lesson.save_revision()

    response = read(api, token_for(client, editor, lesson))

    assert response.status_code == 200
    assert response.data["movement"] is None
    assert response.data["authors"] == []
    assert "Harbour Tenants Union" not in response.content.decode()
    assert "Lindqvist" not in response.content.decode()


def test_a_draft_is_reachable_by_its_preview_token_only(
    client, api, frontend, editor, lesson_index
):
    lesson = draft_lesson(lesson_index, title="Secret draft", slug="secret-draft")
    paths = api("openapi.json").data["paths"]
    by_id = [path for path in paths if path.endswith("/{id}/")]
    by_slug = [path for path in paths if path.endswith("/by-slug/{slug}/")]
    assert "/api/v1/lessons/{id}/" in by_id
    assert "/api/v1/lessons/by-slug/{slug}/" in by_slug

    for path in by_id:
        assert_problem(api(path.replace("{id}", str(lesson.pk))), 404)
    for path in by_slug:
        assert_problem(api(path.replace("{slug}", lesson.slug)), 404)
    assert_problem(api("pages/find/", {"path": "/en/lessons/secret-draft/"}), 404)
    assert api("search/", {"q": "secret"}).data["count"] == 0
    assert "Secret draft" not in api("lessons/").content.decode()

    response = read(api, token_for(client, editor, lesson))
    assert response.data["title"] == "Secret draft"


def test_pages_without_a_detail_schema_are_previewed_generically(api, editor, home):
    page = home.add_child(
        instance=StandardPage(
            title="About us", slug="about", body="<p>Hi</p>", live=False
        )
    )
    page.title = "About us, revised"
    revision = page.save_revision()

    response = read(api, preview.make_token(page, revision, editor))

    assert response.status_code == 200, response.content
    assert response.data == {
        "id": page.pk,
        "type": "home.StandardPage",
        "title": "About us, revised",
        "slug": "about",
        "locale": "en",
        "url": "http://testserver/en/about/",
        "api_url": None,
        "summary": None,
    }


def test_a_page_without_revisions_is_previewed_as_stored(api, editor, lesson_index):
    lesson = make_lesson(lesson_index, title="As stored")
    assert lesson.latest_revision_id is None

    response = read(api, preview.make_token(lesson, None, editor))

    assert response.data["title"] == "As stored"


def invalid_token(response, status: int = 401) -> None:
    problem = assert_problem(response, status)
    assert problem["type"] == INVALID_PREVIEW_TOKEN
    assert "no-store" in response["Cache-Control"]


def test_a_missing_or_broken_token_is_refused(api, editor, lesson_index):
    lesson = draft_lesson(lesson_index)
    token = preview.make_token(lesson, lesson.latest_revision, editor)
    payload, timestamp, signature = token.rsplit(":", 2)
    other_payload = signing.dumps(
        {"page": lesson.pk + 1, "revision": None, "user": editor.pk},
        salt=preview.SALT,
        compress=True,
    ).rsplit(":", 2)[0]

    invalid_token(api("preview/"))
    invalid_token(read(api, ""))
    invalid_token(read(api, "not-a-token"))
    invalid_token(read(api, f"{other_payload}:{timestamp}:{signature}"))
    invalid_token(read(api, f"{payload}:{timestamp}:{signature[:-2]}xx"))
    invalid_token(read(api, token + "x" * 1000))
    invalid_token(
        read(api, signing.dumps({"page": lesson.pk, "user": editor.pk}, compress=True))
    )
    invalid_token(
        read(
            api,
            signing.dumps(
                {"page": lesson.pk, "revision": None, "user": editor.pk},
                salt="another.purpose",
            ),
        )
    )
    assert read(api, token).status_code == 200


def test_an_expired_token_is_refused(monkeypatch, settings, api, editor, lesson_index):
    lesson = draft_lesson(lesson_index)
    settings.PRAXIS_PREVIEW_MAX_AGE = 600
    made = time.time()
    monkeypatch.setattr(signing.time, "time", lambda: made - 601)
    token = preview.make_token(lesson, lesson.latest_revision, editor)
    monkeypatch.setattr(signing.time, "time", lambda: made)

    invalid_token(read(api, token))
    settings.PRAXIS_PREVIEW_MAX_AGE = 3600
    assert read(api, token).status_code == 200


def test_a_token_stops_working_when_its_editor_may_no_longer_edit(
    api, contributor, lesson_index
):
    lesson = draft_lesson(lesson_index, owner=contributor)
    token = preview.make_token(lesson, lesson.latest_revision, contributor)
    assert read(api, token).status_code == 200

    contributor.groups.clear()
    invalid_token(read(api, token), 403)

    contributor.groups.add(Group.objects.get(name="Contributors"))
    contributor.is_active = False
    contributor.save()
    invalid_token(read(api, token), 403)


def test_a_token_for_a_deleted_page_finds_nothing(api, editor, lesson_index):
    lesson = draft_lesson(lesson_index)
    token = preview.make_token(lesson, lesson.latest_revision, editor)
    lesson.delete()

    assert_problem(read(api, token), 404)


def test_the_openapi_document_describes_the_token_and_the_drafts(api, home):
    document = api("openapi.json").data

    operation = document["paths"]["/api/v1/preview/"]["get"]
    assert operation["security"] == [{"PreviewToken": []}]
    assert document["components"]["securitySchemes"]["PreviewToken"] == {
        "type": "apiKey",
        "in": "query",
        "name": "token",
    }
    drafts = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert {"$ref": "#/components/schemas/LessonDetail"} in drafts["anyOf"]
    assert {"$ref": "#/components/schemas/PagePreview"} in drafts["anyOf"]
