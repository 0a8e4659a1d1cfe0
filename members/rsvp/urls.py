from django.urls import path

from . import views

urlpatterns = [
    path("my/events/", views.my_events, name="rsvp_list"),
    path("my/events/<int:event_id>/", views.respond, name="rsvp_respond"),
]
