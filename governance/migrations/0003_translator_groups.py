"""One translators' group per content language, and coordinators may start
translations too. See :func:`governance.roles.sync_translator_groups`."""

from django.db import migrations


def sync(apps, schema_editor):
    from governance.roles import sync_roles

    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("governance", "0002_roles_and_peer_review"),
        ("home", "0005_translation_requests"),
        ("lessons", "0008_translation_keys_required"),
        ("engagement", "0004_translation_keys_required"),
    ]

    operations = [migrations.RunPython(sync, migrations.RunPython.noop)]
