"""Headless preview: an editor reads a draft in the external frontend.

When ``PRAXIS_PREVIEW_URL`` is set, the admin offers "Preview in the external
site" on the pages the API serves (:mod:`core.wagtail_hooks`). The link
leads to :func:`core.api.views.preview`, which checks that the editor may edit
the page, signs a token for the page's latest revision (:func:`make_token`) and
sends the editor to ``PRAXIS_PREVIEW_URL?token=…&content_type=app_label.model``.
The frontend reads the draft from ``GET /api/v1/preview/?token=…``
(:func:`preview_router`), shaped like the live page's detail endpoint. The
draft's own fields and inline items (cautions, signals, authors) come from the
revision; what a detail function looks up by the page's id in the database
(taxonomy terms, lineage, partners) shows its last published state.

The token is signed with the ``SECRET_KEY`` (:mod:`django.core.signing`),
expires after ``PRAXIS_PREVIEW_MAX_AGE`` seconds, and names the editor it was
made for: it stops working as soon as they may no longer edit the page. It is
the only way to a draft; every other endpoint reads live pages an anonymous
visitor may see.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Union
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.http import Http404, HttpRequest
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema
from ninja.security import APIKeyQuery
from wagtail.models import Page, Revision

from . import caching
from .problems import INVALID_PREVIEW_TOKEN, Problem
from .schemas import API_NAMESPACE, page_ref

#: Signs preview tokens and nothing else.
SALT = "praxis.core.api.preview"
#: Longer tokens are refused unread (real ones have about 100 characters).
MAX_TOKEN_LENGTH = 1000

#: ``{page model: (detail schema, detail function)}`` given to
#: :func:`preview_router`: ``function(request, page)`` returns the schema's data.
Serialisers = Mapping[
    type[Page], tuple[type[Schema], Callable[[HttpRequest, Any], dict]]
]


def serves(model: type[Page]) -> bool:
    """Whether the API has a detail endpoint (``<model_name>-detail``) for
    pages of ``model``: those are the pages a frontend can show."""
    try:
        reverse(f"{API_NAMESPACE}:{model._meta.model_name}-detail", args=[1])
    except NoReverseMatch:
        return False
    return True


def make_token(page: Page, revision: Revision | None, user) -> str:
    """A token that shows ``revision`` of ``page`` (the page as stored, when
    it has no revision) for as long as ``user`` may edit the page."""
    payload = {
        "page": page.pk,
        "revision": revision.pk if revision is not None else None,
        "user": user.pk,
    }
    return signing.dumps(payload, salt=SALT, compress=True)


def external_url(page: Page, token: str) -> str:
    """``PRAXIS_PREVIEW_URL`` with ``token`` and the page's ``content_type``
    (``app_label.model_name``, as wagtail-headless-preview sends it) added to
    its query."""
    model = page.specific_class
    scheme, netloc, path, query, fragment = urlsplit(settings.PRAXIS_PREVIEW_URL)
    query = urlencode(
        [
            *parse_qsl(query),
            ("token", token),
            ("content_type", f"{model._meta.app_label}.{model._meta.model_name}"),
        ]
    )
    return urlunsplit((scheme, netloc, path, query, fragment))


def _invalid(status: int, detail: str) -> Problem:
    return Problem(
        status, detail, type=INVALID_PREVIEW_TOKEN, title=_("Invalid preview token")
    )


class PreviewToken(APIKeyQuery):
    """The ``token`` query parameter of the preview: signed and expiring."""

    param_name = "token"

    def authenticate(self, request: HttpRequest, key: str | None) -> dict:
        if not key:
            raise _invalid(
                401, _("Add the preview token from the admin's preview link: ?token=…")
            )
        invalid = _invalid(
            401,
            _(
                "This preview token is not valid. Open the preview from the "
                "admin again."
            ),
        )
        if len(key) > MAX_TOKEN_LENGTH:
            raise invalid
        try:
            return signing.loads(
                key, salt=SALT, max_age=settings.PRAXIS_PREVIEW_MAX_AGE
            )
        except signing.SignatureExpired:
            raise _invalid(
                401,
                _(
                    "This preview token has expired. Open the preview from the "
                    "admin again."
                ),
            ) from None
        except signing.BadSignature:
            raise invalid from None


def _draft(payload: dict) -> Page:
    """The page version a token shows, specific, if whoever made the token
    may still edit the page."""
    page = Page.objects.filter(pk=payload["page"]).first()
    if page is None:
        raise Http404
    user = get_user_model().objects.filter(pk=payload["user"], is_active=True).first()
    if user is None or not page.permissions_for_user(user).can_edit():
        raise _invalid(
            403,
            _(
                "The editor who opened this preview may no longer edit the page. "
                "Open the preview from the admin again."
            ),
        )
    if payload["revision"] is None:
        return page.specific
    revision = Revision.page_revisions.filter(
        pk=payload["revision"], object_id=str(page.pk)
    ).first()
    if revision is None:
        raise Http404
    return revision.as_object()


class PagePreview(Schema):
    """The draft of a page type that has no detail schema of its own."""

    id: int
    type: str = Field(description="The page type as ``app_label.ModelName``.")
    title: str
    slug: str
    locale: str
    url: str | None = Field(description="Where the page is (or will be) public.")
    api_url: str | None
    summary: str | None = Field(description="The page's summary, if it has one.")


def _generic(request: HttpRequest, page: Page) -> dict:
    model = type(page)
    return {
        **page_ref(request, page),
        "type": f"{model._meta.app_label}.{model.__name__}",
        "summary": getattr(page, "summary", None),
    }


def preview_router(serialisers: Serialisers) -> Router:
    """The ``/preview/`` endpoint, showing drafts of the page types in
    ``serialisers`` the way their detail endpoints show live pages."""
    router = Router(tags=["preview"])
    schemas = tuple(schema for schema, _function in serialisers.values())

    @router.get(
        "/",
        response=Union[(*schemas, PagePreview)],
        auth=PreviewToken(),
        url_name="preview",
        summary="A draft, for the editor's preview",
    )
    def preview(request: HttpRequest):
        """The draft a preview token was made for, shaped like its type's
        detail endpoint (or as a ``PagePreview``). The token comes from the
        admin's "Preview in the external site"; the response is never cached."""
        caching.mark_private(request)
        page = _draft(request.auth)
        schema, serialise = serialisers.get(type(page), (PagePreview, _generic))
        # Validated here, so that the union cannot pick the wrong member.
        return schema.model_validate(serialise(request, page))

    return router
