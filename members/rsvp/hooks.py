"""Wagtail hooks of this feature, loaded by ``members/wagtail_hooks.py``."""
