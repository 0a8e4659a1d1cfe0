"""``manage.py seed_demo``: build the demo data set (safe to run again)."""

from django.core.management.base import BaseCommand

from home.demo.build import ADMIN_USERNAME, DemoBuilder


class Command(BaseCommand):
    help = (
        "Create realistic demo content: lessons, resources, learning paths, "
        "taxonomy, glossary, movements with campaigns and opportunities, events "
        "an admin account, one account per editorial role and a lesson waiting "
        "for peer review. Running it again adds only what is missing."
    )

    def handle(self, *args, **options) -> None:
        report = DemoBuilder().build()
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
        if not report.admin_password:
            self.stdout.write(
                f"Admin login: user name '{ADMIN_USERNAME}' with the password shown "
                "when it was created; to set a new one run "
                f"`python manage.py changepassword {ADMIN_USERNAME}`."
            )
