"""Progress along learning paths: which readable steps a member marked done."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils import timezone

from ..models import PathProgress, StepDone


@dataclass
class Progress:
    """A member's progress on one path, counted over the steps they may read."""

    row: PathProgress | None
    readable: list[int] = field(default_factory=list)
    done: set[int] = field(default_factory=set)

    @property
    def started(self) -> bool:
        return self.row is not None

    @property
    def done_count(self) -> int:
        return len(self.done.intersection(self.readable))

    @property
    def total(self) -> int:
        return len(self.readable)

    @property
    def finished(self) -> bool:
        return self.started and self.total > 0 and self.done_count == self.total

    @property
    def next_step(self) -> int | None:
        """The first readable step (its page id) not done yet."""
        return next((pk for pk in self.readable if pk not in self.done), None)


def progress_on(request, path) -> Progress:
    """The visitor's progress on ``path``, read once per request (the path page
    asks for it beside every step)."""
    cache = request.__dict__.setdefault("_praxis_progress", {})
    if path.pk not in cache:
        readable = [step.page_id for step in visible_steps(request, path)]
        row = None
        done: set[int] = set()
        if request.user.is_authenticated:
            row = PathProgress.objects.filter(member=request.user, path=path).first()
            if row is not None:
                done = set(row.steps_done.values_list("page_id", flat=True))
        cache[path.pk] = Progress(row, readable, done)
    return cache[path.pk]


def visible_steps(request, path) -> list:
    cache = request.__dict__.setdefault("_praxis_steps", {})
    if path.pk not in cache:
        cache[path.pk] = path.visible_steps(request)
    return cache[path.pk]


def start(user, path) -> PathProgress:
    row, _created = PathProgress.objects.get_or_create(member=user, path=path)
    return row


def restart(user, path) -> PathProgress:
    row = start(user, path)
    row.steps_done.all().delete()
    row.finished_at = None
    row.save(update_fields=["finished_at", "updated_at"])
    return row


def mark(user, path, page_id: int, done: bool, readable: list[int]) -> PathProgress:
    """Mark one step done (or not); the path is finished once every step the
    member may read is done, and no longer finished when one is undone."""
    row = start(user, path)
    if done:
        StepDone.objects.get_or_create(progress=row, page_id=page_id)
    else:
        StepDone.objects.filter(progress=row, page_id=page_id).delete()
    done_ids = set(row.steps_done.values_list("page_id", flat=True))
    finished = bool(readable) and set(readable) <= done_ids
    if finished and row.finished_at is None:
        row.finished_at = timezone.now()
    elif not finished:
        row.finished_at = None
    row.save(update_fields=["finished_at", "updated_at"])
    return row
