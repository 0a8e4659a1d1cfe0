from django.urls import path

from . import views

urlpatterns = [
    path("my/", views.home, name="account_home"),
    path("my/account/", views.settings_view, name="account_settings"),
    path("my/account/export/", views.export_view, name="account_export"),
    path("my/account/delete/", views.delete_view, name="account_delete"),
]
