"""``{% brief_links page as links %}``: the PDF brief and slides of a page,
for the "Print and take away" block (``lessons/includes/take_away.html``)."""

from __future__ import annotations

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _

from ..briefs import brief_url, has_brief, stored_brief
from ..briefs.service import members_only
from ..toolkits.service import toolkit_query

register = template.Library()


@register.simple_tag
def brief_links(page) -> list[dict]:
    """The brief on A4 and US Letter, and a lesson's slides, with their size
    when already built; empty when the page has none."""
    if not has_brief(page):
        return []
    links = []
    for kind, paper, label in (
        ("brief", "a4", _("Brief (PDF, A4)")),
        ("brief", "letter", _("Brief (PDF, US Letter)")),
        ("slides", "a4", _("Slides for trainers (PDF, landscape)")),
    ):
        if kind != "brief" and not has_brief(page, kind, check_sections=False):
            continue
        stored = stored_brief(page, kind, paper)
        links.append(
            {
                "url": brief_url(page, paper, kind),
                "label": label,
                "size": stored.size if stored else None,
            }
        )
    return links


@register.simple_tag
def toolkit_link(page) -> dict:
    """The field toolkit of ``page`` alone (a learning path: with its steps)."""
    query = toolkit_query(page)
    label = (
        _("Field toolkit of this path: every step's brief and files, with their sizes")
        if query.startswith("path=")
        else _("Field toolkit: this brief with its files, or with others you choose")
    )
    return {"url": f"{reverse('toolkits:toolkit')}?{query}", "label": label}


@register.simple_tag
def keep_offline(page) -> dict | None:
    """What "Keep offline" stores of ``page`` (its address and its A4 brief),
    or None for a page only members may read: a device keeps only what anyone
    may read (see ``home/offline``)."""
    if members_only(page):
        return None
    return {"url": page.url, "brief": brief_url(page), "title": page.title}
