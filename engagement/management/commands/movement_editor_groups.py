"""Create or repair the editor group of every movement profile."""

from django.core.management.base import BaseCommand

from engagement.models import MovementProfilePage
from engagement.permissions import ensure_editor_group


class Command(BaseCommand):
    help = (
        "Give every movement profile its 'Movement editors' group with permissions "
        "on its own pages only. Safe to run again."
    )

    def handle(self, *args, **options) -> None:
        count = 0
        for movement in MovementProfilePage.objects.order_by("path"):
            group = ensure_editor_group(movement)
            count += 1
            self.stdout.write(f"{movement.title}: {group.name}")
        self.stdout.write(self.style.SUCCESS(f"{count} movement editor groups ready."))
