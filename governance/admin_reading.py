"""The admin's reading rule: one answer, everywhere in the admin, to "may this
person see this page, document or image?".

The public site reads pages through :func:`core.visibility.visible_pages`.
The admin shows drafts too, so it has a rule of its own,
:func:`core.visibility.readable_in_admin`: restricted and members-only pages
only for their readers, other people's never-published drafts only for those
who may edit or review them, everything for coordinators. This module applies
that rule where Wagtail and wagtail-localize do not ask it:

- :class:`AdminReadingRuleMiddleware` looks at every admin URL before its view
  runs. A URL that names a page, a document, an image, a translation or a
  translation source the person may not read answers "not found", whatever the
  view (Wagtail's, wagtail-localize's or Praxis's); bulk actions keep only the
  items the person may read. New admin URLs are covered by the same rule: the
  parameters it knows are the ones Wagtail names objects by.
- Documents and images are readable by whoever may change them (who uploaded
  them, coordinators) and by the readers of a page that uses them; their
  listings, choosers and the admin API are narrowed by
  :func:`readable_documents` and :func:`readable_images`.
- Translation follows the reading and review rules: only a source the person
  may read and that is published can be translated or synchronised, only into
  the languages the person translates (:func:`translatable_locales`).

The middleware also keeps the person of the current admin request in
:data:`admin_user`, for the rules that run deep inside Wagtail (a chooser's
widget, a translation being published) where no request is at hand.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import TYPE_CHECKING

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, QuerySet
from django.db.models.functions import Cast
from django.http import Http404, HttpRequest
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy

from core.visibility import readable_in_admin, sees_everything_in_admin

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser

#: The person of the admin request being answered (``None`` outside one).
admin_user: ContextVar[AbstractBaseUser | None] = ContextVar(
    "praxis_admin_user", default=None
)

#: Route parameters that name a page, a document or an image, in Wagtail's
#: admin URLs and in the apps that add to it.
PAGE_PARAMETERS = frozenset(
    {"page_id", "parent_page_id", "page_to_move_id", "page_pk", "destination_id"}
)
DOCUMENT_PARAMETERS = frozenset({"document_id", "doc_id"})
IMAGE_PARAMETERS = frozenset({"image_id"})

#: URL namespaces whose ``pk`` parameter is a page, a document or an image.
PK_NAMESPACES = {
    "wagtailadmin_api:pages": "page",
    "wagtailadmin_pages": "page",
    "wagtailadmin_api:documents": "document",
    "wagtaildocs_chooser": "document",
    "wagtailadmin_api:images": "image",
    "wagtailimages_chooser": "image",
}


def readable_pages(queryset: QuerySet, user) -> QuerySet:
    return readable_in_admin(queryset, user)


def may_read_page(user, page_id: int | str) -> bool:
    from wagtail.models import Page

    return readable_in_admin(Page.objects.filter(pk=page_id), user).exists()


def _readable_files(queryset: QuerySet, user) -> QuerySet:
    """Documents or images the person may change, or that a page they may
    read in the admin uses (Wagtail's reference index: attached files and
    files linked from rich text)."""
    from wagtail.models import Page, ReferenceIndex

    if sees_everything_in_admin(user):
        return queryset
    model = queryset.model
    policy = _base_policy(model)
    changeable = policy.instances_user_has_permission_for(user, "change")
    readable = readable_in_admin(Page.objects.all(), user).annotate(
        key=Cast("pk", CharField())
    )
    used = (
        ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            to_content_type=ContentType.objects.get_for_model(model),
            object_id__in=readable.values("key"),
        )
        .annotate(target=Cast("to_object_id", model._meta.pk))
        .values("target")
    )
    return queryset.filter(pk__in=changeable.values("pk")) | queryset.filter(
        pk__in=used
    )


def readable_documents(queryset: QuerySet, user) -> QuerySet:
    return _readable_files(queryset, user)


def readable_images(queryset: QuerySet, user) -> QuerySet:
    return _readable_files(queryset, user)


def may_read_file(user, model, pk) -> bool:
    return _readable_files(model.objects.filter(pk=pk), user).exists()


def _base_policy(model):
    """Wagtail's own collection-and-ownership policy for documents or images,
    without the reading rule (which is built on top of it)."""
    from wagtail.documents import get_document_model
    from wagtail.documents import get_permission_policy as document_policy
    from wagtail.images import get_permission_policy as image_policy

    if issubclass(model, get_document_model()):
        return document_policy()
    return image_policy()


def translatable_locales(user) -> QuerySet:
    """The languages a person may translate into: every language for
    coordinators and administrators, their own for the translators of a
    language ("Translators (ar)"), none for anyone else."""
    from wagtail.models import Locale

    from .roles import translator_group_name

    if sees_everything_in_admin(user):
        return Locale.objects.all()
    names = set(user.groups.values_list("name", flat=True))
    codes = [
        code
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
        if translator_group_name(code) in names
    ]
    return Locale.objects.filter(language_code__in=codes)


def may_translate_into(user, locale_id: int) -> bool:
    return translatable_locales(user).filter(pk=locale_id).exists()


class AdminReadingRuleMiddleware:
    """Applies the reading rule to every admin URL before its view runs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        token = None
        if request.path_info.startswith(settings.PRAXIS_ADMIN_PREFIX) and getattr(
            request, "user", None
        ):
            if request.user.is_authenticated:
                token = admin_user.set(request.user)
        try:
            return self.get_response(request)
        finally:
            if token is not None:
                admin_user.reset(token)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if admin_user.get() is None or request.resolver_match is None:
            return None
        user = request.user
        if not user.has_perm("wagtailadmin.access_admin"):
            return None  # Wagtail's own check sends them to sign in
        match = request.resolver_match
        if not sees_everything_in_admin(user):
            for kind, pk in named_objects(match.namespace, view_kwargs):
                if not _may_read(user, kind, pk):
                    raise Http404
            if match.url_name == "wagtail_bulk_action":
                keep_readable_bulk_items(request, view_kwargs)
        if match.namespace == "wagtail_localize":
            from .translation_rules import check_translation_view

            return check_translation_view(request, match.url_name, view_kwargs)
        return None


def named_objects(namespace: str, kwargs: dict) -> list[tuple[str, str]]:
    """The pages, documents, images and translations an admin URL names."""
    found = []
    for name, value in kwargs.items():
        if name in PAGE_PARAMETERS:
            found.append(("page", value))
        elif name in DOCUMENT_PARAMETERS:
            found.append(("document", value))
        elif name in IMAGE_PARAMETERS:
            found.append(("image", value))
        elif name == "pk" and namespace in PK_NAMESPACES:
            found.append((PK_NAMESPACES[namespace], value))
        elif name == "translation_id":
            found.append(("translation", value))
        elif name == "translation_source_id":
            found.append(("translation_source", value))
    if kwargs.get("app_label") == "wagtailcore" and kwargs.get("model_name") == "page":
        if "object_id" in kwargs:
            found.append(("page", kwargs["object_id"]))
    return found


def _may_read(user, kind: str, pk) -> bool:
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    if not str(pk).isdigit():
        return True  # the view itself answers "not found"
    if kind == "page":
        return may_read_page(user, pk)
    if kind == "document":
        return may_read_file(user, get_document_model(), pk)
    if kind == "image":
        return may_read_file(user, get_image_model(), pk)
    from .translation_rules import source_page_of

    page = source_page_of(kind, pk)
    return page is None or may_read_page(user, page.pk)


#: Bulk actions by the model they act on, and the rule for its items.
def _bulk_rule(app_label: str, model_name: str):
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page

    models = {
        ("wagtailcore", "page"): (Page, readable_pages),
        _label(get_document_model()): (get_document_model(), readable_documents),
        _label(get_image_model()): (get_image_model(), readable_images),
    }
    return models.get((app_label, model_name))


def _label(model) -> tuple[str, str]:
    return model._meta.app_label, model._meta.model_name


def keep_readable_bulk_items(request: HttpRequest, kwargs: dict) -> None:
    """Bulk actions list the titles of the items they are given (those the
    person may not act on too): keep only the items the person may read.
    ``id=all`` (everything in a listing) becomes the readable items."""
    rule = _bulk_rule(kwargs.get("app_label"), kwargs.get("model_name"))
    if rule is None:
        return
    model, readable = rule
    ids = request.GET.getlist("id")
    if "all" in ids:
        queryset = model.objects.all()
        parent = request.GET.get("childOf")
        if model._meta.label == "wagtailcore.Page" and str(parent).isdigit():
            queryset = model.objects.child_of(model.objects.get(pk=parent))
    else:
        queryset = model.objects.filter(pk__in=[pk for pk in ids if pk.isdigit()])
    kept = [
        str(pk) for pk in readable(queryset, request.user).values_list("pk", flat=True)
    ]
    if not kept:
        raise Http404
    query = request.GET.copy()
    query.setlist("id", kept)
    request.GET = query
    request.META["QUERY_STRING"] = query.urlencode()


class ReadableFilesPermissionPolicy(CollectionOwnershipPermissionPolicy):
    """Wagtail's collection-and-ownership policy for documents or images, with
    every listing and check narrowed to the files the person may read: the
    admin's listings, choosers, edit views and bulk actions ask the
    registered policy."""

    @classmethod
    def for_model(cls, model) -> ReadableFilesPermissionPolicy:
        base = _base_policy(model)
        return cls(
            model, auth_model=base.auth_model, owner_field_name=base.owner_field_name
        )

    def instances_user_has_any_permission_for(self, user, actions):
        return _readable_files(
            super().instances_user_has_any_permission_for(user, actions), user
        )

    def instances_user_has_permission_for(self, user, action):
        return _readable_files(
            super().instances_user_has_permission_for(user, action), user
        )

    def user_has_permission_for_instance(self, user, action, instance):
        return super().user_has_permission_for_instance(
            user, action, instance
        ) and may_read_file(user, type(instance), instance.pk)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return super().user_has_any_permission_for_instance(
            user, actions, instance
        ) and may_read_file(user, type(instance), instance.pk)
