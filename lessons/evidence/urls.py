"""The evidence pages, under the language prefix: ``/<lang>/evidence/…``."""

from django.urls import path  # noqa: F401

app_name = "evidence"

urlpatterns: list = [
    # The dashboard and the bottleneck pages.
    # Lineage: a tactic's family of adaptations.
]
