"""Coordinators may see the mentoring pairings and end one
(``mentoring.view_pairing``, ``mentoring.change_pairing``); no other role may.
See :func:`governance.roles.sync_roles`."""

from django.db import migrations

from governance.roles import sync_roles_after


class Migration(migrations.Migration):
    dependencies = [
        ("governance", "0005_coordinators_invite"),
        ("mentoring", "0001_initial"),
    ]

    operations = [migrations.RunPython(sync_roles_after("mentoring"), migrations.RunPython.noop)]
