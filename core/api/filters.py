"""Query parameters from the site's FilterSets.

Each list endpoint documents (in OpenAPI) and accepts exactly the facets of
the FilterSet the site uses for the same list, plus ``locale``, ``page``,
``page_size`` and ``ordering``: :func:`query_schema` builds the schema from
the FilterSet, and :func:`filter_list` applies it. Unknown parameters and
values a facet does not have are 400 problems naming the parameter, rather
than being ignored: a typo should not silently return everything.
"""

from __future__ import annotations

from typing import Literal

import django_filters
from django.http import HttpRequest
from django.utils import translation
from django.utils.translation import gettext as _
from ninja import Field, Schema
from pydantic import create_model

from .locales import resolve_locale, with_fallback
from .pagination import DEFAULT_PAGE_SIZE, MAX_PAGE, MAX_PAGE_SIZE
from .problems import INVALID_PARAMETER, Problem

#: The longest value any single parameter may have.
MAX_VALUE_LENGTH = 200


class ListParams(Schema):
    locale: str | None = Field(
        None,
        max_length=20,
        description="Language code (default: the site's source language). Items "
        "not translated into it are listed in their original language.",
    )
    page: int = Field(1, ge=1, le=MAX_PAGE, description="Page number, from 1.")
    page_size: int = Field(
        DEFAULT_PAGE_SIZE,
        ge=1,
        le=MAX_PAGE_SIZE,
        description=f"Items per page, at most {MAX_PAGE_SIZE}.",
    )


def _ordering_values(f: django_filters.OrderingFilter) -> list[str]:
    return [prefix + name for name in f.param_map for prefix in ("", "-")]


def _static_choices(f) -> list[str] | None:
    choices = f.extra.get("choices")
    if isinstance(choices, (list, tuple)) and choices:
        return [str(value) for value, _label in choices]
    return None


def query_schema(filterset_class, name: str, extra: dict | None = None):
    """A ninja ``Schema`` of ``ListParams`` plus every filter of
    ``filterset_class`` (and ``extra`` fields, as ``create_model`` takes them)."""
    fields: dict = {}
    for filter_name, f in filterset_class.base_filters.items():
        label = str(f.label or filter_name)
        if isinstance(f, django_filters.OrderingFilter):
            values = _ordering_values(f)
            fields[filter_name] = (
                Literal[tuple(values)] | None,  # type: ignore[valid-type]
                Field(None, description=f"{label}: one of {', '.join(values)}."),
            )
            continue
        static = _static_choices(f)
        if isinstance(f, django_filters.MultipleChoiceFilter):
            item = Literal[tuple(static)] if static else str  # type: ignore[valid-type]
            fields[filter_name] = (
                list[item] | None,  # type: ignore[valid-type]
                Field(
                    None,
                    max_length=20,
                    description=f"{label}; repeat the parameter for several values "
                    "(any of them matches).",
                ),
            )
        elif static:
            fields[filter_name] = (
                Literal[tuple(static)] | None,  # type: ignore[valid-type]
                Field(None, description=label),
            )
        else:
            fields[filter_name] = (
                str | None,
                Field(None, max_length=MAX_VALUE_LENGTH, description=label),
            )
    fields.update(extra or {})
    return create_model(name, __base__=ListParams, **fields)


def check_known(request: HttpRequest, schema) -> None:
    """A 400 problem for query parameters the endpoint does not know."""
    unknown = sorted(set(request.GET) - set(schema.model_fields))
    if unknown:
        known = ", ".join(sorted(schema.model_fields))
        raise Problem(
            400,
            _("Unknown parameter(s): %(unknown)s. This endpoint takes: %(known)s.")
            % {"unknown": ", ".join(unknown), "known": known},
            type=INVALID_PARAMETER,
            title=_("Invalid parameter"),
            errors=[
                {"parameter": name, "message": _("Not a parameter of this endpoint.")}
                for name in unknown
            ],
        )


def filter_list(
    request: HttpRequest,
    filterset_class,
    queryset,
    params: Schema,
    *default_ordering: str,
    fallback: bool | None = True,
):
    """``(locale, queryset)``: ``queryset`` (already narrowed to what an
    anonymous visitor may see, across all locales) in the requested locale
    with the fallback rule, filtered and ordered like the site's lists.

    ``fallback=False`` keeps only items in the locale; ``None`` means the
    queryset was already chosen for the locale (opportunities of campaigns
    chosen with the fallback rule)."""
    check_known(request, type(params))
    locale = resolve_locale(params.locale)
    if fallback:
        queryset = with_fallback(queryset, locale)
    elif fallback is False:
        queryset = queryset.filter(locale_id=locale.pk)
    data = request.GET.copy()
    for name in ListParams.model_fields:
        data.pop(name, None)
    with translation.override(locale.language_code):
        filterset = filterset_class(data or None, queryset=queryset, request=request)
        if filterset.is_bound and not filterset.is_valid():
            errors = [
                {"parameter": name, "message": " ".join(messages)}
                for name, messages in filterset.form.errors.items()
            ]
            raise Problem(
                400,
                " ".join(f"{e['parameter']}: {e['message']}" for e in errors),
                type=INVALID_PARAMETER,
                title=_("Invalid parameter"),
                errors=errors,
            )
        return locale, filterset.ordered_qs(*default_ordering)
