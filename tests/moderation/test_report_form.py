"""Report a safety concern: who may open the form, what it saves, what it says."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import PageViewRestriction

from lessons import factories
from moderation.models import ConcernReport, ConcernStatus
from tests.lessons.helpers import make_lesson

from .helpers import report_data, report_url

pytestmark = pytest.mark.django_db

SECRET_TITLE = "Safe house rota for the northern district"


# Who may open the form -------------------------------------------------------


def test_form_opens_for_a_public_lesson(client, lesson):
    response = client.get(report_url(lesson))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Report a safety concern" in html
    assert lesson.title in html
    assert f'href="{lesson.url}"' in html
    assert '<meta name="robots" content="noindex">' in html
    assert 'name="csrfmiddlewaretoken"' in html


def test_form_opens_for_a_public_resource(client, resource_index):
    resource = factories.ResourcePageFactory(parent=resource_index, title="Zine")

    response = client.get(report_url(resource))

    assert response.status_code == 200
    assert "Zine" in response.content.decode()


def test_form_opens_for_other_live_pages(client, lesson_index):
    assert client.get(report_url(lesson_index)).status_code == 200


def test_restricted_lesson_answers_404_without_its_title(client, lesson_index):
    secret = make_lesson(lesson_index, title=SECRET_TITLE, sensitivity="restricted")

    for response in (
        client.get(report_url(secret)),
        client.post(report_url(secret), report_data()),
    ):
        assert response.status_code == 404
        assert SECRET_TITLE not in response.content.decode()
    assert not ConcernReport.objects.exists()


def test_restricted_lesson_opens_for_its_group(client, lesson_index, member):
    circle = Group.objects.create(name="Security circle")
    member.groups.add(circle)
    secret = make_lesson(
        lesson_index, title=SECRET_TITLE, sensitivity="restricted", groups=[circle]
    )
    client.force_login(member)

    response = client.get(report_url(secret))

    assert response.status_code == 200
    assert SECRET_TITLE in response.content.decode()


def test_members_lesson_answers_404_to_anonymous_visitors(client, lesson_index):
    lesson = make_lesson(lesson_index, title=SECRET_TITLE, sensitivity="members")

    response = client.get(report_url(lesson))

    assert response.status_code == 404
    assert SECRET_TITLE not in response.content.decode()


def test_members_lesson_opens_for_signed_in_members(client, lesson_index, member):
    lesson = make_lesson(lesson_index, title="For members", sensitivity="members")
    client.force_login(member)

    assert client.get(report_url(lesson)).status_code == 200


def test_draft_answers_404(client, lesson_index):
    draft = make_lesson(lesson_index, title=SECRET_TITLE)
    draft.unpublish()

    response = client.get(report_url(draft))

    assert response.status_code == 404
    assert SECRET_TITLE not in response.content.decode()


def test_unknown_page_answers_404(client, home):
    assert client.get(report_url(999_999)).status_code == 404


def test_tree_root_answers_404(client, home):
    assert client.get(report_url(home.get_parent())).status_code == 404


def test_page_in_a_private_section_answers_404(client, lesson_index):
    lesson = make_lesson(lesson_index, title=SECRET_TITLE)
    PageViewRestriction.objects.create(
        page=lesson_index, restriction_type=PageViewRestriction.LOGIN
    )

    response = client.get(report_url(lesson))

    assert response.status_code == 404
    assert SECRET_TITLE not in response.content.decode()


def test_form_query_count(client, lesson, django_assert_max_num_queries):
    client.get(report_url(lesson))  # warm the site root cache

    # The page (2), its privacy sections (2); the site and navigation for base.html.
    with django_assert_max_num_queries(8):
        response = client.get(report_url(lesson))

    assert response.status_code == 200


# The form --------------------------------------------------------------------


def test_form_is_accessible(client, lesson):
    html = client.get(report_url(lesson)).content.decode()

    # Every visible field has a label; required and optional are said in words.
    assert '<label class="form-field__label" for="id_message">' in html
    assert '<label class="form-field__label" for="id_contact_email">' in html
    assert "<legend" in html and "(required)" in html and "(optional)" in html
    # Help text is tied to its field.
    assert 'aria-describedby="id_message_helptext"' in html
    assert 'id="id_message_helptext"' in html
    # No inline styles or scripts (the Content-Security-Policy forbids them).
    assert "style=" not in html
    assert "<script>" not in html


def test_honeypot_is_hidden_from_people(client, lesson):
    html = client.get(report_url(lesson)).content.decode()

    assert '<div class="form-honeypot" aria-hidden="true">' in html
    assert "Leave this field empty" in html
    assert 'tabindex="-1"' in html
    assert 'autocomplete="off"' in html
    assert "css/forms.css" in html


def test_valid_report_is_saved_and_redirects(client, lesson):
    response = client.post(
        report_url(lesson), report_data(contact_email="me@example.org")
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("moderation:thanks")
    report = ConcernReport.objects.get()
    assert report.page_id == lesson.pk
    assert report.reason == "person"
    assert report.message.startswith("The second photo")
    assert report.contact_email == "me@example.org"
    assert report.status == ConcernStatus.NEW
    assert report.language == "en"
    assert report.handled_by is None


def test_thank_you_page(client, lesson):
    response = client.post(report_url(lesson), report_data(), follow=True)

    assert response.status_code == 200
    assert "Thank you for your report" in response.content.decode()
    assert "moderators" in response.content.decode()


def test_line_breaks_count_as_one_character(client, lesson):
    message = ("x" * 9 + "\r\n") * 200  # 2,000 characters as the browser counts

    response = client.post(report_url(lesson), report_data(message=message))

    assert response.status_code == 302
    assert len(ConcernReport.objects.get().message) <= 2000


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"message": "   "}, "message", "Tell us what is wrong"),
        ({"message": "a" * 2001}, "message", "at most 2000 characters (it has 2001)"),
        ({"contact_email": "not an address"}, "contact_email", "name@example.org"),
        ({"reason": "gossip"}, "reason", "Choose one of the reasons in the list."),
        ({"reason": ""}, "reason", "Choose the reason closest to your concern."),
    ],
)
def test_invalid_report_shows_messages_and_saves_nothing(
    client, lesson, overrides, field, message
):
    data = report_data(**overrides)

    response = client.post(report_url(lesson), data)

    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert 'class="error-summary" role="alert"' in html
    anchor = "id_reason_0" if field == "reason" else f"id_{field}"
    assert f'href="#{anchor}"' in html
    assert f'id="id_{field}_error"' in html
    assert "<title>Error:" in html
    assert not ConcernReport.objects.exists()


def test_invalid_report_keeps_the_input(client, lesson):
    data = report_data(contact_email="not an address", reason="location")

    html = client.post(report_url(lesson), data).content.decode()

    assert "The second photo shows a volunteer&#x27;s face" in html
    assert 'value="not an address"' in html
    assert re.search(r'<input type="radio"[^>]*value="location"[^>]*checked', html)
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_contact_email_helptext id_contact_email_error"' in (
        html
    )


def test_filled_honeypot_looks_like_success_and_saves_nothing(client, lesson):
    real = client.post(report_url(lesson), report_data())
    ConcernReport.objects.all().delete()

    trapped = client.post(report_url(lesson), report_data(website="http://spam"))

    assert trapped.status_code == real.status_code == 302
    assert trapped["Location"] == real["Location"]
    assert not ConcernReport.objects.exists()


def test_filled_honeypot_with_invalid_data_still_looks_like_success(client, lesson):
    response = client.post(
        report_url(lesson), report_data(message="", website="http://spam")
    )

    assert response.status_code == 302
    assert not ConcernReport.objects.exists()


def test_report_survives_the_page_being_deleted(client, lesson):
    client.post(report_url(lesson), report_data())

    lesson.delete()

    report = ConcernReport.objects.get()
    assert report.page is None


def test_report_link_include(rf, lesson):
    from django.template.loader import render_to_string

    html = render_to_string(
        "moderation/includes/report_link.html", {"page": lesson}, request=rf.get("/")
    )

    assert f'href="{report_url(lesson)}"' in html
    assert "Report a safety concern" in html
    assert 'rel="nofollow"' in html
