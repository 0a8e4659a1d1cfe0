"""What the lesson library's endpoints share: taxonomy terms of many pages in
one query, and the visible movements and campaigns pages come from."""

from __future__ import annotations

from collections import defaultdict

from django.db.models import CharField, F, Value
from wagtail.models import Page

from headless.schemas import page_ref

from ..visibility import visible_pages

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
