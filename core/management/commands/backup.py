from django.core.management.base import BaseCommand, CommandError

from core.backups import BackupError, backup


class Command(BaseCommand):
    help = (
        "Back up the database and the uploaded files into a folder "
        "(database.json.gz, media.tar.gz, manifest.json)."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", help="An empty or new folder for the backup.")

    def handle(self, folder, **options):
        try:
            summary = backup(folder)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Backed up {summary.rows} rows and {summary.files} files "
            f"to {summary.folder}."
        )
