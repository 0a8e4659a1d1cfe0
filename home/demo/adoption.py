"""Adoption reports ("we tried this") on the demo lessons."""

from __future__ import annotations


def build(builder) -> None:
    """Add this feature's demo content; ``builder`` is the running
    :class:`home.demo.build.DemoBuilder` (its members exist already)."""
