"""Mentoring between members: offers and requests, suggested matches, and
pairings that start only when both people accept."""
