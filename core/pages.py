"""What every Praxis page type shares: where its sections live."""

from __future__ import annotations

from django.conf import settings


def section_parent_page_types() -> list[str]:
    """The page types a section page (an index of lessons, resources, paths,
    movements, events…) may be created under: ``PRAXIS_SECTION_PARENT_PAGE_TYPES``,
    or any page where a site does not say."""
    return list(
        getattr(settings, "PRAXIS_SECTION_PARENT_PAGE_TYPES", ["wagtailcore.Page"])
    )
