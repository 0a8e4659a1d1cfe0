"""Create or repair the role groups, their permissions and the review workflow."""

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from governance.roles import WORKFLOW_NAME, sync_roles


class Command(BaseCommand):
    help = (
        "Create or repair the Contributors, Peer reviewers, Coordinators, "
        "Translators and Moderators groups, their permissions and the "
        f"'{WORKFLOW_NAME}' workflow on the library, paths, events and movements. "
        "Safe to run again."
    )

    def handle(self, *args, **options) -> None:
        with transaction.atomic():
            groups = sync_roles(apps)
        for name in groups:
            self.stdout.write(self.style.SUCCESS(f"{name}: up to date"))
