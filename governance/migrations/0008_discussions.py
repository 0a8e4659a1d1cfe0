"""Moderators moderate discussion posts (``discussions.moderate_post``);
coordinators set the discussion switches of sections. See
:func:`governance.roles.sync_roles`."""

from django.db import migrations

from governance.roles import sync_roles_after


class Migration(migrations.Migration):
    dependencies = [
        ("governance", "0007_adoption"),
        ("discussions", "0001_initial"),
    ]

    operations = [migrations.RunPython(sync_roles_after("discussions"), migrations.RunPython.noop)]
