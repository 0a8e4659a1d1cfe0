"""What every endpoint of the API shares: the schema and its local docs,
problem responses, caching headers, CORS and the rate limit."""

from __future__ import annotations

import re

import pytest
from django.core.cache import cache

from tests.lessons.helpers import make_lesson

pytestmark = pytest.mark.django_db


@pytest.fixture
def lesson(lesson_index):
    lesson = make_lesson(lesson_index, title="Phone tree")
    lesson.save_revision().publish()  # Sets the publication dates.
    return lesson


# Schema and docs ----------------------------------------------------------------


def test_the_schema_describes_every_endpoint_with_its_parameters(api):
    schema = api("openapi.json").data

    assert schema["openapi"].startswith("3.")
    assert schema["info"]["version"] == "1"
    operation = schema["paths"]["/api/v1/lessons/"]["get"]
    parameters = {parameter["name"] for parameter in operation["parameters"]}
    assert {"topic", "result", "country", "locale", "page", "page_size"} <= parameters
    assert "ordering" in parameters
    assert "/api/v1/lessons/{id}/" in schema["paths"]


def test_the_interactive_docs_load_nothing_from_another_host(api, client):
    response = client.get("/api/v1/docs")

    html = response.content.decode()
    assert response.status_code == 200
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert sources, html
    for source in sources:
        assert source.startswith("/static/"), source
    assert "cdn" not in html.lower()
    assert "script-src 'self'" in response["Content-Security-Policy"]


def test_the_index_links_the_docs_the_schema_and_every_list_endpoint(api, client):
    response = client.get("/api/v1/")

    assert response.status_code == 200
    index = response.json()
    assert index["version"] == "1"
    assert index["docs"] == "http://testserver/api/v1/docs"
    assert index["openapi"] == "http://testserver/api/v1/openapi.json"
    listed = {endpoint["path"] for endpoint in index["endpoints"]}
    schema_lists = {
        path
        for path, operations in api("openapi.json").data["paths"].items()
        if "get" in operations and "{" not in path and path != "/api/v1/"
    }
    assert {"/api/v1/lessons/", "/api/v1/events/"} <= listed
    assert listed == schema_lists
    assert all(
        endpoint["url"] == "http://testserver" + endpoint["path"]
        for endpoint in index["endpoints"]
    )


def test_the_index_costs_no_query(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        assert client.get("/api/v1/").status_code == 200


def test_the_docs_answer_with_a_trailing_slash_too(client):
    response = client.get("/api/v1/docs/")

    assert response.status_code == 302
    assert response["Location"] == "/api/v1/docs"


# Problems -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/v1/no-such-endpoint/", 404),
        ("/api/v1/lessons", 404),
        ("/api/v1/lessons/%00/", 400),
        ("/api/v1/lessons/?topic=%00", 400),
        ("/api/v1/lessons/?%00=1", 400),
    ],
)
def test_errors_are_problem_documents_that_no_cache_keeps(client, path, status):
    response = client.get(path)

    assert response.status_code == status
    assert response["Content-Type"] == "application/problem+json; charset=utf-8"
    problem = response.json()
    assert set(problem) >= {"type", "title", "status", "detail", "instance"}
    assert problem["status"] == status
    assert "no-store" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def test_a_missing_slash_is_pointed_out(client):
    problem = client.get("/api/v1/lessons").json()

    assert "/api/v1/lessons/" in problem["detail"]


def test_an_unknown_id_stays_a_404_and_is_not_sent_to_a_page(client, lesson):
    response = client.get("/api/v1/lessons/99999/")

    assert response.status_code == 404
    assert response.json()["type"] == "about:blank"


def test_problems_speak_the_readers_language(settings, client, lesson):
    settings.LANGUAGES = [("en", "English"), ("sv", "Swedish")]

    english = client.get("/api/v1/lessons/", {"locale": "xx"}).json()
    swedish = client.get(
        "/api/v1/lessons/", {"locale": "xx"}, HTTP_ACCEPT_LANGUAGE="sv"
    )

    assert english["detail"]
    assert swedish["Content-Language"] == "sv"


# Caching ------------------------------------------------------------------------


def test_anonymous_reads_are_public_with_validators(client, lesson):
    response = client.get(f"/api/v1/lessons/{lesson.pk}/")

    assert response.status_code == 200
    assert "public" in response["Cache-Control"]
    assert "max-age=300" in response["Cache-Control"]
    assert response["ETag"].startswith('"')


def test_a_client_that_has_the_current_version_gets_not_modified(client, lesson):
    url = f"/api/v1/lessons/{lesson.pk}/"
    first = client.get(url)

    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])

    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == first["ETag"]


def test_a_change_gives_a_new_etag(client, lesson):
    url = f"/api/v1/lessons/{lesson.pk}/"
    before = client.get(url)["ETag"]
    lesson.title = "Phone tree, second edition"
    lesson.save_revision().publish()

    response = client.get(url, HTTP_IF_NONE_MATCH=before)

    assert response.status_code == 200
    assert response["ETag"] != before


def test_the_cache_lifetime_is_a_setting(settings, client, lesson):
    settings.PRAXIS_API_MAX_AGE = 30

    assert "max-age=30" in client.get("/api/v1/lessons/")["Cache-Control"]


# CORS ---------------------------------------------------------------------------


def test_configured_origins_may_read_the_api_from_a_browser(settings, client, lesson):
    settings.CORS_ALLOWED_ORIGINS = ["https://partner.example"]

    allowed = client.get("/api/v1/lessons/", HTTP_ORIGIN="https://partner.example")
    other = client.get("/api/v1/lessons/", HTTP_ORIGIN="https://elsewhere.example")
    page = client.get("/en/", HTTP_ORIGIN="https://partner.example")
    preflight = client.options(
        "/api/v1/lessons/",
        HTTP_ORIGIN="https://partner.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )

    assert allowed["Access-Control-Allow-Origin"] == "https://partner.example"
    assert "ETag" in allowed["Access-Control-Expose-Headers"]
    assert "Access-Control-Allow-Origin" not in other
    assert "Access-Control-Allow-Origin" not in page
    assert preflight.status_code == 200
    assert "POST" not in preflight["Access-Control-Allow-Methods"]
    assert "Access-Control-Allow-Credentials" not in allowed


def test_no_origin_is_allowed_unless_configured(client, lesson):
    response = client.get("/api/v1/lessons/", HTTP_ORIGIN="https://partner.example")

    assert "Access-Control-Allow-Origin" not in response


# Rate limit ---------------------------------------------------------------------


def test_too_many_requests_from_one_address_are_refused_for_a_while(
    settings, client, lesson
):
    cache.clear()
    settings.PRAXIS_API_RATE = "3/m"

    statuses = [client.get("/api/v1/lessons/").status_code for _ in range(4)]
    refused = client.get("/api/v1/lessons/")
    elsewhere = client.get("/api/v1/lessons/", REMOTE_ADDR="192.0.2.9")

    assert statuses == [200, 200, 200, 429]
    assert refused.status_code == 429
    assert refused["Content-Type"].startswith("application/problem+json")
    assert refused.json()["type"] == "urn:praxis:problem:rate-limited"
    assert 0 < int(refused["Retry-After"]) <= 60
    assert elsewhere.status_code == 200
    cache.clear()


def test_head_answers_like_get_without_a_body(client, lesson):
    got = client.get("/api/v1/lessons/")
    head = client.head("/api/v1/lessons/")

    assert head.status_code == 200
    assert head.content == b""
    assert head["ETag"] == got["ETag"]


def test_other_methods_are_refused_with_a_problem(client, lesson):
    response = client.post("/api/v1/lessons/", {})

    assert response.status_code == 405
    assert response["Content-Type"].startswith("application/problem+json")
    assert "GET" in response["Allow"]
    assert response.json()["status"] == 405
