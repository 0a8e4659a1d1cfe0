"""``/<lang>/my/notifications/…``."""

from django.urls import path

from . import views

urlpatterns = [
    path("my/notifications/", views.notices, name="notices"),
    path("my/notifications/read/", views.mark_read, name="notices_read_all"),
    path("my/notifications/<int:pk>/read/", views.mark_read, name="notices_read"),
    path(
        "my/notifications/stop-emails/<str:token>/",
        views.unsubscribe,
        name="notices_unsubscribe",
    ),
]
