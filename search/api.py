"""Headless API endpoints (see config/api.py)."""

from ninja import Router

router = Router()
