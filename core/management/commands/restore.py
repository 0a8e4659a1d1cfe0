from django.core.management.base import BaseCommand, CommandError

from core.backups import BackupError, restore


class Command(BaseCommand):
    help = (
        "Restore a backup made by `manage.py backup` into an empty database "
        "(migrating it first), with its uploaded files."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", help="The folder `manage.py backup` wrote.")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="Overwrite a database that already holds accounts or pages.",
        )

    def handle(self, folder, replace=False, **options):
        try:
            summary = restore(folder, replace=replace)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Restored {summary.rows} rows and {summary.files} files "
            f"from {summary.folder}."
        )
