"""Coordinators may invite people to join (``members.Invitation``); no other
role may. See :func:`governance.roles.sync_roles`."""

from django.db import migrations

from governance.roles import sync_roles_after


class Migration(migrations.Migration):
    dependencies = [
        ("governance", "0004_roles_on_praxis_images"),
        ("members", "0001_initial"),
    ]

    operations = [migrations.RunPython(sync_roles_after("members"), migrations.RunPython.noop)]
