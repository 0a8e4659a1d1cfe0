"""Adoption reports ("we tried this"): members tell how trying a lesson went.

The reports are :class:`lessons.models.AdoptionReport`; this package holds the
member's form, the trust limits and the review outcomes (with their
notifications). The reviewers' queue in the admin is in
:mod:`governance.adoption_review`.
"""
