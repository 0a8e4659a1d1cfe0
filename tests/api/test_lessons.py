"""``/api/v1/lessons/``: what an anonymous visitor may read, filtered like the
library, in every language, at a fixed number of queries."""

from __future__ import annotations

import pytest
import wagtail_factories
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from engagement import factories as engagement
from lessons import factories
from lessons.models import LessonDocument, LessonPage
from tests.lessons.helpers import make_full_lesson, make_lesson

from .conftest import assert_problem, titles, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def movement_index(home):
    return engagement.MovementIndexPageFactory(parent=home)


@pytest.fixture
def hidden(lesson_index):
    """One lesson of every kind an anonymous visitor may not read."""
    draft = make_lesson(lesson_index, title="Draft rota", live=False)
    members = make_lesson(lesson_index, title="Members rota", sensitivity="members")
    restricted = make_lesson(
        lesson_index, title="Restricted rota", sensitivity="restricted"
    )
    private = make_lesson(lesson_index, title="Private rota")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    return [draft, members, restricted, private]


# Lists --------------------------------------------------------------------------


def test_the_list_shows_public_lessons_only(api, lesson_index, hidden):
    public = make_lesson(lesson_index, title="Open rota")

    response = api("lessons/")

    assert titles(response) == [public.title]
    assert response.data["count"] == 1
    item = response.data["results"][0]
    assert item["id"] == public.pk
    assert item["locale"] == "en"
    assert item["url"] == f"http://testserver{public.url}"
    assert item["api_url"] == f"http://testserver/api/v1/lessons/{public.pk}/"


def test_hidden_lessons_answer_not_found_by_id_and_slug(api, hidden):
    for lesson in hidden:
        problem = assert_problem(api(f"lessons/{lesson.pk}/"), 404)
        assert lesson.title not in str(problem)
        assert_problem(api(f"lessons/by-slug/{lesson.slug}/"), 404)


def test_a_signed_in_superuser_still_reads_as_an_anonymous_visitor(
    api, client, django_user_model, lesson_index, hidden
):
    client.force_login(
        django_user_model.objects.create_superuser("root", "root@example.org", "pw")
    )

    response = api("lessons/")

    assert titles(response) == []
    assert "public" in response["Cache-Control"]
    assert_problem(api(f"lessons/{hidden[2].pk}/"), 404)


def test_facets_filter_like_the_library(api, lesson_index):
    housing = factories.TopicFactory(name="Housing", slug="housing")
    match = make_lesson(lesson_index, title="Rent strike", result="misfire")
    match.topics = [housing]
    match.save_revision().publish()
    make_lesson(lesson_index, title="Rent strike that worked").topics = [housing]
    make_lesson(lesson_index, title="Beach clean", result="misfire")

    response = api("lessons/", {"topic": "housing", "result": "misfire"})

    assert titles(response) == ["Rent strike"]
    assert response.data["results"][0]["topics"] == [
        {"name": "Housing", "slug": "housing"}
    ]


def test_ordering_follows_the_allow_list(api, lesson_index):
    for title in ("Beta", "Alpha", "Gamma"):
        make_lesson(lesson_index, title=title)

    assert titles(api("lessons/", {"ordering": "title"})) == ["Alpha", "Beta", "Gamma"]
    assert titles(api("lessons/", {"ordering": "-title"})) == ["Gamma", "Beta", "Alpha"]
    assert_problem(api("lessons/", {"ordering": "owner"}), 400, "ordering")


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"topic": "no-such-topic"}, "topic"),
        ({"result": "glorious"}, "result"),
        ({"country": "XX"}, "country"),
        ({"topics": "housing"}, "topics"),
        ({"page_size": "101"}, "page_size"),
        ({"page_size": "0"}, "page_size"),
        ({"page": "0"}, "page"),
        ({"page": "abc"}, "page"),
        ({"page": str(10**30)}, "page"),
        ({"locale": "xx"}, "locale"),
        ({"locale": "e n"}, "locale"),
    ],
)
def test_bad_parameters_are_problems_that_name_the_parameter(
    api, lesson_index, params, parameter
):
    make_lesson(lesson_index)

    assert_problem(api("lessons/", params), 400, parameter)


def test_bad_ids_and_slugs_are_problems_never_errors(api, lesson_index):
    make_lesson(lesson_index)

    assert_problem(api("lessons/999999/"), 404)
    assert_problem(api(f"lessons/{10**30}/"), 400, "id")
    assert_problem(api("lessons/-1/"), 400, "id")
    assert_problem(api("lessons/abc/"), 400, "id")
    assert_problem(api("lessons/by-slug/no-such-lesson/"), 404)
    assert_problem(api("lessons/", {"movement": "a\x00b"}), 400)
    assert_problem(api("lessons/1/", {"locale": "sv", "extra": "1"}), 400, "extra")


def test_pages_link_to_each_other_and_stop_at_the_last(api, lesson_index):
    for number in range(5):
        make_lesson(lesson_index, title=f"Lesson {number}")

    first = api("lessons/", {"page_size": 2, "ordering": "title"})
    second = api("lessons/", {"page_size": 2, "ordering": "title", "page": 2})
    last = api("lessons/", {"page_size": 2, "ordering": "title", "page": 3})

    assert first.data["count"] == 5
    assert first.data["previous"] is None
    assert first.data["next"].startswith("http://testserver/api/v1/lessons/?")
    assert "page=2" in first.data["next"] and "ordering=title" in first.data["next"]
    assert titles(second) == ["Lesson 2", "Lesson 3"]
    assert last.data["next"] is None
    assert titles(last) == ["Lesson 4"]
    problem = assert_problem(api("lessons/", {"page_size": 2, "page": 4}), 404)
    assert "3" in problem["detail"]


# Languages ----------------------------------------------------------------------


def test_a_language_lists_its_translations_and_the_originals_of_the_rest(
    api, languages, lesson_index
):
    translated = make_lesson(lesson_index, title="Action camp")
    untranslated = make_lesson(lesson_index, title="Phone tree")
    swedish = translate(translated, languages["sv"], title="Aktionsläger")

    response = api("lessons/", {"locale": "sv", "ordering": "title"})

    assert [(item["title"], item["locale"]) for item in response.data["results"]] == [
        ("Aktionsläger", "sv"),
        ("Phone tree", "en"),
    ]
    assert titles(api("lessons/", {"ordering": "title"})) == [
        translated.title,
        untranslated.title,
    ]
    assert api(f"lessons/{swedish.pk}/").data["locale"] == "sv"


def test_a_hidden_translation_does_not_stand_in_for_its_original(
    api, languages, lesson_index
):
    original = make_lesson(lesson_index, title="Action camp")
    translate(original, languages["sv"], title="Aktionsläger").unpublish()

    assert titles(api("lessons/", {"locale": "sv"})) == ["Action camp"]


def test_a_detail_in_another_language_returns_the_translation_when_there_is_one(
    api, languages, lesson_index
):
    lesson = make_lesson(lesson_index, title="Action camp")
    swedish = translate(lesson, languages["sv"], title="Aktionsläger")
    lonely = make_lesson(lesson_index, title="Phone tree")

    in_swedish = api(f"lessons/{lesson.pk}/", {"locale": "sv"}).data
    fallback = api(f"lessons/{lonely.pk}/", {"locale": "ar"}).data
    original = api(f"lessons/{lesson.pk}/").data

    assert (in_swedish["id"], in_swedish["title"]) == (swedish.pk, "Aktionsläger")
    assert (fallback["id"], fallback["locale"]) == (lonely.pk, "en")
    assert [t["locale"] for t in original["translations"]] == ["sv"]
    assert [t["locale"] for t in in_swedish["translations"]] == ["en"]
    by_slug = api(f"lessons/by-slug/{swedish.slug}/", {"locale": "sv"})
    assert by_slug.data["id"] == swedish.pk


def test_a_translation_of_a_restricted_lesson_stays_hidden(
    api, languages, lesson_index
):
    lesson = make_lesson(lesson_index, title="Safehouse rota")
    swedish = translate(lesson, languages["sv"], title="Skyddat schema")
    lesson.sensitivity = "restricted"
    lesson.restricted_to_groups = [Group.objects.create(name="Legal team")]
    lesson.save_revision().publish()

    assert titles(api("lessons/", {"locale": "sv"})) == []
    assert_problem(api(f"lessons/{swedish.pk}/"), 404)
    assert_problem(api(f"lessons/{lesson.pk}/", {"locale": "sv"}), 404)


# One lesson ---------------------------------------------------------------------


def test_a_lesson_has_every_unit(api, lesson_index):
    source = make_lesson(lesson_index, title="Earlier camp")
    lesson = make_full_lesson(lesson_index, title="Climate camp", sources=[source])

    data = api(f"lessons/{lesson.pk}/").data

    assert data["title"] == "Climate camp"
    assert data["problem"] == "<p>Volunteers signed up but never came back.</p>"
    assert data["activities"] == [
        {
            "title": "Map the site",
            "description": "<p>Walk it twice.</p>",
            "duration": "",
            "materials": "",
        }
    ]
    assert [c["title"] for c in data["cautions"]] == [
        "Police may kettle the camp",
        "Rain",
    ]
    signal = data["outcome_signals"][0]
    assert (signal["baseline"], signal["result"], signal["change"]) == (
        "100.00",
        "300.00",
        "200.00",
    )
    assert sorted(data["countries"]) == ["KE", "SE"]
    assert [t["slug"] for t in data["tags"]] == ["camp", "logistics"]
    assert len(data["topics"]) == len(data["tactics"]) == 2
    assert data["authors"] == ["Logistics working group"]
    assert data["adapted_from"] == [
        {
            "lesson": {
                "id": source.pk,
                "title": "Earlier camp",
                "slug": source.slug,
                "locale": "en",
                "url": f"http://testserver{source.url}",
                "api_url": f"http://testserver/api/v1/lessons/{source.pk}/",
            },
            "what_changed": "Shorter camp than Earlier camp",
        }
    ]
    assert [r["id"] for r in data["related"]] == [source.pk]
    assert api(f"lessons/{source.pk}/").data["adapted_by"][0]["lesson"]["id"] == (
        lesson.pk
    )
    assert api(f"lessons/by-slug/{lesson.slug}/").data["id"] == lesson.pk


def test_lineage_and_related_links_leave_hidden_lessons_out(api, lesson_index, hidden):
    lesson = make_full_lesson(lesson_index, sources=hidden)
    adapter = make_full_lesson(lesson_index, sources=[lesson])
    adapter.sensitivity = "members"
    adapter.save_revision().publish()

    data = api(f"lessons/{lesson.pk}/").data

    assert data["adapted_from"] == data["adapted_by"] == data["related"] == []
    for hidden_lesson in hidden:
        assert hidden_lesson.title not in str(data)


def test_an_anonymised_lesson_names_no_people_movement_or_campaign(
    api, lesson_index, movement_index
):
    movement = engagement.MovementProfilePageFactory(
        parent=movement_index, title="Harbour Tenants"
    )
    campaign = engagement.CampaignPageFactory(parent=movement, title="Dock strike")
    lesson = make_full_lesson(
        lesson_index, anonymised=True, movement=movement, source_campaign=campaign
    )
    document = get_document_model().objects.create(
        title="Minutes with names",
        file=ContentFile(b"%PDF-1.4 test", name="minutes-anna-k.pdf"),
    )
    LessonDocument.objects.create(page=lesson, document=document)

    for response in (api(f"lessons/{lesson.pk}/"), api("lessons/")):
        text = response.content.decode()
        for secret in ("Harbour Tenants", "Dock strike", "Logistics working group"):
            assert secret not in text
        assert "anna-k" not in text and "Minutes with names" not in text
    data = api(f"lessons/{lesson.pk}/").data
    assert data["anonymised"] is True
    assert data["authors"] == [] and data["movement"] is None
    assert data["source_campaign"] is None
    assert data["documents"][0]["url"].endswith(f"{lesson.url}documents/1/")


def test_a_named_lesson_links_its_movement_and_campaign(
    api, lesson_index, movement_index
):
    movement = engagement.MovementProfilePageFactory(
        parent=movement_index, title="Harbour Tenants"
    )
    campaign = engagement.CampaignPageFactory(parent=movement, title="Dock strike")
    lesson = make_lesson(lesson_index, movement=movement, source_campaign=campaign)

    data = api(f"lessons/{lesson.pk}/").data

    assert data["movement"]["title"] == "Harbour Tenants"
    assert data["source_campaign"]["title"] == "Dock strike"
    assert api("lessons/").data["results"][0]["movement"]["id"] == movement.pk
    assert titles(api("lessons/", {"movement": movement.slug})) == [lesson.title]


def test_rich_text_links_resolve_to_public_urls(api, lesson_index):
    target = make_lesson(lesson_index, title="Target")
    lesson = make_lesson(
        lesson_index,
        problem=f'<p>See <a linktype="page" id="{target.pk}">this</a>.</p>',
    )

    problem = api(f"lessons/{lesson.pk}/").data["problem"]

    assert f'href="http://testserver{target.url}"' in problem
    assert "linktype" not in problem


def test_an_image_comes_in_fixed_sizes(api, lesson_index):
    image = wagtail_factories.ImageFactory(
        description="Tents in a field", file__width=1200, file__height=900
    )
    lesson = make_lesson(lesson_index, hero_image=image)

    data = api(f"lessons/{lesson.pk}/").data["image"]

    assert data["alt"] == "Tents in a field"
    assert set(data["renditions"]) == {"thumbnail", "medium", "large"}
    assert data["renditions"]["thumbnail"]["width"] == 400
    assert data["renditions"]["thumbnail"]["url"].startswith("http://testserver/")


# Query counts -------------------------------------------------------------------


def movement_and_image(lesson_index):
    index = engagement.MovementIndexPageFactory(parent=lesson_index.get_parent())
    movement = engagement.MovementProfilePageFactory(parent=index)
    campaign = engagement.CampaignPageFactory(parent=movement)
    return movement, campaign, wagtail_factories.ImageFactory()


def listed_lessons(lesson_index, count: int) -> list[LessonPage]:
    """``count`` lessons with everything a list item shows: terms of every
    vocabulary (one of them each lesson's own), a movement and an image."""
    movement, _campaign, image = movement_and_image(lesson_index)
    shared = {
        name: [term_factory() for _ in range(2)]
        for name, term_factory in (
            ("tactics", factories.TacticFactory),
            ("audiences", factories.AudienceFactory),
            ("bottlenecks", factories.BottleneckFactory),
        )
    }
    common_topic = factories.TopicFactory()
    return [
        factories.LessonPageFactory(
            parent=lesson_index,
            title=f"Lesson {number}",
            movement=movement,
            hero_image=image,
            countries=["SE", "KE"],
            topics=[common_topic, factories.TopicFactory()],
            **shared,
        )
        for number in range(count)
    ]


def test_the_list_runs_the_same_queries_at_any_page_size(
    api, lesson_index, django_assert_num_queries
):
    lessons = listed_lessons(lesson_index, 100)
    api("lessons/", {"page_size": 100})  # Renditions are made on first use.

    counts = {}
    for size in (10, 50, 100):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            response = api("lessons/", {"page_size": size})
        assert len(response.data["results"]) == size
        counts[size] = len(queries)

    assert counts[10] == counts[50] == counts[100] <= 12, counts
    own_topic = lessons[0].topics.order_by("-pk").first()
    with django_assert_num_queries(counts[10]):
        response = api("lessons/", {"page_size": 100, "topic": own_topic.slug})
    assert titles(response) == [lessons[0].title]
    assert response.data["results"][0]["movement"] is not None


def test_a_lesson_with_everything_takes_at_most_thirteen_queries(
    api, languages, lesson_index, django_assert_max_num_queries
):
    movement, campaign, image = movement_and_image(lesson_index)
    source = make_lesson(lesson_index, title="Earlier camp")
    lesson = make_full_lesson(
        lesson_index,
        sources=[source],
        movement=movement,
        source_campaign=campaign,
        hero_image=image,
    )
    make_full_lesson(lesson_index, sources=[lesson])
    document = get_document_model().objects.create(
        title="Handout", file=ContentFile(b"%PDF-1.4 test", name="handout.pdf")
    )
    LessonDocument.objects.create(page=lesson, document=document)
    lesson.problem = (
        f'<p><a linktype="page" id="{source.pk}">Before</a> and '
        f'<a linktype="document" id="{document.pk}">the handout</a>.</p>'
    )
    lesson.save_revision().publish()
    translate(lesson, languages["sv"], title="Översatt")
    api(f"lessons/{lesson.pk}/")

    # 12, and one for its downloads (is it in a privacy section with no brief?).
    with django_assert_max_num_queries(13):
        data = api(f"lessons/{lesson.pk}/").data
    with django_assert_max_num_queries(13):
        swedish = api(f"lessons/{lesson.pk}/", {"locale": "sv"}).data

    assert data["adapted_from"] and data["adapted_by"] and data["related"]
    assert data["movement"] and data["source_campaign"] and data["documents"]
    assert data["image"] and data["translations"]
    assert "/documents/" in data["problem"] and swedish["locale"] == "sv"
