"""Links in rich text to pages the reader may not see are plain text.

A public lesson that links to a restricted lesson, a members-only lesson or a
never-published draft must not give away that page's address, on the public
site or in the API; a reader allowed to see the page gets the link.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lessons import factories
from lessons.models import LessonPage
from tests.lessons.helpers import make_lesson

pytestmark = pytest.mark.django_db

#: The link text of each kind of target, as written into the source lesson.
TEXTS = {
    "public": "the public guide",
    "restricted": "the legal team's notes",
    "members": "the members' checklist",
    "draft": "the unfinished plan",
}


@dataclass
class Links:
    source: LessonPage
    targets: dict[str, LessonPage]
    group: Group


def link(page, text: str) -> str:
    return f'<a linktype="page" id="{page.pk}">{text}</a>'


def links_to(targets: dict[str, LessonPage]) -> str:
    return (
        "<p>" + ", ".join(link(targets[kind], TEXTS[kind]) for kind in TEXTS) + "</p>"
    )


@pytest.fixture
def linked(lesson_index) -> Links:
    """A public lesson whose problem links to a public lesson, a restricted
    one, a members-only one and a draft that was never published."""
    group = Group.objects.create(name="Legal team")
    targets = {
        "public": make_lesson(lesson_index, title="Public guide", slug="public-guide"),
        "restricted": make_lesson(
            lesson_index,
            title="Legal team notes",
            slug="legal-team-notes",
            sensitivity="restricted",
            groups=[group],
        ),
        "members": make_lesson(
            lesson_index,
            title="Members checklist",
            slug="members-checklist",
            sensitivity="members",
        ),
        "draft": make_lesson(
            lesson_index, title="Unfinished plan", slug="unfinished-plan", live=False
        ),
    }
    source = make_lesson(lesson_index, title="Source", problem=links_to(targets))
    return Links(source=source, targets=targets, group=group)


def anchor(html: str, text: str) -> str | None:
    """The opening ``<a …>`` tag around ``text``, or None when ``text`` is not
    inside a link."""
    match = re.search(r"(<a\b[^>]*>)" + re.escape(text) + "</a>", html)
    return match.group(1) if match else None


def lesson_html(client, lesson) -> str:
    response = client.get(lesson.url)
    assert response.status_code == 200
    return response.content.decode()


def api_problem(client, lesson) -> str:
    response = client.get(f"/api/v1/lessons/{lesson.pk}/")
    assert response.status_code == 200, response.content
    return json.loads(response.content)["problem"]


def assert_plain_text(html: str, page, text: str) -> None:
    assert text in html
    assert anchor(html, text) is None
    assert f"/{page.slug}/" not in html


# The public site -----------------------------------------------------------------


def test_a_link_to_a_public_lesson_stays_a_link_on_the_page(client, linked):
    html = lesson_html(client, linked.source)

    assert anchor(html, TEXTS["public"]) == f'<a href="{linked.targets["public"].url}">'


@pytest.mark.parametrize("kind", ["restricted", "members", "draft"])
def test_a_link_to_a_page_the_visitor_may_not_see_is_plain_text_on_the_page(
    client, linked, kind
):
    html = lesson_html(client, linked.source)

    assert_plain_text(html, linked.targets[kind], TEXTS[kind])


def test_a_member_of_the_restricted_group_sees_the_link(
    client, linked, django_user_model
):
    reader = django_user_model.objects.create_user(username="lawyer", password="pw")
    reader.groups.add(linked.group)
    client.force_login(reader)

    html = lesson_html(client, linked.source)

    restricted = linked.targets["restricted"]
    assert anchor(html, TEXTS["restricted"]) == f'<a href="{restricted.url}">'


def test_a_signed_in_member_sees_the_members_only_link_but_not_the_restricted(
    client, linked, member
):
    client.force_login(member)

    html = lesson_html(client, linked.source)

    members = linked.targets["members"]
    assert anchor(html, TEXTS["members"]) == f'<a href="{members.url}">'
    assert_plain_text(html, linked.targets["restricted"], TEXTS["restricted"])


def test_a_draft_stays_plain_text_for_a_superuser_on_the_public_page(
    client, linked, admin_user
):
    client.force_login(admin_user)

    html = lesson_html(client, linked.source)

    assert_plain_text(html, linked.targets["draft"], TEXTS["draft"])


def test_a_link_in_an_activity_step_to_a_restricted_lesson_is_plain_text(
    client, linked, lesson_index
):
    lesson = make_lesson(
        lesson_index,
        title="With steps",
        activities=[
            (
                "step",
                {
                    "title": "Ask the lawyers",
                    "description": f"<p>{link(linked.targets['restricted'], 'notes')}"
                    f" and {link(linked.targets['public'], 'the guide')}</p>",
                },
            )
        ],
    )

    html = lesson_html(client, lesson)

    assert_plain_text(html, linked.targets["restricted"], "notes")
    assert anchor(html, "the guide") == f'<a href="{linked.targets["public"].url}">'


def test_links_on_other_public_pages_are_checked_too(client, linked, resource_index):
    resource = factories.ResourcePageFactory(
        parent=resource_index, body=links_to(linked.targets)
    )

    html = client.get(resource.url).content.decode()

    assert_plain_text(html, linked.targets["restricted"], TEXTS["restricted"])
    assert anchor(html, TEXTS["public"]) == f'<a href="{linked.targets["public"].url}">'


def test_page_links_in_every_field_and_step_cost_one_query(
    client, linked, lesson_index, django_assert_max_num_queries
):
    targets = linked.targets
    step = {"title": "Step", "description": links_to(targets)}
    one_field = make_lesson(
        lesson_index, title="One field", problem=links_to(targets), activities=[]
    )
    everywhere = make_lesson(
        lesson_index,
        title="Everywhere",
        problem=links_to(targets),
        outcomes=links_to(targets),
        political_context=links_to(targets),
        legal_context=links_to(targets),
        activities=[("step", step) for _ in range(5)],
    )
    # Caches warmed (site root paths, each lesson's lineage graph, etc.).
    lesson_html(client, one_field)
    lesson_html(client, everywhere)
    with CaptureQueriesContext(connection) as queries:
        lesson_html(client, one_field)

    with django_assert_max_num_queries(len(queries)):
        html = lesson_html(client, everywhere)
    assert html.count(f'<a href="{targets["public"].url}">') == 9


# The API ---------------------------------------------------------------------


def test_a_link_to_a_public_lesson_stays_a_link_in_the_api(client, linked):
    problem = api_problem(client, linked.source)

    url = f"http://testserver{linked.targets['public'].url}"
    assert anchor(problem, TEXTS["public"]) == f'<a href="{url}">'


@pytest.mark.parametrize("kind", ["restricted", "members", "draft"])
def test_a_link_to_a_page_the_visitor_may_not_see_is_plain_text_in_the_api(
    client, linked, kind
):
    problem = api_problem(client, linked.source)

    assert_plain_text(problem, linked.targets[kind], TEXTS[kind])
    assert "<a>" not in problem
