"""The roles' image permissions name Praxis's image model (``core.Image``),
whose permissions Wagtail checks from now on; syncing also drops the ones on
Wagtail's own image model. See :func:`governance.roles.sync_roles`."""

from django.db import migrations


def sync(apps, schema_editor):
    from governance.roles import sync_roles

    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("governance", "0003_translator_groups"),
        ("core", "0002_copy_wagtail_images"),
    ]

    operations = [migrations.RunPython(sync, migrations.RunPython.noop)]
