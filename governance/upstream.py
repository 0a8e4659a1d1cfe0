"""Where Praxis's reading and review rules reach into Wagtail and
wagtail-localize code that has no hook for them. Each piece names the gap.

Installed once, from :meth:`governance.apps.GovernanceConfig.ready`, before the
admin's URLs are first built.

- **Translators publish only translations.** A language's translators may
  publish in that language's page tree (Wagtail grants page permissions by
  subtree), but an *original* written in their language must go through peer
  review like any other: Wagtail has no per-page way to take a permission
  away, so :class:`ReviewedPagePermissionTester` (Wagtail's tester, replaced
  where ``Page.permissions_for_user`` builds it) drops "publish" from a
  person whose only right to publish there comes from a translator group,
  unless the page is a translation of a published source.
- **The translation form offers only the person's languages**
  (wagtail-localize's ``SubmitTranslationForm`` lists every locale).
- **Reports list only pages the person may read**: wagtail-localize's
  translations report lists every translation with its title, and Wagtail's
  "page types usage" report names the last edited page of each type.
- **Choosers in edit forms name only what the person may read.** A public
  lesson's form shows the lessons it links to (lineage, related links, path
  steps) through Wagtail's chooser widgets, and its rich text through Draftail
  with each linked page's URL; neither asks who is looking. A page, document
  or image the person may not read is shown as "hidden" there, and its id is
  kept, so that saving the form loses nothing.
"""

from __future__ import annotations

from wagtail.models import PagePermissionTester


class ReviewedPagePermissionTester(PagePermissionTester):
    """Wagtail's tester, with "publish" limited for translators to
    translations whose source is published."""

    def __init__(self, user, page):
        super().__init__(user, page)
        if (
            getattr(self, "permissions", None)
            and "publish" in self.permissions
            and not self._may_publish_as_more_than_translator()
            and not _is_translation_of_live_source(page)
        ):
            self.permissions = self.permissions - {"publish"}

    def _may_publish_as_more_than_translator(self) -> bool:
        translator_groups = _translator_groups(self.user)
        for perm in self.permission_policy.get_cached_permissions_for_user(self.user):
            if (
                perm.permission.codename == "publish_page"
                and self.page.path.startswith(perm.page.path)
                and perm.group_id not in translator_groups
            ):
                return True
        return False


def _translator_groups(user) -> set[int]:
    """The ids of the person's "Translators (<language>)" groups, read once
    per user object (Wagtail caches page permissions the same way)."""
    if not hasattr(user, "_praxis_translator_groups"):
        from .roles import TRANSLATORS

        user._praxis_translator_groups = set(
            user.groups.filter(name__startswith=TRANSLATORS + " (").values_list(
                "pk", flat=True
            )
        )
    return user._praxis_translator_groups


def _is_translation_of_live_source(page) -> bool:
    from wagtail.models import Page
    from wagtail_localize.models import TranslationSource

    if page.alias_of_id is not None:
        return True  # aliases follow their original; wagtail-localize syncs them
    source_locale = (
        TranslationSource.objects.filter(object_id=page.translation_key)
        .exclude(locale_id=page.locale_id)
        .values_list("locale_id", flat=True)
        .first()
    )
    if source_locale is None:
        return False
    return Page.objects.filter(
        translation_key=page.translation_key, locale_id=source_locale, live=True
    ).exists()


def _hidden_from_reader(instance) -> bool:
    """Whether the person of the current admin request may not read
    ``instance`` (a page, document or image)."""
    from wagtail.models import Page

    from .admin_reading import admin_user, may_read_file, may_read_page

    user = admin_user.get()
    if user is None or instance is None:
        return False
    if isinstance(instance, Page):
        return not may_read_page(user, instance.pk)
    return not may_read_file(user, type(instance), instance.pk)


def _guard_chooser(widget_class, hidden_title) -> None:
    original = widget_class.get_value_data_from_instance

    def get_value_data_from_instance(self, instance):
        if _hidden_from_reader(instance):
            return {
                "id": instance.pk,
                "edit_url": None,
                self.display_title_key: str(hidden_title),
            }
        return original(self, instance)

    widget_class.get_value_data_from_instance = get_value_data_from_instance


def install() -> None:
    import wagtail.models.pages as pages
    from django.utils.translation import gettext_lazy as _
    from wagtail.admin.rich_text.converters import html_to_contentstate
    from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
    from wagtail.admin.widgets import AdminPageChooser
    from wagtail.documents.widgets import AdminDocumentChooser
    from wagtail.images.widgets import AdminImageChooser
    from wagtail_localize.views import report, submit_translations

    pages.PagePermissionTester = ReviewedPagePermissionTester

    _guard_chooser(AdminPageChooser, _("A page you may not read"))
    _guard_chooser(AdminDocumentChooser, _("A document you may not read"))
    _guard_chooser(AdminImageChooser, _("An image you may not read"))

    link_handler = html_to_contentstate.PageLinkElementHandler
    page_link_data = link_handler.get_attribute_data

    def get_attribute_data(self, attrs):
        data = page_link_data(self, attrs)
        from .admin_reading import admin_user, may_read_page

        user = admin_user.get()
        if user is not None and data.get("id") and not may_read_page(user, data["id"]):
            return {"id": data["id"], "url": None, "parentId": None}
        return data

    link_handler.get_attribute_data = get_attribute_data

    class SubmitTranslationForm(submit_translations.SubmitTranslationForm):
        """Only the languages the person translates."""

        def __init__(self, instance, *args, **kwargs):
            super().__init__(instance, *args, **kwargs)
            from .admin_reading import admin_user, translatable_locales

            user = admin_user.get()
            if user is not None:
                field = self.fields["locales"]
                field.queryset = field.queryset.filter(
                    pk__in=translatable_locales(user).values("pk")
                )

    translations_report = report.TranslationsReportView.get_queryset

    def get_queryset(self):
        """Only translations of pages (and snippets) the person may read."""
        hidden = _unreadable_pages(self.request.user).values("translation_key")
        return translations_report(self).exclude(source__object_id__in=hidden)

    report.TranslationsReportView.get_queryset = get_queryset
    submit_translations.SubmitTranslationForm = SubmitTranslationForm

    usage_report = PageTypesUsageReportView.decorate_paginated_queryset

    def decorate_paginated_queryset(self, page_types):
        """The "last edited page" of each type only if the person may read it."""
        page_types = usage_report(self, page_types)
        ids = [item.last_edited_page_id for item in page_types if item.last_edited_page]
        hidden = set(
            _unreadable_pages(self.request.user)
            .filter(pk__in=ids)
            .values_list("pk", flat=True)
        )
        for item in page_types:
            if item.last_edited_page_id in hidden:
                item.last_edited_page = None
        return page_types

    PageTypesUsageReportView.decorate_paginated_queryset = decorate_paginated_queryset


def _unreadable_pages(user):
    from wagtail.models import Page

    from core.visibility import readable_in_admin

    readable = readable_in_admin(Page.objects.all(), user)
    return Page.objects.exclude(pk__in=readable.values("pk"))
