"""Reports on restricted, members-only and anonymised lessons leak nothing:
not in the lesson's HTML, its tried-by counts, the API, the review outcome's
notification or its e-mail. Each test also shows the same channel to
someone who may read it, which proves it is wired to the hidden report."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group
from django.core import mail

from members.adoption import services
from members.models import Member
from tests.adoption_helpers import make_report
from tests.lessons.helpers import make_lesson

from .helpers import make_member

pytestmark = pytest.mark.django_db

SECRET_GROUP = "Harbour night shift"
SECRET_NAME = "Rosa Quietname"


@dataclass
class Scenario:
    group: Group
    insider: object
    outsider: object
    restricted: object
    members_only: object
    anonymised: object


def reporter(username: str, *groups):
    user = make_member(username, *groups)
    Member.objects.filter(user=user).update(display_name=SECRET_NAME)
    return user


@pytest.fixture
def scenario(lesson_index) -> Scenario:
    group = Group.objects.create(name="Dock workers")
    insider = reporter("insider", group)
    restricted = make_lesson(
        lesson_index,
        title="Dock strike rota",
        sensitivity="restricted",
        groups=[group],
    )
    members_only = make_lesson(
        lesson_index, title="Members picket plan", sensitivity="members"
    )
    anonymised = make_lesson(lesson_index, title="Quiet camp", anonymised=True)
    for lesson in (restricted, members_only, anonymised):
        make_report(lesson, insider, group_name=SECRET_GROUP, result="misfire")
    return Scenario(
        group=group,
        insider=insider,
        outsider=make_member("outsider"),
        restricted=restricted,
        members_only=members_only,
        anonymised=anonymised,
    )


def api_text(client, path: str) -> str:
    response = client.get(f"/api/v1/{path}")
    return response.content.decode()


def test_the_api_never_lists_reports_on_hidden_lessons(client, scenario):
    body = api_text(client, "adoption-reports/")
    # Only the report on the (public) anonymised lesson.
    assert json.loads(body)["count"] == 1
    for title in ("Dock strike rota", "Members picket plan"):
        assert title not in body
    for lesson in (scenario.restricted, scenario.members_only):
        listed = api_text(client, f"adoption-reports/?lesson={lesson.pk}")
        assert json.loads(listed)["results"] == []
        assert SECRET_GROUP not in api_text(client, f"lessons/{lesson.pk}/")
    assert SECRET_GROUP not in body
    assert SECRET_NAME not in body


def test_the_api_does_not_serve_members_what_anonymous_readers_cannot_see(
    client, scenario
):
    client.force_login(scenario.insider)
    body = api_text(client, f"adoption-reports/?lesson={scenario.restricted.pk}")
    assert "Dock strike rota" not in body


def test_lesson_pages_show_reports_only_to_their_readers(client, scenario):
    for lesson in (scenario.restricted, scenario.members_only):
        response = client.get(lesson.url)
        assert response.status_code in (302, 404)
        assert SECRET_GROUP not in response.content.decode()
    client.force_login(scenario.outsider)
    refused = client.get(scenario.restricted.url)
    assert refused.status_code == 404
    assert SECRET_GROUP not in refused.content.decode()
    # A member reads the members-only lesson, with its report and count.
    shown = client.get(scenario.members_only.url).content.decode()
    assert "Tried by 1 group: 1 misfire" in shown
    assert SECRET_GROUP in shown
    client.force_login(scenario.insider)
    shown = client.get(scenario.restricted.url).content.decode()
    assert "Tried by 1 group: 1 misfire" in shown
    assert SECRET_GROUP in shown


def test_an_anonymised_lessons_reports_name_nobody_anywhere(client, scenario):
    client.force_login(scenario.outsider)
    html = client.get(scenario.anonymised.url).content.decode()
    assert "Tried by 1 group: 1 misfire" in html
    body = api_text(client, f"adoption-reports/?lesson={scenario.anonymised.pk}")
    detail = api_text(client, f"lessons/{scenario.anonymised.pk}/")
    for text in (html, body, detail):
        assert SECRET_GROUP not in text
        assert SECRET_NAME not in text


def test_the_form_of_a_hidden_lesson_is_not_found(client, scenario):
    client.force_login(scenario.outsider)
    response = client.get(f"/en/my/tried/{scenario.restricted.pk}/")
    assert response.status_code == 404
    assert "Dock strike rota" not in response.content.decode()


def test_a_member_who_left_the_group_hears_of_the_review_without_the_title(
    client, scenario, django_capture_on_commit_callbacks
):
    report = make_report(scenario.restricted, scenario.insider, status="submitted")
    scenario.insider.groups.remove(scenario.group)
    with django_capture_on_commit_callbacks(execute=True):
        services.approve(report, make_member("rev"))
    client.force_login(scenario.insider)
    notices = client.get("/en/my/notifications/").content.decode()
    assert "Your report on trying a lesson passed review" in notices
    assert "Dock strike rota" not in notices
    [message] = mail.outbox
    assert "Dock strike rota" not in message.subject + message.body
    # While in the group, the title is there.
    scenario.insider.groups.add(scenario.group)
    assert "Dock strike rota" in client.get("/en/my/notifications/").content.decode()
