"""Signal receivers that keep movements and their campaigns consistent."""

from __future__ import annotations


def unpublish_campaigns(sender, instance, **kwargs) -> None:
    """``page_unpublished`` receiver: taking a movement off the site takes its
    campaigns (and so their opportunities) with it, rather than leaving them
    live under a page nobody can see. Every live campaign goes, whoever may
    read it, so this is not a listing and takes no visibility filter."""
    for campaign in instance.get_descendants().live().specific():
        campaign.unpublish(log_action=True)
