"""Uploaded files follow their pages: the one view that serves ``MEDIA_URL``.

Wagtail stores image originals under ``original_images/``, their resized
copies (renditions) under ``images/`` and documents under ``documents/``, and
a web server (or ``django.conf.urls.static`` under ``make run``) would hand
any of them to anyone who has the address. The admin's images API gives out
an original's address, and a rendition's address travels with every page that
shows it, so an image used only on a restricted lesson would be one copied
link away from the public. Every request under ``MEDIA_URL`` comes here
instead, in every setting, and each file is served by the rules of the pages
that use it:

``original_images/…``
    Never to the public: only to someone who may change the image in the
    admin (whoever uploaded it, coordinators), or may choose it and may read,
    in the admin, a page that uses it (or no page uses it yet). Public pages
    only ever show renditions.
``images/…`` (renditions)
    To anyone when a live page an anonymous visitor may read uses the image;
    otherwise only to someone who may read a live page that uses it
    (:func:`core.visibility.visible_pages`) or may handle the image in the
    admin as above (the admin's thumbnails).
``documents/…`` and anything else
    Never: documents go through Wagtail's document view and
    :func:`core.documents.serve_document`, which apply the reading rules
    and give anonymised pages' files a neutral name.

"Uses" comes from Wagtail's reference index (:func:`core.documents.pages_using`),
so images in rich text count as well as chosen ones. Whatever is refused
answers 404, the same as a file that does not exist, so the answer does not
say whether a file is there. Files not everyone may have are sent with
``Cache-Control: private`` (404s included, since someone else may be allowed
the same address); public renditions may be kept by caches for
``PRAXIS_MEDIA_MAX_AGE`` seconds.

With ``PRAXIS_MEDIA_ACCEL_REDIRECT`` set (say ``"/protected-media/"``), the
decision stays here but nginx sends the bytes: the response carries an
``X-Accel-Redirect`` header to that prefix, which nginx maps to ``MEDIA_ROOT``
in an ``internal`` location.
"""

from __future__ import annotations

import enum
import mimetypes
import posixpath
from urllib.parse import quote

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.urls import get_resolver
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe
from wagtail.images import get_image_model, get_permission_policy
from wagtail.models import Page

from . import visibility
from .documents import pages_using


class Access(enum.Enum):
    """Who may have a file."""

    #: Anyone: a page every visitor may read shows it. Caches may keep it.
    PUBLIC = "public"
    #: This requester only: no shared cache may keep it.
    PRIVATE = "private"
    #: Not this requester: answered as if the file did not exist.
    DENIED = "denied"


def may_handle_in_admin(user, image, page_ids: list[int]) -> bool:
    """Whether ``user`` sees ``image`` in the admin: they may change it, or
    they may choose it and read (by the admin's reading rule) a page that uses
    it, or no page uses it yet.

    Choosing alone is not enough: contributors may choose every image in the
    library, including one only a restricted lesson uses.
    """
    if not user.is_authenticated:
        return False
    policy = get_permission_policy()
    if policy.user_has_permission_for_instance(user, "change", image):
        return True
    if not policy.user_has_permission_for_instance(user, "choose", image):
        return False
    if not page_ids:
        return True
    pages = Page.objects.filter(pk__in=page_ids)
    return visibility.readable_in_admin(pages, user).exists()


def original_access(image, request: HttpRequest) -> Access:
    """Who may have an image's original upload: never the public."""
    if may_handle_in_admin(request.user, image, pages_using(image)):
        return Access.PRIVATE
    return Access.DENIED


def rendition_access(image, request: HttpRequest) -> Access:
    """Who may have a resized copy of ``image``: see the module docstring."""
    page_ids = pages_using(image)
    if page_ids:
        pages = Page.objects.filter(pk__in=page_ids)
        if visibility.visible_pages(pages, AnonymousUser()).exists():
            return Access.PUBLIC
        if (
            request.user.is_authenticated
            and visibility.visible_pages(pages, request).exists()
        ):
            return Access.PRIVATE
    if may_handle_in_admin(request.user, image, page_ids):
        return Access.PRIVATE
    return Access.DENIED


def stored_name(path: str) -> str:
    """``path`` as a storage name, or 404 for anything that is not a plain
    relative path (``..``, absolute paths, backslashes, NUL characters)."""
    if not path or "\\" in path or "\x00" in path or path.startswith("/"):
        raise Http404
    name = posixpath.normpath(path)
    if name != path or name.startswith("../") or name == "..":
        raise Http404
    return name


def image_and_access(name: str, request: HttpRequest) -> tuple[object, Access]:
    """The image a stored file belongs to and who may have that file."""
    image_model = get_image_model()
    folder = name.split("/", 1)[0]
    if folder == "original_images":
        image = image_model.objects.filter(file=name).first()
        if image is not None:
            return image, original_access(image, request)
    elif folder == "images":
        rendition = (
            image_model.get_rendition_model()
            .objects.select_related("image")
            .filter(file=name)
            .first()
        )
        if rendition is not None:
            return rendition.image, rendition_access(rendition.image, request)
    raise Http404


def file_response(name: str, image) -> HttpResponse:
    """The stored file ``name``: its bytes, or an ``X-Accel-Redirect`` for
    nginx when ``PRAXIS_MEDIA_ACCEL_REDIRECT`` is set."""
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    prefix = settings.PRAXIS_MEDIA_ACCEL_REDIRECT
    if prefix:
        response = HttpResponse(content_type=content_type)
        response["X-Accel-Redirect"] = prefix.rstrip("/") + "/" + quote(name)
        return response
    try:
        handle = image.file.storage.open(name, "rb")
    except FileNotFoundError as error:
        raise Http404 from error
    return FileResponse(handle, content_type=content_type)


def not_found(request: HttpRequest, exception: Http404) -> HttpResponse:
    """The site's own 404 page (``handler404``), kept out of shared caches."""
    handler = get_resolver().resolve_error_handler(404)
    response = handler(request, exception)
    patch_cache_control(response, private=True)
    return response


@require_safe
def serve_media(request: HttpRequest, path: str) -> HttpResponse:
    """Any file under ``MEDIA_URL``, by the reading rules of the pages that
    use it (see the module docstring)."""
    try:
        name = stored_name(path)
        image, access = image_and_access(name, request)
        if access is Access.DENIED:
            raise Http404
        response = file_response(name, image)
    except Http404 as exception:
        return not_found(request, exception)
    if access is Access.PUBLIC:
        max_age = settings.PRAXIS_MEDIA_MAX_AGE
        patch_cache_control(response, public=True, max_age=max_age)
    else:
        patch_cache_control(response, private=True)
    return response
