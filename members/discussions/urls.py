"""The discussions pages, inside the members' URLs (``members:discussions_…``)."""

urlpatterns: list = []
