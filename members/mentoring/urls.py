"""The mentoring pages, inside the members' URLs (``members:mentoring_…``):
``/<lang>/my/mentoring/…`` for the member's own, ``/<lang>/mentoring/`` for
the directory of offers."""

from django.urls import path

from . import views

urlpatterns = [
    path("my/mentoring/", views.my_mentoring, name="mentoring"),
    path(
        "my/mentoring/<str:kind>/save/",
        views.save_profile,
        name="mentoring_save",
    ),
    path(
        "my/mentoring/propose/<int:profile_id>/",
        views.propose,
        name="mentoring_propose",
    ),
    path(
        "my/mentoring/pairings/<int:pairing_id>/answer/",
        views.answer,
        name="mentoring_answer",
    ),
    path(
        "my/mentoring/pairings/<int:pairing_id>/end/",
        views.end,
        name="mentoring_end",
    ),
    path("mentoring/", views.directory, name="mentoring_directory"),
]
