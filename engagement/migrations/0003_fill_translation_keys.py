"""Step 2 of 3: a new translation key for every existing row, and the locale
of the page it belongs to."""

import uuid

from django.db import migrations

#: model name -> the name of its parental key.
CHILDREN = {"opportunity": "page"}


def fill(apps, schema_editor):
    for model_name, parent in CHILDREN.items():
        model = apps.get_model("engagement", model_name)
        rows = list(
            model.objects.select_related(parent).only("pk", f"{parent}__locale")
        )
        for row in rows:
            row.translation_key = uuid.uuid4()
            row.locale_id = getattr(row, parent).locale_id
        model.objects.bulk_update(rows, ["translation_key", "locale"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [("engagement", "0002_translatable_children")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
