"""The demo's "we tried this" reports: twenty, misfires and mixed among them,
most approved, two waiting, two anonymised, one turned into a draft lesson."""

from __future__ import annotations

from collections import Counter
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Locale, Page

from engagement.models import MovementProfilePage
from lessons.models import (
    AdoptionReport,
    Audience,
    Bottleneck,
    GlossaryTerm,
    LessonPage,
    Tactic,
    Topic,
)
from members.models import Notification, NotificationKind

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """Seed once for the module; each test reads it inside its own transaction."""
    with django_db_blocker.unblock():
        call_command("seed_demo", stdout=StringIO())
        yield
        editor_groups = list(
            MovementProfilePage.objects.values_list("editor_group", flat=True)
        )
        Page.objects.filter(depth__gt=2).delete()
        Page.objects.filter(depth=2).exclude(locale=Locale.get_default()).delete()
        Group.objects.filter(pk__in=editor_groups).delete()
        for model in (GlossaryTerm, Tactic, Topic, Audience, Bottleneck):
            model.objects.all().delete()
        get_user_model().objects.all().delete()


def test_twenty_reports_with_misfires_and_mixed_results(seeded):
    reports = AdoptionReport.objects.all()
    assert reports.count() == 20
    results = Counter(reports.values_list("result", flat=True))
    assert results["misfire"] >= 2
    assert results["mixed"] >= 2
    assert reports.filter(member__isnull=True).count() == 0


def test_most_are_approved_a_couple_wait_and_a_couple_are_anonymised(seeded):
    statuses = Counter(AdoptionReport.objects.values_list("status", flat=True))
    assert statuses == {"approved": 18, "submitted": 2}
    assert AdoptionReport.objects.filter(anonymised=True).count() == 2
    assert (
        Notification.objects.filter(kind=NotificationKind.ADOPTION_APPROVED).count()
        == 18
    )


def test_one_report_became_a_draft_lesson_adapted_from_its_lesson(seeded):
    [report] = AdoptionReport.objects.filter(converted_to__isnull=False)
    draft = LessonPage.objects.get(pk=report.converted_to_id)
    assert not draft.live
    assert draft.adapted_from_links.get().source_id == report.lesson_id
    assert draft.current_workflow_state is not None


def test_the_lessons_show_their_tried_by_summary(seeded, client):
    lesson = LessonPage.objects.get(
        slug="doorstep-pledge-count-rent-strike", locale=Locale.get_default()
    )
    html = client.get(lesson.url).content.decode()
    assert "Tried by 3 groups: 1 worked, 1 mixed, 1 misfire" in html


def test_running_again_adds_no_reports(seeded):
    call_command("seed_demo", stdout=StringIO())
    assert AdoptionReport.objects.count() == 20
    assert AdoptionReport.objects.filter(converted_to__isnull=False).count() == 1
