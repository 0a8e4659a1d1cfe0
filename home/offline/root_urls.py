"""The service worker at ``/sw.js``: served from the root so that it may answer
for every address of the site."""

from django.urls import path

from . import views

urlpatterns = [
    path("sw.js", views.service_worker, name="service_worker"),
]
