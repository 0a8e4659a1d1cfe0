"""``/api/v1/lessons/``: the lesson library, filtered like the site's."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from django.db.models import CharField, F, Prefetch, Value
from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from core.api.filters import filter_list, query_schema
from core.api.locales import locale_code
from core.api.pagination import Paginated, paginate
from core.api.schemas import (
    DocumentOut,
    ImageOut,
    PageRef,
    TermRef,
    Translation,
    api_url,
    image_out,
    image_queryset,
    page_ref,
    page_url,
    rich_texts,
)
from core.attribution import attribution
from core.visibility import visible_pages

from ..evidence.related import suggested_lessons
from ..filters import LessonFilterSet
from ..models import LessonPage
from .adoption import AdoptionReportOut, TriedBy, for_lesson
from .common import (
    Downloads,
    add_detail_routes,
    downloads,
    pages_and_translations,
    signal_out,
    terms_by_page,
    visible_page_refs,
)

router = Router(tags=["lessons"])


class LessonSummary(Schema):
    id: int
    title: str
    slug: str
    locale: str = Field(description="The language this lesson is written in.")
    url: str | None = Field(description="The public page.")
    api_url: str | None
    summary: str
    format: str
    result: str = Field(description="worked, mixed or misfire.")
    scale: str
    countries: list[str] = Field(description="ISO 3166 country codes.")
    first_published_at: datetime | None
    last_published_at: datetime | None
    topics: list[TermRef]
    tactics: list[TermRef]
    audiences: list[TermRef]
    bottlenecks: list[TermRef]
    image: ImageOut | None
    movement: PageRef | None = Field(
        description="The movement that shared it; null when shared anonymously."
    )


class ActivityStep(Schema):
    title: str
    description: str = Field(description="HTML.")
    duration: str
    materials: str


class Caution(Schema):
    risk_level: str
    title: str
    description: str


class OutcomeSignal(Schema):
    metric_kind: str
    label: str
    baseline: Decimal | None
    result: Decimal | None
    change: Decimal | None = Field(description="result minus baseline, when both known")
    unit: str
    effect: str
    evidence: str
    likely_factors: str


class ContextNotes(Schema):
    political: str = Field(description="HTML.")
    coalition: str = Field(description="HTML.")
    media: str = Field(description="HTML.")
    legal: str = Field(description="HTML.")


class LineageLink(Schema):
    lesson: PageRef
    what_changed: str


class LessonDetail(LessonSummary):
    problem: str = Field(description="HTML.")
    activities: list[ActivityStep]
    outcomes: str = Field(description="HTML.")
    what_we_would_change: str = Field(description="HTML.")
    cautions: list[Caution]
    context: ContextNotes
    started: date | None
    ended: date | None
    tags: list[TermRef]
    outcome_signals: list[OutcomeSignal]
    adapted_from: list[LineageLink] = Field(description="Earlier lessons it built on.")
    adapted_by: list[LineageLink] = Field(description="Later lessons built on it.")
    related: list[PageRef] = Field(
        description="The related lessons editors chose; when they chose none an "
        "anonymous visitor may read, lessons sharing its tactics, bottlenecks "
        "and topics (see related_suggested)."
    )
    related_suggested: bool = Field(
        description="True: the related lessons are suggestions, not editors' choices."
    )
    authors: list[str] = Field(description="Empty when shared anonymously.")
    anonymised: bool
    source_campaign: PageRef | None
    funding_disclosure: str
    origin_note: str
    licence: str
    documents: list[DocumentOut]
    translations: list[Translation] = Field(
        description="The same lesson in other languages."
    )
    tried_by: TriedBy = Field(
        description="Approved adoption reports (in any language), by result."
    )
    adoption_reports: list[AdoptionReportOut] = Field(
        description="The approved adoption reports, newest first."
    )
    downloads: Downloads | None = Field(
        description="The PDF brief and slides; null for a restricted lesson."
    )


FIELDS_WITH_TAGS = ("topics", "tactics", "audiences", "bottlenecks", "tags")

LessonQuery = query_schema(LessonFilterSet, "LessonQuery")


def _visible(request):
    return visible_pages(LessonPage.objects.all(), request)


def _summary(request, lesson, terms, movements) -> dict:
    return {
        "id": lesson.pk,
        "title": lesson.title,
        "slug": lesson.slug,
        "locale": lesson.locale.language_code,
        "url": page_url(request, lesson),
        "api_url": api_url(request, lesson),
        "summary": lesson.summary,
        "format": lesson.format,
        "result": lesson.result,
        "scale": lesson.scale,
        "countries": [country.code for country in lesson.countries],
        "first_published_at": lesson.first_published_at,
        "last_published_at": lesson.last_published_at,
        **terms,
        "image": image_out(request, lesson.hero_image, lesson),
        "movement": movements.get(attribution(lesson).movement_id),
    }


def _with_image(queryset):
    return queryset.select_related("locale").prefetch_related(
        Prefetch("hero_image", queryset=image_queryset())
    )


@router.get(
    "/",
    response=Paginated[LessonSummary],
    url_name="lessonpage-list",
    summary="List lessons",
)
def list_lessons(request: HttpRequest, params: Query[LessonQuery]):
    """Lessons an anonymous visitor may read, newest first, with the lesson
    library's facets (``topic``, ``tactic``, ``audience``, ``bottleneck``,
    ``country``, ``format``, ``result``, ``risk``, ``movement``) and ``ordering``.
    """
    _locale, lessons = filter_list(
        request,
        LessonFilterSet,
        _visible(request),
        params,
        "-first_published_at",
        "-pk",
    )
    items, envelope = paginate(
        request, _with_image(lessons), params.page, params.page_size
    )
    terms = terms_by_page(LessonPage, [lesson.pk for lesson in items])
    movements = visible_page_refs(
        request, [attribution(lesson).movement_id for lesson in items]
    )
    envelope["results"] = [
        _summary(request, lesson, terms[lesson.pk], movements) for lesson in items
    ]
    return envelope


def _lineage(request, lesson) -> tuple[list, list, list]:
    """Adapted from, adapted by and related lessons an anonymous visitor may
    read, in one query."""
    visible = _visible(request)
    kind = CharField()
    columns = ("pk", "title", "slug", "url_path", "locale_id", "kind", "note")
    adapted_from = (
        visible.filter(adaptations__page=lesson.pk)
        .annotate(
            kind=Value("from", output_field=kind), note=F("adaptations__what_changed")
        )
        .values_list(*columns)
        .order_by()
    )
    adapted_by = (
        visible.filter(adapted_from_links__source=lesson.pk)
        .annotate(
            kind=Value("by", output_field=kind),
            note=F("adapted_from_links__what_changed"),
        )
        .values_list(*columns)
        .order_by()
    )
    related = (
        visible.filter(pk__in=lesson.related_links.values("lesson"))
        .annotate(
            kind=Value("related", output_field=kind), note=Value("", output_field=kind)
        )
        .values_list(*columns)
        .order_by()
    )
    found = {"from": [], "by": [], "related": []}
    locales = {}
    for pk, title, slug, url_path, locale_id, which, note in adapted_from.union(
        adapted_by, related, all=True
    ):
        page = LessonPage(
            pk=pk, title=title, slug=slug, url_path=url_path, locale_id=locale_id
        )
        if locale_id not in locales:
            locales[locale_id] = locale_code(locale_id)
        ref = {
            "id": pk,
            "title": title,
            "slug": slug,
            "locale": locales[locale_id],
            "url": page_url(request, page),
            "api_url": api_url(request, page),
        }
        found[which].append(
            ref if which == "related" else {"lesson": ref, "what_changed": note}
        )
    found["from"].sort(key=lambda link: link["lesson"]["title"].casefold())
    found["by"].sort(key=lambda link: link["lesson"]["title"].casefold())
    found["related"].sort(key=lambda ref: ref["title"].casefold())
    return found["from"], found["by"], found["related"]


def lesson_detail(request, lesson) -> dict:
    terms = terms_by_page(LessonPage, [lesson.pk], FIELDS_WITH_TAGS)[lesson.pk]
    credit = attribution(lesson)
    # The movement, the campaign and the translations, in one query.
    related_pages, translations = pages_and_translations(
        request, lesson, credit.origin_ids
    )
    movement = related_pages.get(credit.movement_id)
    campaign = related_pages.get(credit.campaign_id)

    steps = [step.value for step in lesson.activities if step.block_type == "step"]
    html = rich_texts(
        request,
        lesson.problem,
        lesson.outcomes,
        lesson.what_we_would_change,
        lesson.political_context,
        lesson.coalition_context,
        lesson.media_context,
        lesson.legal_context,
        *(step["description"].source for step in steps),
    )
    (problem, outcomes, change, political, coalition, media, legal), descriptions = (
        html[:7],
        html[7:],
    )
    adapted_from, adapted_by, related = _lineage(request, lesson)
    suggested = False
    if not related:
        # The lesson page's rule (lessons.evidence.related), so both agree.
        related = [
            page_ref(request, page)
            for page in suggested_lessons(lesson, _visible(request))
        ]
        suggested = bool(related)
    documents = [
        {
            # An uploaded file's name can name people: anonymised lessons
            # number their documents, as the lesson page does.
            "title": credit.document_label(item.title, item.label, position),
            "url": page_url(request, lesson)
            + lesson.reverse_subpage("document", args=[position]),
            "extension": item.document.file_extension,
        }
        for position, item in enumerate(lesson.documents.select_related("document"), 1)
    ]
    detail = _summary(
        request,
        lesson,
        {key: terms[key] for key in ("topics", "tactics", "audiences", "bottlenecks")},
        {lesson.movement_id: page_ref(request, movement)} if movement else {},
    )
    detail.update(
        {
            "problem": problem,
            "activities": [
                {
                    "title": step["title"],
                    "description": description,
                    "duration": step["duration"] or "",
                    "materials": step["materials"] or "",
                }
                for step, description in zip(steps, descriptions, strict=True)
            ],
            "outcomes": outcomes,
            "what_we_would_change": change,
            "cautions": [
                {
                    "risk_level": caution.risk_level,
                    "title": caution.title,
                    "description": caution.description,
                }
                for caution in lesson.cautions.all()
            ],
            "context": {
                "political": political,
                "coalition": coalition,
                "media": media,
                "legal": legal,
            },
            "started": lesson.started,
            "ended": lesson.ended,
            "tags": terms["tags"],
            "outcome_signals": [
                signal_out(signal) for signal in lesson.outcome_signals.all()
            ],
            "adapted_from": adapted_from,
            "adapted_by": adapted_by,
            "related": related,
            "related_suggested": suggested,
            "authors": credit.authors,
            "anonymised": credit.anonymised,
            "source_campaign": page_ref(request, campaign) if campaign else None,
            "funding_disclosure": lesson.funding_disclosure,
            "origin_note": lesson.origin_note,
            "licence": lesson.licence,
            "documents": documents,
            "translations": translations,
            "downloads": downloads(request, lesson),
            **for_lesson(request, lesson),
        }
    )
    return detail


add_detail_routes(
    router,
    model=LessonPage,
    response=LessonDetail,
    detail=lesson_detail,
    visible=_visible,
    noun="lesson",
    about=(
        "Every part of a lesson: its units, context notes, evidence, lineage both "
        "ways, related lessons, authors (unless shared anonymously), documents and "
        "the languages it is available in."
    ),
    related=("hero_image",),
)
