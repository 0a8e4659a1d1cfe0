"""Public moderation routes, inside the language prefix (``/<lang>/report/``)."""

from django.urls import path

from . import views

app_name = "moderation"

urlpatterns = [
    path("<int:page_id>/", views.ReportConcernView.as_view(), name="report"),
    path("thanks/", views.ReportThanksView.as_view(), name="thanks"),
]
