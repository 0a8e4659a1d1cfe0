"""PDF briefs and trainer slides: a lesson, resource or learning path on paper.

A brief is at ``<page url>brief.pdf`` (A4, or ``?paper=letter``), a lesson's
slides at ``<page url>slides.pdf``. Each is laid out by WeasyPrint from the
templates in ``lessons/templates/lessons/briefs/`` and built in a background
task (:mod:`.tasks`), stored per page, live revision, kind and paper in a folder
no URL serves (``PRAXIS_BRIEF_ROOT``), and served by :mod:`.views` under the
page's own reading rules. Restricted pages have none.
"""

from .service import (
    KINDS,
    PAPERS,
    brief_url,
    build_brief,
    forget_briefs,
    has_brief,
    stored_brief,
)

__all__ = [
    "KINDS",
    "PAPERS",
    "brief_url",
    "build_brief",
    "forget_briefs",
    "has_brief",
    "stored_brief",
]
