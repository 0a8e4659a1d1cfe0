from django.urls import path

from . import views

urlpatterns = [
    path("my/learning/", views.learning, name="learning"),
    path("my/learning/<int:path_id>/", views.start_or_restart, name="learning_start"),
    path("my/learning/<int:path_id>/step/", views.step, name="learning_step"),
]
