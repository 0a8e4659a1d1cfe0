"""Wagtail hooks of this feature, loaded by ``members/wagtail_hooks.py``:
the receivers that tell members what reviewers decided."""

from .signals import connect

connect()
