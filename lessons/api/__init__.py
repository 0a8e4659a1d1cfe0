"""The lesson library in the headless API: lessons here; resources, learning
paths, the glossary and taxonomy in :mod:`.library`."""

from ninja import Router

from .lessons import router as lessons_router

router = Router()
router.add_router("/lessons/", lessons_router)
