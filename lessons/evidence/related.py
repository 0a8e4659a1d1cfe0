"""Related lessons filled in when editors have chosen none the reader may see.

A lesson is suggested for what it shares with the one being read: each
shared tactic scores 3, each shared bottleneck 2 and each shared topic 1;
ties go to the most recently published. Terms are matched by their
``translation_key``, so a Swedish lesson and an English one tagged with the
same tactic in their own languages share it.

Suggestions are read as the reader may see them (:func:`visible_pages`), in
the reader's language or the original where untranslated (:func:`with_fallback`),
never the lesson itself nor one of its translations, in one query however
many candidates: the scores are sub-queries of that query. The lesson page
and the API's lesson detail both ask :func:`suggested_lessons`.
"""

from __future__ import annotations

from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

from core.locales import with_fallback

#: How many lessons are suggested at most.
LIMIT = 4
#: (relation, weight) of each vocabulary in the score.
WEIGHTS = (("tactics", 3), ("bottlenecks", 2), ("topics", 1))


def _shared(model, relation: str, keys) -> Subquery:
    """How many terms of ``relation`` a candidate shares with ``keys`` (term
    translation keys: a list, or a sub-query of the lesson's own terms)."""
    through = model._meta.get_field(relation).remote_field.through
    term = model._meta.get_field(relation).related_model._meta.model_name
    page = model._meta.model_name
    return Coalesce(
        Subquery(
            through.objects.filter(
                **{f"{page}_id": OuterRef("pk"), f"{term}__translation_key__in": keys}
            )
            .order_by()
            .values(f"{page}_id")
            .annotate(n=Count("pk"))
            .values("n")[:1],
            output_field=IntegerField(),
        ),
        Value(0),
    )


def suggested_lessons(lesson, visible: QuerySet, *, preview: bool = False) -> list:
    """Up to :data:`LIMIT` lessons of ``visible`` (lessons the reader may read)
    sharing the most tactics, bottlenecks and topics with ``lesson``, in
    ``lesson``'s language or their original one. A preview scores the draft's
    unsaved terms."""
    model = type(lesson)
    score = Value(0)
    for relation, weight in WEIGHTS:
        if preview:
            keys = [term.translation_key for term in getattr(lesson, relation).all()]
            if not keys:
                continue
        else:
            keys = (
                model._meta.get_field(relation)
                .related_model.objects.filter(lessons=lesson.pk)
                .values("translation_key")
            )
        score = score + _shared(model, relation, keys) * weight
    candidates = with_fallback(
        visible.exclude(translation_key=lesson.translation_key), lesson.locale_id
    )
    return list(
        candidates.select_related("locale")
        .annotate(score=score)
        .filter(score__gt=0)
        .order_by("-score", "-first_published_at", "-pk")[:LIMIT]
    )
