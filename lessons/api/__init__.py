"""The lesson library in the headless API: lessons here; resources, learning
paths, the glossary and taxonomy in :mod:`.library`."""

from ninja import Router

from . import library
from .adoption import router as adoption_router
from .compare import router as compare_router
from .evidence import router as evidence_router
from .lessons import router as lessons_router
from .lineage import router as lineage_router

router = Router()
router.add_router("/lessons/compare/", compare_router)
router.add_router("/lessons/", lessons_router)
router.add_router("/resources/", library.resources)
router.add_router("/paths/", library.paths)
router.add_router("/glossary/", library.glossary)
router.add_router("/taxonomy/", library.taxonomy)
router.add_router("/adoption-reports/", adoption_router)
router.add_router("/", lineage_router)
router.add_router("/evidence/", evidence_router)
