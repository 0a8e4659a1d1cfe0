"""Models of the engagement app, one module per kind of page."""

from .campaign import CampaignPage, CampaignPartner, Opportunity
from .event import EventIndexPage, EventLesson, EventPage
from .finder import GetInvolvedPage
from .movement import MovementIndexPage, MovementProfilePage

__all__ = [
    "CampaignPage",
    "CampaignPartner",
    "EventIndexPage",
    "EventLesson",
    "EventPage",
    "GetInvolvedPage",
    "MovementIndexPage",
    "MovementProfilePage",
    "Opportunity",
]
