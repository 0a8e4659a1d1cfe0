"""The reviewers' queue of "we tried this" reports in the admin: who may
open it, which reports they see, approving and declining, and turning an
approved report into a draft lesson adapted from the original."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from governance.roles import CONTRIBUTORS, COORDINATORS, PEER_REVIEWERS, TRANSLATORS
from lessons.models import AdoptionReport, LessonPage
from members.models import Notification, NotificationKind
from tests.adoption_helpers import make_report, with_signals
from tests.lessons.helpers import make_lesson
from tests.members.helpers import make_member

from .helpers import person

pytestmark = pytest.mark.django_db

QUEUE = reverse("governance_adoption_queue")


def detail(report) -> str:
    return reverse("governance_adoption_report", args=[report.pk])


def convert(report) -> str:
    return reverse("governance_adoption_convert", args=[report.pk])


@pytest.fixture
def lesson(lesson_index):
    return with_signals(make_lesson(lesson_index, title="Tenant assembly"), "turnout")


@pytest.fixture
def report(lesson):
    return make_report(
        lesson,
        make_member("ada"),
        status="submitted",
        signals=1,
        group_name="Tenants",
        cautions="Ask the traders first.\nThen the council.",
    )


@pytest.mark.parametrize("role", [CONTRIBUTORS, TRANSLATORS])
def test_other_roles_are_refused(client, report, role):
    client.force_login(person("someone", role))
    assert client.get(QUEUE).status_code == 403
    assert client.get(detail(report)).status_code == 403
    assert client.post(detail(report), {"decision": "approve"}).status_code == 403
    assert client.post(convert(report)).status_code == 403
    report.refresh_from_db()
    assert report.status == "submitted"


def test_the_menu_item_is_only_for_reviewers(client, report):
    client.force_login(person("someone", CONTRIBUTORS))
    assert QUEUE not in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(person("rev", PEER_REVIEWERS))
    assert QUEUE in client.get(reverse("wagtailadmin_home")).content.decode()


def test_reviewers_see_only_reports_on_lessons_they_may_read(
    client, lesson_index, report
):
    group = Group.objects.create(name="Legal team")
    closed = make_lesson(
        lesson_index, title="Legal rota", sensitivity="restricted", groups=[group]
    )
    hidden = make_report(closed, make_member("bo"), status="submitted")
    reviewer = person("rev", PEER_REVIEWERS)
    client.force_login(reviewer)
    html = client.get(QUEUE).content.decode()
    assert "Tenant assembly" in html
    assert "Legal rota" not in html
    assert client.get(detail(hidden)).status_code == 404
    assert client.post(detail(hidden), {"decision": "approve"}).status_code == 404
    reviewer.groups.add(group)
    assert "Legal rota" in client.get(QUEUE).content.decode()


def test_a_reviewer_approves_and_the_member_hears(
    client, report, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(person("rev", PEER_REVIEWERS))
    page = client.get(detail(report)).content.decode()
    assert "Ask the traders first." in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(detail(report), {"decision": "approve", "comment": ""})
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == "approved"
    notification = Notification.objects.get(member=report.member)
    assert notification.kind == NotificationKind.ADOPTION_APPROVED
    assert [m.to for m in mail.outbox] == [["ada@example.org"]]
    assert "Tenant assembly" in mail.outbox[0].body


def test_declining_needs_a_comment(client, report):
    client.force_login(person("rev", PEER_REVIEWERS))
    response = client.post(detail(report), {"decision": "decline", "comment": ""})
    assert response.status_code == 400
    assert "Say why, so that the member can learn from it." in response.content.decode()
    report.refresh_from_db()
    assert report.status == "submitted"
    client.post(detail(report), {"decision": "decline", "comment": "Too vague"})
    report.refresh_from_db()
    assert (report.status, report.review_comment) == ("declined", "Too vague")
    assert Notification.objects.get().kind == NotificationKind.ADOPTION_DECLINED


def test_the_queue_has_a_fixed_query_count(
    client, lesson, django_assert_max_num_queries
):
    client.force_login(person("rev", PEER_REVIEWERS))
    client.get(QUEUE)
    counts = []
    for n in (2, 12):
        while AdoptionReport.objects.count() < n:
            make_report(
                lesson,
                make_member(f"m{AdoptionReport.objects.count()}"),
                status="submitted",
            )
        with django_assert_max_num_queries(40) as context:
            assert client.get(QUEUE).status_code == 200
        counts.append(len(context.captured_queries))
    assert counts[0] == counts[1]


def test_a_coordinator_turns_an_approved_report_into_a_draft_lesson(
    client, lesson, report
):
    coordinator = person("coord", COORDINATORS)
    client.force_login(coordinator)
    assert "Turn into a draft lesson" not in client.get(detail(report)).content.decode()
    client.post(detail(report), {"decision": "approve"})
    assert "Turn into a draft lesson" in client.get(detail(report)).content.decode()
    response = client.post(convert(report))
    report.refresh_from_db()
    draft = LessonPage.objects.get(pk=report.converted_to_id)
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[draft.pk])
    assert not draft.live
    assert draft.get_parent().pk == lesson.get_parent().pk
    assert draft.current_workflow_state.status == "in_progress"
    [link] = draft.adapted_from_links.all()
    assert link.source_id == lesson.pk
    assert link.what_changed == report.adaptations
    assert draft.result == report.result
    assert [c.code for c in draft.countries] == ["KE"]
    assert [s.metric_kind for s in draft.outcome_signals.all()] == ["turnout"]
    assert draft.cautions.get().title == "Ask the traders first."
    assert draft.owner == coordinator
    # Once only.
    assert client.post(convert(report)).status_code == 403
    assert LessonPage.objects.filter(live=False).count() == 1


def test_a_draft_from_a_report_on_a_members_lesson_stays_members_only(
    client, lesson_index
):
    members_only = make_lesson(
        lesson_index, title="Members rota", sensitivity="members"
    )
    report = make_report(members_only, make_member("ada"), anonymised=True)
    client.force_login(person("coord", COORDINATORS))
    client.post(convert(report))
    draft = LessonPage.objects.get(pk=AdoptionReport.objects.get().converted_to_id)
    assert draft.sensitivity == "members"
    assert draft.anonymised is True


def test_reviewers_who_may_not_add_lessons_cannot_convert(client, lesson):
    report = make_report(lesson, make_member("ada"))
    client.force_login(person("rev", PEER_REVIEWERS))
    assert "Turn into a draft lesson" not in client.get(detail(report)).content.decode()
    assert client.post(convert(report)).status_code == 403
    assert not AdoptionReport.objects.get().converted_to_id


def test_roles_have_the_review_permission():
    for role in (PEER_REVIEWERS, COORDINATORS):
        assert (
            Group.objects.get(name=role)
            .permissions.filter(codename="review_adoptionreport")
            .exists()
        )
    for role in (CONTRIBUTORS, TRANSLATORS):
        assert (
            not Group.objects.get(name=role)
            .permissions.filter(codename="review_adoptionreport")
            .exists()
        )
