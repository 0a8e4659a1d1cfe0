"""Translation follows the reading and review rules.

wagtail-localize's submit, update and editor views check only the
``submit_translation`` permission. Praxis adds, for every one of them
(through :class:`governance.admin_reading.AdminReadingRuleMiddleware`):

- the source must be a page the person may read in the admin, or the view
  answers "not found" (as for any page the person may not read);
- only a *published* source is translated or synchronised: wagtail-localize
  reads the source's database row, which for a page that was never published
  is its unreviewed draft;
- a person translates only into their own languages
  (:func:`governance.admin_reading.translatable_locales`): the language
  choices are narrowed, the editor of a translation into another language
  answers "not found", and "publish translations" on synchronising is
  refused while the source has translations in languages the person may not
  publish in.

Publishing a translation never puts live anything the source has not
published: :func:`refuse_translation_ahead_of_source` checks it on every save
of a page, whoever publishes it, and
:func:`unpublish_translations_with_their_source` takes translations off the
site with their source.
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .admin_reading import translatable_locales

#: Said when a draft is submitted for translation.
NOT_PUBLISHED = _(
    "Only a published page can be translated: publish it (after review) first, "
    "so that translators work from the reviewed text."
)
#: Said when "publish translations" reaches languages the person may not
#: publish in.
OTHER_LANGUAGES = _(
    "The translations were updated but not published: this page has "
    "translations in languages you do not translate. Publish yours from its "
    "editor."
)
#: Said when "include subtree" reaches pages that cannot be translated yet.
SUBTREE_LEFT_OUT = _(
    "The pages below this one were not translated: some are not published or "
    "not yours to read. Translate them one by one."
)
#: Raised when a translation would go live before its source.
AHEAD_OF_SOURCE = _(
    "This translation cannot be published while the page it was translated "
    "from is not published."
)


def source_page_of(kind: str, pk):
    """The source page of a translation or translation source (``None`` for
    snippets and for ids that do not exist)."""
    from wagtail_localize.models import Translation, TranslationSource

    if kind == "translation":
        translation = Translation.objects.filter(pk=pk).select_related("source")
        source = translation[0].source if translation else None
    else:
        source = TranslationSource.objects.filter(pk=pk).first()
    return _page_of_source(source) if source is not None else None


def _page_of_source(source):
    from wagtail.models import Page

    page_type = source.specific_content_type.model_class()
    if page_type is None or not issubclass(page_type, Page):
        return None
    return Page.objects.filter(
        translation_key=source.object_id, locale_id=source.locale_id
    ).first()


def check_translation_view(request: HttpRequest, url_name: str, kwargs: dict):
    """The rules above for one wagtail-localize view; ``None`` lets it run."""
    from wagtail.models import Page
    from wagtail_localize.models import Translation, TranslationSource

    user = request.user
    if url_name == "submit_page_translation":
        page = Page.objects.filter(pk=kwargs["page_id"]).first()
        if page is None:
            raise Http404
        if not page.live:
            messages.error(request, NOT_PUBLISHED)
            return HttpResponseRedirect(
                reverse("wagtailadmin_pages:edit", args=[page.pk])
            )
        if request.method == "POST" and request.POST.get("include_subtree"):
            if not _subtree_translatable(page, user):
                data = request.POST.copy()
                data.pop("include_subtree")
                request.POST = data
                messages.warning(request, SUBTREE_LEFT_OUT)
        return None
    if url_name == "update_translations":
        source = TranslationSource.objects.filter(
            pk=kwargs["translation_source_id"]
        ).first()
        if source is None:
            raise Http404
        page = _page_of_source(source)
        if page is not None and not page.live:
            messages.error(request, NOT_PUBLISHED)
            return HttpResponseRedirect(
                reverse("wagtailadmin_pages:edit", args=[page.pk])
            )
        if request.method == "POST" and request.POST.get("publish_translations"):
            targets = source.translations.filter(enabled=True).values_list(
                "target_locale_id", flat=True
            )
            allowed = set(translatable_locales(user).values_list("pk", flat=True))
            if not set(targets) <= allowed:
                data = request.POST.copy()
                data.pop("publish_translations")
                request.POST = data
                messages.warning(request, OTHER_LANGUAGES)
        return None
    if "translation_id" in kwargs:
        translation = Translation.objects.filter(pk=kwargs["translation_id"]).first()
        if translation is None:
            raise Http404
        if not translatable_locales(user).filter(pk=translation.target_locale_id):
            raise Http404
    return None


def _back_to(page) -> HttpResponseRedirect:
    return HttpResponseRedirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))


def _subtree_translatable(page, user) -> bool:
    """Whether every page below ``page`` is published and readable."""
    from core.visibility import readable_in_admin

    below = page.get_descendants()
    if below.filter(live=False).exists():
        return False
    return readable_in_admin(below, user).count() == below.count()


def refuse_translation_ahead_of_source(sender, instance, raw=False, **kwargs):
    """``pre_save`` receiver for pages: a translation (a page whose
    wagtail-localize source is in another language) may only be saved live
    while its source is live."""
    if raw or not instance.live or kwargs.get("update_fields") is not None:
        return
    from wagtail.models import Page
    from wagtail_localize.models import TranslationSource

    if instance.alias_of_id is not None:
        return
    source = (
        TranslationSource.objects.filter(object_id=instance.translation_key)
        .exclude(locale_id=instance.locale_id)
        .values_list("locale_id", flat=True)
        .first()
    )
    if source is None:
        return
    original = Page.objects.filter(
        translation_key=instance.translation_key, locale_id=source
    ).values_list("live", flat=True)
    if original and not original[0]:
        raise ValidationError(AHEAD_OF_SOURCE)


def unpublish_translations_with_their_source(sender, instance, **kwargs) -> None:
    """``page_unpublished`` receiver: when a page that translations were made
    from (through wagtail-localize) leaves the site, its translations leave
    with it. A page is often unpublished to protect someone, and the
    translations carry the same text."""
    from wagtail.models import Page
    from wagtail_localize.models import TranslationSource

    if not TranslationSource.objects.filter(
        object_id=instance.translation_key, locale_id=instance.locale_id
    ).exists():
        return
    translations = Page.objects.filter(
        translation_key=instance.translation_key, live=True, alias_of__isnull=True
    ).exclude(locale_id=instance.locale_id)
    for translation in translations.specific():
        translation.unpublish(user=kwargs.get("user"))
