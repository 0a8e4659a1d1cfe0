"""Step 3 of 3: every row has a translation key and a locale now."""

import uuid

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("engagement", "0003_fill_translation_keys")]

    operations = [
        migrations.AlterField(
            model_name="opportunity",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="opportunity",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(
            name="opportunity",
            unique_together={("translation_key", "locale")},
        ),
    ]
