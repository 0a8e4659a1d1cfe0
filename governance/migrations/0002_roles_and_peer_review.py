"""The editorial roles as groups, and the "Peer review" workflow on the library,
learning paths, events and movements. See :mod:`governance.roles`."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def create_roles(apps, schema_editor):
    # Model permissions are normally created after all migrations have run;
    # the roles need them now, on a fresh database too.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    from governance.roles import COORDINATORS, MODERATORS, sync_roles

    Group = apps.get_model("auth", "Group")
    # Wagtail's default "Moderators" group approved and published pages; in
    # Praxis the name belongs to the people who read safety reports (and the
    # reporters' addresses). Anyone already in it keeps publishing, as a
    # coordinator, and does not silently gain the reports.
    previous_moderators = list(
        Group.objects.filter(name=MODERATORS).values_list("user", flat=True)
    )
    sync_roles(apps)
    members = [pk for pk in previous_moderators if pk is not None]
    if members:
        Group.objects.get(name=COORDINATORS).user_set.add(*members)
        Group.objects.get(name=MODERATORS).user_set.remove(*members)
    # Wagtail's default "Editors" group may edit every page; the roles replace
    # it. Kept if someone is already in it, so nobody loses access silently.
    apps.get_model("auth", "Group").objects.filter(
        name="Editors", user__isnull=True
    ).delete()


def remove_roles(apps, schema_editor):
    from governance.roles import ROLES, WORKFLOW_NAME

    apps.get_model("wagtailcore", "Workflow").objects.filter(
        name=WORKFLOW_NAME
    ).delete()
    apps.get_model("auth", "Group").objects.filter(
        name__in=[role.name for role in ROLES]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("governance", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("lessons", "0005_sync_view_restrictions"),
        ("engagement", "0001_initial"),
        ("moderation", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
