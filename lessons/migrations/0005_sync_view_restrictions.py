"""Express the sensitivity of existing lessons and resources as Wagtail privacy
settings (``PageViewRestriction``), as :meth:`SensitivityMixin.save` now does
on every save."""

from django.db import migrations


def sync(apps, schema_editor):
    PageViewRestriction = apps.get_model("wagtailcore", "PageViewRestriction")
    for label in ("LessonPage", "ResourcePage"):
        model = apps.get_model("lessons", label)
        for page in model.objects.exclude(sensitivity="public"):
            PageViewRestriction.objects.filter(page_id=page.pk).delete()
            restriction = PageViewRestriction.objects.create(
                page_id=page.pk,
                restriction_type="login" if page.sensitivity == "members" else "groups",
            )
            if page.sensitivity == "restricted":
                restriction.groups.set(page.restricted_to_groups.all())


class Migration(migrations.Migration):
    dependencies = [
        ("lessons", "0004_identifiable_people"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(sync, migrations.RunPython.noop)]
