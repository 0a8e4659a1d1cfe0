"""Peer reviewers and Coordinators may review "we tried this" reports
(``lessons.review_adoptionreport``). See :func:`governance.roles.sync_roles`."""

from django.db import migrations

from governance.roles import sync_roles_after


class Migration(migrations.Migration):
    dependencies = [
        ("governance", "0006_mentoring"),
        ("lessons", "0011_adoption_reports"),
    ]

    operations = [migrations.RunPython(sync_roles_after("lessons"), migrations.RunPython.noop)]
