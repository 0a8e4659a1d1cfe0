"""``/<lang>/my/tokens/``: personal access tokens for ``/api/v1/me/``."""

from django.urls import path

from . import views

urlpatterns = [
    path("my/tokens/", views.tokens, name="api_tokens"),
    path("my/tokens/<int:pk>/revoke/", views.revoke, name="api_tokens_revoke"),
]
