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

    from governance.roles import sync_roles

    sync_roles(apps)
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
