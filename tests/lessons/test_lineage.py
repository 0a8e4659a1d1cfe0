"""Lineage graphs: the lessons a tactic travelled through, as the viewer may read them.

The scenario (built once for the module), every lesson with the tactic
"Action camp" unless said otherwise; an arrow is "adapted from"::

    A ─▶ B ─▶ C ─▶ D ─▶ E
    │    ├──▶ F ◀──┘ (F adapted from A and B)
    │    ├──▶ R  (restricted to the "Camp legal team" group)
    │    └──▶ S  (written in Swedish, adapted from B)
    ├──▶ X  (no "Action camp" tactic)
    └──▶ draft (never published)
    C ─▶ M  (members only)
    C ─▶ N  (anonymised)

B also exists in Swedish (``B_sv``), adapted from A in its own words.
"""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Locale

from home.demo.languages import translate, write_lesson
from home.models import HomePage
from lessons import factories
from lessons.evidence import lineage
from lessons.models import LessonAdaptation, LessonPage
from tests.lessons.helpers import make_lesson
from tests.module_data import for_this_test, once_per_module

pytestmark = pytest.mark.django_db

TITLES = {
    "A": "Original camp in the hills",
    "B": "Camp for a river valley",
    "C": "Camp on a farm",
    "D": "Camp in a city park",
    "E": "Camp at a port",
    "F": "Camp merging two designs",
    "R": "Camp with a covert legal team",
    "S": "Läger vid kusten",
    "X": "Door-to-door survey",
    "draft": "Unfinished camp draft",
    "M": "Camp for members only",
    "N": "Anonymised camp",
}
EDGES = [
    ("A", "B"),
    ("B", "C"),
    ("C", "D"),
    ("D", "E"),
    ("A", "F"),
    ("B", "F"),
    ("B", "R"),
    ("B", "S"),
    ("A", "X"),
    ("A", "draft"),
    ("C", "M"),
    ("C", "N"),
]


def change(source: str, adapter: str) -> str:
    return f"{adapter} changed {source}"


def build(index, swedish_index) -> dict:
    tactic = factories.TacticFactory(name="Action camp", slug="action-camp")
    group = Group.objects.create(name="Camp legal team")
    lessons: dict = {}
    for year, key in enumerate(TITLES):
        options = {"title": TITLES[key], "started": f"{2010 + year}-01-01"}
        parent = index
        if key == "R":
            options.update(sensitivity="restricted", groups=[group])
        elif key == "M":
            options["sensitivity"] = "members"
        elif key == "N":
            options["anonymised"] = True
        elif key == "S":
            parent = swedish_index
        lesson = make_lesson(parent, **options)
        if key != "X":
            lesson.tactics = [tactic]
        lesson.adapted_from_links = [
            LessonAdaptation(source=lessons[source], what_changed=change(source, key))
            for source, adapter in EDGES
            if adapter == key
        ]
        if key == "draft":
            lesson.save_revision()
            lesson.unpublish()
        else:
            lesson.save_revision().publish()
        lessons[key] = lesson
    locale = Locale.objects.get(language_code="sv")
    lessons["B_sv"], _created = translate(
        lessons["B"], locale, write_lesson({"title": "Läger i en floddal"})
    )
    return {"lessons": lessons, "tactic": tactic, "group": group}


@pytest.fixture(scope="module")
def built(django_db_setup, django_db_blocker, tmp_path_factory):
    with once_per_module(django_db_blocker, tmp_path_factory) as media:
        home = HomePage.objects.get(locale=Locale.get_default())
        index = factories.LessonIndexPageFactory(parent=home)
        for code, _name in settings.LANGUAGES:
            if code != "en":
                locale = Locale.objects.get(language_code=code)
                translate(home, locale, lambda page: None)
                translate(index, locale, lambda page: None)
        swedish_index = index.get_translation(Locale.objects.get(language_code="sv"))
        yield media, build(index, swedish_index.specific)


@pytest.fixture
def scenario(built, settings, db):
    media, data = built
    return for_this_test(data, media, settings)


def names(lessons) -> dict[str, str]:
    """Lesson names by translation key (B and its translation are "B")."""
    return {
        str(lesson.translation_key): name
        for name, lesson in lessons.items()
        if not name.endswith("_sv")
    }


def keys_of(graph, lessons) -> set[str]:
    by_key = names(lessons)
    return {by_key[key] for key in graph.nodes}


def edges_of(graph, lessons) -> set[tuple[str, str]]:
    by_key = names(lessons)
    return {(by_key[parent.key], by_key[child.key]) for parent, child in graph.edges}


def viewer(rf, user=None):
    from django.contrib.auth.models import AnonymousUser

    request = rf.get("/")
    request.user = user or AnonymousUser()
    return request


def test_a_lesson_graph_holds_its_ancestors_and_descendants(scenario, rf):
    lessons = scenario["lessons"]

    graph = lineage.for_lesson(lessons["C"], viewer(rf))

    # F, S and X are cousins, not ancestors or descendants; M is for members.
    assert keys_of(graph, lessons) == {"A", "B", "C", "D", "E", "N"}
    assert edges_of(graph, lessons) == {
        ("A", "B"),
        ("B", "C"),
        ("C", "D"),
        ("D", "E"),
        ("C", "N"),
    }
    assert graph.nodes[str(lessons["C"].translation_key)].current


def test_depth_is_limited_to_three_generations(scenario, rf):
    lessons = scenario["lessons"]

    graph = lineage.for_lesson(lessons["A"], viewer(rf))

    names = keys_of(graph, lessons)
    assert {"B", "C", "D", "F", "X", "S", "N"} <= names
    assert "E" not in names  # four adaptations away from A
    assert "draft" not in names


def test_every_adaptation_between_the_lessons_found_is_drawn(scenario, rf):
    lessons = scenario["lessons"]

    graph = lineage.for_lesson(lessons["B"], viewer(rf))

    # A → F joins two lessons of B's graph although neither is B.
    assert {("A", "B"), ("A", "F"), ("B", "F"), ("B", "S")} <= edges_of(graph, lessons)


def test_restricted_and_members_only_lessons_appear_only_to_their_readers(
    scenario, rf, django_user_model
):
    lessons = scenario["lessons"]
    member = django_user_model.objects.create_user("camp-member", password="pw")
    insider = django_user_model.objects.create_user("camp-insider", password="pw")
    insider.groups.add(scenario["group"])

    anonymous = keys_of(lineage.for_lesson(lessons["B"], viewer(rf)), lessons)
    as_member = keys_of(lineage.for_lesson(lessons["B"], viewer(rf, member)), lessons)
    as_insider = keys_of(lineage.for_lesson(lessons["B"], viewer(rf, insider)), lessons)

    assert "R" not in anonymous and "M" not in anonymous
    assert "M" in as_member and "R" not in as_member
    assert {"M", "R"} <= as_insider


def test_a_lesson_and_its_translation_are_one_node_in_the_readers_language(
    scenario, rf
):
    lessons = scenario["lessons"]

    graph = lineage.for_lesson(lessons["B_sv"], viewer(rf))

    nodes = {node.page.title: node for node in graph.nodes.values()}
    # B in Swedish, the rest (not translated) in English; the Swedish lesson
    # S adapted the English B and still belongs to B's graph.
    assert "Läger i en floddal" in nodes and TITLES["B"] not in nodes
    assert nodes["Läger i en floddal"].current
    assert TITLES["S"] in nodes and TITLES["C"] in nodes
    assert len(graph.nodes) == len(
        {node.page.translation_key for node in nodes.values()}
    )


@pytest.mark.parametrize("start", ["A", "B", "E"])
def test_queries_do_not_grow_with_the_size_of_the_graph(
    scenario, rf, django_assert_max_num_queries, start
):
    lessons = scenario["lessons"]

    # The privacy sections (once a request), a generation a query, one for
    # the adaptations, one for the lessons.
    with django_assert_max_num_queries(1 + lineage.DEPTH + 2):
        graph = lineage.for_lesson(lessons[start], viewer(rf))
    assert len(graph.nodes) >= 4


def test_columns_are_generations_and_mirror_right_to_left(scenario, rf):
    lessons = scenario["lessons"]
    graph = lineage.for_lesson(lessons["B"], viewer(rf))
    column = {
        name: graph.nodes[str(lessons[name].translation_key)].column
        for name in ("A", "B", "C", "D", "E", "F")
    }

    # F follows B (its latest source), so it is two generations after A.
    assert column == {"A": 0, "B": 1, "C": 2, "D": 3, "E": 4, "F": 2}
    ltr, rtl = lineage.draw(graph, rtl=False), lineage.draw(graph, rtl=True)
    x_ltr = {box["node"].page.title: box["x"] for box in ltr.boxes}
    x_rtl = {box["node"].page.title: box["x"] for box in rtl.boxes}
    assert x_ltr[TITLES["A"]] < x_ltr[TITLES["B"]]
    assert x_rtl[TITLES["A"]] > x_rtl[TITLES["B"]]
    for title, x in x_ltr.items():
        assert x_rtl[title] == ltr.width - x - lineage.NODE_WIDTH
    # A line skipping a generation (A → F) arcs above the rows.
    assert any(
        line["parent"].page.title == TITLES["A"]
        and line["child"].page.title == TITLES["F"]
        and " C" in line["d"]
        for line in ltr.lines
    )


def test_the_nested_list_repeats_a_lesson_under_each_source(scenario, rf):
    lessons = scenario["lessons"]
    graph = lineage.for_lesson(lessons["B"], viewer(rf))

    def titles(branches, depth=0):
        for branch in branches:
            yield depth, branch["node"].page.title, branch["change"]
            yield from titles(branch["children"], depth + 1)

    listed = list(titles(graph.tree()))
    assert listed[0] == (0, TITLES["A"], "")
    assert (1, TITLES["F"], change("A", "F")) in listed
    assert (2, TITLES["F"], change("B", "F")) in listed


def test_lesson_page_draws_the_graph_without_hidden_lessons(scenario, client):
    lessons = scenario["lessons"]

    html = client.get(lessons["C"].url).content.decode()

    svg = html[html.index('<svg class="lineage-graph__svg') : html.index("</svg>")]
    for name in ("A", "B", "D", "E", "N"):
        assert f'href="{lessons[name].url}"' in svg
    assert 'aria-current="page"' in svg
    for name in ("M", "R", "draft"):
        assert TITLES[name] not in html
    # What changed, in the list and in the graph's caption row.
    assert change("D", "E") in html
    assert html.count('class="lineage-node__note"') == 5
    assert reverse("evidence:tactic_lineage", kwargs={"slug": "action-camp"}) in html


def test_tactic_family_page(scenario, client, django_assert_max_num_queries):
    url = reverse("evidence:tactic_lineage", kwargs={"slug": "action-camp"})

    with django_assert_max_num_queries(12):
        response = client.get(url)

    assert response.status_code == 200
    html = response.content.decode()
    lessons = scenario["lessons"]
    nodes = re.findall(r'<g class="lineage-node [^"]*">\s*<a href="([^"]+)"', html)
    # X has no "Action camp" tactic; R, M and the draft may not be read.
    assert sorted(nodes) == sorted(
        lessons[name].url for name in ("A", "B", "C", "D", "E", "F", "S", "N")
    )
    assert "?tactic=action-camp" in html


def test_tactic_family_page_in_arabic_is_mirrored(scenario, client):
    url = reverse("evidence:tactic_lineage", kwargs={"slug": "action-camp"})
    with_language = url.replace("/en/", "/ar/", 1)

    html = client.get(with_language).content.decode()

    assert 'dir="rtl"' in html
    assert "lineage-graph__svg--rtl" in html
    # The lessons nobody translated keep their own language and direction.
    assert f'lang="en" aria-label="{TITLES["A"]}' in html


def test_unknown_tactic_is_not_found(scenario, client):
    response = client.get(
        reverse("evidence:tactic_lineage", kwargs={"slug": "no-such-tactic"})
    )
    assert response.status_code == 404


def test_api_lesson_lineage_matches_the_page(scenario, client):
    lessons = scenario["lessons"]

    data = client.get(f"/api/v1/lessons/{lessons['C'].pk}/lineage/").json()

    ids = {node["id"] for node in data["nodes"]}
    assert ids == {lessons[name].pk for name in ("A", "B", "C", "D", "E", "N")}
    assert {
        "source": lessons["D"].pk,
        "adaptation": lessons["E"].pk,
        "what_changed": change("D", "E"),
    } in data["edges"]
    current = [node for node in data["nodes"] if node["current"]]
    assert [node["id"] for node in current] == [lessons["C"].pk]
    assert {node["generation"] for node in data["nodes"]} == {0, 1, 2, 3, 4}


def test_api_lineage_in_another_language(scenario, client):
    lessons = scenario["lessons"]

    data = client.get(
        f"/api/v1/lessons/{lessons['C'].pk}/lineage/", {"locale": "sv"}
    ).json()

    by_id = {node["id"]: node for node in data["nodes"]}
    assert by_id[lessons["B_sv"].pk]["title"] == "Läger i en floddal"
    assert by_id[lessons["B_sv"].pk]["locale"] == "sv"
    assert lessons["B"].pk not in by_id


def test_api_refuses_hidden_lessons_and_unknown_tactics(scenario, client):
    lessons = scenario["lessons"]

    for name in ("R", "M", "draft"):
        response = client.get(f"/api/v1/lessons/{lessons[name].pk}/lineage/")
        assert response.status_code == 404
        assert response["Content-Type"].startswith("application/problem+json")
    assert client.get("/api/v1/taxonomy/tactics/nope/lineage/").status_code == 404


def test_api_tactic_family(scenario, client):
    lessons = scenario["lessons"]

    data = client.get("/api/v1/taxonomy/tactics/action-camp/lineage/").json()

    assert {node["id"] for node in data["nodes"]} == {
        lessons[name].pk for name in ("A", "B", "C", "D", "E", "F", "S", "N")
    }
    assert data["truncated"] is False
    assert TITLES["R"] not in str(data) and TITLES["M"] not in str(data)


def test_openapi_document_has_the_lineage_endpoints(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]

    assert "/api/v1/lessons/{id}/lineage/" in paths
    assert "/api/v1/taxonomy/tactics/{slug}/lineage/" in paths


def test_large_families_are_cut_and_say_so(lesson_index, rf, monkeypatch):
    monkeypatch.setattr(lineage, "MAX_NODES", 4)
    tactic = factories.TacticFactory(name="Big family", slug="big-family")
    root = make_lesson(lesson_index, title="Root")
    root.tactics = [tactic]
    root.save_revision().publish()
    for number in range(6):
        child = make_lesson(lesson_index, title=f"Child {number}")
        child.tactics = [tactic]
        child.adapted_from_links = [LessonAdaptation(source=root, what_changed="x")]
        child.save_revision().publish()

    family = lineage.for_tactic(tactic, viewer(rf), root.locale_id)
    graph = lineage.for_lesson(LessonPage.objects.get(pk=root.pk), viewer(rf))

    assert family.truncated and len(family.nodes) == 4
    assert graph.truncated and len(graph.nodes) == 4
    assert str(root.translation_key) in graph.nodes


def test_graphs_are_cached_per_reader_and_refreshed_on_publish(
    scenario, client, django_user_model
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    lessons = scenario["lessons"]
    url = lessons["E"].url
    client.get(url)

    with CaptureQueriesContext(connection) as queries:
        html = client.get(url).content.decode()
    assert not [q for q in queries if "lessons_lessonadaptation" in q["sql"]]
    assert TITLES["R"] not in html
    # A reader of the restricted lesson never gets the anonymous graph, nor
    # the other way round.
    insider = django_user_model.objects.create_user("cached-insider", password="pw")
    insider.groups.add(scenario["group"])
    client.force_login(insider)
    tactic_url = reverse("evidence:tactic_lineage", kwargs={"slug": "action-camp"})
    assert TITLES["R"] in client.get(tactic_url).content.decode()
    client.logout()
    assert TITLES["R"] not in client.get(tactic_url).content.decode()

    later = make_lesson(lessons["E"].get_parent().specific, title="Camp by a lake")
    later.adapted_from_links = [
        LessonAdaptation(source=lessons["E"], what_changed="Moved to a lake")
    ]
    later.save_revision().publish()

    html = client.get(url).content.decode()
    assert "Camp by a lake" in html and "Moved to a lake" in html
