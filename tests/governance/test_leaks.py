"""No channel of the public site shows a lesson to someone who may not read it.

The scenario (``conftest.py``) wires a restricted lesson (readers: the "Legal
team" group), a members-only lesson, a restricted resource and a Swedish
translation of the restricted lesson into every channel. Anonymous visitors and
a signed-in member outside the group request every public URL; none of the
responses may carry a hidden title or slug. The same URLs show the titles to a
superuser and to a member of the group, which proves the wiring is real.
"""

from __future__ import annotations

import json
from urllib.parse import urlencode, urlsplit

import pytest
from wagtail.models import Locale

from lessons import factories
from lessons.models import LessonDocument, LessonPage
from search.views import SEARCH_TYPES
from tests.lessons.helpers import make_lesson

from .conftest import WORD, bilingual, make_document

pytestmark = pytest.mark.django_db

#: Who looks: nobody signed in, and a member outside the "Legal team" group.
VISITORS = ["anonymous", "outsider"]

#: What a reader allowed to see everything finds at a URL: the members-only
#: lesson, the restricted lesson, the restricted resource, the Swedish
#: translation.
M, R, RES, SV = "members", "restricted", "resource", "translation"


def channels(s) -> dict[str, list[tuple[str, set[str]]]]:
    """Every public URL of the scenario, by channel, with what it lists for a
    reader who may see everything."""
    library = s.library.url
    lessons = {M, R}
    search = "/en/search/?" + urlencode({"q": WORD})
    return {
        "home page": [(s.home.url, lessons)],
        "lesson library and its filters": [
            (library, lessons),
            (f"{library}?topic={s.topic_slug}", lessons),
            (f"{library}?topic={s.covert_topic_slug}", {R}),
            (f"{library}?tactic=rota-building", lessons),
            (f"{library}?audience=legal-teams", lessons),
            (f"{library}?bottleneck=repression", lessons),
            (f"{library}?tag={s.tag_slug}", lessons),
            (f"{library}?movement={s.movement.slug}", lessons),
            (f"{library}?country=SE", lessons),
            (f"{library}?result=misfire", lessons),
            (f"{library}?format=tactic_guide", lessons),
            (f"{library}?risk=high", lessons),
            (f"{library}?ordering=title", lessons),
            (f"{library}?page=2", lessons),
        ],
        "resource library": [
            (s.resources.url, {RES}),
            (f"{s.resources.url}?topic={s.topic_slug}", {RES}),
        ],
        "learning paths": [(s.paths.url, set()), (s.path.url, {M, R, RES})],
        "glossary": [(s.glossary.url, set())],
        "movement and campaign pages": [
            (s.movements.url, set()),
            (f"{s.movements.url}?topic={s.topic_slug}", set()),
            (s.movement.url, {M, R, RES}),
            (s.campaign.url, lessons),
        ],
        "events and the get-involved finder": [
            (s.events.url, set()),
            (f"{s.events.url}past/", set()),
            (s.event.url, lessons),
            (s.finder.url, set()),
        ],
        "lineage and related links": [
            (s.public.url, lessons),
            (s.anonymised.url, set()),
            ("/en/evidence/tactics/rota-building/lineage/", lessons),
        ],
        "evidence: dashboard, bottlenecks and compare": [
            ("/en/evidence/", set()),
            ("/en/evidence/?bottleneck=repression", set()),
            ("/en/evidence/bottlenecks/", set()),
            ("/en/evidence/bottlenecks/repression/", lessons),
            (compare_url(s), lessons),
        ],
        "search": [(search, {M, R, RES})]
        + [
            (
                f"{search}&type={key}",
                {"lessons": lessons, "resources": {RES}}.get(key, set()),
            )
            for key, _model in SEARCH_TYPES
        ],
        "sitemap and calendar feeds": [
            ("/sitemap.xml", set()),
            (f"{s.events.url}calendar/", set()),
            (f"{s.event.url}calendar/", set()),
        ],
        "Swedish pages": [
            ("/sv/", {SV}),
            ("/sv/lessons/", {SV}),
            ("/sv/search/?" + urlencode({"q": WORD}), {SV}),
        ],
    }


def compare_url(s) -> str:
    """The public, members-only and restricted lessons side by side (a reader
    who may not read some is sent to the comparison of the others)."""
    ids = ",".join(str(lesson.pk) for lesson in (s.public, s.members, s.restricted))
    return f"{s.library.url}compare/?ids={ids}"


def fetch(client, url):
    """The page at ``url``; a comparison's redirect to what the reader may
    compare is followed."""
    return client.get(url, follow="/compare/" in url)


def titles_of(s) -> dict[str, str]:
    return {
        M: s.members.title,
        R: s.restricted.title,
        RES: s.restricted_resource.title,
        SV: s.translation.title,
    }


@pytest.fixture
def visit(client, request):
    """``visit(who)``: the test client, signed in as ``who`` (or not at all)."""

    def sign_in(who: str):
        client.logout()
        if who != "anonymous":
            client.force_login(request.getfixturevalue(who))
        return client

    return sign_in


def body(response) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


def leaked(text: str, strings) -> list[str]:
    return [string for string in strings if string in text]


def is_login_redirect(response) -> bool:
    location = urlsplit(response.get("Location", ""))
    return response.status_code == 302 and "login" in location.path


# The matrix ---------------------------------------------------------------


@pytest.mark.parametrize("who", VISITORS)
def test_hidden_lessons_leave_no_title_or_slug_in_any_channel(scenario, visit, who):
    """Every channel, every URL: each problem is reported with its channel."""
    client = visit(who)
    members_title = scenario.members.title
    problems = []

    for channel, urls in channels(scenario).items():
        for url, shows in urls:
            response = fetch(client, url)
            text = body(response)
            where = f"{channel}: {url}"
            if response.status_code != 200:
                problems.append(f"{where} answered {response.status_code}")
            for string in leaked(text, scenario.restricted_strings):
                problems.append(f"{where} shows {string!r}")
            if who == "anonymous" and members_title in text:
                problems.append(f"{where} shows the members-only lesson")
            if who == "outsider" and M in shows and members_title not in text:
                problems.append(f"{where} hides the members-only lesson")
            if url == "/sitemap.xml" and scenario.public.url not in text:
                problems.append(f"{where} does not list the public lesson")

    assert not problems, "\n".join(problems)


def test_people_allowed_to_read_hidden_lessons_see_them_in_every_channel(
    scenario, visit
):
    """Proves the scenario: each hidden item really is wired into each channel.

    Search leaves restricted items out for everyone but superusers (the index
    can only filter on indexed fields), so the group member is not expected to
    find them there, and must not.
    """
    titles = titles_of(scenario)
    problems = []
    for who in ("superuser", "insider"):
        client = visit(who)
        for channel, urls in channels(scenario).items():
            for url, shows in urls:
                expected = set(shows)
                searching = "/search/" in url
                if who == "insider" and searching:
                    expected -= {R, RES, SV}
                text = body(fetch(client, url))
                for kind in sorted(expected):
                    if titles[kind] not in text:
                        problems.append(f"{who}, {channel}: {url} lacks {kind}")
                if who == "insider" and searching:
                    for string in leaked(text, scenario.restricted_strings):
                        problems.append(f"{who}: {url} shows {string!r}")

    assert not problems, "\n".join(problems)


def test_json_endpoints_leave_hidden_lessons_out(scenario, visit):
    """Every GET endpoint the headless API lists in its OpenAPI schema, and
    Wagtail's own page API where it is mounted, for both visitors.

    Path parameters are filled in with the restricted lesson's own slug and id,
    so a detail endpoint is asked for exactly the hidden lesson.
    """
    problems = []
    answered = set()
    for who in VISITORS:
        client = visit(who)
        for url in json_urls(client, scenario):
            response = client.get(url)
            if response.status_code == 200:
                answered.add(url.split("?")[0])
            # A problem document names the path asked for (its "instance"):
            # the visitor's own words, not something the API gave away.
            text = body(response).replace(url.split("?")[0], "")
            for string in leaked(text, scenario.restricted_strings):
                problems.append(f"{who}: {url} shows {string!r}")
            if who == "anonymous" and scenario.members.title in text:
                problems.append(f"{who}: {url} shows the members-only lesson")

    assert not problems, "\n".join(problems)
    # The wiring: the lists answered, so the endpoints were really asked.
    assert {"/api/v1/lessons/", "/api/v1/search/"} <= answered, answered


def json_urls(client, s) -> list[str]:
    lesson = s.restricted
    values = {"slug": lesson.slug, "id": lesson.pk, "pk": lesson.pk}
    words = urlencode({"q": WORD, "search": WORD})
    urls = [
        f"/api/v3-preview/pages/?type=lessons.LessonPage&fields=title&{words}",
        f"/api/v3-preview/pages/{lesson.pk}/",
        "/api/v1/taxonomy/tactics/rota-building/lineage/",
        "/api/v1/evidence/bottlenecks/repression/",
        "/api/v1/lessons/compare/?ids="
        + ",".join(str(page.pk) for page in (s.public, s.members, lesson)),
    ]
    schema = client.get("/api/v1/openapi.json")
    if schema.status_code != 200:
        return urls
    for template, operations in json.loads(schema.content)["paths"].items():
        if "get" not in operations:
            continue
        url = template
        for name, value in values.items():
            url = url.replace("{" + name + "}", str(value))
        if "{" in url:
            continue
        # Only the parameters the endpoint takes: the API refuses others.
        declared = {p["name"] for p in operations["get"].get("parameters", [])}
        query = urlencode({name: WORD for name in ("q", "search") if name in declared})
        urls.append(f"{url}?{query}")
        if "locale" in declared:
            urls.append(f"{url}?{query}&locale=sv")
    return urls


# The hidden pages' own URLs ----------------------------------------------


@pytest.mark.parametrize("who", VISITORS)
def test_hidden_pages_and_their_documents_answer_not_found_or_sign_in(
    scenario, visit, who
):
    """The restricted lesson, its translation, the restricted resource and the
    lesson's document (through the lesson and through Wagtail's own document
    URL) answer 404 or send the visitor to sign in, and name nothing."""
    client = visit(who)
    urls = [
        scenario.restricted.url,
        scenario.translation.url,
        scenario.restricted_resource.url,
        f"{scenario.restricted.url}documents/1/",
        scenario.document.url,
    ]
    titles = [scenario.restricted.title, scenario.translation.title]

    for url in urls:
        response = client.get(url)
        assert response.status_code == 404 or is_login_redirect(response), url
        assert not leaked(body(response), titles), url
        if is_login_redirect(response):
            assert not leaked(body(client.get(response["Location"])), titles), url


@pytest.mark.parametrize(("who", "status"), [("anonymous", 302), ("outsider", 200)])
def test_a_members_lesson_asks_anonymous_visitors_to_sign_in_and_opens_for_members(
    scenario, visit, who, status
):
    response = visit(who).get(scenario.members.url)

    assert response.status_code == status
    if who == "anonymous":
        assert is_login_redirect(response)
        assert scenario.members.title not in body(response)
    else:
        assert scenario.members.title in body(response)


def test_group_members_and_superusers_read_the_hidden_pages_and_documents(
    scenario, visit
):
    pages = (scenario.restricted, scenario.translation, scenario.restricted_resource)
    for who in ("insider", "superuser"):
        client = visit(who)
        for page in pages:
            response = client.get(page.url)
            assert response.status_code == 200, (who, page.url)
            assert page.title in body(response)
        document = client.get(f"{scenario.restricted.url}documents/1/")
        assert document.status_code == 200, who


# Counts ---------------------------------------------------------------------


def test_topic_counts_and_filters_count_only_what_the_visitor_may_read(scenario, visit):
    expected = {
        # who: (lessons on the shared topic, lessons on the restricted topic)
        "anonymous": (1, 0),
        "outsider": (2, 0),
        "insider": (3, 1),
    }
    for who, (shared, covert) in expected.items():
        client = visit(who)
        counts = {
            topic.slug: count for topic, count in client.get("/en/").context["topics"]
        }
        listed = client.get(
            scenario.library.url, {"topic": scenario.covert_topic_slug}
        ).context["lessons"]

        assert counts[scenario.topic_slug] == shared, who
        assert counts[scenario.covert_topic_slug] == covert, who
        assert listed.paginator.count == covert, who


# Translations and aliases -----------------------------------------------------


def translate(page, locale, **attrs):
    copy = page.copy_for_translation(locale, copy_parents=True)
    for name, value in attrs.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    return LessonPage.objects.get(pk=copy.pk)


@pytest.mark.parametrize("who", VISITORS)
def test_restricting_a_lesson_later_restricts_its_translation(
    settings, lesson_index, legal_team, visit, who, outsider
):
    bilingual(settings)
    lesson = make_lesson(lesson_index, title="Open rota", slug="open-rota")
    swedish = translate(
        lesson,
        Locale.objects.get(language_code="sv"),
        title="Öppet schema 5X",
        slug="oppet-schema-5x",
    )
    lesson.sensitivity = "restricted"
    lesson.restricted_to_groups = [legal_team]
    lesson.save_revision().publish()
    client = visit(who)

    response = client.get(swedish.url)
    listing = body(client.get("/sv/lessons/"))

    assert response.status_code == 404 or is_login_redirect(response)
    assert "Öppet schema 5X" not in listing


@pytest.mark.parametrize("who", VISITORS)
def test_an_alias_of_a_restricted_lesson_is_hidden_like_the_lesson(
    settings, lesson_index, legal_team, visit, who, outsider
):
    bilingual(settings)
    lesson = make_lesson(
        lesson_index,
        title="Secret alias rota 3W",
        slug="secret-alias-rota-3w",
        sensitivity="restricted",
        groups=[legal_team],
    )
    swedish_library = lesson_index.copy_for_translation(
        Locale.objects.get(language_code="sv"), copy_parents=True
    )
    swedish_library.save_revision().publish()
    alias = lesson.create_alias(
        parent=swedish_library,
        update_locale=Locale.objects.get(language_code="sv"),
    )
    client = visit(who)

    response = client.get(alias.url)
    listing = body(client.get(swedish_library.url))

    assert response.status_code == 404 or is_login_redirect(response)
    assert "Secret alias rota 3W" not in listing
    assert "Secret alias rota 3W" not in body(response)


# Anonymised lessons -------------------------------------------------------------

#: Anonymised pages are anonymous to everyone on the public site.
EVERYONE = ("anonymous", "outsider", "superuser")


def test_an_anonymised_lesson_names_no_author_movement_or_campaign(scenario, visit):
    for who in EVERYONE:
        text = body(visit(who).get(scenario.anonymised.url))

        assert "shared anonymously by a movement in the network" in text.lower()
        assert "Anna Lindqvist" not in text, who
        for page in (scenario.movement, scenario.campaign):
            assert page.title not in text, who
            assert page.url not in text, who


def test_an_anonymised_lesson_is_not_listed_on_its_movement_or_campaign(
    scenario, visit
):
    library = f"{scenario.library.url}?movement={scenario.movement.slug}"
    for who in EVERYONE:
        client = visit(who)
        for url in (scenario.movement.url, scenario.campaign.url, library):
            text = body(client.get(url))
            assert scenario.public.title in text, (who, url)
            assert scenario.anonymised.title not in text, (who, url)


def test_an_anonymised_lessons_attached_document_keeps_its_file_name_hidden(
    lesson_index, client
):
    document = make_document("Minutes", "minutes-anna-lindqvist-harbour.pdf")
    lesson = factories.LessonPageFactory(parent=lesson_index, anonymised=True)
    lesson.documents = [LessonDocument(document=document)]
    lesson.save_revision().publish()

    text = body(client.get(lesson.url))

    assert "Documents" in text
    assert "anna-lindqvist" not in text.lower()


def test_an_anonymised_resources_file_keeps_its_name_hidden(resource_index, client):
    document = make_document("Minutes", "minutes-anna-lindqvist-harbour.pdf")
    resource = factories.ResourcePageFactory(
        parent=resource_index, anonymised=True, document=document
    )

    text = body(client.get(resource.url))

    assert "anna-lindqvist" not in text.lower()


def test_a_document_linked_in_an_anonymised_lessons_text_keeps_its_name_hidden(
    lesson_index, client
):
    document = make_document("Minutes", "minutes-anna-lindqvist-harbour.pdf")
    lesson = factories.LessonPageFactory(
        parent=lesson_index,
        anonymised=True,
        problem=(
            f'<p>See <a linktype="document" id="{document.pk}">the minutes</a>.</p>'
        ),
    )

    text = body(client.get(lesson.url))

    assert "the minutes" in text
    assert "anna-lindqvist" not in text.lower()


# The admin's side channels -------------------------------------------------


def admin_channels(s, source, translation) -> dict[str, list[str]]:
    """The admin URLs that once showed hidden titles to any admin user: the
    translation views, the admin APIs, the choosers and the bulk actions."""
    restricted, library, document = s.restricted.pk, s.library.pk, s.document.pk
    return {
        "translation views": [
            f"/admin/localize/submit/page/{restricted}/",
            f"/admin/localize/update/{source.pk}/",
            f"/admin/localize/translate/{translation.pk}/pofile/download/",
            f"/admin/localize/translate/{translation.pk}/preview/",
            "/admin/localize/reports/translations/",
        ],
        "admin APIs": [
            f"/admin/api/main/pages/?search={WORD}",
            f"/admin/api/main/pages/?child_of={library}",
            f"/admin/api/main/pages/{restricted}/",
            "/admin/api/main/documents/",
            f"/admin/api/main/documents/{document}/",
        ],
        "choosers": [
            f"/admin/choose-page/{library}/",
            f"/admin/choose-page/search/?q={WORD}",
            "/admin/documents/chooser/?q=rota",
            "/admin/documents/chooser/results/?q=rota",
        ],
        "bulk actions": [
            f"/admin/bulk/wagtailcore/page/delete/?id={restricted}",
            f"/admin/bulk/wagtailcore/page/move/?id=all&childOf={library}",
            f"/admin/bulk/wagtaildocs/document/delete/?id={document}",
        ],
        "explorer and edit views": [
            f"/admin/pages/{library}/",
            f"/admin/pages/{restricted}/",
            f"/admin/pages/{restricted}/edit/",
            f"/admin/pages/{s.public.pk}/edit/",
        ],
    }


@pytest.fixture
def translated_restricted(scenario):
    from wagtail_localize.models import Translation, TranslationSource

    source, _created = TranslationSource.get_or_create_from_instance(
        scenario.restricted
    )
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="sv")
    )
    return source, translation


def test_admin_side_channels_show_hidden_lessons_to_no_editorial_role(
    scenario, translated_restricted, client
):
    from django.contrib.auth.models import Group

    from governance import roles

    from .helpers import person

    Group.objects.get_or_create(name=roles.translator_group_name("sv"))
    secrets = scenario.restricted_strings + ["Rota sheet", "rota-sheet-7q"]
    problems = []
    people = {
        "contributor": person("contributor", roles.CONTRIBUTORS),
        "reviewer": person("reviewer", roles.PEER_REVIEWERS),
        "translator": person(
            "translator", roles.TRANSLATORS, roles.translator_group_name("sv")
        ),
    }
    for who, user in people.items():
        client.force_login(user)
        for channel, urls in admin_channels(scenario, *translated_restricted).items():
            for url in urls:
                for method in (client.get, client.post):
                    response = method(url)
                    text = body(response) + response.get("Location", "")
                    for string in leaked(text, secrets):
                        problems.append(f"{who}, {channel}: {url} shows {string!r}")
    assert not problems, "\n".join(problems)


def test_admin_side_channels_show_hidden_lessons_to_their_readers(
    scenario, translated_restricted, client, superuser
):
    """Proves the wiring: the same URLs do name the restricted lesson and its
    document for someone who may read them."""
    client.force_login(superuser)
    channels = admin_channels(scenario, *translated_restricted)
    for channel, urls in channels.items():
        shown = [
            url
            for url in urls
            if leaked(body(client.get(url)), [scenario.restricted.title, "Rota sheet"])
        ]
        assert shown, channel
