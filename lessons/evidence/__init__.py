"""Evidence you can see: lessons compared side by side, the evidence dashboard,
bottleneck pages and lineage graphs.

Everything here counts and shows only what the viewer may read
(:func:`core.visibility.visible_pages`).
"""
