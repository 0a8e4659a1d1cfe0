"""A member's own pages: home, settings, the data export and deleting the
account (keeping or removing published contributions, all or nothing)."""

from __future__ import annotations

import json

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale, Page, Revision

from engagement import factories as engagement
from lessons import factories
from lessons.models import LessonAuthor, LessonPage
from members.account import services
from members.account.services import delete_member, export_member
from members.models import (
    AccessToken,
    Member,
    Notification,
    NotificationKind,
    PathProgress,
    Rsvp,
    RsvpStatus,
    SavedItem,
    SavedList,
    StepDone,
    Submission,
    SubmissionStatus,
)
from tests.adoption_helpers import make_report
from tests.governance.conftest import make_restricted

pytestmark = pytest.mark.django_db

PASSWORD = "pw"
NAME = "Red Rose"


@pytest.fixture
def rosa(django_user_model):
    user = django_user_model.objects.create_user(
        username="rosa", password=PASSWORD, email="rosa@example.org"
    )
    Member.objects.filter(user=user).update(display_name=NAME, language="en")
    EmailAddress.objects.create(
        user=user, email="rosa@example.org", verified=True, primary=True
    )
    return user


# --- home and settings -------------------------------------------------------


def test_home_asks_anonymous_visitors_to_sign_in(client):
    response = client.get("/en/my/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=/en/my/")


def test_home_links_every_members_page_in_the_current_language(client, rosa):
    client.force_login(rosa)
    page = client.get("/sv/my/").content.decode()
    for path in ("library", "learning", "events", "contributions", "notifications"):
        assert f'href="/sv/my/{path}/"' in page
    assert 'href="/sv/my/account/"' in page


def test_home_leaves_out_a_feature_that_is_not_there(client, rosa, monkeypatch):
    from members.account import views

    monkeypatch.setattr(
        views, "HOME_LINKS", (*views.HOME_LINKS, ("members:nowhere", "X", "Y"))
    )
    client.force_login(rosa)
    assert client.get("/en/my/").status_code == 200


def test_settings_change_the_display_name_and_emails(client, rosa):
    client.force_login(rosa)
    response = client.post(
        "/en/my/account/", {"display_name": "Rosa", "email_notifications": ""}
    )
    assert response.status_code == 302
    member = Member.objects.get(user=rosa)
    assert member.display_name == "Rosa"
    assert member.email_notifications is False


def test_settings_show_the_trust_level_and_links(client, rosa):
    client.force_login(rosa)
    page = client.get("/en/my/account/").content.decode()
    assert "new member" in page
    assert "2 contributions for review a day" in page
    assert "wait for a moderator" in page
    for url in ("/accounts/email/", "/accounts/password/change/", "/accounts/2fa/"):
        assert f'href="{url}"' in page
    assert 'href="/en/my/account/export/"' in page
    assert 'href="/en/my/account/delete/"' in page


# --- export ------------------------------------------------------------------


def build_data(user, n: int, lesson_index, path_index, event_index) -> dict:
    lessons = [factories.LessonPageFactory(parent=lesson_index) for _ in range(n)]
    paths = [factories.LearningPathPageFactory(parent=path_index) for _ in range(n)]
    events = [engagement.EventPageFactory(parent=event_index) for _ in range(n)]
    for i in range(n):
        saved = SavedList.objects.create(owner=user, name=f"List {i}")
        for lesson in lessons:
            SavedItem.objects.create(saved_list=saved, page=lesson)
        progress = PathProgress.objects.create(member=user, path=paths[i])
        StepDone.objects.create(progress=progress, page=lessons[i])
        Rsvp.objects.create(member=user, event=events[i], status=RsvpStatus.GOING)
        Submission.objects.create(
            member=user, kind="lesson", title=f"Draft {i}", data={"problem": "x"}
        )
        Notification.objects.create(
            member=user, kind=NotificationKind.PUBLISHED, page=lessons[i]
        )
        AccessToken.objects.create(member=user, label=f"Phone {i}", digest=f"d{i}")
        make_report(lessons[i], user, signals=2, status="submitted")
    return {"lessons": lessons}


@pytest.mark.parametrize("n", [1, 5])
def test_export_has_a_fixed_query_count(
    rosa, n, lesson_index, path_index, home, django_assert_max_num_queries
):
    event_index = engagement.EventIndexPageFactory(parent=home)
    build_data(rosa, n, lesson_index, path_index, event_index)
    # 16, two for adoption reports and their signals, two for mentoring
    # profiles and pairings, two for discussion posts and reports.
    with django_assert_max_num_queries(22):
        data = export_member(rosa)
    assert len(data["lists"]) == n
    assert all(len(saved["items"]) == n for saved in data["lists"])
    assert len(data["learning"]) == len(data["rsvps"]) == n
    assert len(data["submissions"]) == len(data["notifications"]) == n
    assert len(data["adoption_reports"]) == n
    assert all(len(report["signals"]) == 2 for report in data["adoption_reports"])


def test_export_holds_everything_but_secrets(rosa, lesson_index, path_index, home):
    event_index = engagement.EventIndexPageFactory(parent=home)
    built = build_data(rosa, 1, lesson_index, path_index, event_index)
    data = export_member(rosa)
    lesson = built["lessons"][0]
    assert data["username"] == "rosa"
    assert data["email_addresses"] == [
        {"email": "rosa@example.org", "verified": True, "primary": True}
    ]
    assert data["date_joined"]
    assert data["profile"]["display_name"] == NAME
    assert data["lists"][0]["items"][0]["page"]["title"] == lesson.title
    assert data["lists"][0]["items"][0]["page"]["url"].endswith(lesson.url)
    assert data["submissions"][0]["data"] == {"problem": "x"}
    assert data["api_tokens"][0]["label"] == "Phone 0"
    text = json.dumps(data)
    assert "d0" not in {t.get("digest") for t in data["api_tokens"]}
    assert Member.objects.get(user=rosa).calendar_token not in text


def test_export_leaves_out_pages_the_member_may_no_longer_read(rosa, lesson_index):
    secret = make_restricted(lesson_index, Group.objects.create(name="Legal"))
    secret.title = "Safe houses"
    secret.save_revision().publish()
    saved = SavedList.objects.create(owner=rosa, name="Mine")
    SavedItem.objects.create(saved_list=saved, page=secret)
    Notification.objects.create(
        member=rosa, kind=NotificationKind.PUBLISHED, page=secret
    )
    data = export_member(rosa)
    assert "Safe houses" not in json.dumps(data)
    assert data["lists"][0]["items"] == []
    assert data["notifications"][0]["page"] is None


def test_export_downloads_a_private_json_file(client, rosa):
    client.force_login(rosa)
    response = client.get("/en/my/account/export/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith("attachment;")
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    assert json.loads(response.content)["username"] == "rosa"


def test_export_asks_anonymous_visitors_to_sign_in(client):
    assert client.get("/en/my/account/export/").status_code == 302


# --- delete ------------------------------------------------------------------


@pytest.fixture
def contribution(rosa, lesson_index):
    """Rosa's published lesson, credited to her display name and to a
    co-author, with a Swedish translation."""
    lesson = factories.LessonPageFactory(parent=lesson_index, title="Night shifts")
    lesson.owner = rosa
    LessonAuthor.objects.create(page=lesson, name=NAME)
    LessonAuthor.objects.create(page=lesson, name="Depot crew")
    lesson.save_revision(user=rosa).publish()
    sv = Locale.objects.get_or_create(language_code="sv")[0]
    translation = lesson.copy_for_translation(sv, copy_parents=True)
    translation.save_revision(user=rosa).publish()
    Submission.objects.create(
        member=rosa,
        kind="lesson",
        title="Night shifts",
        page=lesson,
        status=SubmissionStatus.PUBLISHED,
    )
    Submission.objects.create(member=rosa, kind="lesson", title="Half-written")
    return lesson, translation


def delete(client, user, **data):
    client.force_login(user)
    return client.post("/en/my/account/delete/", {"password": PASSWORD, **data})


def names(page) -> list[str]:
    return sorted(LessonAuthor.objects.filter(page=page).values_list("name", flat=True))


def test_delete_needs_the_password(client, rosa):
    response = delete(client, rosa, password="wrong", contributions="keep")
    assert response.status_code == 400
    assert get_user_model().objects.filter(pk=rosa.pk).exists()


def test_deleting_keeps_published_contributions_by_a_former_member(
    client, rosa, contribution
):
    lesson, translation = contribution
    response = delete(client, rosa, contributions="keep")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session
    assert not get_user_model().objects.filter(username="rosa").exists()
    assert not Submission.objects.exists()
    lesson = LessonPage.objects.get(pk=lesson.pk)
    assert lesson.live and lesson.owner is None
    assert names(lesson) == ["Depot crew", "a former member"]
    assert "Depot crew" in names(translation) and NAME not in names(translation)
    assert not Revision.page_revisions.filter(
        object_id=str(lesson.pk), user__isnull=False
    ).exists()
    for revision in Revision.page_revisions.filter(object_id=str(lesson.pk)):
        assert NAME not in json.dumps(revision.content)


def test_former_member_is_said_in_the_pages_language(rosa, contribution, monkeypatch):
    lesson, translation = contribution
    said = []

    def fake_gettext(message):
        from django.utils.translation import get_language

        said.append(get_language())
        return f"{message} ({get_language()})"

    monkeypatch.setattr(services, "gettext", fake_gettext)
    delete_member(rosa, keep_contributions=True)
    assert names(lesson) == ["Depot crew", "a former member (en)"]
    assert names(translation) == ["Depot crew", "a former member (sv)"]


def test_deleting_can_remove_published_contributions(client, rosa, contribution):
    lesson, translation = contribution
    delete(client, rosa, contributions="remove")
    assert not Page.objects.filter(pk__in=[lesson.pk, translation.pk]).exists()
    assert not get_user_model().objects.filter(username="rosa").exists()


def test_contributions_in_review_always_go(rosa, lesson_index):
    waiting = factories.LessonPageFactory(parent=lesson_index, live=False)
    Submission.objects.create(
        member=rosa,
        kind="lesson",
        title="t",
        page=waiting,
        status=SubmissionStatus.IN_REVIEW,
    )
    delete_member(rosa, keep_contributions=True)
    assert not Page.objects.filter(pk=waiting.pk).exists()


def test_an_error_half_way_leaves_everything_as_it_was(
    client, rosa, contribution, monkeypatch
):
    lesson, translation = contribution

    def broken(self, *args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(get_user_model(), "delete", broken)
    with pytest.raises(RuntimeError):
        delete_member(rosa, keep_contributions=True)
    assert names(lesson) == ["Depot crew", NAME]
    assert names(translation) == ["Depot crew", NAME]
    assert Submission.objects.filter(member=rosa).count() == 2
    assert get_user_model().objects.filter(pk=rosa.pk).exists()

    with pytest.raises(RuntimeError):
        delete_member(rosa, keep_contributions=False)
    assert Page.objects.filter(pk__in=[lesson.pk, translation.pk]).count() == 2


@pytest.mark.parametrize("n", [1, 5])
@pytest.mark.parametrize(
    "url", ["/en/my/", "/en/my/account/", "/en/my/account/delete/"]
)
def test_members_pages_have_a_fixed_query_count(
    client, rosa, home, n, url, django_assert_max_num_queries
):
    for _ in range(n):
        Notification.objects.create(member=rosa, kind=NotificationKind.PUBLISHED)
        Submission.objects.create(member=rosa, kind="lesson", title="t")
    client.force_login(rosa)
    client.get(url)  # the site's root paths are cached after the first page
    with django_assert_max_num_queries(14):
        assert client.get(url).status_code == 200


def test_the_delete_page_says_what_happens_and_defaults_to_keeping(client, rosa):
    client.force_login(rosa)
    response = client.get("/en/my/account/delete/")
    assert response.context["form"]["contributions"].value() == "keep"
    assert b'autocomplete="current-password"' in response.content
