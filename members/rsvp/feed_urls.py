"""The members' calendar feeds, outside the language prefix (``/calendar/…``)."""

from django.urls import path  # noqa: F401

app_name = "members_feeds"

urlpatterns: list = []
