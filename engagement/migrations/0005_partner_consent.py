"""Coalition partner links need the partner's consent.

Links made before this migration were never agreed to by the movement named as
partner, so they all start *pending* (the field's default): they disappear
from public pages and the API until that movement's editors accept them under
"Partnership requests" in the admin. Marking them accepted would have kept
publishing, unasked, exactly the links this change exists to stop. The demo
builder accepts the demo's own partnerships (see ``home/demo/build.py``).
"""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('engagement', '0004_translation_keys_required'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='campaignpartner',
            name='decided_at',
            field=models.DateTimeField(blank=True, editable=False, null=True, verbose_name='answered'),
        ),
        migrations.AddField(
            model_name='campaignpartner',
            name='decided_by',
            field=models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='answered by'),
        ),
        migrations.AddField(
            model_name='campaignpartner',
            name='requested_at',
            field=models.DateTimeField(default=django.utils.timezone.now, editable=False, verbose_name='requested'),
        ),
        migrations.AddField(
            model_name='campaignpartner',
            name='status',
            field=models.CharField(choices=[('pending', "Waiting for the partner's answer"), ('accepted', 'Accepted by the partner'), ('declined', 'Declined by the partner')], db_index=True, default='pending', editable=False, max_length=20, verbose_name="partner's answer"),
        ),
    ]
