"""The rest of the lesson library in the headless API: ``/api/v1/resources/``,
``/api/v1/paths/`` (learning paths), ``/api/v1/glossary/`` and
``/api/v1/taxonomy/{kind}/``.

Pages go through :func:`core.visibility.visible_pages` like lessons do;
glossary and taxonomy terms are public snippets, listed in the requested
locale with the fallback rule. Taxonomy counts only count what the lesson
list shows an anonymous visitor.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Literal

from django.db.models import Count
from django.db.models.functions import Lower
from django.http import HttpRequest
from ninja import Field, Query, Router, Schema
from wagtail.models import Page

from core.api.filters import ListParams, filter_list, query_schema
from core.api.locales import locale_code, with_fallback
from core.api.pagination import Paginated, paginate
from core.api.schemas import (
    DocumentOut,
    PageRef,
    TermRef,
    Translation,
    item_slug,
    page_ref,
    page_url,
    rich_texts,
)
from core.visibility import visible_pages

from ..choices import ResourceType
from ..filters import ResourceFilterSet
from ..models import (
    Audience,
    Bottleneck,
    GlossaryPage,
    GlossaryTerm,
    LearningPathPage,
    LearningPathStep,
    LessonPage,
    ResourcePage,
    Tactic,
    Topic,
)
from .common import (
    DetailQuery,
    Downloads,
    add_detail_routes,
    detail_locale,
    downloads,
    in_locale,
    pages_and_translations,
    snippet_api_url,
    snippet_by_slug,
    terms_by_page,
    visible_page_refs,
)

resources = Router(tags=["resources"])
paths = Router(tags=["learning paths"])
glossary = Router(tags=["glossary"])
taxonomy = Router(tags=["taxonomy"])


# Resources ------------------------------------------------------------------


class ResourceSummary(PageRef):
    summary: str
    type: str = Field(description=", ".join(ResourceType.values) + ".")
    publisher: str = Field(description="Empty when shared anonymously.")
    language: str = Field(
        description="The language of the resource itself, as a code ('ar')."
    )
    language_name: str = Field(description="That language, named in itself.")
    year: int | None
    topics: list[TermRef] = Field(description="The collections it belongs to.")
    external_url: str | None = Field(description="Where it lives on another site.")
    document: DocumentOut | None = Field(description="The file, to download.")
    first_published_at: datetime | None
    last_published_at: datetime | None
    movement: PageRef | None = Field(
        description="The movement that shared it; null when shared anonymously."
    )


class ResourceDetail(ResourceSummary):
    description: str = Field(description="HTML.")
    anonymised: bool
    translations: list[Translation] = Field(
        description="The same resource in other languages."
    )
    downloads: Downloads | None = Field(description="The PDF brief.")


ResourceQuery = query_schema(ResourceFilterSet, "ResourceQuery")


def _visible_resources(request):
    return visible_pages(ResourcePage.objects.all(), request)


def _document(resource, url: str | None) -> dict | None:
    """The resource's file, through the page's (at ``url``) ``download/``
    route: its reading rules, and a neutral file name when shared
    anonymously."""
    if resource.document is None or url is None:
        return None
    return {
        # A file's title is often its uploaded name, which can name people.
        "title": resource.attribution.document_label("", resource.document.title),
        "url": url + resource.reverse_subpage("download"),
        "extension": resource.document.file_extension,
    }


def _resource_summary(request, resource, topics, movements) -> dict:
    ref = page_ref(request, resource)
    return {
        **ref,
        "summary": resource.summary,
        "type": resource.resource_type,
        "publisher": resource.attribution.publisher,
        "language": resource.language,
        "language_name": resource.language_name,
        "year": resource.year,
        "topics": topics,
        "external_url": resource.external_url or None,
        "document": _document(resource, ref["url"]),
        "first_published_at": resource.first_published_at,
        "last_published_at": resource.last_published_at,
        "movement": movements.get(resource.attribution.movement_id),
    }


@resources.get(
    "/",
    response=Paginated[ResourceSummary],
    url_name="resourcepage-list",
    summary="List resources",
)
def list_resources(request: HttpRequest, params: Query[ResourceQuery]):
    """Resources an anonymous visitor may read, newest first, with the
    resource library's facets: ``topic`` (the collections), ``type`` and
    ``language`` (of the resource itself)."""
    _locale, found = filter_list(
        request,
        ResourceFilterSet,
        _visible_resources(request),
        params,
        "-first_published_at",
        "-pk",
    )
    items, envelope = paginate(
        request,
        found.select_related("locale", "document"),
        params.page,
        params.page_size,
    )
    topics = terms_by_page(ResourcePage, [item.pk for item in items], ("topics",))
    movements = visible_page_refs(
        request, [item.attribution.movement_id for item in items]
    )
    envelope["results"] = [
        _resource_summary(request, item, topics[item.pk]["topics"], movements)
        for item in items
    ]
    return envelope


def _resource_detail(request, resource) -> dict:
    movement_id = resource.attribution.movement_id
    pages, translations = pages_and_translations(request, resource, [movement_id])
    movement = pages.get(movement_id)
    topics = terms_by_page(ResourcePage, [resource.pk], ("topics",))[resource.pk]
    (description,) = rich_texts(request, resource.body)
    return {
        **_resource_summary(
            request,
            resource,
            topics["topics"],
            {movement_id: page_ref(request, movement)} if movement else {},
        ),
        "description": description,
        "anonymised": resource.attribution.anonymised,
        "translations": translations,
        "downloads": downloads(request, resource),
    }


add_detail_routes(
    resources,
    model=ResourcePage,
    response=ResourceDetail,
    detail=_resource_detail,
    visible=_visible_resources,
    noun="resource",
    about=(
        "A resource with its description, file and link, and the languages its page"
        " is available in."
    ),
    related=("document",),
)


# Learning paths -------------------------------------------------------------


class PathSummary(PageRef):
    summary: str
    estimated_hours: Decimal | None = Field(
        description="Roughly how long the whole path takes."
    )
    step_count: int = Field(description="How many steps are open to everyone.")
    first_published_at: datetime | None
    last_published_at: datetime | None


class PathStep(Schema):
    position: int = Field(description="From 1, among the steps listed.")
    kind: str = Field(description="lesson or resource.")
    page: PageRef
    note: str = Field(description="What to look for, or discuss afterwards.")


class PathDetail(PathSummary):
    intro: str = Field(description="HTML.")
    steps: list[PathStep] = Field(
        description="In order; steps whose lesson or resource is not public are "
        "left out."
    )
    facilitator_notes: str = Field(description="HTML.")
    translations: list[Translation] = Field(
        description="The same path in other languages."
    )
    downloads: Downloads | None = Field(
        description="The PDF brief: the path's steps with their summaries."
    )


#: What a step's page is, by its model.
STEP_KINDS = {LessonPage: "lesson", ResourcePage: "resource"}


def _visible_paths(request):
    return visible_pages(LearningPathPage.objects.all(), request)


def _visible_steps(request):
    """Steps whose lesson or resource an anonymous visitor may read."""
    return LearningPathStep.objects.filter(
        page__in=visible_pages(Page.objects.all(), request).values("pk")
    )


def _path_summary(request, path, step_count: int) -> dict:
    return {
        **page_ref(request, path),
        "summary": path.summary,
        "estimated_hours": path.estimated_hours,
        "step_count": step_count,
        "first_published_at": path.first_published_at,
        "last_published_at": path.last_published_at,
    }


@paths.get(
    "/",
    response=Paginated[PathSummary],
    url_name="learningpathpage-list",
    summary="List learning paths",
)
def list_paths(request: HttpRequest, params: Query[ListParams]):
    """Learning paths an anonymous visitor may follow, by title, as the site
    lists them."""
    _locale, found = in_locale(request, params, _visible_paths(request))
    items, envelope = paginate(
        request,
        found.select_related("locale").order_by("title", "pk"),
        params.page,
        params.page_size,
    )
    step_counts = dict(
        _visible_steps(request)
        .filter(path__in=[path.pk for path in items])
        .order_by()
        .values_list("path")
        .annotate(total=Count("pk"))
    )
    envelope["results"] = [
        _path_summary(request, path, step_counts.get(path.pk, 0)) for path in items
    ]
    return envelope


def _path_detail(request, path) -> dict:
    _pages, translations = pages_and_translations(request, path)
    steps = [
        {
            "position": position,
            "kind": STEP_KINDS.get(
                step.page.specific_class, step.page.specific_class._meta.model_name
            ),
            "page": page_ref(request, step.page),
            "note": step.note,
        }
        for position, step in enumerate(
            _visible_steps(request)
            .filter(path=path)
            .select_related("page__locale")
            .order_by("sort_order", "pk"),
            1,
        )
    ]
    intro, notes = rich_texts(request, path.intro, path.facilitator_notes)
    return {
        **_path_summary(request, path, len(steps)),
        "intro": intro,
        "steps": steps,
        "facilitator_notes": notes,
        "translations": translations,
        "downloads": downloads(request, path),
    }


add_detail_routes(
    paths,
    model=LearningPathPage,
    response=PathDetail,
    detail=_path_detail,
    visible=_visible_paths,
    noun="learning path",
    about=(
        "A learning path: its steps in order (only those open to everyone), the "
        "time it takes and the notes for facilitators."
    ),
)


# Glossary -------------------------------------------------------------------


class GlossaryTermOut(Schema):
    id: int
    term: str
    slug: str
    locale: str = Field(description="The language of this term.")
    definition: str = Field(description="Plain text; line breaks are kept.")
    url: str | None = Field(description="The term on the public glossary page.")
    api_url: str


class GlossaryTermDetail(GlossaryTermOut):
    translations: list[Translation] = Field(
        description="The same term in other languages."
    )


def _glossary_urls(request, locale_ids) -> dict[int, str | None]:
    """``{locale id: public glossary page URL}``, in one query."""
    pages = visible_pages(
        GlossaryPage.objects.filter(locale_id__in=set(locale_ids)), request
    ).order_by("-pk")
    return {page.locale_id: page_url(request, page) for page in pages}


def _glossary_term(request, term, pages) -> dict:
    page = pages.get(term.locale_id)
    return {
        "id": term.pk,
        "term": term.term,
        "slug": term.slug,
        "locale": locale_code(term.locale_id),
        "definition": term.definition,
        "url": f"{page}#{term.slug}" if page else None,
        "api_url": snippet_api_url(request, "glossaryterm-detail", term),
    }


@glossary.get(
    "/",
    response=Paginated[GlossaryTermOut],
    url_name="glossaryterm-list",
    summary="List glossary terms",
)
def list_glossary(request: HttpRequest, params: Query[ListParams]):
    """Every glossary term, A–Z, in ``locale``; a term not translated into it
    is listed in its original language."""
    _locale, found = in_locale(request, params, GlossaryTerm.objects.all())
    items, envelope = paginate(
        request, found.order_by(Lower("term"), "pk"), params.page, params.page_size
    )
    pages = _glossary_urls(request, [term.locale_id for term in items])
    envelope["results"] = [_glossary_term(request, term, pages) for term in items]
    return envelope


@glossary.get(
    "/{slug}/",
    response=GlossaryTermDetail,
    url_name="glossaryterm-detail",
    summary="One glossary term, by slug",
)
def get_glossary_term(
    request: HttpRequest, params: Query[DetailQuery], slug: str = item_slug()
):
    """The term with this slug in ``locale`` (or its translation there),
    otherwise in its original language."""
    locale = detail_locale(request, params, default=True)
    term = snippet_by_slug(GlossaryTerm.objects.all(), slug, locale)
    others = list(
        GlossaryTerm.objects.filter(translation_key=term.translation_key)
        .exclude(pk=term.pk)
        .order_by("pk")
    )
    pages = _glossary_urls(request, [item.locale_id for item in (term, *others)])
    translations = [
        {
            key: value
            for key, value in _glossary_term(request, item, pages).items()
            if key in Translation.model_fields
        }
        for item in others
    ]
    return {
        **_glossary_term(request, term, pages),
        "translations": sorted(translations, key=lambda item: item["locale"]),
    }


# Taxonomy -------------------------------------------------------------------


#: The vocabularies by their name in the path, which is also the name of the
#: lesson's field that carries them.
VOCABULARIES = {
    "tactics": Tactic,
    "audiences": Audience,
    "topics": Topic,
    "bottlenecks": Bottleneck,
}

Kind = Literal[tuple(VOCABULARIES)]  # type: ignore[valid-type]


class TaxonomyTermOut(Schema):
    id: int
    name: str
    slug: str = Field(description="The same in every language; the lesson filter.")
    locale: str = Field(description="The language of this term.")
    description: str
    lesson_count: int = Field(
        description="How many lessons the lesson list of the requested language "
        "(with the fallback rule) shows under this term's slug."
    )
    api_url: str


class TaxonomyTermDetail(TaxonomyTermOut):
    translations: list[Translation] = Field(
        description="The same term in other languages."
    )


def _lesson_counts(request, kind: str, locale, slugs) -> dict[str, int]:
    """``{slug: lesson count}`` for the terms of ``kind`` with ``slugs``: the
    lessons an anonymous visitor finds in the lesson list of ``locale`` under
    each (the facet matches by slug, the same in every language), in one
    grouped query."""
    lessons = with_fallback(visible_pages(LessonPage.objects.all(), request), locale)
    term_slug = f"{kind}__slug"
    return dict(
        lessons.filter(**{f"{term_slug}__in": set(slugs)})
        .order_by()
        .values_list(term_slug)
        .annotate(total=Count("pk", distinct=True))
    )


def _taxonomy_term(request, term, kind: str, counts: dict[str, int]) -> dict:
    return {
        "id": term.pk,
        "name": term.name,
        "slug": term.slug,
        "locale": locale_code(term.locale_id),
        "description": term.description,
        "lesson_count": counts.get(term.slug, 0),
        "api_url": snippet_api_url(request, "taxonomyterm-detail", term, kind=kind),
    }


@taxonomy.get(
    "/{kind}/",
    response=Paginated[TaxonomyTermOut],
    url_name="taxonomyterm-list",
    summary="List the terms of a vocabulary",
)
def list_terms(request: HttpRequest, params: Query[ListParams], kind: Kind):
    """The terms of one vocabulary, by name, in ``locale`` (a term not
    translated into it in its original language), each with how many public
    lessons carry it."""
    locale, found = in_locale(request, params, VOCABULARIES[kind].objects.all())
    items, envelope = paginate(
        request, found.order_by(Lower("name"), "pk"), params.page, params.page_size
    )
    counts = _lesson_counts(request, kind, locale, [term.slug for term in items])
    envelope["results"] = [
        _taxonomy_term(request, term, kind, counts) for term in items
    ]
    return envelope


@taxonomy.get(
    "/{kind}/{slug}/",
    response=TaxonomyTermDetail,
    url_name="taxonomyterm-detail",
    summary="One term of a vocabulary, by slug",
)
def get_term(
    request: HttpRequest,
    params: Query[DetailQuery],
    kind: Kind,
    slug: str = item_slug(),
):
    """The term with this slug in ``locale`` (or its translation there),
    otherwise in its original language, with its public lesson count."""
    model = VOCABULARIES[kind]
    locale = detail_locale(request, params, default=True)
    term = snippet_by_slug(model.objects.all(), slug, locale)
    counts = _lesson_counts(request, kind, locale, [term.slug])
    translations = [
        {
            "locale": locale_code(other.locale_id),
            "id": other.pk,
            "url": None,
            "api_url": snippet_api_url(
                request, "taxonomyterm-detail", other, kind=kind
            ),
        }
        for other in model.objects.filter(translation_key=term.translation_key)
        .exclude(pk=term.pk)
        .only("pk", "slug", "locale_id")
    ]
    return {
        **_taxonomy_term(request, term, kind, counts),
        "translations": sorted(translations, key=lambda item: item["locale"]),
    }
