"""Wagtail looks for hooks here; each feature keeps its own in ``hooks.py``."""

from .account import hooks as account_hooks  # noqa: F401
from .adoption import hooks as adoption_hooks  # noqa: F401
from .discussions import hooks as discussions_hooks  # noqa: F401
from .learning import hooks as learning_hooks  # noqa: F401
from .library import hooks as library_hooks  # noqa: F401
from .mentoring import wagtail_hooks as mentoring_hooks  # noqa: F401
from .notices import hooks as notices_hooks  # noqa: F401
from .rsvp import hooks as rsvp_hooks  # noqa: F401
from .sharing import hooks as sharing_hooks  # noqa: F401
