"""The members' calendar feeds, outside the language prefix (``/calendar/…``)."""

from django.urls import path

from . import views

app_name = "members_feeds"

urlpatterns = [
    path("<str:token>.ics", views.feed, name="calendar"),
]
