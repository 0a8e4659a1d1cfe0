"""Movements, campaigns, opportunities and events in the headless API.

Each kind has its own module; lists are filtered with the FilterSets of
:mod:`engagement.filters`, so ``?topic=housing&language=ar`` means the same in
the API as in the movement directory, the get-involved finder and the event
calendar.
"""

from ninja import Router

from .campaigns import router as campaigns_router
from .events import router as events_router
from .movements import router as movements_router
from .opportunities import router as opportunities_router

router = Router()
router.add_router("/movements/", movements_router)
router.add_router("/campaigns/", campaigns_router)
router.add_router("/opportunities/", opportunities_router)
router.add_router("/events/", events_router)
