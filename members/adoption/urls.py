"""``/<lang>/my/tried/<lesson>/``: telling how trying a lesson went."""

from django.urls import path

from . import views

urlpatterns = [
    path("my/tried/<int:lesson_id>/", views.report, name="adoption_report"),
]
