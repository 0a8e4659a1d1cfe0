"""Content in five languages: locales, translatable fields, translation and
synchronisation through wagtail-localize, fallback listings, the language
switcher, translation requests and the translation status report."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from wagtail.models import Locale, Page, PageViewRestriction, get_page_models
from wagtail_localize.fields import SynchronizedField, TranslatableField
from wagtail_localize.models import Translation, TranslationSource

from governance.roles import translator_group_name
from home.models import TranslationRequest
from lessons.models import LessonPage
from lessons.models.taxonomy import TaxonomyTerm
from tests.lessons.helpers import make_lesson

from .conftest import translated_lesson

pytestmark = pytest.mark.django_db


# Languages and locales ------------------------------------------------


def test_five_languages_by_default_each_with_a_locale(locales):
    assert [code for code, _ in settings.LANGUAGES] == ["en", "sv", "ar", "es", "fr"]
    assert settings.WAGTAIL_CONTENT_LANGUAGES == settings.LANGUAGES
    assert set(locales) == set(Locale.objects.values_list("language_code", flat=True))
    assert "wagtail.locales" in settings.INSTALLED_APPS


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("ar", "/ar/"),
        ("sv-SE,sv;q=0.9,en;q=0.5", "/sv/"),
        ("es-MX,es;q=0.9", "/es/"),
        ("fr-CA,fr;q=0.8", "/fr/"),
        ("de-DE,de;q=0.9", "/en/"),
    ],
)
def test_the_root_url_picks_the_visitors_language(client, home, accept, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)

    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


# What is translated, what is synchronised -----------------------------


def _fields(model) -> dict[str, object]:
    return {field.field_name: field for field in model.translatable_fields}


def test_every_page_type_and_snippet_names_its_translatable_fields():
    models = [m for m in get_page_models() if m is not Page]
    models += [
        m
        for m in apps.get_models()
        if issubclass(m, TaxonomyTerm) or m.__name__ == "GlossaryTerm"
    ]
    for model in models:
        assert hasattr(model, "translatable_fields"), model.__name__
        fields = _fields(model)
        text = "title" if issubclass(model, Page) else None
        if text:
            assert isinstance(fields["title"], TranslatableField), model.__name__
            assert isinstance(fields["slug"], SynchronizedField), model.__name__
        else:
            assert isinstance(fields["slug"], SynchronizedField), model.__name__


def test_sensitivity_and_figures_are_synchronised_and_not_overridable():
    lesson = _fields(LessonPage)
    for name in ("sensitivity", "restricted_to_groups", "anonymised"):
        assert isinstance(lesson[name], SynchronizedField)
        assert not lesson[name].overridable
    for name in ("summary", "problem", "activities", "cautions", "outcome_signals"):
        assert isinstance(lesson[name], TranslatableField), name
    for name in ("countries", "started", "topics", "result"):
        assert isinstance(lesson[name], SynchronizedField), name
    signal = _fields(LessonPage._meta.get_field("outcome_signals").related_model)
    assert isinstance(signal["label"], TranslatableField)
    assert isinstance(signal["baseline"], SynchronizedField)
    assert isinstance(signal["result"], SynchronizedField)


# Translating and synchronising ----------------------------------------


def test_a_translation_keeps_figures_and_translates_text(library):
    source, arabic = library["source"], library["ar"]

    assert arabic.locale.language_code == "ar"
    assert arabic.url.startswith("/ar/")
    assert arabic.title == "مجلس المندوبين في المخيم"
    assert arabic.countries == source.countries
    source_signals = list(source.outcome_signals.all())
    arabic_signals = list(arabic.outcome_signals.all())
    assert [s.result for s in arabic_signals] == [s.result for s in source_signals]
    assert [s.translation_key for s in arabic_signals] == [
        s.translation_key for s in source_signals
    ]
    assert all(s.locale_id == arabic.locale_id for s in arabic_signals)
    # Tagged with the Arabic version of the topic, under the same slug.
    assert [(t.name, t.slug) for t in arabic.topics.all()] == [
        ("العدالة المناخية", "climate-justice")
    ]
    assert Translation.objects.filter(
        source__object_id=source.translation_key, target_locale=arabic.locale
    ).exists()


def test_synchronising_brings_new_figures_and_keeps_translated_text(library):
    source, arabic = library["source"], library["ar"]
    signals = list(source.outcome_signals.all())
    signals[0].result = Decimal("999")
    source.outcome_signals = signals
    source.save_revision().publish()

    translation_source = TranslationSource.objects.get(object_id=source.translation_key)
    translation_source.update_from_db()
    Translation.objects.get(
        source=translation_source, target_locale=arabic.locale
    ).save_target(publish=False)
    LessonPage.objects.get(pk=arabic.pk).get_latest_revision().publish()

    arabic = LessonPage.objects.get(pk=arabic.pk)
    assert arabic.outcome_signals.all()[0].result == Decimal("999")
    assert arabic.title == "مجلس المندوبين في المخيم"


def test_a_sensitivity_change_on_the_source_reaches_every_translation(library):
    source = library["source"]
    source.sensitivity = "members"
    source.save_revision().publish()

    for code in ("ar", "sv"):
        page = LessonPage.objects.get(pk=library[code].pk)
        assert page.sensitivity == "members", code
        assert PageViewRestriction.objects.filter(
            page=page, restriction_type=PageViewRestriction.LOGIN
        ).exists(), code


def test_a_translation_cannot_loosen_who_may_read_it(library):
    source = library["source"]
    source.sensitivity = "members"
    source.save_revision().publish()
    arabic = LessonPage.objects.get(pk=library["ar"].pk)
    arabic.sensitivity = "public"
    arabic.save_revision().publish()

    assert LessonPage.objects.get(pk=arabic.pk).sensitivity == "members"


# Reading in your language ---------------------------------------------


def _titles(response) -> list[str]:
    return [lesson.title for lesson in response.context["lessons"]]


def test_listings_show_untranslated_lessons_in_their_original_language(client, library):
    swedish_index = library["sv"].get_parent()

    response = client.get(swedish_index.url)

    titles = _titles(response)
    assert "Talespersonsråd på lägret" in titles
    assert "Renovräkning i miljonprogrammet" in titles
    assert "Door-knocking script" in titles  # nobody translated it
    assert "Spokescouncil at a camp" not in titles  # its Swedish version is there
    html = response.content.decode()
    assert 'lang="en"' in html
    assert "badge--language" in html


def test_every_card_in_the_arabic_listing_carries_its_own_language(client, library):
    from html.parser import HTMLParser

    class Cards(HTMLParser):
        """The lang and dir of each card's title and summary."""

        def __init__(self):
            super().__init__()
            self.found = []

        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            kind = attrs.get("class") or ""
            if "card__title" in kind or "card__summary" in kind:
                self.found.append((kind, attrs.get("lang"), attrs.get("dir")))

    arabic_index = library["ar"].get_parent()
    cards = Cards()
    cards.feed(client.get(arabic_index.url).content.decode())

    assert '<html lang="ar" dir="rtl">' in client.get(arabic_index.url).content.decode()
    languages = {(lang, direction) for _kind, lang, direction in cards.found}
    # The Arabic translation right to left; the English and Swedish originals
    # nobody translated left to right, each in its own language.
    assert ("ar", "rtl") in languages
    assert ("en", "ltr") in languages
    assert ("sv", "ltr") in languages
    assert languages <= {("ar", "rtl"), ("en", "ltr"), ("sv", "ltr")}
    assert len(cards.found) == 2 * len(_titles(client.get(arabic_index.url)))


def test_the_english_listing_shows_lessons_written_in_swedish(client, library):
    response = client.get(library["source"].get_parent().url)

    assert "Renovräkning i miljonprogrammet" in _titles(response)
    assert "Talespersonsråd på lägret" not in _titles(response)


def test_a_hidden_translation_never_stands_in_for_its_original(
    client, library, lesson_index, locales
):
    secret = make_lesson(lesson_index, title="Open lesson")
    hidden = translated_lesson(secret, locales["sv"], title="Hemlig översättning")
    hidden.live = False
    hidden.save()

    response = client.get(library["sv"].get_parent().url)

    assert "Open lesson" in _titles(response)
    assert "Hemlig översättning" not in _titles(response)


@pytest.mark.parametrize("code", ["en", "sv", "ar", "es", "fr"])
def test_home_listing_and_lesson_queries_stay_within_budget_in_every_language(
    client, library, lesson_index, locales, code, django_assert_max_num_queries
):
    for n in range(12):
        lesson = make_lesson(lesson_index, title=f"Lesson {n}")
        if n % 2:
            translated_lesson(lesson, locales["ar"])
    index = lesson_index.get_translation(locales[code])
    lesson = library.get(code, library["source"])
    client.get(index.url)  # warm Wagtail's site root path cache

    with django_assert_max_num_queries(15):
        assert client.get(index.url).status_code == 200
    # The lesson page's budget (tests/lessons/test_lesson_page.py): its "we
    # tried this" reports, its discussion, its lineage graph and its briefs.
    with django_assert_max_num_queries(28):
        assert client.get(lesson.url).status_code == 200
    home = index.get_parent()
    client.get(home.url)
    with django_assert_max_num_queries(20):
        assert client.get(home.url).status_code == 200


def test_the_switcher_goes_to_the_same_lesson_in_each_language(client, library):
    response = client.get(library["source"].url)
    html = response.content.decode()

    assert f'href="{library["ar"].url}" lang="ar" hreflang="ar" dir="rtl"' in html
    assert f'href="{library["sv"].url}" lang="sv"' in html
    # No Spanish version yet: the link goes to the Spanish home page.
    assert 'href="/es/" lang="es" hreflang="es" dir="ltr"' in html
    assert "language-switcher__elsewhere" in html


def test_the_switcher_leaves_out_versions_the_visitor_may_not_read(client, library):
    arabic = library["ar"]
    Page.objects.filter(pk=arabic.pk).update(live=False)

    html = client.get(library["source"].url).content.decode()

    assert arabic.url not in html
    assert 'href="/ar/" lang="ar"' in html


def test_pages_that_are_not_wagtail_pages_switch_under_the_other_prefix(client, home):
    html = client.get("/sv/search/?q=camp").content.decode()

    assert 'href="/ar/search/?q=camp" lang="ar"' in html


def test_a_lesson_says_which_languages_it_is_in(client, library):
    html = client.get(library["ar"].url).content.decode()

    assert '<html lang="ar" dir="rtl">' in html
    assert f'href="{library["source"].url}" lang="en" hreflang="en">English</a>' in html
    assert f'href="{library["sv"].url}" lang="sv" hreflang="sv">svenska</a>' in html
    assert f"/ar/translations/request/{library['ar'].pk}/" in html


# Requests for translations --------------------------------------------


def test_a_reader_requests_a_translation_and_translators_see_the_count(
    client, library, locales
):
    url = f"/en/translations/request/{library['source'].pk}/"
    form = client.get(url)
    choices = [code for code, _ in form.context["form"].fields["language"].choices]
    assert choices == ["es", "fr"]  # Arabic and Swedish exist already

    response = client.post(url, {"language": "es"})
    client.post(url, {"language": "es"})

    assert response.status_code == 302
    assert response["Location"] == f"{url}?sent=es"
    request = TranslationRequest.objects.get()
    assert request.count == 2
    assert request.locale == locales["es"]
    assert request.translation_key == library["source"].translation_key
    assert "español" in client.get(response["Location"]).content.decode()


def test_a_request_for_a_language_the_page_is_in_is_refused(client, library):
    url = f"/en/translations/request/{library['source'].pk}/"

    response = client.post(url, {"language": "ar"})

    assert response.status_code == 200
    assert response.context["form"].errors["language"]
    assert not TranslationRequest.objects.exists()


def test_requests_for_pages_the_visitor_may_not_read_are_not_found(
    client, lesson_index
):
    restricted = make_lesson(lesson_index, sensitivity="restricted")

    url = f"/en/translations/request/{restricted.pk}/"

    assert client.get(url).status_code == 404
    assert client.post(url, {"language": "ar"}).status_code == 404
    assert not TranslationRequest.objects.exists()


def test_translation_requests_are_rate_limited(client, library, settings):
    settings.PRAXIS_PUBLIC_FORM_RATE = "2/m"
    url = f"/en/translations/request/{library['source'].pk}/"
    for _ in range(2):
        client.post(url, {"language": "fr"})

    response = client.post(url, {"language": "fr"})

    assert response.status_code == 429
    assert TranslationRequest.objects.get().count == 2


# Translators and the status report ------------------------------------


def _translator(django_user_model, code: str):
    user = django_user_model.objects.create_user(username=f"t-{code}", password="pw")
    user.groups.add(Group.objects.get(name=translator_group_name(code)))
    return user


def test_translators_edit_their_language_but_never_the_source(
    django_user_model, library
):
    translator = _translator(django_user_model, "ar")

    arabic = library["ar"].permissions_for_user(translator)
    assert arabic.can_edit() and arabic.can_publish()
    source = library["source"].permissions_for_user(translator)
    assert not source.can_edit() and not source.can_publish()
    swedish = library["sv"].permissions_for_user(translator)
    assert not swedish.can_edit()
    assert translator.has_perm("wagtail_localize.submit_translation")


def test_a_new_language_tree_opens_to_its_translators(
    django_user_model, lesson_index, locales
):
    translator = _translator(django_user_model, "fr")
    lesson = make_lesson(lesson_index)

    french = translated_lesson(lesson, locales["fr"])

    assert french.permissions_for_user(translator).can_publish()


def test_the_status_report_lists_untranslated_and_outdated_lessons(
    client, django_user_model, library, locales
):
    translator = _translator(django_user_model, "ar")
    client.force_login(translator)
    TranslationRequest.record(library["untranslated"], locales["ar"])
    source = library["source"]
    source.title = "Spokescouncil at a camp, revised"
    source.save_revision().publish()

    response = client.get("/admin/reports/translation-status/?language=ar")

    assert response.status_code == 200
    rows = {page.title: page for page in response.context["object_list"]}
    assert rows["Door-knocking script"].translation_status == "missing"
    assert rows["Door-knocking script"].requests == 1
    assert rows["Spokescouncil at a camp, revised"].translation_status == "outdated"
    assert rows["Renovräkning i miljonprogrammet"].translation_status == "missing"
    assert "مجلس المندوبين في المخيم" not in rows  # translations are not sources
    html = response.content.decode()
    assert "Translation status" in html


def test_the_status_report_can_show_up_to_date_lessons(
    client, django_user_model, library
):
    client.force_login(_translator(django_user_model, "ar"))

    response = client.get(
        "/admin/reports/translation-status/?language=ar&status=current"
    )

    titles = [page.title for page in response.context["object_list"]]
    assert titles == ["Spokescouncil at a camp"]


def test_the_status_report_is_for_translators_only(client, django_user_model):
    editor = django_user_model.objects.create_user(username="e", password="pw")
    editor.user_permissions.add(
        Permission.objects.get(
            codename="access_admin", content_type__app_label="wagtailadmin"
        )
    )
    client.force_login(editor)

    response = client.get("/admin/reports/translation-status/")

    # Wagtail turns the refusal into a redirect to the dashboard, with a message.
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


# Search in every language ----------------------------------------------


def _found(response) -> list[str]:
    return [result.title for result in response.context["results"]]


def test_a_query_in_arabic_finds_arabic_lessons(client, library):
    response = client.get("/ar/search/", {"q": "المندوبين"})

    assert _found(response) == ["مجلس المندوبين في المخيم"]
    assert _found(client.get("/en/search/", {"q": "المندوبين"})) == []


def test_search_stays_inside_the_current_language(client, library):
    english = _found(client.get("/en/search/", {"q": "Spokescouncil"}))
    swedish = _found(client.get("/sv/search/", {"q": "Talespersonsråd"}))

    assert english == ["Spokescouncil at a camp"]
    assert swedish == ["Talespersonsråd på lägret"]
    assert _found(client.get("/sv/search/", {"q": "Spokescouncil"})) == []
