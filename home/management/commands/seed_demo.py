"""``manage.py seed_demo``: build the demo data set (safe to run again)."""

from django.core.management.base import BaseCommand, CommandError

from home.demo.build import ADMIN_USERNAME, DemoBuilder
from home.demo.content import CONTENT_DIR, ContentError, load


class Command(BaseCommand):
    help = (
        "Create realistic demo content: lessons, resources, learning paths, "
        "taxonomy, glossary, movements with campaigns and opportunities, events "
        "an admin account, one account per editorial role and a lesson waiting "
        "for peer review. Running it again adds only what is missing."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--check",
            action="store_true",
            help=(
                "Only check the files in content/ (every field, key and "
                "translation) and report the problems; change nothing."
            ),
        )

    def handle(self, *args, **options) -> None:
        try:
            content = load()
        except ContentError as error:
            raise CommandError(
                f"{len(error.problems)} problem(s) in {CONTENT_DIR}:\n{error}"
            ) from error
        if options["check"]:
            items = sum(len(items) for items in content.collections.values())
            translations = sum(
                len(item.translations)
                for items in content.collections.values()
                for item in items
            )
            self.stdout.write(
                self.style.SUCCESS(
                    f"content/ is valid: {items} items, {translations} translations."
                )
            )
            return
        report = DemoBuilder(content=content).build()
        if report.created:
            for kind, count in sorted(report.created.items()):
                self.stdout.write(f"  {count} {kind}")
            self.stdout.write(self.style.SUCCESS("Demo content is ready."))
        else:
            self.stdout.write(self.style.SUCCESS("Demo content was already complete."))
        if report.admin_password:
            self.stdout.write(
                self.style.WARNING(
                    "Admin account created (this password is shown only once):\n"
                    f"  user name: {ADMIN_USERNAME}\n"
                    f"  password:  {report.admin_password}"
                )
            )
        if report.role_passwords:
            accounts = "\n".join(
                f"  {username}: {password}"
                for username, password in report.role_passwords.items()
            )
            self.stdout.write(
                self.style.WARNING(
                    "Role accounts created (passwords shown only once):\n" + accounts
                )
            )
        if report.member_passwords:
            accounts = "\n".join(
                f"  {username}: {password}"
                for username, password in report.member_passwords.items()
            )
            self.stdout.write(
                self.style.WARNING(
                    "Demo members created (passwords shown only once; they sign in "
                    "at /accounts/login/):\n" + accounts
                )
            )
        if not report.admin_password:
            self.stdout.write(
                f"Admin login: user name '{ADMIN_USERNAME}' with the password shown "
                "when it was created; to set a new one run "
                f"`python manage.py changepassword {ADMIN_USERNAME}`."
            )
