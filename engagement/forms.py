"""Admin forms of the engagement pages."""

from __future__ import annotations

from lessons.forms import MovementScopedPageForm


class EventPageForm(MovementScopedPageForm):
    """Movement editors may only name their own movement as an event's
    organiser; people who may publish in the calendar may name any."""

    movement_field = "organiser"
