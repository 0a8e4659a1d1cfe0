"""The mentoring pages, inside the members' URLs (``members:mentoring_…``)."""

urlpatterns: list = []
