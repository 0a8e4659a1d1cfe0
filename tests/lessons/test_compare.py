"""The compare page: only what the viewer may read, aligned rows with their
differences marked, bad input explained, the same queries for 1 and 3
lessons, and the "Compare" boxes on the library's cards."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from engagement import factories as engagement
from home.demo.languages import translate
from home.models import HomePage
from lessons import factories
from lessons.models import LessonAuthor, LessonCaution, LessonOutcomeSignal
from tests.i18n.conftest import translated_lesson
from tests.module_data import for_this_test, once_per_module

from .helpers import make_full_lesson, make_lesson

pytestmark = pytest.mark.django_db


def compare_url(index, *ids) -> str:
    url = index.url + index.reverse_subpage("compare")
    return f"{url}?ids={','.join(str(pk) for pk in ids)}" if ids else url


def shown(response) -> list[str]:
    return [item.lesson.title for item in response.context["comparison"].lessons]


# Data built once for the module ------------------------------------------


@pytest.fixture(scope="module")
def built(django_db_setup, django_db_blocker, tmp_path_factory):
    with once_per_module(django_db_blocker, tmp_path_factory) as media:
        home = HomePage.objects.get(locale=Locale.get_default())
        arabic = Locale.objects.get(language_code="ar")
        index = factories.LessonIndexPageFactory(parent=home)
        translate(home, arabic, lambda page: None)
        translate(index, arabic, lambda page: None)
        movements = engagement.MovementIndexPageFactory(parent=home)
        named = engagement.MovementProfilePageFactory(
            parent=movements, title="Open Tenants Union"
        )
        hidden_name = engagement.MovementProfilePageFactory(
            parent=movements, title="Quiet Tenants Network"
        )
        rent = factories.LessonPageFactory.build(
            title="Rent strike",
            result="worked",
            scale="local",
            countries=["ES"],
            movement=named,
        )
        rent.outcome_signals = [
            LessonOutcomeSignal(
                metric_kind="turnout",
                label="Households on strike",
                baseline=Decimal(10),
                result=Decimal(80),
                unit="households",
                effect="improved",
            )
        ]
        rent.cautions = [LessonCaution(risk_level="high", title="Evictions")]
        index.add_child(instance=rent)
        rent.save_revision().publish()
        camp = make_lesson(index, title="Climate camp", result="misfire", scale="local")
        anonymous = factories.LessonPageFactory.build(
            title="Quiet rent strike", anonymised=True, movement=hidden_name
        )
        anonymous.authors = [LessonAuthor(name="Kitchen table collective")]
        index.add_child(instance=anonymous)
        anonymous.save_revision().publish()
        members = make_lesson(index, title="Members rota", sensitivity="members")
        restricted = make_lesson(
            index, title="Restricted rota", sensitivity="restricted"
        )
        rent_ar = translated_lesson(rent, arabic, title="إضراب الإيجار")
        yield (
            media,
            {
                "index": index,
                "rent": rent,
                "camp": camp,
                "anonymous": anonymous,
                "members": members,
                "restricted": restricted,
                "rent_ar": rent_ar,
            },
        )


@pytest.fixture
def data(built, settings):
    media, pages = built
    return for_this_test(pages, media, settings)


# Tests with their own lessons ----------------------------------------------


@pytest.fixture
def three(lesson_index):
    return [make_full_lesson(lesson_index, terms=2, signals=2) for _ in range(3)]


def test_the_query_count_is_the_same_for_one_and_three_lessons(
    client, lesson_index, three, django_assert_max_num_queries
):
    counts = []
    for ids in ([three[0].pk], [lesson.pk for lesson in three]):
        url = compare_url(lesson_index, *ids)
        client.get(url)  # warm Wagtail's site root paths
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        assert len(shown(response)) == len(ids)
        counts.append(len(queries))
    assert counts[0] == counts[1]
    # 8 for the site, the library page and its privacy, navigation; 7 for
    # the lessons, their versions, cautions, signals, terms, reports, origins.
    with django_assert_max_num_queries(15):
        client.get(compare_url(lesson_index, *[lesson.pk for lesson in three]))


def test_the_library_cards_have_compare_boxes_for_the_compare_form(
    client, lesson_index
):
    lesson = make_lesson(lesson_index, title="Phone tree")

    html = client.get(lesson_index.url).content.decode()

    action = lesson_index.url + lesson_index.reverse_subpage("compare")
    assert (
        f'<form id="compare-form" class="compare-form" method="get" action="{action}">'
        in html
    )
    assert (
        f'<input type="checkbox" name="ids" value="{lesson.pk}" form="compare-form">'
        in html
    )
    assert "Compare selected" in html


def test_cards_elsewhere_have_no_compare_box(client, home, lesson_index):
    make_lesson(lesson_index, title="Phone tree")

    html = client.get(home.url).content.decode()

    assert "Phone tree" in html
    assert 'form="compare-form"' not in html


def test_the_empty_page_says_how_to_choose_lessons(client, lesson_index):
    response = client.get(compare_url(lesson_index))

    assert response.status_code == 200
    assert "Choose up to 3 lessons" in response.content.decode()


# Tests on the module's data -------------------------------------------------


def test_anonymous_visitors_see_only_public_lessons(client, data):
    index = data["index"]
    asked = [data["rent"].pk, data["members"].pk, data["restricted"].pk]

    response = client.get(compare_url(index, *asked))

    # Hidden lessons are dropped as if they did not exist: the same redirect.
    assert response.status_code == 302
    assert response["Location"] == compare_url(index, data["rent"].pk)
    missing = client.get(compare_url(index, data["rent"].pk, 999999))
    assert missing["Location"] == response["Location"]
    page = client.get(response["Location"])
    assert shown(page) == ["Rent strike"]
    html = page.content.decode()
    assert "Members rota" not in html and "Restricted rota" not in html


def test_members_see_members_only_lessons(client, data, member):
    client.force_login(member)
    index = data["index"]
    asked = [data["rent"].pk, data["members"].pk, data["restricted"].pk]

    response = client.get(compare_url(index, *asked), follow=True)

    assert shown(response) == ["Rent strike", "Members rota"]


def test_an_anonymised_lesson_names_no_movement_or_author(client, data):
    index = data["index"]

    response = client.get(compare_url(index, data["rent"].pk, data["anonymous"].pk))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Open Tenants Union" in html  # the named lesson's movement
    assert "Quiet Tenants Network" not in html
    assert "Kitchen table collective" not in html
    assert "Anonymised" in html


def test_more_than_three_lessons_keeps_the_first_three_and_says_so(client, data):
    index = data["index"]
    asked = [data[key].pk for key in ("camp", "rent", "anonymous")]

    response = client.get(compare_url(index, *asked, data["members"].pk))

    assert response.status_code == 200
    assert shown(response) == ["Climate camp", "Rent strike", "Quiet rent strike"]
    assert "You can compare at most 3 lessons at a time" in response.content.decode()


def test_ids_that_are_not_numbers_get_a_message(client, data):
    index = data["index"]

    response = client.get(compare_url(index, data["rent"].pk, "abc", "-4"))

    assert response.status_code == 400
    html = response.content.decode()
    assert "“abc”, “-4” are not lesson numbers" in html
    assert shown(response) == ["Rent strike"]


def test_repeated_ids_are_redirected_to_the_shareable_address(client, data):
    index = data["index"]
    url = index.url + index.reverse_subpage("compare")

    response = client.get(
        url, {"ids": [str(data["camp"].pk), str(data["rent"].pk), str(data["camp"].pk)]}
    )

    assert response.status_code == 302
    assert response["Location"] == compare_url(index, data["camp"].pk, data["rent"].pk)


def test_differences_are_marked_row_by_row(client, data):
    index = data["index"]

    response = client.get(compare_url(index, data["rent"].pk, data["camp"].pk))

    rows = {row.key: row for row in response.context["comparison"].rows}
    assert rows["result"].differs  # worked / misfire
    assert not rows["scale"].differs  # both local
    assert rows["countries"].differs
    assert rows["signals-turnout"].differs
    assert rows["cautions-high"].differs
    assert not rows["context-legal"].differs  # both empty
    html = response.content.decode()
    assert "compare__row--result compare__row--differs" in html
    assert "compare__row--scale compare__row--same" in html
    assert html.count('<th scope="row">') == len(rows)
    assert html.count('<th scope="col"') == 2
    # A remove link per lesson, keeping the other one.
    assert f'href="{compare_url(index, data["camp"].pk)}"' in html
    assert f'href="{data["rent"].url}"' in html


def test_one_lesson_marks_no_differences(client, data):
    response = client.get(compare_url(data["index"], data["rent"].pk))

    html = response.content.decode()
    assert "compare__row--differs" not in html
    assert "compare__mark" not in html


def test_the_arabic_page_is_right_to_left_with_the_translation(client, data):
    arabic_index = data["index"].get_translation(Locale.objects.get(language_code="ar"))
    rent, camp = data["rent"], data["camp"]

    response = client.get(compare_url(arabic_index, rent.pk, camp.pk), follow=True)

    # Redirected to the address of what is shown: the Arabic version.
    assert response.redirect_chain == [
        (compare_url(arabic_index, data["rent_ar"].pk, camp.pk), 302)
    ]
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "إضراب الإيجار" in html  # the Arabic version of the rent strike
    assert [item.lesson.pk for item in response.context["comparison"].lessons] == [
        data["rent_ar"].pk,
        camp.pk,
    ]
    # The untranslated lesson keeps its own language.
    assert 'lang="en" dir="auto"' in html
    # The language switcher keeps the comparison (its address redirects to
    # the English versions).
    assert '<a href="/en/lessons/compare/?ids=' in html


def test_the_url_follows_the_library_in_every_language(data):
    index = data["index"]
    arabic_index = index.get_translation(Locale.objects.get(language_code="ar"))

    assert compare_url(index) == f"/{settings.LANGUAGE_CODE}/lessons/compare/"
    assert compare_url(arabic_index) == "/ar/lessons/compare/"
