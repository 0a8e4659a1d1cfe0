"""The "we tried this" form: who may send it, what it keeps on an error, the
trust limits, and the review outcomes' notifications."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from lessons.models import AdoptionReport, AdoptionSignal
from members.adoption import services
from members.models import Member, Notification, NotificationKind
from members.trust import LimitReached
from tests.adoption_helpers import form_data, make_report, with_signals
from tests.lessons.helpers import make_lesson

from .helpers import make_member

pytestmark = pytest.mark.django_db


@pytest.fixture
def lesson(lesson_index):
    return with_signals(
        make_lesson(lesson_index, title="Tenant assembly"), "turnout", "media_reach"
    )


def url(lesson) -> str:
    return reverse("members:adoption_report", args=[lesson.pk])


def test_the_lesson_page_offers_we_tried_this_to_signed_in_members(client, lesson):
    assert "We tried this" not in client.get(lesson.url).content.decode()
    client.force_login(make_member("ada"))
    html = client.get(lesson.url).content.decode()
    assert "We tried this" in html
    assert url(lesson) in html


def test_anonymous_visitors_are_sent_to_sign_in(client, lesson):
    response = client.get(url(lesson))
    assert response.status_code == 302
    assert "/login/" in response["Location"] or "accounts" in response["Location"]


def test_a_member_sends_a_report_with_a_signal(client, lesson):
    member = make_member("ada")
    client.force_login(member)
    response = client.post(
        url(lesson),
        form_data(
            **{
                "signals-0-metric_kind": "turnout",
                "signals-0-before": "12",
                "signals-0-after": "40",
                "signals-0-unit": "people",
                "signals-0-evidence": "Sign-in sheets",
            }
        ),
    )
    assert response.status_code == 302
    report = AdoptionReport.objects.get()
    assert (report.member, report.lesson_id, report.status) == (
        member,
        lesson.pk,
        "submitted",
    )
    assert report.started.isoformat() == "2026-03-01"
    assert report.language == "en"
    signal = AdoptionSignal.objects.get()
    assert (signal.metric_kind, signal.before, signal.after) == ("turnout", 12, 40)


def test_only_the_lessons_own_kinds_of_measure_are_offered(client, lesson):
    client.force_login(make_member("ada"))
    html = client.get(url(lesson)).content.decode()
    assert 'value="turnout"' in html
    assert 'value="media_reach"' in html
    assert 'value="policy_win"' not in html
    response = client.post(
        url(lesson),
        form_data(**{"signals-0-metric_kind": "policy_win", "signals-0-after": "1"}),
    )
    assert response.status_code == 400
    assert not AdoptionReport.objects.exists()


def test_errors_name_the_fields_and_keep_what_was_written(client, lesson):
    client.force_login(make_member("ada"))
    response = client.post(
        url(lesson),
        form_data(
            consent=None, countries=None, adaptations="Kept text", started="March"
        ),
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Tick this box to agree that the report may be published." in html
    assert "Choose at least one country where you tried it." in html
    assert "Enter a month and year, such as 2026-03." in html
    assert "Kept text" in html
    assert 'href="#id_consent"' in html
    assert not AdoptionReport.objects.exists()


def test_figures_without_a_kind_of_measure_are_refused(client, lesson):
    client.force_login(make_member("ada"))
    response = client.post(url(lesson), form_data(**{"signals-1-after": "30"}))
    assert response.status_code == 400
    assert "Choose what kind of measure these figures are." in response.content.decode()
    assert not AdoptionReport.objects.exists()


def test_an_end_before_the_start_is_refused(client, lesson):
    client.force_login(make_member("ada"))
    response = client.post(url(lesson), form_data(started="2026-05", ended="2026-02"))
    assert response.status_code == 400
    assert "The end date cannot be before the start date." in response.content.decode()


def test_too_long_text_is_refused(client, lesson):
    client.force_login(make_member("ada"))
    response = client.post(url(lesson), form_data(adaptations="x" * 2001))
    assert response.status_code == 400
    assert not AdoptionReport.objects.exists()


def test_a_filled_honeypot_saves_nothing(client, lesson):
    client.force_login(make_member("ada"))
    response = client.post(url(lesson), form_data(website="http://spam.example"))
    assert response.status_code == 302
    assert not AdoptionReport.objects.exists()


def test_a_new_member_sends_two_reports_a_day(client, lesson):
    member = make_member("ada")
    client.force_login(member)
    for _ in range(2):
        assert client.post(url(lesson), form_data()).status_code == 302
    response = client.post(url(lesson), form_data(adaptations="Third try"))
    assert response.status_code == 429
    html = response.content.decode()
    assert "You can send 2 reports a day." in html
    assert "Third try" in html
    assert AdoptionReport.objects.count() == 2


def test_the_daily_limit_counts_only_the_last_day(lesson):
    member = make_member("ada")
    for report in [make_report(lesson, member, status="approved") for _ in range(2)]:
        AdoptionReport.objects.filter(pk=report.pk).update(
            created_at=timezone.now() - timedelta(days=2)
        )
    services.check_can_report(member)


def test_a_new_member_has_three_reports_waiting_at_most(lesson):
    member = make_member("ada")
    for _ in range(3):
        report = make_report(lesson, member, status="submitted")
        AdoptionReport.objects.filter(pk=report.pk).update(
            created_at=timezone.now() - timedelta(days=2)
        )
    with pytest.raises(LimitReached, match="3 reports waiting for review"):
        services.check_can_report(member)


def test_trusted_members_may_send_more(lesson):
    member = make_member("ada")
    Member.objects.filter(user=member).update(accepted_contributions=5)
    for _ in range(3):
        make_report(lesson, member, status="approved")
    services.check_can_report(member)


def test_a_lesson_the_member_may_not_read_is_not_found(client, lesson_index):
    restricted = make_lesson(lesson_index, title="Closed", sensitivity="restricted")
    client.force_login(make_member("ada"))
    assert client.get(url(restricted)).status_code == 404
    assert client.post(url(restricted), form_data()).status_code == 404
    assert not AdoptionReport.objects.exists()


def test_approving_tells_the_member_and_earns_trust(lesson):
    member = make_member("ada")
    reviewer = make_member("rev")
    report = make_report(lesson, member, status="submitted")
    services.approve(report, reviewer, "Thanks")
    report.refresh_from_db()
    assert (report.status, report.reviewer) == ("approved", reviewer)
    assert report.reviewed_at is not None
    notification = Notification.objects.get(member=member)
    assert notification.kind == NotificationKind.ADOPTION_APPROVED
    assert notification.page_id == lesson.pk
    assert Member.objects.get(user=member).accepted_contributions == 1


def test_declining_needs_a_comment_and_tells_the_member(lesson):
    member = make_member("ada")
    report = make_report(lesson, member, status="submitted")
    with pytest.raises(services.ReviewError):
        services.decline(report, make_member("rev"), "  ")
    services.decline(report, make_member("rev2"), "Too vague to count")
    notification = Notification.objects.get(member=member)
    assert notification.kind == NotificationKind.ADOPTION_DECLINED
    assert notification.comment == "Too vague to count"


def test_a_report_is_reviewed_once(lesson):
    report = make_report(lesson, make_member("ada"), status="submitted")
    services.approve(report, make_member("rev"))
    with pytest.raises(services.ReviewError):
        services.decline(report, make_member("rev2"), "No")
    assert Notification.objects.count() == 1


# --- the member's data -------------------------------------------------------


def test_the_export_holds_the_members_reports(lesson):
    from members.account.services import export_member

    member = make_member("ada")
    make_report(lesson, member, signals=1, group_name="Tenants", status="declined")
    [exported] = export_member(member)["adoption_reports"]
    assert exported["lesson"]["title"] == "Tenant assembly"
    assert exported["status"] == "declined"
    assert exported["group_name"] == "Tenants"
    assert exported["signals"][0]["after"] == "40.00"


def test_the_export_keeps_the_text_but_not_a_lesson_the_member_may_no_longer_read(
    lesson_index,
):
    from members.account.services import export_member

    closed = make_lesson(lesson_index, title="Closed rota", sensitivity="restricted")
    member = make_member("ada")
    make_report(closed, member, adaptations="Our own words")
    [exported] = export_member(member)["adoption_reports"]
    assert exported["lesson"] is None
    assert exported["adaptations"] == "Our own words"
    assert "Closed rota" not in str(export_member(member))


def test_deleting_an_account_keeps_approved_reports_credited_to_nobody(client, lesson):
    from members.account.services import delete_member

    member = make_member("ada")
    Member.objects.filter(user=member).update(display_name="Ada L")
    kept = make_report(lesson, member, group_name="Tenants", status="approved")
    make_report(lesson, member, status="submitted")
    make_report(lesson, member, status="declined")
    delete_member(member)
    assert list(AdoptionReport.objects.values_list("pk", flat=True)) == [kept.pk]
    kept.refresh_from_db()
    assert (kept.member, kept.group_name) == (None, "")
    html = client.get(lesson.url).content.decode()
    assert "a former member" in html
    assert "Ada L" not in html
    assert "Tenants" not in html
    assert "Tried by 1 group: 1 worked" in html
