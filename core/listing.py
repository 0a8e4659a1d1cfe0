"""Section and listing pages: one definition of the index pages' shape.

A **section page** is the one page of its kind under the site's home page (the
lesson library, the glossary, the movement directory…): a title and a short
introduction, created where :func:`core.pages.section_parent_page_types` allows.

A **listing page** is a section page that lists one model through the same
steps everywhere:

1. what the reader may see (:func:`core.visibility.visible_pages`) of
   :attr:`ListingPage.listed_model`;
2. in the page's language, with the original of every item nobody has
   translated yet (:func:`core.locales.with_fallback`);
3. filtered and ordered by the app's FilterSet (:attr:`filterset_class`, the
   same one its API router uses), or by :attr:`ordering`;
4. one page of it (:func:`core.pagination.paginate`), with what its cards show
   fetched for the whole page at once (:meth:`ListingPage.prepare`,
   :meth:`ListingPage.decorate`).

A subclass declares the model, the FilterSet, the ordering, the page size and
the name its template reads the page of items under; it overrides a step only
where its listing differs (the event calendar's archive, the finder's
opportunities, which are not pages).
"""

from __future__ import annotations

from django.apps import apps
from django.db.models import QuerySet
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from .locales import with_fallback
from .pages import section_parent_page_types
from .pagination import paginate
from .rich_text import NOTE_FEATURES
from .translation import PAGE_FIELDS, translated
from .visibility import visible_pages


class SectionPage(Page):
    """The one page of its kind under the home page, with an introduction."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=NOTE_FEATURES,
        help_text=_("A few sentences shown above the list."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = section_parent_page_types()
    max_count_per_parent = 1
    search_fields = Page.search_fields + [index.SearchField("intro")]
    translatable_fields = PAGE_FIELDS + translated("intro")

    class Meta:
        abstract = True


class ListingPage(SectionPage):
    """A section page that lists :attr:`listed_model` (see the module)."""

    #: The listed model, as ``"app_label.ModelName"``.
    listed_model: str = ""
    #: The FilterSet, as a dotted path (read when first needed: the app's
    #: filters import its models).
    filterset_class: str = ""
    #: The order when the reader chooses none.
    ordering: tuple[str, ...] = ("title",)
    #: Items a page; ``PRAXIS_PAGE_SIZE`` when ``None``.
    page_size: int | None = None
    #: The template's name for the page of items.
    listing_name: str = "items"

    class Meta:
        abstract = True

    def listed_items(self, request) -> QuerySet:
        """Steps 1 and 2: the items the reader may see, in this page's
        language or their original one."""
        model = apps.get_model(self.listed_model)
        return with_fallback(
            visible_pages(model.objects.all(), request), self.locale_id
        )

    def listing_ordering(self, request) -> tuple[str, ...]:
        return self.ordering

    def prepare(self, queryset: QuerySet) -> QuerySet:
        """What the cards show, fetched once for the page of items."""
        for_listing = getattr(queryset.model, "for_listing", None)
        if for_listing is not None:
            queryset = for_listing(queryset)
        return queryset.select_related("locale")

    def decorate(self, request, items: list) -> list:
        """The page of items, with anything read for all of them together."""
        return items

    def listing_context(self, request) -> dict:
        """Steps 3 and 4, as the template's context."""
        queryset = self.listed_items(request)
        ordering = self.listing_ordering(request)
        context = {}
        if self.filterset_class:
            filterset = import_string(self.filterset_class)(
                request.GET or None, queryset=queryset, request=request
            )
            context["filterset"] = filterset
            context["filter_errors"] = filterset.error_messages()
            queryset = filterset.ordered_qs(*ordering)
        else:
            queryset = queryset.order_by(*ordering)
        items = paginate(request, self.prepare(queryset), self.page_size)
        items.object_list = self.decorate(request, list(items.object_list))
        context[self.listing_name] = items
        return context

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.listing_context(request))
        return context


def ordering_choices(date: str) -> list[tuple[str, str]]:
    """The "Sort by" choices of a listing ordered by ``date`` or title, in
    words a reader uses ("Newest first", not "Date (descending)").

    Given to django-filter's ``OrderingFilter`` as its ``choices``: the labels
    it builds itself are formatted once, when the FilterSet class is made, so
    they stay in the language the server started in.
    """
    return [
        ("-" + date, _("Newest first")),
        (date, _("Oldest first")),
        ("title", _("Title, A to Z")),
        ("-title", _("Title, Z to A")),
    ]
