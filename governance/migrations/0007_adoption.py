"""Peer reviewers and Coordinators may review "we tried this" reports
(``lessons.review_adoptionreport``). See :func:`governance.roles.sync_roles`."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def sync(apps, schema_editor):
    # Model permissions are normally created after all migrations have run;
    # the roles need the report's now, on a fresh database too.
    app_config = apps.get_app_config("lessons")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    from governance.roles import sync_roles

    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("governance", "0006_mentoring"),
        ("lessons", "0011_adoption_reports"),
    ]

    operations = [migrations.RunPython(sync, migrations.RunPython.noop)]
