"""The editorial roles and the "Peer review" workflow, as data.

Each role is a Django group with the least it needs, and no more: syncing
resets a role group's permissions to what is defined here (permissions granted
by hand on other indexes of the same kind stay). Everything here takes an
``apps`` registry, so the same code runs inside the data migration (historical
models) and from ``manage.py sync_roles`` or a ``post_save`` receiver (the
live models). Running it again repairs a group without duplicating anything.

Per-movement editor groups are made by :mod:`engagement.permissions`; one
translator group per language by :func:`sync_translator_groups`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings

CONTRIBUTORS = "Contributors"
PEER_REVIEWERS = "Peer reviewers"
COORDINATORS = "Coordinators"
TRANSLATORS = "Translators"
MODERATORS = "Moderators"

#: The workflow and its two steps, by name.
WORKFLOW_NAME = "Peer review"
PEER_REVIEW_TASK = "Peer review"
SIGN_OFF_TASK = "Coordinator sign-off"

#: Index pages whose lessons, resources and paths Contributors may start.
CONTRIBUTORS_START_UNDER = (
    "lessons.LessonIndexPage",
    "lessons.ResourceIndexPage",
    "lessons.LearningPathIndexPage",
)
#: Index pages where the "Peer review" workflow applies to everything below:
#: the library, learning paths, the calendar and every movement's subtree.
REVIEWED_UNDER = CONTRIBUTORS_START_UNDER + (
    "engagement.EventIndexPage",
    "engagement.MovementIndexPage",
)

_TAXONOMY = ("topic", "tactic", "audience", "bottleneck", "glossaryterm")

#: What the translators of one language ("Translators (ar)") may do: open the
#: admin, start translations and see the "Translation status" report, and
#: edit and publish pages in that language's tree only, so never the source.
TRANSLATOR_PERMISSIONS = (
    "wagtailadmin.access_admin",
    "wagtail_localize.submit_translation",
)
TRANSLATE_PAGES = ("add_page", "change_page", "publish_page")


def translator_group_name(language_code: str) -> str:
    return f"{TRANSLATORS} ({language_code})"


@dataclass(frozen=True)
class Role:
    name: str
    #: Model and admin permissions, as ``"app_label.codename"``.
    permissions: tuple[str, ...] = ()
    #: Page permission codenames on :data:`CONTRIBUTORS_START_UNDER` indexes.
    contribute: tuple[str, ...] = ()
    #: Page permission codenames on the root of the page tree (every locale).
    whole_site: tuple[str, ...] = ()
    #: Collection permissions on the root collection (images as ``images.<action>``,
    #: see :data:`IMAGES`).
    collections: tuple[str, ...] = field(default=())


#: Stands for the image model's app label in permission labels
#: (``"images.add"``): Wagtail checks the permissions of the image model in use
#: (``WAGTAILIMAGES_IMAGE_MODEL``), and the roles' first data migration may run
#: before that model's own, while Wagtail's is still the one in use.
IMAGES = "images"

_UPLOAD = (
    f"{IMAGES}.add",
    f"{IMAGES}.choose",
    "wagtaildocs.add_document",
    "wagtaildocs.choose_document",
)

ROLES = (
    Role(
        CONTRIBUTORS,
        permissions=("wagtailadmin.access_admin",),
        # "add" lets them start pages and edit their own drafts; without
        # "publish" the only way out is to submit them for peer review.
        contribute=("add_page",),
        collections=_UPLOAD,
    ),
    Role(
        PEER_REVIEWERS,
        # Reviewing rights come from the workflow step itself, which opens the
        # editor of a page while it waits for them.
        permissions=("wagtailadmin.access_admin", "lessons.review_adoptionreport"),
        collections=(f"{IMAGES}.choose", "wagtaildocs.choose_document"),
    ),
    Role(
        COORDINATORS,
        permissions=(
            "wagtailadmin.access_admin",
            *(
                f"lessons.{action}_{model}"
                for model in _TAXONOMY
                for action in ("add", "change", "delete", "view")
            ),
            *(
                f"wagtailcore.{action}_{model}"
                for model in ("workflow", "task")
                for action in ("add", "change", "delete")
            ),
            "moderation.view_concernreport",
            "lessons.review_adoptionreport",
            "wagtail_localize.submit_translation",
            # Inviting people to join while sign-up is by invitation.
            *(
                f"members.{action}_invitation"
                for action in ("add", "change", "delete", "view")
            ),
            # The mentoring pairings (who, status, dates) and ending one.
            "mentoring.view_pairing",
            "mentoring.change_pairing",
            # Opening, closing or turning off discussion for a section (and
            # turning it on for an anonymised page).
            *(
                f"discussions.{action}_discussionswitch"
                for action in ("add", "change", "delete", "view")
            ),
        ),
        whole_site=("add_page", "change_page", "publish_page", "lock_page"),
        collections=(
            *_UPLOAD,
            f"{IMAGES}.change",
            "wagtaildocs.change_document",
        ),
    ),
    Role(
        TRANSLATORS,
        permissions=(
            "wagtailadmin.access_admin",
            "wagtail_localize.submit_translation",
        ),
    ),
    Role(
        MODERATORS,
        permissions=(
            "wagtailadmin.access_admin",
            "moderation.view_concernreport",
            "moderation.change_concernreport",
            # The discussions' queue and log (moderation.discussions).
            "discussions.moderate_post",
        ),
    ),
)


def image_model(apps):
    """The image model in use, or Wagtail's own while ``apps`` (a migration's
    historical models) does not have it yet."""
    try:
        return apps.get_model(settings.WAGTAILIMAGES_IMAGE_MODEL)
    except LookupError:
        return apps.get_model("wagtailimages", "Image")


#: Apps whose models came after the roles' first migrations, and single
#: permissions that did: while their permission does not exist yet (a
#: migration's historical database), the roles leave it out, and the migration
#: that depends on the app grants it (``0005_coordinators_invite``,
#: ``0006_mentoring``, ``0007_adoption``, ``0008_discussions``, each through
#: :func:`sync_roles_after`).
LATER_APPS = ("members", "mentoring", "discussions")
LATER_PERMISSIONS = ("lessons.review_adoptionreport",)


def _permission(apps, label: str):
    Permission = apps.get_model("auth", "Permission")
    app_label, codename = label.split(".")
    if app_label == IMAGES:
        meta = image_model(apps)._meta
        app_label, codename = meta.app_label, f"{codename}_{meta.model_name}"
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _available(apps, label: str) -> bool:
    app_label, codename = label.split(".")
    if app_label not in LATER_APPS and label not in LATER_PERMISSIONS:
        return True
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(
        content_type__app_label=app_label, codename=codename
    ).exists()


def _page_permission(apps, codename: str):
    return _permission(apps, f"wagtailcore.{codename}")


def sync_roles_after(app_label: str):
    """A data migration's forward function: create ``app_label``'s model
    permissions now (Django creates them only after every migration has run),
    so the roles get them on a fresh database too, then sync the roles."""

    def sync(apps, schema_editor) -> None:
        from django.contrib.auth.management import create_permissions

        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
        sync_roles(apps)

    return sync


def sync_roles(apps) -> dict[str, object]:
    """Create or repair every role group and the workflow; return the groups."""
    Group = apps.get_model("auth", "Group")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Page = apps.get_model("wagtailcore", "Page")

    root_collection = Collection.objects.filter(depth=1).first()
    tree_root = Page.objects.filter(depth=1).first()
    groups = {}
    for role in ROLES:
        group, _created = Group.objects.get_or_create(name=role.name)
        groups[role.name] = group
        # A role has exactly its own permissions: Wagtail's default
        # "Moderators" group, for one, may publish every page.
        group.permissions.set(
            [_permission(apps, p) for p in role.permissions if _available(apps, p)]
        )
        GroupPagePermission.objects.filter(group=group).exclude(
            permission__codename__in=role.contribute + role.whole_site
        ).delete()
        GroupCollectionPermission.objects.filter(group=group).exclude(
            permission__in=[_permission(apps, label) for label in role.collections]
        ).delete()
        if root_collection is not None:
            for label in role.collections:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=_permission(apps, label),
                )
        if tree_root is not None:
            for codename in role.whole_site:
                GroupPagePermission.objects.get_or_create(
                    group=group,
                    page=tree_root,
                    permission=_page_permission(apps, codename),
                )
    for label in CONTRIBUTORS_START_UNDER:
        for index in apps.get_model(label).objects.all():
            grant_contribution(apps, index, groups=groups)
    workflow = sync_workflow(apps, groups)
    retire_default_workflow(apps, workflow, tree_root)
    for label in REVIEWED_UNDER:
        for index in apps.get_model(label).objects.all():
            assign_workflow(apps, index, workflow)
    groups.update(sync_translator_groups(apps))
    return groups


def sync_translator_groups(apps) -> dict[str, object]:
    """A "Translators (<code>)" group for every content language but the
    source language, with :data:`TRANSLATOR_PERMISSIONS` and
    :data:`TRANSLATE_PAGES` on the root pages of that language's tree."""
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    groups = {}
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        group, _created = Group.objects.get_or_create(name=translator_group_name(code))
        group.permissions.set([_permission(apps, p) for p in TRANSLATOR_PERMISSIONS])
        groups[group.name] = group
        for root in Page.objects.filter(depth=2, locale__language_code=code):
            grant_translation(apps, root, code, group)
    return groups


def grant_translation(apps, root, language_code: str, group=None) -> None:
    """Let the translators of ``language_code`` edit and publish under
    ``root``, a site root page in that language (made when the first page is
    translated into it)."""
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    group = (
        group or Group.objects.filter(name=translator_group_name(language_code)).first()
    )
    if group is None:
        return
    for codename in TRANSLATE_PAGES:
        GroupPagePermission.objects.get_or_create(
            group=group, page_id=root.pk, permission=_page_permission(apps, codename)
        )


def grant_contribution(apps, index, groups=None) -> None:
    """Let every role with ``contribute`` permissions start pages under ``index``."""
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for role in ROLES:
        if not role.contribute:
            continue
        group = (groups or {}).get(role.name) or Group.objects.filter(
            name=role.name
        ).first()
        if group is None:
            continue  # the role was deleted on purpose; don't bring it back here
        for codename in role.contribute:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page_id=index.pk,
                permission=_page_permission(apps, codename),
            )


def sync_workflow(apps, groups):
    """The "Peer review" workflow: peer review, then coordinator sign-off."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    PeerReviewTask = apps.get_model("governance", "PeerReviewTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    def task(model, app_label, model_name, name, group):
        content_type, _created = ContentType.objects.get_or_create(
            app_label=app_label, model=model_name
        )
        found = model.objects.filter(name=name).first()
        if found is None:
            found = model.objects.create(
                name=name, active=True, content_type=content_type
            )
        found.groups.add(group)
        return found

    review = task(
        PeerReviewTask,
        "governance",
        "peerreviewtask",
        PEER_REVIEW_TASK,
        groups[PEER_REVIEWERS],
    )
    sign_off = task(
        GroupApprovalTask,
        "wagtailcore",
        "groupapprovaltask",
        SIGN_OFF_TASK,
        groups[COORDINATORS],
    )
    workflow, _created = Workflow.objects.get_or_create(
        name=WORKFLOW_NAME, defaults={"active": True}
    )
    for order, step in enumerate((review, sign_off)):
        WorkflowTask.objects.update_or_create(
            workflow=workflow, task_id=step.pk, defaults={"sort_order": order}
        )
    return workflow


#: The workflow Wagtail creates on a new site, approved by its "Moderators"
#: group; in Praxis, moderators handle safety reports, not publishing.
DEFAULT_WORKFLOW_NAME = "Moderators approval"


def retire_default_workflow(apps, workflow, tree_root) -> None:
    """Put the whole tree under "Peer review" in place of Wagtail's default
    workflow, and switch that one off (pages already in it can finish)."""
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    default = Workflow.objects.filter(name=DEFAULT_WORKFLOW_NAME).first()
    if default is not None:
        WorkflowPage.objects.filter(workflow=default).update(workflow=workflow)
        # Pages waiting in it would otherwise still be approved (and published)
        # by the old group; they go back to their authors to submit again.
        TaskState = apps.get_model("wagtailcore", "TaskState")
        WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
        TaskState.objects.filter(
            workflow_state__workflow=default, status="in_progress"
        ).update(status="cancelled")
        WorkflowState.objects.filter(
            workflow=default, status__in=["in_progress", "needs_changes"]
        ).update(status="cancelled")
        default.active = False
        default.save(update_fields=["active"])
        for step in default.workflow_tasks.select_related("task"):
            if not step.task.workflow_tasks.exclude(workflow=default).exists():
                step.task.active = False
                step.task.save(update_fields=["active"])
    if tree_root is not None:
        assign_workflow(apps, tree_root, workflow)


def assign_workflow(apps, page, workflow=None) -> None:
    """Put ``page`` and everything below it under the "Peer review" workflow,
    unless a workflow was already chosen for it in the admin."""
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    workflow = workflow or Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None:
        return
    WorkflowPage.objects.get_or_create(page_id=page.pk, defaults={"workflow": workflow})
