"""Related lessons filled in when editors have chosen none the reader may see.

A lesson is suggested for what it shares with the one being read: each
shared tactic scores 3, each shared bottleneck 2 and each shared topic 1;
ties go to the most recently published. Terms are matched by their
``translation_key``, so a Swedish lesson and an English one tagged with the
same tactic in their own languages share it.

Finding them takes two steps:

1. **The ranking**: the lessons sharing most with this one among every live
   lesson, best first, at most :data:`RANKED` of them. One aggregate over the
   three vocabularies' link tables (only the lessons sharing a term are
   read), remembered under the content generation (:mod:`core.generation`),
   so it is worked out again after any publication. It holds ids only, and no
   rule of who may read what.
2. **The reader's share of it**: those of the ranked lessons the reader may
   read (:func:`visible_pages`, always from the database), in the reader's
   language or the original where untranslated (:func:`with_fallback`), never
   the lesson itself nor one of its translations. Taking them in ranked order
   gives exactly the best :data:`LIMIT` the reader may read, unless the
   reader may read fewer than that of a full ranking; then the visible
   lessons are scored one by one (:func:`_scored_among`), which is slower but
   rare.

A preview scores the draft's unsaved terms, and is never remembered. The
lesson page and the API's lesson detail both ask :func:`suggested_lessons`.
"""

from __future__ import annotations

from django.db import connections
from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

from core import generation
from core.locales import with_fallback

#: How many lessons are suggested at most.
LIMIT = 4
#: How many ranked lessons are remembered: room for translations of one
#: another and for lessons a reader may not read.
RANKED = 40
#: (relation, weight) of each vocabulary in the score.
WEIGHTS = (("tactics", 3), ("bottlenecks", 2), ("topics", 1))


def _term_keys(lesson, relation: str, preview: bool):
    """The translation keys of ``lesson``'s terms of ``relation``: a list (of
    the draft's terms, for a preview) or a sub-query."""
    model = type(lesson)
    if preview:
        return [term.translation_key for term in getattr(lesson, relation).all()]
    return (
        model._meta.get_field(relation)
        .related_model.objects.filter(lessons=lesson.pk)
        .values("translation_key")
    )


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


def _ranking(lesson, *, preview: bool) -> list[int]:
    """The ids of up to :data:`RANKED` live lessons sharing most with
    ``lesson`` (not ``lesson`` nor its translations), best first; ties go to
    the most recently published, then the newest id."""
    model = type(lesson)
    connection = connections[model.objects.db]
    page_table = model._meta.get_field("page_ptr").related_model._meta.db_table
    parts, params = [], []
    for relation, weight in WEIGHTS:
        field = model._meta.get_field(relation)
        through = field.remote_field.through
        term = field.related_model
        page_column = through._meta.get_field(model._meta.model_name).column
        term_column = through._meta.get_field(term._meta.model_name).column
        keys = _term_keys(lesson, relation, preview)
        if preview:
            if not keys:
                continue
            prepare = term._meta.get_field("translation_key").get_db_prep_value
            keys_sql = ", ".join(["%s"] * len(keys))
            keys_params = [prepare(key, connection) for key in keys]
        else:
            keys_sql, keys_params = keys.query.sql_with_params()
        # Table and column names come from the models; every value is a
        # parameter.
        parts.append(
            f"SELECT link.{page_column} AS lesson, %s AS weight"  # noqa: S608
            f" FROM {through._meta.db_table} link"
            f" JOIN {term._meta.db_table} term ON term.id = link.{term_column}"
            f" WHERE term.translation_key IN ({keys_sql})"
        )
        params += [weight, *keys_params]
    if not parts:
        return []
    sql = (
        "SELECT shared.lesson FROM ("  # noqa: S608
        + " UNION ALL ".join(parts)
        + f") shared JOIN {page_table} page ON page.id = shared.lesson"
        " WHERE page.live AND page.translation_key <> %s"
        " GROUP BY shared.lesson, page.first_published_at"
        " ORDER BY SUM(shared.weight) DESC, page.first_published_at DESC,"
        " shared.lesson DESC LIMIT %s"
    )
    own_key = model._meta.get_field("translation_key").get_db_prep_value(
        lesson.translation_key, connection
    )
    params += [own_key, RANKED]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


def _candidates(lesson, visible: QuerySet) -> QuerySet:
    return with_fallback(
        visible.exclude(translation_key=lesson.translation_key), lesson.locale_id
    ).select_related("locale")


def _scored_among(lesson, visible: QuerySet, *, preview: bool) -> list:
    """The best :data:`LIMIT` of every lesson the reader may read, each scored
    on its own (what the ranking gives, when the reader may read enough of
    it)."""
    model = type(lesson)
    score = Value(0)
    for relation, weight in WEIGHTS:
        keys = _term_keys(lesson, relation, preview)
        if preview and not keys:
            continue
        score = score + _shared(model, relation, keys) * weight
    return list(
        _candidates(lesson, visible)
        .annotate(score=score)
        .filter(score__gt=0)
        .order_by("-score", "-first_published_at", "-pk")[:LIMIT]
    )


def suggested_lessons(lesson, visible: QuerySet, *, preview: bool = False) -> list:
    """Up to :data:`LIMIT` lessons of ``visible`` (lessons the reader may read)
    sharing the most tactics, bottlenecks and topics with ``lesson``, in
    ``lesson``'s language or their original one. A preview scores the draft's
    unsaved terms."""
    if preview:
        ranked = _ranking(lesson, preview=True)
    else:
        ranked = generation.remembered(
            "related-lessons",
            (lesson.pk, lesson.translation_key),
            lambda: _ranking(lesson, preview=False),
        )
    if not ranked:
        return []
    readable = _candidates(lesson, visible).filter(pk__in=ranked)
    found = {page.pk: page for page in readable}
    chosen = [found[pk] for pk in ranked if pk in found][:LIMIT]
    if len(chosen) < LIMIT and len(ranked) == RANKED:
        return _scored_among(lesson, visible, preview=preview)
    return chosen
