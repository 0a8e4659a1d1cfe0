"""Sharing a lesson or a resource: drafts, sending for review as a draft page
in the workflow, and the outcome reaching the member."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Page, WorkflowState

from governance.roles import COORDINATORS, PEER_REVIEWERS
from lessons import factories
from lessons.models import LessonPage, ResourcePage
from members.models import (
    Member,
    Notification,
    NotificationKind,
    Submission,
    SubmissionStatus,
)
from members.sharing import services
from members.sharing.forms import MAX_STEPS
from tests.governance.helpers import person

pytestmark = pytest.mark.django_db

LESSON_URL = "/en/share/lesson/"
RESOURCE_URL = "/en/share/resource/"


def management(prefix: str, total: int) -> dict:
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "20",
    }


def lesson_post(**overrides) -> dict:
    data = {
        "title": "Night shifts at the depot",
        "summary": "How we kept a picket going through the night.",
        "problem": "Nobody wanted the night.\n\nSo we made it fun.",
        "result": "mixed",
        "sensitivity": "public",
        "consent": "on",
        **management("steps", 3),
        **management("cautions", 1),
        "steps-0-title": "Make a rota",
        "steps-0-description": "Two people a night, never alone.",
        "cautions-0-title": "Police checks",
        "cautions-0-risk_level": "high",
        "send": "1",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def sharer(member):
    Member.objects.filter(user=member).update(display_name="Rosa R.")
    member.email = "member@example.org"
    member.save()
    return member


@pytest.fixture
def reviewer():
    return person("reviewer", PEER_REVIEWERS)


@pytest.fixture
def coordinator():
    return person("coordinator", COORDINATORS)


def send_lesson(client, sharer, **overrides) -> Submission:
    client.force_login(sharer)
    response = client.post(LESSON_URL, lesson_post(**overrides))
    assert response.status_code == 302, response.content.decode()[:3000]
    return Submission.objects.get(member=sharer)


def act(page, user, action: str, comment: str = "") -> None:
    page = Page.objects.get(pk=page.pk)
    state = page.current_workflow_task_state
    state.task.specific.on_action(state, user, action, comment=comment)


# The share page ----------------------------------------------------------------


def test_anonymous_visitors_are_asked_to_sign_in(client):
    response = client.get("/en/share/")
    assert response.status_code == 200
    assert b"/accounts/login/" in response.content
    assert b"/en/share/lesson/" not in response.content
    assert client.get(LESSON_URL).status_code == 302


def test_members_see_both_forms(client, sharer):
    client.force_login(sharer)
    content = client.get("/en/share/").content
    assert b"/en/share/lesson/" in content and b"/en/share/resource/" in content


# Sending a lesson ----------------------------------------------------------------


def test_a_sent_lesson_is_a_draft_page_waiting_for_review(
    client, sharer, lesson_index, reviewer
):
    topic = factories.TopicFactory(name="Labour", slug="labour")
    submission = send_lesson(client, sharer, topics=str(topic.pk))
    assert submission.status == SubmissionStatus.IN_REVIEW
    assert submission.submitted_at is not None
    page = LessonPage.objects.get(pk=submission.page_id)
    assert not page.live and page.owner == sharer
    assert page.get_parent().pk == lesson_index.pk
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert page.problem == "<p>Nobody wanted the night.</p><p>So we made it fun.</p>"
    assert [step.value["title"] for step in page.activities] == ["Make a rota"]
    assert [(c.title, c.risk_level) for c in page.cautions.all()] == [
        ("Police checks", "high")
    ]
    assert [a.public_name for a in page.authors.all()] == ["Rosa R."]
    assert list(page.topics.all()) == [topic]
    assert page.consent_confirmed
    from governance.review import review_queue

    items, total = review_queue(reviewer)
    assert [item.page.pk for item in items] == [page.pk] and total == 1


def test_a_lesson_in_review_is_nowhere_public(client, sharer, lesson_index):
    submission = send_lesson(client, sharer)
    page = submission.page
    client.logout()
    assert client.get(f"/en/{lesson_index.slug}/{page.slug}/").status_code == 404
    assert page.title.encode() not in client.get(f"/en/{lesson_index.slug}/").content
    api = client.get("/api/v1/lessons/")
    assert api.status_code == 200 and page.title.encode() not in api.content
    client.force_login(person("other"))
    assert page.title.encode() not in client.get(f"/en/{lesson_index.slug}/").content
    client.force_login(sharer)
    assert client.get(f"/en/{lesson_index.slug}/{page.slug}/").status_code == 404
    content = client.get("/en/my/contributions/").content.decode()
    assert page.title in content and page.url_path not in content


def test_review_and_sign_off_publish_and_tell_the_member(
    client,
    sharer,
    lesson_index,
    reviewer,
    coordinator,
    django_capture_on_commit_callbacks,
):
    submission = send_lesson(client, sharer)
    page = submission.page
    act(page, reviewer, "approve", "Good")
    assert Notification.objects.filter(
        member=sharer, kind=NotificationKind.APPROVED
    ).exists()
    assert not LessonPage.objects.get(pk=page.pk).live
    act(page, coordinator, "approve")
    page = LessonPage.objects.get(pk=page.pk)
    assert page.live
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.PUBLISHED
    assert Notification.objects.filter(
        member=sharer, kind=NotificationKind.PUBLISHED, page=page
    ).exists()
    assert Member.objects.get(user=sharer).accepted_contributions == 1
    content = client.get("/en/my/contributions/").content.decode()
    assert page.url in content


def test_changes_requested_go_back_to_the_member_and_resubmit_the_same_page(
    client, sharer, lesson_index, reviewer
):
    submission = send_lesson(client, sharer)
    page = submission.page
    act(page, reviewer, "reject", "Please remove the street name.")
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.CHANGES_REQUESTED
    note = Notification.objects.get(
        member=sharer, kind=NotificationKind.CHANGES_REQUESTED
    )
    assert note.comment == "Please remove the street name."
    assert (
        "Please remove the street name."
        in client.get("/en/my/contributions/").content.decode()
    )
    resumed = client.get(f"/en/share/{submission.pk}/")
    assert resumed.status_code == 200
    assert "Night shifts at the depot" in resumed.content.decode()
    revisions = page.revisions.count()
    response = client.post(
        f"/en/share/{submission.pk}/", lesson_post(title="Night shifts, revised")
    )
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.IN_REVIEW
    assert submission.page_id == page.pk
    page = LessonPage.objects.get(pk=page.pk)
    assert page.revisions.count() == revisions + 1
    assert page.draft_title == "Night shifts, revised"
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert LessonPage.objects.count() == 1


def test_others_cannot_resume_a_submission(client, sharer, lesson_index):
    client.force_login(sharer)
    client.post(LESSON_URL, lesson_post(send=None, save="1"))
    submission = Submission.objects.get(member=sharer)
    client.force_login(person("other"))
    assert client.get(f"/en/share/{submission.pk}/").status_code == 404


def test_anonymous_credit(client, sharer, lesson_index):
    submission = send_lesson(client, sharer, credit_anonymous="on")
    author = submission.page.specific.authors.get()
    assert author.anonymous and author.name == ""


# Errors, drafts, limits --------------------------------------------------------


def test_field_errors_keep_what_was_written(client, sharer, lesson_index):
    client.force_login(sharer)
    response = client.post(
        LESSON_URL,
        lesson_post(summary="", consent=None, **{"steps-1-title": "X" * 161}),
    )
    assert response.status_code == 400
    form = response.context["form"]
    assert "summary" in form.errors and "consent" in form.errors
    content = response.content.decode()
    assert "Nobody wanted the night." in content and "Make a rota" in content
    assert 'aria-invalid="true"' in content
    assert not Submission.objects.exists() and not LessonPage.objects.exists()


def test_arabic_form_is_right_to_left_with_errors(client, sharer, lesson_index):
    client.force_login(sharer)
    response = client.post("/ar/share/lesson/", lesson_post(title=""))
    assert response.status_code == 400
    assert 'dir="rtl"' in response.content.decode()
    assert "title" in response.context["form"].errors


def test_add_another_step_keeps_everything(client, sharer, lesson_index):
    client.force_login(sharer)
    response = client.post(LESSON_URL, lesson_post(send=None, add_step="1"))
    assert response.status_code == 200
    assert response.context["steps"].total_form_count() == 4
    assert "Two people a night, never alone." in response.content.decode()
    assert not Submission.objects.exists()


def test_at_most_twenty_steps(client, sharer, lesson_index):
    client.force_login(sharer)
    data = lesson_post(**management("steps", MAX_STEPS + 5))
    for number in range(MAX_STEPS + 1):
        data[f"steps-{number}-title"] = f"Step {number}"
        data[f"steps-{number}-description"] = "Did it."
    response = client.post(LESSON_URL, data)
    assert response.status_code == 400
    assert not LessonPage.objects.exists()
    assert response.context["steps"].total_form_count() == MAX_STEPS


def test_a_draft_is_saved_and_resumed(client, sharer, lesson_index):
    client.force_login(sharer)
    response = client.post(
        LESSON_URL, lesson_post(send=None, save="1", summary="", consent=None)
    )
    submission = Submission.objects.get(member=sharer)
    assert response.url == f"/en/share/{submission.pk}/"
    assert submission.status == SubmissionStatus.DRAFT and submission.page is None
    assert not LessonPage.objects.exists()
    resumed = client.get(response.url).content.decode()
    assert "Two people a night, never alone." in resumed
    listing = client.get("/en/my/contributions/").content.decode()
    assert "Night shifts at the depot" in listing and response.url in listing
    response = client.post(response.url, lesson_post())
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.IN_REVIEW
    assert Submission.objects.count() == 1


def test_trust_limit_keeps_the_draft(client, sharer, lesson_index):
    send_lesson(client, sharer)
    client.post(LESSON_URL, lesson_post(title="Second lesson"))
    response = client.post(LESSON_URL, lesson_post(title="Third lesson"))
    assert response.status_code == 429
    assert "a day" in response.content.decode()
    assert LessonPage.objects.count() == 2
    draft = Submission.objects.get(title="Third lesson")
    assert draft.status == SubmissionStatus.DRAFT and draft.page is None


def test_nothing_is_half_saved(client, sharer, lesson_index, monkeypatch):
    def broken(page, user):
        raise RuntimeError("workflow down")

    monkeypatch.setattr(services, "restart_workflow", broken)
    client.force_login(sharer)
    client.raise_request_exception = True
    with pytest.raises(RuntimeError):
        client.post(LESSON_URL, lesson_post())
    assert not LessonPage.objects.exists()
    assert not Submission.objects.exists()


def test_contributions_query_budget_is_constant(
    client, sharer, lesson_index, django_assert_max_num_queries
):
    client.force_login(sharer)

    def make(count: int) -> None:
        for number in range(count):
            Submission.objects.create(member=sharer, kind="lesson", title=f"D{number}")

    make(1)
    client.get("/en/my/contributions/")
    with django_assert_max_num_queries(12) as one:
        client.get("/en/my/contributions/")
    make(4)
    with django_assert_max_num_queries(len(one.captured_queries)):
        response = client.get("/en/my/contributions/")
    assert response.content.decode().count("share-list__item") == 5


# Resources -----------------------------------------------------------------------


def resource_post(**overrides) -> dict:
    data = {
        "title": "Picket toolkit",
        "summary": "Everything for a picket.",
        "external_url": "https://example.org/toolkit",
        "language": "en",
        "resource_type": "toolkit",
        "sensitivity": "public",
        "send": "1",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def pdf_with_author() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    writer.add_metadata({"/Author": "Anna Lindqvist"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_resource_link_is_sent_for_review(client, sharer, resource_index):
    client.force_login(sharer)
    response = client.post(RESOURCE_URL, resource_post())
    assert response.status_code == 302
    page = ResourcePage.objects.get()
    assert not page.live and page.external_url == "https://example.org/toolkit"
    assert page.current_workflow_state is not None


def test_a_resource_needs_exactly_one_of_link_and_file(client, sharer, resource_index):
    client.force_login(sharer)
    response = client.post(RESOURCE_URL, resource_post(external_url=""))
    assert "external_url" in response.context["form"].errors
    upload = SimpleUploadedFile("toolkit.pdf", pdf_with_author())
    response = client.post(RESOURCE_URL, {**resource_post(), "file": upload})
    assert "external_url" in response.context["form"].errors
    assert not ResourcePage.objects.exists()


def test_uploaded_pdf_loses_its_author(client, sharer, resource_index):
    client.force_login(sharer)
    upload = SimpleUploadedFile("minutes-anna-lindqvist.pdf", pdf_with_author())
    response = client.post(
        RESOURCE_URL,
        {**resource_post(external_url="", send=None, save="1"), "file": upload},
    )
    assert response.status_code == 302
    submission = Submission.objects.get()
    document = services.kept_document(submission)
    assert document.collection.name == services.COLLECTION_NAME
    with document.file.open("rb") as handle:
        stored = handle.read()
    assert b"Anna" not in stored and stored.startswith(b"%PDF")
    assert "anna" not in document.file.name
    # The draft's file is served to nobody.
    client.logout()
    from django.urls import reverse

    address = reverse("praxis_document", args=[document.pk])
    assert client.get(address, follow=True).status_code == 404
    # Sending the draft keeps the file.
    client.force_login(sharer)
    response = client.post(
        f"/en/share/{submission.pk}/", resource_post(external_url="")
    )
    assert response.status_code == 302
    assert ResourcePage.objects.get().document_id == document.pk


def test_office_files_and_big_files_are_refused(
    client, sharer, resource_index, settings
):
    client.force_login(sharer)
    upload = SimpleUploadedFile("plan.docx", b"PK\x03\x04 not really")
    response = client.post(
        RESOURCE_URL, {**resource_post(external_url=""), "file": upload}
    )
    assert "file" in response.context["form"].errors
    settings.PRAXIS_SHARE_MAX_UPLOAD_SIZE = 100
    upload = SimpleUploadedFile("big.txt", b"x" * 200)
    response = client.post(
        RESOURCE_URL, {**resource_post(external_url=""), "file": upload}
    )
    assert "file" in response.context["form"].errors


def test_a_new_form_marks_what_sending_needs(client, sharer, lesson_index):
    client.force_login(sharer)
    response = client.get(LESSON_URL)
    assert response.status_code == 200
    assert response.context["form"].fields["title"].required
    assert not response.context["form"].errors
