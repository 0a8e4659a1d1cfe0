"""Translation follows the reading and review rules.

wagtail-localize's own views check only the ``submit_translation`` permission.
These tests try, as a translator would, to read a restricted lesson through
them, to publish an unreviewed draft in other languages, and to open up an
original written in their language; each is refused.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from governance import roles
from governance.admin_reading import admin_user
from lessons import factories
from lessons.models import LessonCaution, LessonPage
from tests.governance.helpers import person

pytestmark = pytest.mark.django_db


def locale(code: str) -> Locale:
    return Locale.objects.get(language_code=code)


def translate(page, code: str, publish: bool = False) -> Translation:
    """Translate ``page`` into ``code`` through wagtail-localize, as its
    editor does; published at once if ``publish``."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale(code)
    )
    translation.save_target(publish=False)
    if publish:
        translated(page, code).save_revision().publish()
    return translation


def translated(page, code: str) -> LessonPage | None:
    return LessonPage.objects.filter(
        translation_key=page.translation_key, locale=locale(code)
    ).first()


@pytest.fixture
def library(home):
    return factories.LessonIndexPageFactory(parent=home)


@pytest.fixture
def people(db):
    return {
        "translator": person(
            "translator", roles.TRANSLATORS, roles.translator_group_name("ar")
        ),
        "coordinator": person("coordinator", roles.COORDINATORS),
        "contributor": person("contributor", roles.CONTRIBUTORS),
    }


@pytest.fixture
def restricted(library):
    lesson = factories.LessonPageFactory.build(
        title="Secret harbour rota 7Q",
        slug="secret-harbour-rota-7q",
        sensitivity="restricted",
        summary="Who keeps watch on which night.",
    )
    lesson.restricted_to_groups = [Group.objects.create(name="Legal team")]
    library.add_child(instance=lesson)
    lesson.cautions = [LessonCaution(risk_level="high", title="Raids at dawn")]
    lesson.save_revision().publish()
    return lesson


@pytest.fixture
def public(library):
    return factories.LessonPageFactory(
        parent=library, title="Open harbour basics", slug="open-harbour-basics"
    )


@pytest.fixture
def draft(library, people):
    lesson = factories.LessonPageFactory.build(
        title="Unreviewed eviction plan 3X",
        slug="unreviewed-eviction-plan-3x",
        live=False,
        owner=people["contributor"],
    )
    library.add_child(instance=lesson)
    lesson.save_revision(user=people["contributor"])
    return lesson


def submit_url(page) -> str:
    return reverse("wagtail_localize:submit_page_translation", args=[page.pk])


def test_a_translator_cannot_open_a_restricted_lesson_for_translation(
    client, people, restricted
):
    client.force_login(people["translator"])
    for response in (
        client.get(submit_url(restricted)),
        client.post(submit_url(restricted), {"locales": [locale("ar").pk]}),
    ):
        assert response.status_code == 404
        assert restricted.title not in response.content.decode()
        assert "Raids at dawn" not in response.content.decode()
    assert not Translation.objects.exists()


def test_a_translator_cannot_download_or_edit_a_restricted_lessons_translation(
    client, people, restricted
):
    translation = translate(restricted, "ar", publish=False)
    client.force_login(people["translator"])
    for name in ("download_pofile", "preview_translation", "stop_translation"):
        response = client.get(
            reverse(f"wagtail_localize:{name}", args=[translation.pk])
        )
        assert response.status_code == 404, name
        assert "Raids at dawn" not in response.content.decode()
    sync = reverse("wagtail_localize:update_translations", args=[translation.source_id])
    assert client.get(sync).status_code == 404
    edit = client.get(
        reverse("wagtailadmin_pages:edit", args=[translated(restricted, "ar").pk])
    )
    assert edit.status_code == 404


def test_a_draft_is_never_submitted_for_translation(client, people, draft):
    """Not even by a coordinator, who may read it: translators would work
    from (and could publish) text nobody has reviewed."""
    client.force_login(people["coordinator"])
    response = client.post(
        submit_url(draft), {"locales": [locale("sv").pk, locale("fr").pk]}
    )
    assert response.status_code == 302
    assert not TranslationSource.objects.filter(
        object_id=draft.translation_key
    ).exists()
    assert not Translation.objects.exists()
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any("Only a published page can be translated" in m for m in messages)


def test_a_translator_chooses_only_among_their_languages(client, people, public):
    client.force_login(people["translator"])
    form = client.get(submit_url(public)).context["form"]
    assert list(form.fields["locales"].queryset) == [locale("ar")]
    response = client.post(submit_url(public), {"locales": [locale("sv").pk]})
    assert response.status_code == 200
    assert response.context["form"].errors["locales"]
    assert translated(public, "sv") is None


def test_a_translator_translates_a_published_lesson_into_their_language(
    client, people, public
):
    """The rules leave the translator's own work alone."""
    client.force_login(people["translator"])
    response = client.post(submit_url(public), {"locales": [locale("ar").pk]})
    assert response.status_code == 302
    assert translated(public, "ar") is not None


def test_publishing_on_sync_is_refused_in_languages_the_translator_lacks(
    client, people, public, django_capture_on_commit_callbacks
):
    for code in ("sv", "fr", "ar"):
        translate(public, code, publish=False)
    source = TranslationSource.objects.get()
    client.force_login(people["translator"])
    # wagtail-localize publishes once the request's transaction is committed.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]),
            {"publish_translations": "on"},
        )
    assert response.status_code == 302
    for code in ("sv", "fr", "ar"):
        assert not translated(public, code).live, code
    assert (
        client.get(f"/sv/{public.get_parent().slug}/{public.slug}/").status_code == 404
    )


def test_a_translation_never_goes_live_before_its_source(
    public, django_capture_on_commit_callbacks
):
    translation = translate(public, "sv", publish=False)
    public.unpublish()
    with pytest.raises(ValidationError):
        # wagtail-localize publishes once the transaction is committed.
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(publish=True)
    assert not translated(public, "sv").live


def test_a_translation_goes_live_with_its_source(
    public, django_capture_on_commit_callbacks
):
    translation = translate(public, "sv", publish=False)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    assert translated(public, "sv").live


def arabic_original(library, **kwargs) -> LessonPage:
    """A lesson first written in Arabic, under the Arabic library."""
    arabic_library = library.copy_for_translation(locale("ar"), copy_parents=True)
    arabic_library.save_revision().publish()
    lesson = factories.LessonPageFactory(
        parent=arabic_library, locale=locale("ar"), **kwargs
    )
    return LessonPage.objects.get(pk=lesson.pk)


def test_a_translator_may_not_publish_an_original_in_their_language(
    library, people, public
):
    original = arabic_original(library, title="درس", slug="original-ar")
    translator = people["translator"]
    assert not original.permissions_for_user(translator).can_publish()
    # ... but may publish a translation of a published source.
    translate(public, "ar", publish=False)
    translation = Page.objects.get(pk=translated(public, "ar").pk)
    assert translation.permissions_for_user(translator).can_publish()


def test_who_may_read_a_published_original_is_not_the_translators_to_change(
    client, library, people
):
    """The editor shows the fields disabled (Django then ignores what is
    posted for them); the save-time rule below refuses the change anyway."""
    original = arabic_original(
        library, title="درس", slug="original-ar", sensitivity="members", anonymised=True
    )
    edit = reverse("wagtailadmin_pages:edit", args=[original.pk])
    client.force_login(people["translator"])
    form = client.get(edit).context["form"]
    for name in ("sensitivity", "restricted_to_groups", "anonymised"):
        assert form.fields[name].disabled, name
    client.force_login(people["coordinator"])
    form = client.get(edit).context["form"]
    assert not form.fields["sensitivity"].disabled


def test_the_author_of_a_new_page_decides_who_may_read_it(client, library, people):
    """Before it is first published, the contributor sets it; review and
    the coordinator's sign-off check it."""
    client.force_login(people["contributor"])
    add = reverse("wagtailadmin_pages:add", args=["lessons", "lessonpage", library.pk])
    form = client.get(add).context["form"]
    assert not form.fields["sensitivity"].disabled
    assert not form.fields["anonymised"].disabled


def test_opening_up_a_published_page_is_refused_on_save(library, people):
    """Whatever view saves it: the rule is enforced on the model's save while
    an admin request is answered."""
    original = arabic_original(
        library, title="درس", slug="original-ar", sensitivity="members", anonymised=True
    )
    token = admin_user.set(people["translator"])
    try:
        original.sensitivity = "public"
        with pytest.raises(ValidationError):
            original.save()
        original.refresh_from_db()
        original.anonymised = False
        with pytest.raises(ValidationError):
            original.save()
        original.refresh_from_db()
        original.sensitivity = "restricted"  # stricter is always allowed
        original.restricted_to_groups = [Group.objects.create(name="Readers")]
        original.save()
    finally:
        admin_user.reset(token)
    assert LessonPage.objects.get(pk=original.pk).sensitivity == "restricted"


def test_a_coordinator_may_open_up_a_published_page(library, people):
    original = arabic_original(
        library, title="درس", slug="original-ar", sensitivity="members"
    )
    token = admin_user.set(people["coordinator"])
    try:
        original.sensitivity = "public"
        original.save()
    finally:
        admin_user.reset(token)
    assert LessonPage.objects.get(pk=original.pk).sensitivity == "public"


def test_an_edit_form_names_no_page_its_editor_may_not_read(
    client, library, people, restricted
):
    """A contributor's own public lesson links to a restricted one (a
    coordinator added the lineage): the editor shows the link as hidden,
    with its id kept so that saving loses nothing."""
    from lessons.models import LessonRelatedLink

    own = factories.LessonPageFactory(
        parent=library,
        owner=people["contributor"],
        title="Open harbour basics",
        problem=f'<p>See <a linktype="page" id="{restricted.pk}">the rota</a>.</p>',
    )
    own.related_links = [LessonRelatedLink(lesson=restricted)]
    own.save_revision().publish()
    client.force_login(people["contributor"])
    response = client.get(reverse("wagtailadmin_pages:edit", args=[own.pk]))
    text = response.content.decode()
    assert response.status_code == 200
    assert restricted.title not in text
    assert restricted.slug not in text
    assert "A page you may not read" in text
    assert f'value="{restricted.pk}"' in text


def test_translations_leave_the_site_with_their_source(client, public):
    translate(public, "sv", publish=True)
    swedish = translated(public, "sv")
    assert client.get(swedish.url).status_code == 200
    public.unpublish()
    assert not translated(public, "sv").live
    assert client.get(swedish.url).status_code == 404
