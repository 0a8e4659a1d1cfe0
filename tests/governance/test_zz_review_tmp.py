"""TEMPORARY review probes - delete after running."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, PageViewRestriction, Workflow

from engagement import factories as engagement
from governance.roles import CONTRIBUTORS, COORDINATORS, PEER_REVIEWERS, WORKFLOW_NAME
from lessons.models import LessonDocument, LessonPage
from tests.lessons.helpers import lesson_form_data

from .conftest import make_document
from .helpers import person

pytestmark = pytest.mark.django_db


def restriction_types(page):
    return list(
        PageViewRestriction.objects.filter(page=page).values_list(
            "restriction_type", flat=True
        )
    )


# --- 1. draft save of an unpublished original opens its live translation ---


def test_draft_of_unpublished_original_opens_live_translation(client, scenario):
    original = scenario.restricted
    translation = scenario.translation
    assert translation.live and restriction_types(translation) == ["groups"]
    anon = client.get(translation.url)
    print("translation before, anonymous:", anon.status_code)

    # A coordinator pulls the English page for a correction; sv stays live.
    original.unpublish()
    author = person("author", CONTRIBUTORS)
    Page.objects.filter(pk=original.pk).update(owner=author)

    # The author (a Contributor, who may never publish) saves a DRAFT.
    client.force_login(author)
    response = client.post(
        f"/admin/pages/{original.pk}/edit/",
        lesson_form_data(title=original.title, slug=original.slug, sensitivity="public"),
    )
    print("save draft:", response.status_code)
    client.logout()

    translation = LessonPage.objects.get(pk=translation.pk)
    print("translation live:", translation.live, "sensitivity:", translation.sensitivity,
          "PVR:", restriction_types(translation))
    anon = client.get(translation.url)
    print("anonymous GET", translation.url, "->", anon.status_code,
          translation.title in anon.content.decode())
    listing = client.get("/sv/" + scenario.library.slug + "/")
    print("sv library listing status", listing.status_code,
          translation.title in listing.content.decode())
    assert anon.status_code == 200  # the leak


# --- 2. documents: enumeration by number, and role bypass ---------------------


def test_document_added_in_a_draft_is_public_by_number(client, scenario):
    secret = make_document("Safehouse addresses", "safehouse-addresses.pdf")
    lesson = scenario.restricted
    lesson.documents = [LessonDocument(document=scenario.document),
                        LessonDocument(document=secret)]
    lesson.save_revision()  # waiting for review, not published
    response = client.get(f"/documents/{secret.pk}/")
    print("anonymous /documents/<id>/ for a draft-only doc:", response.status_code,
          response.get("Content-Disposition"))
    assert response.status_code == 200


def test_unused_uploads_are_enumerable_by_number(client, scenario):
    secret = make_document("x", "names-of-informants.pdf")
    ids = []
    for pk in range(1, secret.pk + 3):
        r = client.get(f"/documents/{pk}/")
        if r.status_code == 200:
            ids.append((pk, r.get("Content-Disposition")))
    print("enumerated:", ids)
    assert any(pk == secret.pk for pk, _ in ids)


@pytest.mark.parametrize("role", [CONTRIBUTORS, PEER_REVIEWERS])
def test_roles_download_documents_of_others_restricted_lessons(client, scenario, role):
    user = person("someone", role)
    client.force_login(user)
    doc = scenario.document
    r1 = client.get(f"/documents/{doc.pk}/")
    r2 = client.get(f"/documents/{doc.pk}/{doc.filename}")
    page = client.get(scenario.restricted.url)
    print(role, "doc by number:", r1.status_code, "wagtail route:", r2.status_code,
          "lesson page:", page.status_code)
    assert r1.status_code == 200 and page.status_code == 404


def test_anonymous_cannot_get_restricted_document(client, scenario):
    doc = scenario.document
    assert client.get(f"/documents/{doc.pk}/").status_code == 404


# --- 3. peer review -------------------------------------------------------------


@pytest.fixture
def submitted(client, lesson_index):
    contributor = person("contributor", CONTRIBUTORS)
    client.force_login(contributor)
    response = client.post(
        f"/admin/pages/add/lessons/lessonpage/{lesson_index.pk}/",
        lesson_form_data(**{"action-submit": "1"}),
    )
    assert response.status_code == 302
    client.logout()
    return LessonPage.objects.get(slug="night-shifts")


def test_rewrite_after_changes_requested_then_self_approve(client, submitted, django_user_model):
    admin = django_user_model.objects.create_superuser("root", "r@e.org", "pw")
    reviewer = person("reviewer", PEER_REVIEWERS)
    submitted.refresh_from_db()
    state = submitted.current_workflow_task_state
    client.force_login(reviewer)
    client.post(f"/admin/pages/workflow/action/{submitted.pk}/reject/{state.pk}/",
                {"comment": "fix"})
    client.logout()
    submitted.refresh_from_db()
    assert submitted.current_workflow_state.status == "needs_changes"

    # The administrator rewrites the lesson and resubmits it ...
    client.force_login(admin)
    r = client.post(
        f"/admin/pages/{submitted.pk}/edit/",
        lesson_form_data(title="Rewritten by root", summary="All new",
                         **{"action-submit": "1"}),
    )
    print("resubmit:", r.status_code)
    submitted = LessonPage.objects.get(pk=submitted.pk)
    ws = submitted.current_workflow_state
    print("status:", ws.status, "requested_by:", ws.requested_by.username,
          "latest revision by:", submitted.latest_revision.user.username)
    actions = submitted.current_workflow_task.get_actions(submitted, admin)
    print("admin actions on own rewrite:", [a[0] for a in actions])
    state = submitted.current_workflow_task_state
    r = client.post(f"/admin/pages/workflow/action/{submitted.pk}/approve/{state.pk}/",
                    {"comment": ""})
    submitted = LessonPage.objects.get(pk=submitted.pk)
    print("after approve, current task:", submitted.current_workflow_task)
    assert submitted.current_workflow_task.name == "Coordinator sign-off"


def test_reviewer_rewrites_during_review_then_approves(client, submitted):
    reviewer = person("reviewer", PEER_REVIEWERS)
    client.force_login(reviewer)
    submitted.refresh_from_db()
    state = submitted.current_workflow_task_state
    # Save (rewrite) from the editor while reviewing
    r = client.post(
        f"/admin/pages/{submitted.pk}/edit/",
        lesson_form_data(title="Reviewer's own text", summary="Replaced entirely"),
    )
    print("reviewer save:", r.status_code)
    submitted = LessonPage.objects.get(pk=submitted.pk)
    print("latest revision by:", submitted.latest_revision.user.username,
          submitted.latest_revision.content["title"])
    r = client.post(f"/admin/pages/workflow/action/{submitted.pk}/approve/{state.pk}/",
                    {"comment": ""})
    submitted = LessonPage.objects.get(pk=submitted.pk)
    print("current task:", submitted.current_workflow_task)
    assert submitted.current_workflow_task.name == "Coordinator sign-off"


# --- 4. roles -------------------------------------------------------------------


def test_moderators_group_has_no_page_or_collection_rights():
    from wagtail.models import GroupCollectionPermission, GroupPagePermission

    g = Group.objects.get(name="Moderators")
    print("perms", sorted(g.permissions.values_list("codename", flat=True)))
    print("page", list(GroupPagePermission.objects.filter(group=g)))
    print("coll", list(GroupCollectionPermission.objects.filter(group=g)))
    print("groups", list(Group.objects.values_list("name", flat=True)))
    for name in ("Contributors", "Peer reviewers", "Coordinators", "Translators"):
        gg = Group.objects.get(name=name)
        print(name, sorted(gg.permissions.values_list("codename", flat=True)),
              list(GroupPagePermission.objects.filter(group=gg).values_list(
                  "page__title", "permission__codename")),
              list(GroupCollectionPermission.objects.filter(group=gg).values_list(
                  "permission__codename", flat=True)))
    from wagtail.models import Task
    print("tasks", [(t.name, t.active, list(t.specific.groups.values_list("name", flat=True)))
                    for t in Task.objects.all()])
    print("workflows", list(Workflow.objects.values_list("name", "active")))


def test_contributor_can_change_privacy_of_own_live_lesson(client, lesson_index):
    author = person("author", CONTRIBUTORS)
    client.force_login(author)
    client.post(f"/admin/pages/add/lessons/lessonpage/{lesson_index.pk}/",
                lesson_form_data(sensitivity="members", **{"action-submit": "1"}))
    lesson = LessonPage.objects.get(slug="night-shifts")
    lesson.save_revision().publish()
    print("PVR", restriction_types(lesson))
    r = client.get(f"/admin/pages/{lesson.pk}/privacy/")
    print("privacy view:", r.status_code)
    r = client.post(f"/admin/pages/{lesson.pk}/privacy/", {"restriction_type": "none"})
    print("privacy post:", r.status_code, restriction_types(lesson))
    client.logout()
    print("anon", client.get(lesson.url).status_code)


# --- 5. redirect loop for signed-in outsiders on group-private non-lesson page ----


def test_group_private_movement_loops_for_outsider(client, scenario, outsider):
    movement = scenario.movement
    r = PageViewRestriction.objects.create(page=movement, restriction_type="groups")
    r.groups.set([scenario.group])
    client.force_login(outsider)
    url = movement.url
    seen = []
    for _ in range(4):
        resp = client.get(url)
        seen.append((url, resp.status_code))
        if resp.status_code != 302:
            break
        url = resp.url
    print("chain:", seen)


# --- 6. aliases and copies -------------------------------------------------------


def test_alias_of_alias_follows_tightening(client, lesson_index, legal_team):
    from lessons import factories

    original = factories.LessonPageFactory(parent=lesson_index, title="Orig", slug="orig")
    alias1 = original.create_alias(update_slug="alias-one")
    alias2 = alias1.create_alias(update_slug="alias-two")
    original = LessonPage.objects.get(pk=original.pk)
    original.sensitivity = "restricted"
    original.restricted_to_groups = [legal_team]
    original.save_revision().publish()
    for p in (original, alias1, alias2):
        p = LessonPage.objects.get(pk=p.pk)
        print(p.slug, p.sensitivity, restriction_types(p),
              list(p.restricted_to_groups.values_list("name", flat=True)),
              "anon:", client.get(p.url).status_code)
    assert client.get(LessonPage.objects.get(pk=alias2.pk).url).status_code != 200


def test_copy_of_restricted_lesson(client, scenario):
    copy = scenario.restricted.copy(
        update_attrs={"slug": "copied", "title": "Copied"}, keep_live=True
    ).specific
    copy = LessonPage.objects.get(pk=copy.pk)
    print("copy", copy.live, copy.sensitivity, restriction_types(copy),
          list(copy.restricted_to_groups.all()), client.get(copy.url).status_code)
    assert client.get(copy.url).status_code != 200


def test_convert_alias_then_tighten(client, lesson_index, legal_team):
    from wagtail.actions.convert_alias import ConvertAliasPageAction
    from lessons import factories

    original = factories.LessonPageFactory(parent=lesson_index, title="Orig", slug="orig")
    alias1 = original.create_alias(update_slug="alias-one")
    ConvertAliasPageAction(alias1).execute(skip_permission_checks=True)
    original = LessonPage.objects.get(pk=original.pk)
    original.sensitivity = "restricted"
    original.restricted_to_groups = [legal_team]
    original.save_revision().publish()
    a = LessonPage.objects.get(pk=alias1.pk)
    print("converted alias:", a.sensitivity, client.get(a.url).status_code)
