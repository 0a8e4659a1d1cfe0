"""Mentoring offers, requests and pairings between the demo members."""

from __future__ import annotations


def build(builder) -> None:
    """Add this feature's demo content; ``builder`` is the running
    :class:`home.demo.build.DemoBuilder` (its members exist already)."""
