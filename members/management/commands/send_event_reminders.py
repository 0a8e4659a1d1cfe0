"""``manage.py send_event_reminders``: queue the day-before reminders.

Meant to run every hour (cron, a systemd timer or the host's scheduler). It
finds "going" RSVPs for live events starting within the next 24 hours that
have not been reminded, marks each reminded and queues one task per RSVP
(``members.tasks.send_event_reminder``). Marking is a conditional update, so
a rerun, or two runs at once, send nothing twice.
"""

from __future__ import annotations

import datetime

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from members.models import Rsvp, RsvpStatus
from members.tasks import send_event_reminder

#: How far ahead an event counts as "tomorrow".
WINDOW = datetime.timedelta(hours=24)


class Command(BaseCommand):
    help = "Queue reminder e-mails for events starting within the next 24 hours."

    def handle(self, *args, **options) -> None:
        now = timezone.now()
        due = Rsvp.objects.filter(
            status=RsvpStatus.GOING,
            reminded_at__isnull=True,
            event__live=True,
            event__starts_at__gte=now,
            event__starts_at__lt=now + WINDOW,
        ).values_list("pk", flat=True)
        queued = 0
        for pk in list(due):
            with transaction.atomic():
                claimed = Rsvp.objects.filter(pk=pk, reminded_at__isnull=True).update(
                    reminded_at=now
                )
                if claimed:
                    transaction.on_commit(
                        lambda pk=pk: send_event_reminder.enqueue(pk)
                    )
                    queued += 1
        self.stdout.write(self.style.SUCCESS(f"Queued {queued} event reminder(s)."))
