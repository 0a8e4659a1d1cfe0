"""Moderators moderate discussion posts (``discussions.moderate_post``);
coordinators set the discussion switches of sections. See
:func:`governance.roles.sync_roles`."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def sync(apps, schema_editor):
    # Model permissions are normally created after all migrations have run;
    # the roles need the discussions' now, on a fresh database too.
    app_config = apps.get_app_config("discussions")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    from governance.roles import sync_roles

    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("governance", "0007_adoption"),
        ("discussions", "0001_initial"),
    ]

    operations = [migrations.RunPython(sync, migrations.RunPython.noop)]
