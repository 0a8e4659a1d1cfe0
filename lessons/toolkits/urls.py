"""The field toolkits, under the language prefix: ``/<lang>/toolkits/``."""

from django.urls import path

from . import views

app_name = "toolkits"

urlpatterns = [
    path("", views.toolkit, name="toolkit"),
    path("download/", views.download, name="download"),
]
