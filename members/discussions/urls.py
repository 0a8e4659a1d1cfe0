"""The discussions pages, inside the members' URLs (``members:discussions_…``):
writing, editing, deleting and reporting posts, and each post's permanent
link (``/<lang>/discussions/post/<id>/``)."""

from django.urls import path

from . import views

urlpatterns = [
    path(
        "discussions/post/<int:post_id>/",
        views.permalink,
        name="discussions_permalink",
    ),
    path(
        "my/discussions/<int:page_id>/post/",
        views.write,
        name="discussions_write",
    ),
    path(
        "my/discussions/post/<int:post_id>/edit/",
        views.edit,
        name="discussions_edit",
    ),
    path(
        "my/discussions/post/<int:post_id>/delete/",
        views.delete,
        name="discussions_delete",
    ),
    path(
        "my/discussions/post/<int:post_id>/report/",
        views.report,
        name="discussions_report",
    ),
]
