"""The review queue on the admin dashboard."""

from __future__ import annotations

from wagtail import hooks
from wagtail.admin.ui.components import Component

from .review import review_queue


class ReviewQueuePanel(Component):
    """Everything waiting at the reader's review steps, oldest first, so that
    nothing sits unreviewed; their own submissions are marked, since another
    reviewer has to take those."""

    name = "review_queue"
    template_name = "governance/review_queue_panel.html"
    order = 210

    def __init__(self, items, total):
        self.items = items
        self.total = total

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context.update(items=self.items, total=self.total)
        return context


@hooks.register("construct_homepage_panels")
def add_review_queue(request, panels) -> None:
    items, total = review_queue(request.user)
    if total:
        panels.append(ReviewQueuePanel(items, total))
