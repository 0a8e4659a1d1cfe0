"""``/<lang>/my/events/…``: answering events and the member's own events."""

from django.urls import path

from . import views

urlpatterns = [
    path("my/events/", views.rsvp_list, name="rsvp_list"),
    path("my/events/new-feed/", views.new_feed, name="rsvp_new_feed"),
    path("my/events/<int:event_id>/rsvp/", views.answer, name="rsvp_answer"),
]
