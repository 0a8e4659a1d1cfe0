"""What the server remembers under the content generation (core.generation):
anonymous readers' counts, facets and menu, until anything is published; a
signed-in reader's figures never; visibility always read anew."""

from __future__ import annotations

import pytest
from django.test.utils import CaptureQueriesContext

from core import generation
from lessons import factories
from tests.lessons.helpers import make_lesson

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def remembering(settings):
    settings.PRAXIS_CONTENT_MEMO_SECONDS = 600


@pytest.fixture
def library(lesson_index):
    topic = factories.TopicFactory(slug="housing", name="Housing")
    for number in range(3):
        make_lesson(
            lesson_index, title=f"Public {number}", topics=[topic], countries=["SE"]
        )
    make_lesson(
        lesson_index, title="For members", sensitivity="members", countries=["KE"]
    )
    return lesson_index


def queries_of(client, url: str) -> tuple[int, object]:
    count, response, _sql = statements_of(client, url)
    return count, response


def statements_of(client, url: str) -> tuple[int, object, list[str]]:
    from django.db import connection

    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response, [q["sql"].upper() for q in queries]


def test_the_api_count_and_country_facet_are_remembered_for_anonymous_readers(
    client, library, settings
):
    settings.PRAXIS_CONTENT_MEMO_SECONDS = 0
    client.get("/api/v1/lessons/")
    worked_out, response, first = statements_of(client, "/api/v1/lessons/")
    assert response.json()["count"] == 3
    settings.PRAXIS_CONTENT_MEMO_SECONDS = 600
    client.get("/api/v1/lessons/")
    remembered, response, again = statements_of(client, "/api/v1/lessons/")

    # The COUNT, the country facet's DISTINCT and the filters' terms (one
    # UNION) are not run again; the page of lessons is.
    assert [sql for sql in first if "COUNT(" in sql]
    assert not [sql for sql in again if "COUNT(" in sql]
    assert not [sql for sql in again if "DISTINCT" in sql and "COUNTRIES" in sql]
    # (the page's own term names, a UNION too, are read for every request)
    assert len([sql for sql in again if "UNION" in sql]) == 1
    assert remembered == worked_out - 3
    assert response.json()["count"] == 3


def test_publishing_makes_remembered_figures_stale(client, library):
    client.get("/api/v1/lessons/")
    new = make_lesson(library, title="Public, just published", countries=["BR"])
    # Made without Wagtail's publish signal: what was remembered still holds…
    assert client.get("/api/v1/lessons/").json()["count"] == 3

    new.save_revision().publish()

    # …and after a publication, every figure is worked out anew.
    assert client.get("/api/v1/lessons/").json()["count"] == 4
    html = client.get(library.url).content.decode()
    assert "Brazil" in html


def test_unpublishing_makes_remembered_figures_stale(client, library):
    assert client.get("/api/v1/lessons/").json()["count"] == 3
    lesson = library.get_children().live().first().specific

    lesson.unpublish()

    assert client.get("/api/v1/lessons/").json()["count"] == 2


def test_each_filter_has_its_own_count(client, library):
    assert client.get("/api/v1/lessons/").json()["count"] == 3
    other = make_lesson(library, title="Another topic")
    other.save_revision().publish()

    assert client.get("/api/v1/lessons/?topic=housing").json()["count"] == 3
    assert client.get("/api/v1/lessons/").json()["count"] == 4


def test_a_signed_in_readers_figures_are_never_remembered(client, library, member):
    client.force_login(member)
    client.get(library.url)
    again, response = queries_of(client, library.url)
    html = response.content.decode()

    assert "Kenya" in html  # the members-only lesson's country
    client.logout()
    html = client.get(library.url).content.decode()
    # The anonymous reader's facet is their own, not the member's.
    assert "Kenya" not in html
    assert "Sweden" in html
    client.force_login(member)
    assert queries_of(client, library.url)[0] == again


def test_the_menu_is_remembered_and_refreshed_on_publish(client, home, library):
    client.get("/en/")
    index = factories.ResourceIndexPageFactory(parent=home, title="Toolbox")
    # Added without a publication signal: the remembered menu holds.
    assert "Toolbox" not in client.get("/en/").content.decode()

    index.save_revision().publish()

    assert "Toolbox" in client.get("/en/").content.decode()


def test_nothing_is_remembered_with_remembering_off(settings):
    settings.PRAXIS_CONTENT_MEMO_SECONDS = 0
    calls = []

    def compute():
        calls.append(1)
        return 42

    assert generation.remembered("test", (1,), compute) == 42
    assert generation.remembered("test", (1,), compute) == 42
    assert len(calls) == 2
    generation.keep("test", (2,), "kept")
    assert generation.recall("test", (2,)) is None


def test_a_new_generation_forgets_everything(settings):
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    assert generation.remembered("test", ("a",), compute) == 1
    assert generation.remembered("test", ("a",), compute) == 1
    generation.changed()
    assert generation.remembered("test", ("a",), compute) == 2


def test_deleting_a_page_makes_remembered_figures_stale(client, library):
    assert client.get("/api/v1/lessons/").json()["count"] == 3
    library.get_children().live().first().delete()

    assert client.get("/api/v1/lessons/").json()["count"] == 2
