"""The members' pages, inside the language prefix (``/<lang>/my/…``,
``/<lang>/share/``, ``/<lang>/lists/<token>/``). Each feature keeps its own
``urls.py``; URL names carry the feature as a prefix."""

from django.urls import include, path

app_name = "members"

urlpatterns = [
    path("", include("members.account.urls")),
    path("", include("members.library.urls")),
    path("", include("members.learning.urls")),
    path("", include("members.rsvp.urls")),
    path("", include("members.sharing.urls")),
    path("", include("members.notices.urls")),
    path("", include("members.api.urls")),
    path("", include("members.discussions.urls")),
    path("", include("members.mentoring.urls")),
    path("", include("members.adoption.urls")),
]
