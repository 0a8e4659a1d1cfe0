"""``/<lang>/share/…`` and ``/<lang>/my/contributions/``."""

from django.urls import path

from . import views

urlpatterns = [
    path("share/", views.share_home, name="share"),
    path("share/lesson/", views.LessonShareView.as_view(), name="share_lesson"),
    path("share/resource/", views.ResourceShareView.as_view(), name="share_resource"),
    path("share/<int:pk>/", views.resume, name="share_resume"),
    path("my/contributions/", views.contributions, name="share_contributions"),
]
