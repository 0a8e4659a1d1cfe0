"""``manage.py check_messages``: fail when a catalogue in ``locale/`` misses a
string of the code or templates, or has an untranslated or fuzzy entry.

The strings are extracted with ``makemessages`` (GNU gettext) into the
catalogues, which are then put back as they were: the check changes nothing.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import polib
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

#: Folders whose strings are not the site's own.
IGNORED = [".venv", "tests", "docs", "staticfiles", "media", "node_modules"]


class Command(BaseCommand):
    help = "Check that every interface catalogue is complete and up to date."

    def handle(self, *args, **options) -> None:
        source = Path(settings.BASE_DIR) / "locale"
        languages = sorted(path.name for path in source.iterdir() if path.is_dir())
        with tempfile.TemporaryDirectory() as folder:
            saved = Path(folder) / "locale"
            shutil.copytree(source, saved)
            try:
                call_command(
                    "makemessages",
                    locale=languages,
                    ignore_patterns=IGNORED,
                    no_obsolete=True,
                    verbosity=0,
                )
                failures = []
                for code in languages:
                    po = polib.pofile(str(source / code / "LC_MESSAGES" / "django.po"))
                    failures += [
                        f"{code}: not translated: {entry.msgid!r}"
                        for entry in po.untranslated_entries()
                    ]
                    failures += [
                        f"{code}: fuzzy: {entry.msgid!r}"
                        for entry in po.fuzzy_entries()
                    ]
            finally:
                shutil.rmtree(source)
                shutil.copytree(saved, source)
        if failures:
            raise CommandError(
                "Catalogues need work (run `make messages`, translate, then "
                "compile):\n" + "\n".join(failures)
            )
        self.stdout.write(
            self.style.SUCCESS(f"Catalogues complete: {', '.join(languages)}.")
        )
