"""What the lesson library's endpoints share: taxonomy terms of many pages in
one query, the visible movements and campaigns pages come from, finding one
page (or its translation) and one snippet by slug, translations, and lists
in a locale without facets."""

from __future__ import annotations

from collections import defaultdict

from django.db.models import Case, CharField, F, IntegerField, Q, QuerySet, Value, When
from django.http import Http404
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from ninja import Field, Query, Router, Schema
from wagtail.models import Locale, Page

from core.api.filters import ListParams, check_known
from core.api.locales import locale_code, resolve_locale, with_fallback
from core.api.schemas import (
    API_NAMESPACE,
    api_url,
    item_id,
    item_slug,
    page_ref,
    page_url,
)
from core.visibility import visible_pages

from ..briefs import has_brief
from ..toolkits.service import toolkit_query

#: (field on the page, key in the response) of each vocabulary.
VOCABULARIES = (
    ("topics", "topics"),
    ("tactics", "tactics"),
    ("audiences", "audiences"),
    ("bottlenecks", "bottlenecks"),
)


def terms_by_page(
    model, page_ids, fields=("topics", "tactics", "audiences", "bottlenecks")
):
    """``{page id: {field: [TermRef dicts]}}`` for ``fields`` (many-to-many
    relations to taxonomy terms) of ``model``, in one query however many pages
    and vocabularies, each list in alphabetical order."""
    found: dict[int, dict[str, list[dict]]] = defaultdict(
        lambda: {field: [] for field in fields}
    )
    page_ids = list(page_ids)
    if not page_ids or not fields:
        return found
    kind = CharField()
    parts = []
    for field in fields:
        through, source, target = _through(model, field)
        parts.append(
            through.objects.filter(**{f"{source}_id__in": page_ids})
            .annotate(
                kind=Value(field, output_field=kind),
                page=F(f"{source}_id"),
                name=F(f"{target}__name"),
                slug=F(f"{target}__slug"),
            )
            .values_list("kind", "page", "name", "slug")
            .order_by()
        )
    for field, page_id, name, slug in parts[0].union(*parts[1:], all=True):
        found[page_id][field].append({"name": name, "slug": slug})
    for terms in found.values():
        for items in terms.values():
            items.sort(key=lambda term: term["name"].casefold())
    return found


def _through(model, field: str) -> tuple[type, str, str]:
    """The link table of a many-to-many (or tag) field, with the names of its
    keys to the page and to the term."""
    relation = model._meta.get_field(field)
    through = relation.remote_field.through
    target_model = relation.related_model
    source = target = None
    for key in through._meta.fields:
        related = getattr(key, "related_model", None)
        if related is None:
            continue
        if related is target_model:
            target = key.name
        elif issubclass(model, related):
            source = key.name
    return through, source, target


def visible_page_refs(request, page_ids) -> dict[int, dict]:
    """``{id: PageRef dict}`` for those of ``page_ids`` an anonymous visitor
    may see (movements, campaigns, …), in one query."""
    ids = {pk for pk in page_ids if pk}
    if not ids:
        return {}
    pages = visible_pages(Page.objects.filter(pk__in=ids), request).select_related(
        "locale"
    )
    return {page.pk: page_ref(request, page) for page in pages}


class DetailQuery(Schema):
    locale: str | None = Field(
        None,
        max_length=20,
        description="Return the item's translation in this language, when there "
        "is one; otherwise the item as it is.",
    )


def detail_locale(request, params: DetailQuery, *, default: bool) -> Locale | None:
    """The locale a detail endpoint is asked for, after refusing parameters it
    does not know: with ``default``, the source language when none is given
    (lookups by slug); otherwise ``None`` then (lookups by id)."""
    check_known(request, DetailQuery)
    if params.locale or default:
        return resolve_locale(params.locale)
    return None


def find_page(request, visible, lookup: dict, locale=None, related=()):
    """The page of ``visible`` (pages an anonymous visitor may read, in every
    locale) that ``lookup`` finds, or (with ``locale``) its visible translation
    in that locale when there is one, in one query; 404 when there is none.

    ``related`` names foreign keys to select with it."""
    queryset = visible.filter(**lookup)
    if locale is not None:
        queryset = queryset | visible.filter(
            translation_key__in=queryset.values("translation_key"),
            locale_id=locale.pk,
        )
    found = list(queryset.select_related("locale", *related)[:2])
    if not found:
        raise Http404
    page = found[0]
    if locale is not None:
        page = next((item for item in found if item.locale_id == locale.pk), page)
    return page


def slug_lookup(visible: QuerySet, slug: str, locale) -> QuerySet:
    """``visible`` narrowed to the pages ``slug`` may mean in ``locale``, best
    first: the page with that slug in ``locale``, then a translation there of a
    page with that slug (translated slugs differ), then (the fallback rule)
    the first page with that slug in any language."""
    here = Q(locale_id=locale.pk)
    named = Q(slug=slug)
    translated = here & Q(
        translation_key__in=visible.filter(named).values("translation_key")
    )
    return (
        visible.filter(named | translated)
        .annotate(
            rank=Case(
                When(here & named, then=Value(0)),
                When(here, then=Value(1)),
                default=Value(2),
                output_field=IntegerField(),
            )
        )
        .order_by("rank", "pk")
    )


def pages_and_translations(request, page, page_ids=()) -> tuple[dict, list[dict]]:
    """``({id: Page}, [Translation dicts])``: those of ``page_ids`` (a movement,
    a campaign…) and the translations of ``page`` an anonymous visitor may
    see, in one query; the translations in order of language code."""
    same = Q(translation_key=page.translation_key, content_type=page.content_type_id)
    pages = visible_pages(
        Page.objects.filter(Q(pk__in=[pk for pk in page_ids if pk]) | same).exclude(
            pk=page.pk
        ),
        request,
    ).select_related("locale")
    by_id = {other.pk: other for other in pages}
    translations = sorted(
        (
            {
                "locale": other.locale.language_code,
                "id": other.pk,
                "url": page_url(request, other),
                "api_url": api_url(request, other),
            }
            for other in by_id.values()
            if other.translation_key == page.translation_key
            and other.content_type_id == page.content_type_id
        ),
        key=lambda item: item["locale"],
    )
    return by_id, translations


def in_locale(request, params: ListParams, queryset) -> tuple[Locale, QuerySet]:
    """``(locale, queryset)`` for a list without facets: the items of
    ``queryset`` in ``params.locale``, with the fallback rule."""
    check_known(request, type(params))
    locale = resolve_locale(params.locale)
    return locale, with_fallback(queryset, locale)


def snippet_by_slug(queryset, slug: str, locale: Locale):
    """The snippet of ``queryset`` (glossary or taxonomy terms) with ``slug``
    in ``locale``, or its translation there; otherwise (the fallback rule) the
    first item with that slug, in one query; 404 when there is none."""
    same_slug = queryset.model.objects.filter(slug=slug)
    candidates = list(
        queryset.filter(
            Q(slug=slug)
            | Q(
                locale_id=locale.pk,
                translation_key__in=same_slug.values("translation_key"),
            )
        ).order_by("pk")
    )
    here = [item for item in candidates if item.locale_id == locale.pk]
    found = next((item for item in here if item.slug == slug), None)
    found = found or next(iter(here), None) or next(iter(candidates), None)
    if found is None:
        raise Http404
    return found


def snippet_api_url(request, route: str, obj, **kwargs) -> str:
    """The API URL of a snippet found by slug (``route`` takes ``slug`` and
    ``kwargs``): slugs are unique per language only, so it names the locale."""
    path = reverse(f"{API_NAMESPACE}:{route}", kwargs={"slug": obj.slug, **kwargs})
    query = urlencode({"locale": locale_code(obj.locale_id)})
    return request.build_absolute_uri(f"{path}?{query}")


def add_detail_routes(
    router: Router,
    *,
    model,
    response,
    detail,
    visible,
    noun: str,
    about: str,
    related=(),
) -> None:
    """Register ``/{id}/`` and ``/by-slug/{slug}/`` on ``router`` for pages of
    ``model``: ``visible(request)`` gives the pages an anonymous visitor may
    read, ``detail(request, page)`` the ``response`` schema's data.

    By id, ``locale`` picks the page's translation there when it has one; by
    slug, the page with that slug in ``locale`` (default: the source
    language), or its translation there, or else the original
    (:func:`slug_lookup`). ``related`` names foreign keys to select with it.
    """
    name = model._meta.model_name

    def by_id(request, params: Query[DetailQuery], id: int = item_id()):  # noqa: A002
        locale = detail_locale(request, params, default=False)
        page = find_page(request, visible(request), {"pk": id}, locale, related)
        return detail(request, page)

    def by_slug(request, params: Query[DetailQuery], slug: str = item_slug()):
        locale = detail_locale(request, params, default=True)
        candidates = slug_lookup(visible(request), slug, locale)
        return detail(request, find_page(request, candidates, {}, None, related))

    router.get(
        "/{id}/",
        response=response,
        url_name=f"{name}-detail",
        operation_id=f"get_{name}",
        summary=f"One {noun}, by id",
        description=about,
    )(by_id)
    router.get(
        "/by-slug/{slug}/",
        response=response,
        url_name=f"{name}-by-slug",
        operation_id=f"get_{name}_by_slug",
        summary=f"One {noun}, by slug",
        description=f"{about} Found by its slug in `locale` (default: the source "
        "language), or its translation there, or else the original.",
    )(by_slug)


def signal_out(signal) -> dict:
    """An outcome signal as the lesson detail and the comparison give it."""
    return {
        "metric_kind": signal.metric_kind,
        "label": signal.label,
        "baseline": signal.baseline,
        "result": signal.result,
        "change": signal.change,
        "unit": signal.unit,
        "effect": signal.effect,
        "evidence": signal.evidence,
        "likely_factors": signal.likely_factors,
    }


class Downloads(Schema):
    """A page's PDFs for print and offline use (``<page url>brief.pdf``)."""

    brief: str = Field(description="The PDF brief on A4 paper.")
    brief_letter: str = Field(description="The PDF brief on US Letter paper.")
    slides: str | None = Field(
        description="A lesson's slides for trainers (A4, landscape); null for "
        "other pages."
    )
    slides_letter: str | None = Field(
        description="The slides on US Letter paper (landscape)."
    )
    toolkit: str = Field(
        description="The field toolkit of this page (a learning path: with its "
        "steps), as a web page showing what it holds and each download's size."
    )
    toolkit_pdf: str = Field(
        description="The toolkit as one PDF with every brief (A4; add "
        "``&paper=letter``). Answers 202 with Retry-After while briefs are built."
    )
    toolkit_zip: str = Field(
        description="The toolkit as a zip: the briefs, an offline HTML copy "
        "that opens from the file system and the resources' own files."
    )


def downloads(request, page) -> dict | None:
    """The :class:`Downloads` of ``page``, absolute; None when it has none (a
    restricted page). A brief not built yet answers 202 until it is ready."""
    url = page_url(request, page)
    if url is None or not has_brief(page):
        return None
    slides = has_brief(page, "slides", check_sections=False)
    with translation.override(page.locale.language_code):
        toolkit = request.build_absolute_uri(reverse("toolkits:toolkit"))
        toolkit_download = request.build_absolute_uri(reverse("toolkits:download"))
    query = toolkit_query(page)
    return {
        "brief": f"{url}brief.pdf",
        "brief_letter": f"{url}brief.pdf?paper=letter",
        "slides": f"{url}slides.pdf" if slides else None,
        "slides_letter": f"{url}slides.pdf?paper=letter" if slides else None,
        "toolkit": f"{toolkit}?{query}",
        "toolkit_pdf": f"{toolkit_download}?{query}&format=pdf",
        "toolkit_zip": f"{toolkit_download}?{query}&format=zip",
    }
