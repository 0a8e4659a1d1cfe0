"""``<page url>brief.pdf`` and ``<page url>slides.pdf``: Wagtail's page addresses
end with a slash, so these sit before Wagtail's own catch-all route."""

from django.urls import re_path

from .views import serve_brief

app_name = "briefs"

urlpatterns = [
    re_path(
        r"^(?P<page_path>(?:[\w\-]+/)*)(?P<kind>brief|slides)\.pdf$",
        serve_brief,
        name="brief",
    ),
]
