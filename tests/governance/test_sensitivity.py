"""Sensitivity is kept in Wagtail's privacy settings (``PageViewRestriction``)
on a page, its translations and its aliases; changes are in the page history;
documents follow their page; consent is needed before people can be
recognised in public."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.log_actions import LogContext
from wagtail.models import Locale, PageLogEntry, PageViewRestriction

from lessons import factories
from lessons.models import LessonDocument, LessonPage
from tests.lessons.helpers import lesson_form_data, make_lesson

pytestmark = pytest.mark.django_db


@pytest.fixture
def legal_team():
    return Group.objects.create(name="Legal team")


@pytest.fixture
def swedish(locale):
    return Locale.objects.get_or_create(language_code="sv")[0]


def restrictions(page) -> list[tuple[str, list[str]]]:
    return [
        (restriction.restriction_type, sorted(g.name for g in restriction.groups.all()))
        for restriction in PageViewRestriction.objects.filter(page=page)
    ]


def set_readers(page, sensitivity, groups=()):
    page.sensitivity = sensitivity
    page.restricted_to_groups = list(groups)
    page.save_revision().publish()
    page.refresh_from_db()


def test_public_lessons_have_no_restriction(lesson_index):
    lesson = make_lesson(lesson_index)
    assert restrictions(lesson) == []


def test_members_lessons_need_a_login(lesson_index):
    lesson = make_lesson(lesson_index, sensitivity="members")
    assert restrictions(lesson) == [("login", [])]


def test_restricted_lessons_are_restricted_to_their_groups(lesson_index, legal_team):
    lesson = make_lesson(lesson_index, sensitivity="restricted", groups=[legal_team])
    assert restrictions(lesson) == [("groups", ["Legal team"])]


def test_publishing_a_change_updates_the_restriction(lesson_index, legal_team):
    lesson = make_lesson(lesson_index)
    set_readers(lesson, "restricted", [legal_team])
    assert restrictions(lesson) == [("groups", ["Legal team"])]

    set_readers(lesson, "public")
    assert restrictions(lesson) == []


def test_a_draft_change_waits_for_publishing(lesson_index, legal_team):
    lesson = make_lesson(lesson_index)
    lesson.sensitivity = "members"
    lesson.save_revision()
    assert restrictions(lesson) == []
    assert LessonPage.objects.get(pk=lesson.pk).sensitivity == "public"


def test_resources_are_kept_in_sync_too(resource_index):
    resource = factories.ResourcePageFactory(parent=resource_index)
    set_readers(resource, "members")
    assert restrictions(resource) == [("login", [])]


def test_wagtail_itself_refuses_a_restricted_lesson(client, lesson_index, legal_team):
    lesson = make_lesson(lesson_index, sensitivity="restricted", groups=[legal_team])
    response = client.get(lesson.url)
    # Wagtail's privacy check answers before the page does: sign in first.
    assert response.status_code == 302
    assert "login" in response.url
    assert lesson.title not in response.content.decode()


def test_translations_follow_the_original(lesson_index, swedish, legal_team):
    lesson = make_lesson(lesson_index)
    translation = lesson.copy_for_translation(swedish, copy_parents=True)
    translation.save_revision().publish()

    set_readers(lesson, "restricted", [legal_team])

    translation.refresh_from_db()
    assert translation.sensitivity == "restricted"
    assert list(translation.restricted_to_groups.all()) == [legal_team]
    assert restrictions(translation) == [("groups", ["Legal team"])]


def test_a_stale_translation_cannot_open_up_the_original(
    lesson_index, swedish, legal_team
):
    lesson = make_lesson(lesson_index)
    translation = lesson.copy_for_translation(swedish, copy_parents=True)
    translation.save_revision().publish()
    stale = translation.get_latest_revision_as_object()  # still says "public"
    set_readers(lesson, "restricted", [legal_team])

    stale.save_revision().publish()

    lesson.refresh_from_db()
    translation.refresh_from_db()
    assert lesson.sensitivity == translation.sensitivity == "restricted"
    assert restrictions(translation) == [("groups", ["Legal team"])]
    assert restrictions(lesson) == [("groups", ["Legal team"])]


def test_aliases_follow_the_original(lesson_index, home):
    other_index = factories.LessonIndexPageFactory(parent=home, slug="elsewhere")
    lesson = make_lesson(lesson_index)
    alias = lesson.create_alias(parent=other_index, update_slug="alias-copy")

    set_readers(lesson, "members")

    alias.refresh_from_db()
    assert alias.specific.sensitivity == "members"
    assert restrictions(alias) == [("login", [])]


def test_the_change_is_logged_with_who_and_when(admin_user, lesson_index, legal_team):
    lesson = make_lesson(lesson_index)
    with LogContext(user=admin_user):
        set_readers(lesson, "restricted", [legal_team])

    entry = PageLogEntry.objects.get(page=lesson, action="lessons.sensitivity")
    assert entry.user == admin_user
    assert entry.timestamp is not None
    assert entry.data == {
        "from": "public",
        "to": "restricted",
        "groups": ["Legal team"],
    }
    assert "Legal team" in entry.message


def test_the_history_page_shows_the_change(
    client, admin_user, lesson_index, legal_team
):
    lesson = make_lesson(lesson_index)
    with LogContext(user=admin_user):
        set_readers(lesson, "members")
    client.force_login(admin_user)
    response = client.get(f"/admin/pages/{lesson.pk}/history/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Who can read it" in html


def test_nothing_is_logged_when_readers_stay_the_same(lesson_index):
    lesson = make_lesson(lesson_index)
    lesson.title = "A clearer title"
    lesson.save_revision().publish()
    assert not PageLogEntry.objects.filter(action="lessons.sensitivity").exists()


# Documents ------------------------------------------------------------------


@pytest.fixture
def handout():
    document = get_document_model()(title="rota-anna-svensson.pdf")
    document.file.save("rota-anna-svensson.pdf", ContentFile(b"%PDF-1.4 rota"))
    document.save()
    return document


def attach(lesson, document):
    lesson.documents = [LessonDocument(document=document)]
    lesson.save_revision().publish()
    lesson.refresh_from_db()


def test_an_anonymised_lesson_hides_the_file_name(client, lesson_index, handout):
    lesson = make_lesson(lesson_index, anonymised=True)
    attach(lesson, handout)

    html = client.get(lesson.url).content.decode()
    assert "anna" not in html.lower()
    assert "Document 1" in html

    download = client.get(f"{lesson.url}documents/1/")
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == b"%PDF-1.4 rota"
    disposition = download["Content-Disposition"]
    assert "anna" not in disposition.lower()
    assert f"{lesson.slug}-1.pdf" in disposition


def test_a_named_lesson_keeps_the_file_name(client, lesson_index, handout):
    lesson = make_lesson(lesson_index)
    attach(lesson, handout)
    download = client.get(f"{lesson.url}documents/1/")
    assert "rota-anna-svensson.pdf" in download["Content-Disposition"]


def test_a_missing_document_number_is_not_found(client, lesson_index, handout):
    lesson = make_lesson(lesson_index)
    attach(lesson, handout)
    assert client.get(f"{lesson.url}documents/2/").status_code == 404
    assert client.get(f"{lesson.url}documents/0/").status_code == 404


def test_an_anonymised_resource_hides_the_file_name(client, resource_index, handout):
    resource = factories.ResourcePageFactory(
        parent=resource_index, anonymised=True, document=handout
    )
    html = client.get(resource.url).content.decode()
    assert "anna" not in html.lower()
    download = client.get(f"{resource.url}download/")
    assert "anna" not in download["Content-Disposition"].lower()


def test_documents_of_restricted_lessons_stay_restricted(
    client, member, lesson_index, legal_team, handout
):
    lesson = make_lesson(lesson_index, sensitivity="restricted", groups=[legal_team])
    attach(lesson, handout)

    assert client.get(handout.url).status_code == 404
    assert client.get(f"{lesson.url}documents/1/").status_code in (302, 404)
    client.force_login(member)
    assert client.get(handout.url).status_code == 404

    member.groups.add(legal_team)
    response = client.get(handout.url)
    assert response.status_code == 200


def test_a_document_also_used_publicly_stays_available(
    client, lesson_index, legal_team, handout
):
    restricted = make_lesson(
        lesson_index, sensitivity="restricted", groups=[legal_team]
    )
    attach(restricted, handout)
    public = make_lesson(lesson_index)
    attach(public, handout)
    assert client.get(handout.url).status_code == 200


# Consent --------------------------------------------------------------------


def test_publishing_without_consent_is_refused(lesson_index):
    lesson = factories.LessonPageFactory.build(
        identifiable_people=True, consent_confirmed=False
    )
    lesson.live = False
    lesson_index.add_child(instance=lesson)
    with pytest.raises(ValidationError) as error:
        lesson.save_revision().publish()
    assert "consent_confirmed" in error.value.message_dict
    assert not LessonPage.objects.get(pk=lesson.pk).live


def test_publishing_with_consent_works(lesson_index):
    lesson = factories.LessonPageFactory.build(
        identifiable_people=True, consent_confirmed=True
    )
    lesson.live = False
    lesson_index.add_child(instance=lesson)
    lesson.save_revision().publish()
    assert LessonPage.objects.get(pk=lesson.pk).live


@pytest.mark.parametrize("action", ["action-publish", "action-submit"])
def test_the_editor_explains_the_missing_consent(
    client, admin_user, lesson_index, action
):
    client.force_login(admin_user)
    response = client.post(
        f"/admin/pages/add/lessons/lessonpage/{lesson_index.pk}/",
        lesson_form_data(identifiable_people="on", **{action: "1"}),
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == ["consent_confirmed"]
    assert "agreed" in errors["consent_confirmed"][0]
    assert not LessonPage.objects.filter(slug="night-shifts").exists()


def test_a_draft_may_be_saved_before_consent_is_collected(
    client, admin_user, lesson_index
):
    client.force_login(admin_user)
    response = client.post(
        f"/admin/pages/add/lessons/lessonpage/{lesson_index.pk}/",
        lesson_form_data(identifiable_people="on"),
    )
    assert response.status_code == 302, response.context["form"].errors
    assert not LessonPage.objects.get(slug="night-shifts").live


def test_rich_text_links_a_document_by_number(client, lesson_index, handout):
    lesson = factories.LessonPageFactory(
        parent=lesson_index,
        anonymised=True,
        problem=f'<p>See <a linktype="document" id="{handout.pk}">the rota</a>.</p>',
    )
    html = client.get(lesson.url).content.decode()
    assert f'href="/documents/{handout.pk}/"' in html

    download = client.get(f"/documents/{handout.pk}/")
    assert download.status_code == 200
    assert f"document-{handout.pk}.pdf" in download["Content-Disposition"]
    assert "anna" not in download["Content-Disposition"].lower()


def test_a_numbered_document_link_keeps_its_page_rules(
    client, lesson_index, legal_team, handout
):
    make_lesson(
        lesson_index,
        sensitivity="restricted",
        groups=[legal_team],
        problem=f'<p><a linktype="document" id="{handout.pk}">rota</a></p>',
    )
    # Django's LocaleMiddleware retries a "not found" under /en/, which is
    # not found either.
    response = client.get(f"/documents/{handout.pk}/", follow=True)
    assert response.status_code == 404
    assert b"%PDF" not in response.content


def test_the_editor_creates_a_restricted_lesson(client, admin_user, lesson_index):
    legal_team = Group.objects.create(name="Legal team")
    data = lesson_form_data(sensitivity="restricted", **{"action-publish": "1"})
    data["restricted_to_groups"] = [str(legal_team.pk)]
    client.force_login(admin_user)

    response = client.post(
        f"/admin/pages/add/lessons/lessonpage/{lesson_index.pk}/", data
    )

    assert response.status_code == 302
    lesson = LessonPage.objects.get(slug="night-shifts")
    assert lesson.live
    assert list(lesson.restricted_to_groups.all()) == [legal_team]
    assert restrictions(lesson) == [("groups", ["Legal team"])]


def test_the_editor_asks_for_readers_of_a_restricted_lesson(
    client, admin_user, lesson_index
):
    client.force_login(admin_user)
    response = client.post(
        f"/admin/pages/add/lessons/lessonpage/{lesson_index.pk}/",
        lesson_form_data(sensitivity="restricted", **{"action-publish": "1"}),
    )
    assert response.status_code == 200
    assert "restricted_to_groups" in response.context["form"].errors
    assert not LessonPage.objects.filter(slug="night-shifts").exists()


def test_an_anonymised_lessons_image_has_no_title_as_alt_text(client, lesson_index):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    # Without a description, Wagtail falls back on the title for alt text.
    image = get_image_model().objects.create(
        title="Anna Svensson at the blockade", file=get_test_image_file()
    )
    named = make_lesson(lesson_index, hero_image=image)
    anonymous = make_lesson(lesson_index, hero_image=image, anonymised=True)

    assert 'alt="Anna Svensson' in client.get(named.url).content.decode()
    html = client.get(anonymous.url).content.decode()
    assert "Anna" not in html
    assert 'alt=""' in html


def test_a_draft_of_an_unpublished_original_leaves_translations_alone(
    lesson_index, swedish, legal_team
):
    lesson = make_lesson(lesson_index, sensitivity="restricted", groups=[legal_team])
    translation = lesson.copy_for_translation(swedish, copy_parents=True)
    translation.save_revision().publish()
    lesson.unpublish()
    lesson.refresh_from_db()

    # Wagtail writes drafts of an unpublished page into its own row.
    lesson.sensitivity = "public"
    lesson.restricted_to_groups = []
    lesson.save()

    translation.refresh_from_db()
    assert translation.sensitivity == "restricted"
    assert restrictions(translation) == [("groups", ["Legal team"])]


def test_a_scheduled_publication_waits_until_it_goes_live(
    lesson_index, swedish, legal_team
):
    import datetime

    from django.utils import timezone

    lesson = make_lesson(lesson_index, sensitivity="restricted", groups=[legal_team])
    translation = lesson.copy_for_translation(swedish, copy_parents=True)
    translation.save_revision().publish()
    lesson.unpublish()
    lesson.refresh_from_db()
    lesson.sensitivity = "public"
    lesson.go_live_at = timezone.now() + datetime.timedelta(days=7)
    lesson.save_revision().publish()

    translation.refresh_from_db()
    assert translation.sensitivity == "restricted"
    assert restrictions(translation) == [("groups", ["Legal team"])]


def test_a_document_no_live_page_uses_is_not_public(client, handout):
    response = client.get(f"/documents/{handout.pk}/", follow=True)
    assert response.status_code == 404
    assert client.get(handout.url, follow=True).status_code == 404


def test_a_document_waiting_in_a_draft_is_not_public(client, lesson_index, handout):
    lesson = make_lesson(lesson_index)
    lesson.documents = [LessonDocument(document=handout)]
    lesson.save_revision()  # submitted for review, not published
    assert client.get(f"/documents/{handout.pk}/", follow=True).status_code == 404


def test_contributors_cannot_download_others_restricted_documents(
    client, lesson_index, legal_team, handout
):
    from governance.roles import CONTRIBUTORS

    from .helpers import person

    lesson = make_lesson(lesson_index, sensitivity="restricted", groups=[legal_team])
    attach(lesson, handout)
    client.force_login(person("someone", CONTRIBUTORS))
    assert client.get(handout.url, follow=True).status_code == 404
    assert client.get(f"/documents/{handout.pk}/", follow=True).status_code == 404


def test_the_uploader_and_coordinators_can_download_it(
    client, lesson_index, legal_team
):
    from governance.roles import CONTRIBUTORS, COORDINATORS

    from .helpers import person

    uploader = person("uploader", CONTRIBUTORS)
    document = get_document_model()(title="Rota", uploaded_by_user=uploader)
    document.file.save("rota.pdf", ContentFile(b"%PDF-1.4 rota"))
    document.save()
    lesson = make_lesson(lesson_index, sensitivity="restricted", groups=[legal_team])
    attach(lesson, document)

    for user in (uploader, person("coordinator", COORDINATORS)):
        client.force_login(user)
        assert client.get(f"/documents/{document.pk}/").status_code == 200


def test_signed_in_outsiders_get_not_found_on_group_private_pages(
    client, member, home, legal_team
):
    from engagement import factories as engagement_factories

    index = engagement_factories.MovementIndexPageFactory(parent=home)
    restriction = PageViewRestriction.objects.create(
        page=index, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([legal_team])
    client.force_login(member)
    assert client.get(index.url).status_code == 404
    member.groups.add(legal_team)
    assert client.get(index.url).status_code == 200


def test_a_privacy_setting_made_by_hand_also_hides_a_lesson_from_listings(
    client, lesson_index
):
    lesson = make_lesson(lesson_index, title="Hidden after a report")
    PageViewRestriction.objects.create(
        page=lesson, restriction_type=PageViewRestriction.LOGIN
    )
    assert "Hidden after a report" not in client.get(lesson_index.url).content.decode()
    assert client.get(lesson.url).status_code == 302


def test_the_admin_explorer_and_chooser_hide_restricted_titles(
    client, lesson_index, legal_team
):
    from governance.roles import CONTRIBUTORS, COORDINATORS

    from .helpers import person

    make_lesson(
        lesson_index,
        title="Secret safehouse rota",
        sensitivity="restricted",
        groups=[legal_team],
    )
    make_lesson(lesson_index, title="Open lesson")
    contributor = person("someone", CONTRIBUTORS)
    client.force_login(contributor)
    for address in (
        f"/admin/pages/{lesson_index.pk}/",
        f"/admin/choose-page/{lesson_index.pk}/",
        "/admin/pages/search/?q=lesson",
        "/admin/pages/search/?q=safehouse",
    ):
        html = client.get(address).content.decode()
        assert "Secret safehouse rota" not in html, address
    assert (
        "Open lesson" in client.get(f"/admin/pages/{lesson_index.pk}/").content.decode()
    )
    assert "Open lesson" in client.get("/admin/pages/search/?q=lesson").content.decode()

    contributor.groups.add(legal_team)
    html = client.get(f"/admin/pages/{lesson_index.pk}/").content.decode()
    assert "Secret safehouse rota" in html

    client.force_login(person("coordinator", COORDINATORS))
    html = client.get(f"/admin/pages/{lesson_index.pk}/").content.decode()
    assert "Secret safehouse rota" in html
