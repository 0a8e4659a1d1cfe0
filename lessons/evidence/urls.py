"""The evidence pages, under the language prefix: ``/<lang>/evidence/…``."""

from django.urls import path

from . import lineage_views, views

app_name = "evidence"

urlpatterns: list = [
    # The dashboard and the bottleneck pages.
    path("", views.dashboard, name="dashboard"),
    path("bottlenecks/", views.bottleneck_index, name="bottlenecks"),
    path("bottlenecks/<str:slug>/", views.bottleneck, name="bottleneck"),
    # Lineage: a tactic's family of adaptations.
    path(
        "tactics/<str:slug>/lineage/",
        lineage_views.tactic_lineage,
        name="tactic_lineage",
    ),
]
