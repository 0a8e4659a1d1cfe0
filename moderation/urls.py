"""Public moderation routes, inside the language prefix."""

urlpatterns: list = []
