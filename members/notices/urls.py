from django.urls import path

from . import views

urlpatterns = [path("my/notifications/", views.notices, name="notices")]
