"""``manage.py close_mentoring_pairings``: end pairings past their end date.

Meant to run once a day or more often (cron, a systemd timer or the host's
scheduler), like ``send_event_reminders``. It queues one task per due pairing
(``members.mentoring.tasks.close_pairing``); the task's update is
conditional, so a rerun, or two runs at once, tell nobody twice.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand

from members.mentoring.services import due
from members.mentoring.tasks import close_pairing


class Command(BaseCommand):
    help = "End mentoring pairings past their end date and expire old proposals."

    def handle(self, *args, **options) -> None:
        queued = 0
        for pk in list(due().values_list("pk", flat=True)):
            close_pairing.enqueue(pk)
            queued += 1
        self.stdout.write(self.style.SUCCESS(f"Queued {queued} pairing(s) to close."))
