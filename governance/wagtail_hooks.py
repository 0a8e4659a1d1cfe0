"""The review queue on the admin dashboard, the editors' user bar on the
public site, and the admin API's files under the reading rule."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet

from .admin_reading import readable_documents, readable_images
from .review import review_queue


class ReviewQueuePanel(Component):
    """Everything waiting at the reader's review steps, oldest first, so that
    nothing sits unreviewed; their own submissions are marked, since another
    reviewer has to take those."""

    name = "review_queue"
    template_name = "governance/review_queue_panel.html"
    order = 210

    def __init__(self, items, total):
        self.items = items
        self.total = total

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context.update(items=self.items, total=self.total)
        return context


@hooks.register("construct_homepage_panels")
def add_review_queue(request, panels) -> None:
    items, total = review_queue(request.user)
    if total:
        panels.append(ReviewQueuePanel(items, total))


@hooks.register("construct_wagtail_userbar")
def content_checks_only_in_preview(request, items, page) -> None:
    """The user bar's accessibility and content checker runs code the public
    site's Content-Security-Policy forbids (``new Function``, inline styles).
    Editors run it in the admin's preview, where the policy only reports."""
    if not getattr(request, "is_preview", False):
        items[:] = [item for item in items if not isinstance(item, ContentCheckerItem)]


class ReadableDocumentsAdminAPI(DocumentsAdminAPIViewSet):
    def get_queryset(self):
        return readable_documents(super().get_queryset(), self.request.user)


class ReadableImagesAdminAPI(ImagesAdminAPIViewSet):
    def get_queryset(self):
        return readable_images(super().get_queryset(), self.request.user)


@hooks.register("construct_admin_api", order=100)
def admin_api_lists_only_readable_files(router) -> None:
    """The admin API's documents and images endpoints (used by choosers and
    the rich text editor) list every file to anyone in the admin: narrow them
    to the files the person may read. Its pages endpoint already asks the
    page permission policy, which applies the reading rule."""
    router.register_endpoint("documents", ReadableDocumentsAdminAPI)
    router.register_endpoint("images", ReadableImagesAdminAPI)


@hooks.register("register_admin_urls")
def adoption_review_urls():
    from django.urls import path

    from . import adoption_review

    return [
        path(
            "adoption-reports/",
            adoption_review.queue,
            name="governance_adoption_queue",
        ),
        path(
            "adoption-reports/<int:report_id>/",
            adoption_review.detail,
            name="governance_adoption_report",
        ),
        path(
            "adoption-reports/<int:report_id>/convert/",
            adoption_review.convert,
            name="governance_adoption_convert",
        ),
    ]


class AdoptionReviewMenuItem(MenuItem):
    def is_shown(self, request):
        from .adoption_review import may_review

        return may_review(request.user)


@hooks.register("register_admin_menu_item")
def adoption_review_menu_item():
    return AdoptionReviewMenuItem(
        _("Tried-this reports"),
        reverse("governance_adoption_queue"),
        name="adoption-reports",
        icon_name="tasks",
        order=240,
    )
