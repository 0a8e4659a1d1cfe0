"""Roles and peer review: nothing reaches the public before a peer other than
its author and then a coordinator have approved it."""

from __future__ import annotations

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import (
    GroupPagePermission,
    Page,
    PageLogEntry,
    TaskState,
    Workflow,
    WorkflowPage,
)

from engagement import factories as engagement_factories
from governance.models import PeerReviewTask
from governance.review import review_queue
from governance.roles import (
    CONTRIBUTORS,
    COORDINATORS,
    MODERATORS,
    PEER_REVIEWERS,
    ROLES,
    TRANSLATORS,
    WORKFLOW_NAME,
)
from lessons import factories
from lessons.models import LessonPage
from tests.lessons.helpers import lesson_form_data

from .helpers import person

pytestmark = pytest.mark.django_db


@pytest.fixture
def contributor(lesson_index):
    return person("contributor", CONTRIBUTORS)


@pytest.fixture
def reviewer():
    return person("reviewer", PEER_REVIEWERS)


@pytest.fixture
def second_reviewer():
    return person("second-reviewer", PEER_REVIEWERS)


@pytest.fixture
def coordinator():
    return person("coordinator", COORDINATORS)


@pytest.fixture
def submitted(client, contributor, lesson_index):
    """A lesson the contributor wrote and submitted in the admin."""
    client.force_login(contributor)
    response = client.post(
        f"/admin/pages/add/lessons/lessonpage/{lesson_index.pk}/",
        lesson_form_data(**{"action-submit": "1"}),
    )
    assert response.status_code == 302, response.context["form"].errors
    client.logout()
    return LessonPage.objects.get(slug="night-shifts")


def approve(client, user, page, comment=""):
    page.refresh_from_db()
    state = page.current_workflow_task_state
    client.force_login(user)
    response = client.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{state.pk}/",
        {"comment": comment},
    )
    client.logout()
    return response


def refused(response) -> bool:
    """Wagtail's admin answers a permission error by sending the person back
    to the dashboard with a message."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == "/admin/"
    )


def test_the_migration_creates_every_role():
    names = set(Group.objects.values_list("name", flat=True))
    assert {role.name for role in ROLES} <= names
    assert {CONTRIBUTORS, PEER_REVIEWERS, COORDINATORS, TRANSLATORS, MODERATORS} == {
        role.name for role in ROLES
    }


def test_contributors_may_start_lessons_but_not_publish(contributor, lesson_index):
    permissions = lesson_index.permissions_for_user(contributor)
    assert permissions.can_add_subpage()
    assert not permissions.can_publish_subpage()
    assert not Page.objects.get(depth=1).permissions_for_user(contributor).can_publish()


def test_coordinators_may_publish_anywhere(coordinator, lesson_index, home):
    assert lesson_index.permissions_for_user(coordinator).can_publish_subpage()
    assert home.permissions_for_user(coordinator).can_publish()


def test_reviewers_translators_and_moderators_cannot_edit_pages(lesson_index):
    for username, role in (
        ("r", PEER_REVIEWERS),
        ("t", TRANSLATORS),
        ("m", MODERATORS),
    ):
        permissions = lesson_index.permissions_for_user(person(username, role))
        assert not permissions.can_add_subpage()
        assert not permissions.can_edit()
        assert not permissions.can_publish()


def test_the_workflow_has_peer_review_then_sign_off():
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    tasks = [task.specific for task in workflow.tasks.order_by("workflow_tasks")]
    assert [type(task).__name__ for task in tasks] == [
        "PeerReviewTask",
        "GroupApprovalTask",
    ]
    assert [list(task.groups.values_list("name", flat=True)) for task in tasks] == [
        [PEER_REVIEWERS],
        [COORDINATORS],
    ]


def test_wagtails_default_moderators_workflow_is_retired(home):
    default = Workflow.objects.get(name="Moderators approval")
    assert not default.active
    assert home.get_workflow().name == WORKFLOW_NAME
    assert not any(task.active for task in default.tasks.all())


def test_indexes_created_later_get_the_workflow_and_contributors(home):
    lessons = factories.LessonIndexPageFactory(parent=home)
    paths = factories.LearningPathIndexPageFactory(parent=home)
    movements = engagement_factories.MovementIndexPageFactory(parent=home)
    events = engagement_factories.EventIndexPageFactory(parent=home)

    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    for page in (lessons, paths, movements, events):
        assert WorkflowPage.objects.get(page=page).workflow == workflow
    contributors = Group.objects.get(name=CONTRIBUTORS)
    assert GroupPagePermission.objects.filter(group=contributors, page=paths).exists()
    assert not GroupPagePermission.objects.filter(
        group=contributors, page=movements
    ).exists()


def test_a_movement_campaign_is_under_peer_review(home):
    movement_index = engagement_factories.MovementIndexPageFactory(parent=home)
    movement = engagement_factories.MovementProfilePageFactory(parent=movement_index)
    campaign = engagement_factories.CampaignPageFactory(parent=movement)
    assert campaign.get_workflow().name == WORKFLOW_NAME


def test_sync_roles_repairs_without_duplicates(lesson_index):
    contributors = Group.objects.get(name=CONTRIBUTORS)
    GroupPagePermission.objects.filter(group=contributors).delete()
    before = GroupPagePermission.objects.count()

    call_command("sync_roles", stdout=io.StringIO())
    call_command("sync_roles", stdout=io.StringIO())

    assert GroupPagePermission.objects.filter(
        group=contributors, page=lesson_index
    ).exists()
    assert GroupPagePermission.objects.count() == before + 1
    assert Workflow.objects.filter(name=WORKFLOW_NAME).count() == 1


def test_a_contributor_cannot_publish_from_the_editor(
    client, contributor, lesson_index
):
    client.force_login(contributor)
    client.post(
        f"/admin/pages/add/lessons/lessonpage/{lesson_index.pk}/",
        lesson_form_data(**{"action-publish": "1"}),
    )
    lesson = LessonPage.objects.get(slug="night-shifts")
    assert not lesson.live


def test_submitting_starts_peer_review(submitted, contributor):
    state = submitted.current_workflow_task_state
    assert isinstance(state.task.specific, PeerReviewTask)
    assert submitted.current_workflow_state.requested_by == contributor
    assert not submitted.live


def test_a_reviewer_cannot_approve_their_own_lesson(client, lesson_index):
    author = person("author-reviewer", CONTRIBUTORS, PEER_REVIEWERS)
    client.force_login(author)
    client.post(
        f"/admin/pages/add/lessons/lessonpage/{lesson_index.pk}/",
        lesson_form_data(**{"action-submit": "1"}),
    )
    lesson = LessonPage.objects.get(slug="night-shifts")
    task = lesson.current_workflow_task

    assert task.get_actions(lesson, author) == []
    assert refused(approve(client, author, lesson))
    lesson.refresh_from_db()
    assert isinstance(lesson.current_workflow_task, PeerReviewTask)
    assert not lesson.live


def test_the_task_refuses_self_approval_outside_the_admin(submitted, contributor):
    from django.core.exceptions import PermissionDenied

    task = submitted.current_workflow_task
    task.groups.add(Group.objects.get(name=CONTRIBUTORS))
    with pytest.raises(PermissionDenied):
        task.on_action(submitted.current_workflow_task_state, contributor, "approve")


def test_a_co_author_cannot_approve_it(client, lesson_index, reviewer):
    lesson = factories.LessonPageFactory(parent=lesson_index, live=False)
    lesson.save_revision(user=reviewer)  # the reviewer helped write it
    author = person("author", CONTRIBUTORS)
    lesson.save_revision(user=author)
    Workflow.objects.get(name=WORKFLOW_NAME).start(lesson, author)
    lesson.refresh_from_db()

    assert lesson.current_workflow_task.get_actions(lesson, reviewer) == []
    assert not TaskState.objects.reviewable_by(reviewer).exists()


def test_edits_made_while_reviewing_do_not_block_approval(submitted, reviewer):
    submitted.refresh_from_db()
    submitted.save_revision(user=reviewer)
    submitted.refresh_from_db()
    actions = submitted.current_workflow_task.get_actions(submitted, reviewer)
    assert "approve" in [name for name, _label, _modal in actions]


def test_peer_review_then_sign_off_publishes(client, submitted, reviewer, coordinator):
    response = approve(client, reviewer, submitted, "Checked the names are removed.")
    assert not refused(response)
    submitted.refresh_from_db()
    assert submitted.current_workflow_task.name == "Coordinator sign-off"
    assert not submitted.live

    assert not refused(approve(client, coordinator, submitted))
    submitted.refresh_from_db()
    assert submitted.live
    assert submitted.current_workflow_state is None


def test_a_coordinator_cannot_skip_peer_review_step(client, submitted, coordinator):
    assert refused(approve(client, coordinator, submitted))
    submitted.refresh_from_db()
    assert isinstance(submitted.current_workflow_task, PeerReviewTask)


def test_reviewer_comments_stay_in_the_history(client, submitted, reviewer):
    approve(client, reviewer, submitted, "Blur the banner in photo 2.")

    state = TaskState.objects.get(task__name="Peer review")
    assert state.comment == "Blur the banner in photo 2."
    assert state.revision.object_id == str(submitted.pk)
    entry = PageLogEntry.objects.get(page=submitted, action="wagtail.workflow.approve")
    assert entry.user == reviewer
    assert entry.data["comment"] == "Blur the banner in photo 2."


def test_requesting_changes_sends_it_back(client, submitted, reviewer):
    submitted.refresh_from_db()
    state = submitted.current_workflow_task_state
    client.force_login(reviewer)
    response = client.post(
        f"/admin/pages/workflow/action/{submitted.pk}/reject/{state.pk}/",
        {"comment": "Please remove the street name."},
    )
    assert response.status_code == 302
    submitted.refresh_from_db()
    assert submitted.current_workflow_state.status == "needs_changes"
    assert not submitted.live


def test_review_queue_lists_others_work_and_marks_own(submitted, reviewer, contributor):
    items, total = review_queue(reviewer)
    assert total == 1
    assert [item.page.pk for item in items] == [submitted.pk]
    assert not items[0].own
    assert items[0].step == "Peer review"

    contributor.groups.add(Group.objects.get(name=PEER_REVIEWERS))
    own_items, _total = review_queue(contributor)
    assert own_items[0].own


def test_review_queue_is_empty_for_people_who_do_not_review(submitted, contributor):
    assert review_queue(contributor) == ([], 0)


def test_wagtails_awaiting_review_skips_own_work(submitted, contributor, reviewer):
    contributor.groups.add(Group.objects.get(name=PEER_REVIEWERS))
    assert not TaskState.objects.reviewable_by(contributor).exists()
    assert TaskState.objects.reviewable_by(reviewer).count() == 1


def test_review_queue_panel_on_the_dashboard(client, submitted, reviewer):
    client.force_login(reviewer)
    response = client.get("/admin/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="review-queue' in html
    assert "Night shifts at the blockade" in html
    assert "Review queue: 1 waiting" in html


def test_review_queue_costs_the_same_for_a_long_queue(
    django_assert_max_num_queries, reviewer, lesson_index
):
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    author = person("prolific", CONTRIBUTORS)
    for n in range(12):
        lesson = factories.LessonPageFactory(
            parent=lesson_index, live=False, owner=author, slug=f"draft-{n}"
        )
        lesson.save_revision(user=author)
        workflow.start(lesson, author)
    # Steps and their groups (5), the count, the states and the pages: the
    # same for twelve waiting pages as for one.
    with django_assert_max_num_queries(8):
        items, total = review_queue(reviewer)
    assert total == 12
    assert len(items) == 12


def test_the_user_bar_on_the_public_site_has_no_content_checker(
    client, admin_user, lesson_index
):
    lesson = factories.LessonPageFactory(parent=lesson_index)
    client.force_login(admin_user)
    html = client.get(lesson.url).content.decode()
    assert "w-userbar" in html  # the user bar is there for editors
    assert "w-content-checker" not in html


def test_whoever_rewrote_it_after_changes_were_requested_cannot_approve(
    submitted, reviewer, admin_user
):
    submitted.refresh_from_db()
    submitted.current_workflow_task_state.reject(user=reviewer)
    submitted.refresh_from_db()
    submitted.title = "Night shifts, rewritten"
    submitted.save_revision(user=admin_user)
    submitted.current_workflow_state.resume(user=admin_user)
    submitted.refresh_from_db()

    task = submitted.current_workflow_task
    assert task.get_actions(submitted, admin_user) == []
    assert task.get_actions(submitted, reviewer) != []
    assert not TaskState.objects.reviewable_by(admin_user).exists()


def test_pages_waiting_in_wagtails_default_workflow_go_back_to_their_authors(
    lesson_index, contributor
):
    from django.apps import apps

    from governance.roles import sync_roles

    default = Workflow.objects.get(name="Moderators approval")
    default.active = True
    default.save()
    default.tasks.update(active=True)
    lesson = factories.LessonPageFactory(parent=lesson_index, live=False)
    lesson.save_revision(user=contributor)
    state = default.start(lesson, contributor)

    sync_roles(apps)

    state.refresh_from_db()
    assert state.status == "cancelled"
    assert not default.tasks.filter(active=True).exists()
    lesson.refresh_from_db()
    assert lesson.current_workflow_state is None


def test_roles_may_use_images_of_the_image_model_wagtail_checks(
    contributor, reviewer, coordinator
):
    # Wagtail checks the permissions of the image model in use (core.Image),
    # not those of its own image model.
    from django.core.files.base import ContentFile
    from wagtail.images import get_image_model
    from wagtail.permissions import policy_registry

    from tests.governance.test_uploads import jpeg

    policy = policy_registry.get_by_type(get_image_model())
    assert policy.model._meta.label == "core.Image"
    someone_elses = get_image_model().objects.create(
        title="Theirs", file=ContentFile(jpeg(), name="theirs.jpg")
    )
    allowed = {
        name: {
            action
            for action in ("add", "choose")
            if policy.user_has_permission(user, action)
        }
        | (
            {"change"}
            if policy.user_has_permission_for_instance(user, "change", someone_elses)
            else set()
        )
        for name, user in (
            ("contributor", contributor),
            ("reviewer", reviewer),
            ("coordinator", coordinator),
        )
    }
    assert allowed == {
        "contributor": {"add", "choose"},
        "reviewer": {"choose"},
        "coordinator": {"add", "choose", "change"},
    }
