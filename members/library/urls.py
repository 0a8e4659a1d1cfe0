from django.urls import path

from . import views

urlpatterns = [
    path("my/library/", views.library, name="library"),
    path("my/library/save/", views.save, name="library_save"),
    path("my/library/remove/", views.remove, name="library_remove"),
    path("my/library/<int:pk>/", views.change_list, name="library_change"),
    path("lists/<str:token>/", views.shared, name="library_shared"),
]
