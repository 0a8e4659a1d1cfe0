"""Safety reports in the admin: who may see them and what moderators may change."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from moderation.models import ConcernReport, ConcernStatus

pytestmark = pytest.mark.django_db

LIST_URL = "wagtailsnippets_moderation_concernreport:list"
EDIT_URL = "wagtailsnippets_moderation_concernreport:edit"
ADD_URL = "wagtailsnippets_moderation_concernreport:add"


def permissions(*codenames: str) -> list[Permission]:
    return list(Permission.objects.filter(codename__in=codenames))


@pytest.fixture
def moderator(django_user_model, moderators):
    moderators.permissions.add(
        *permissions("access_admin", "view_concernreport", "change_concernreport")
    )
    user = django_user_model.objects.create_user("mod", password="pw")
    user.groups.add(moderators)
    return user


@pytest.fixture
def editor(django_user_model):
    """Signed in to the admin, but not a moderator."""
    user = django_user_model.objects.create_user("editor", password="pw")
    user.user_permissions.add(*permissions("access_admin"))
    return user


@pytest.fixture
def report(lesson):
    return ConcernReport.objects.create(
        page=lesson,
        reason="faces",
        message="The banner photo shows faces.",
        contact_email="reporter@example.org",
    )


def test_moderators_see_the_listing(client, moderator, report, lesson):
    client.force_login(moderator)

    response = client.get(reverse(LIST_URL))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Safety reports" in html
    assert str(report) in html
    assert lesson.title in html
    assert "An image shows people&#x27;s faces" in html


def test_listing_is_newest_first(client, moderator, lesson):
    older = ConcernReport.objects.create(page=lesson, reason="other", message="a")
    newer = ConcernReport.objects.create(page=lesson, reason="other", message="b")
    client.force_login(moderator)

    html = client.get(reverse(LIST_URL)).content.decode()

    assert html.index(str(newer)) < html.index(str(older))


def test_listing_filters_by_status(client, moderator, lesson):
    ConcernReport.objects.create(page=lesson, reason="other", message="a")
    done = ConcernReport.objects.create(
        page=lesson, reason="other", message="b", status=ConcernStatus.RESOLVED
    )
    client.force_login(moderator)

    response = client.get(reverse(LIST_URL), {"status": "resolved"})

    assert list(response.context["object_list"]) == [done]


def test_listing_is_refused_without_permission(client, editor, report):
    client.force_login(editor)

    response = client.get(reverse(LIST_URL))

    assert response.status_code in (302, 403)
    assert "The banner photo" not in response.content.decode()


def test_listing_is_refused_to_anonymous_visitors(client, report):
    response = client.get(reverse(LIST_URL))

    assert response.status_code == 302
    assert "login" in response["Location"]


def test_moderators_change_status_but_not_what_was_sent(client, moderator, report):
    client.force_login(moderator)
    url = reverse(EDIT_URL, args=[report.pk])

    page = client.get(url)
    response = client.post(
        url,
        {
            "status": "resolved",
            "moderator_notes": "Photo replaced with an illustration.",
            "handled_by": moderator.pk,
            "message": "rewritten",
            "reason": "other",
            "contact_email": "",
        },
    )

    assert page.status_code == 200
    assert "reporter@example.org" in page.content.decode()  # shown, read-only
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == ConcernStatus.RESOLVED
    assert report.moderator_notes == "Photo replaced with an illustration."
    assert report.handled_by == moderator
    assert report.message == "The banner photo shows faces."
    assert report.reason == "faces"
    assert report.contact_email == "reporter@example.org"


def test_handled_by_offers_only_moderators(
    client, moderator, report, django_user_model, editor
):
    client.force_login(moderator)

    form = client.get(reverse(EDIT_URL, args=[report.pk])).context["form"]

    choices = set(form.fields["handled_by"].queryset)
    assert moderator in choices
    assert editor not in choices
    assert form.initial["handled_by"] == moderator.pk


def test_nobody_adds_reports_in_the_admin(client, django_user_model):
    admin = django_user_model.objects.create_superuser("root", "r@x.org", "pw")
    client.force_login(admin)

    response = client.get(reverse(ADD_URL))

    assert response.status_code in (302, 403)
    assert not ConcernReport.objects.exists()


def test_listing_query_count(client, moderator, lesson, django_assert_max_num_queries):
    for n in range(5):
        ConcernReport.objects.create(page=lesson, reason="other", message=str(n))
    client.force_login(moderator)
    client.get(reverse(LIST_URL))

    with django_assert_max_num_queries(30) as captured:
        client.get(reverse(LIST_URL))
    few = len(captured)
    for n in range(10):
        ConcernReport.objects.create(page=lesson, reason="other", message=str(n))

    with django_assert_max_num_queries(few):
        client.get(reverse(LIST_URL))


def test_view_only_moderators_can_read_a_report(client, django_user_model, report):
    reader = django_user_model.objects.create_user("reader", password="pw")
    reader.user_permissions.add(*permissions("access_admin", "view_concernreport"))
    client.force_login(reader)
    inspect = reverse(
        "wagtailsnippets_moderation_concernreport:inspect", args=[report.pk]
    )

    response = client.get(inspect)

    assert response.status_code == 200
    assert "The banner photo shows faces." in response.content.decode()
    assert client.get(reverse(EDIT_URL, args=[report.pk])).status_code in (302, 403)


def test_listing_shows_reports_whose_page_was_deleted(client, moderator, report):
    report.page.delete()
    client.force_login(moderator)

    response = client.get(reverse(LIST_URL))

    assert response.status_code == 200
    assert str(report) in response.content.decode()
