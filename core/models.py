"""The models every Praxis app shares (Django looks for them here)."""

from .images import Image, Rendition

__all__ = ["Image", "Rendition"]
