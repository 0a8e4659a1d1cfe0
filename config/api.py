"""The headless API, version 1: every app's router under ``/api/v1/``.

Breaking changes (a field removed or renamed, a meaning changed) go to a new
version next to this one; additions (new fields, endpoints, parameters) are
made here. See ``docs/api.md`` for how to use it.
"""

from __future__ import annotations

import functools

from django.http import HttpRequest
from django.urls import Resolver404, resolve
from django.utils.translation import gettext as _
from ninja import NinjaAPI, Schema

from core.api import caching, openapi, problems
from core.api.throttling import ClientRateThrottle
from members.api import headers as members_api


class PraxisAPI(NinjaAPI):
    """django-ninja with Praxis's caching headers on every success, and every
    status an endpoint can answer in the OpenAPI document."""

    def create_response(self, request, data, *, status=None, temporal_response=None):
        response = super().create_response(
            request, data, status=status, temporal_response=temporal_response
        )
        return members_api.personal(request, caching.finish(request, response))

    def on_exception(self, request, exc):
        # The members' API marks its errors (a refused token) too.
        return members_api.personal(request, super().on_exception(request, exc))

    def get_openapi_schema(self, *, path_prefix=None, path_params=None):
        return openapi.declare_problems(
            super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        )


api = PraxisAPI(
    title="Praxis API",
    version="1",
    urls_namespace="api-v1",
    description=(
        "Read-only access to everything an anonymous visitor of Praxis may see: "
        "lessons, resources, learning paths, the glossary and taxonomy, "
        "movements, campaigns, opportunities and events, in every language of "
        "the site. Errors are RFC 9457 problem details. A member's own lists, "
        "learning paths and RSVPs are under /api/v1/me/, with a personal access "
        "token or the site's session."
    ),
    throttle=[ClientRateThrottle()],
)
problems.install(api)


def _add_routers() -> None:
    from engagement.api import router as engagement_router
    from lessons.api import router as lessons_router
    from members.api.router import router as members_router
    from members.discussions.api import router as discussions_router
    from members.mentoring.api import router as mentoring_router
    from search.api import router as search_router

    api.add_router("/", lessons_router)
    api.add_router("/", engagement_router)
    api.add_router("/", search_router)
    api.add_router("/", discussions_router)
    api.add_router("/me/", members_router)
    api.add_router("/me/", mentoring_router)


_add_routers()


class Endpoint(Schema):
    path: str
    url: str
    summary: str


class Index(Schema):
    """What ``/api/v1/`` answers: where the documentation is and which lists
    there are, so a client (or a person trying the address) can start here."""

    name: str
    version: str
    docs: str
    openapi: str
    endpoints: list[Endpoint]


@functools.cache
def _collections() -> list[tuple[str, str]]:
    """The schema's list endpoints (``GET`` paths without a parameter in them),
    read from the OpenAPI document so that the index never lists an endpoint
    that is not there, nor misses a new one. Built once per process: the
    endpoints change only with the code."""
    schema = api.get_openapi_schema(path_prefix="/api/v1/")
    found = []
    for path, operations in schema["paths"].items():
        get = operations.get("get")
        if get is None or "{" in path or path == "/api/v1/":
            continue
        found.append((path, get.get("summary", "")))
    return sorted(found)


@api.get(
    "/",
    response=Index,
    summary="Where to start: the docs and the list endpoints",
    tags=["index"],
)
def index(request: HttpRequest):
    return {
        "name": api.title,
        "version": api.version,
        "docs": request.build_absolute_uri("/api/v1/docs"),
        "openapi": request.build_absolute_uri("/api/v1/openapi.json"),
        "endpoints": [
            {"path": path, "url": request.build_absolute_uri(path), "summary": summary}
            for path, summary in _collections()
        ],
    }


def not_found(request: HttpRequest, rest: str = ""):
    """Any other path under the API: a 404 problem (a hint when only the
    trailing slash is missing)."""
    detail = _("There is no such endpoint. The list of endpoints is at %(docs)s.") % {
        "docs": request.build_absolute_uri("/api/v1/docs")
    }
    if not request.path.endswith("/"):
        try:
            resolve(request.path + "/")
        except Resolver404:
            pass
        else:
            detail = _("Add a slash to the end of the path: %(path)s") % {
                "path": request.path + "/"
            }
    return problems.problem_response(request, 404, detail)
