"""The offline page and the web app manifest, in each language:
``/<lang>/offline/`` and ``/<lang>/offline/manifest.webmanifest``."""

from django.urls import path

from . import views

app_name = "offline"

urlpatterns = [
    path("", views.offline_page, name="page"),
    path("manifest.webmanifest", views.manifest, name="manifest"),
]
