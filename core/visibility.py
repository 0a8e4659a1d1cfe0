"""The single place that decides which pages a visitor may see.

Every public channel — page views, listings, search, the sitemap, related and
lineage links, learning paths, counts, the API — reads pages through
:func:`visible_pages` (querysets) or :func:`can_view` (one page). Nothing else
filters on ``sensitivity``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.apps import apps
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import reverse
from wagtail.models import PageViewRestriction

from .sensitivity import Sensitivity

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser, AnonymousUser


def sensitive_models() -> list[type]:
    """Concrete page models that carry :class:`SensitivityMixin` fields."""
    from .sensitivity import SensitivityMixin

    return [
        model
        for model in apps.get_models()
        if issubclass(model, SensitivityMixin) and not model._meta.abstract
    ]


def _user(request_or_user) -> AbstractBaseUser | AnonymousUser | None:
    return getattr(request_or_user, "user", request_or_user)


def sensitivity_condition(model: type, user) -> Q:
    """A ``Q`` over ``model``'s own fields matching what ``user`` may read."""
    if user is not None and user.is_authenticated and user.is_superuser:
        return Q()
    if user is None or not user.is_authenticated:
        return Q(sensitivity=Sensitivity.PUBLIC)
    allowed = Q(sensitivity__in=[Sensitivity.PUBLIC, Sensitivity.MEMBERS])
    in_group = model.objects.filter(
        sensitivity=Sensitivity.RESTRICTED,
        restricted_to_groups__in=user.groups.all(),
    ).values("pk")
    return allowed | Q(pk__in=in_group)


def visible_pages(queryset: QuerySet, request_or_user=None) -> QuerySet:
    """Narrow a page queryset to the live pages the visitor may read.

    ``queryset`` may be of a sensitive model (filtered on its own fields) or of
    ``Page``/any other page model (pages of sensitive types the visitor may not
    read are excluded by one sub-query per sensitive type). Wagtail's own privacy
    settings (``PageViewRestriction``) apply to everyone but superusers, through
    :func:`private_sections`.
    """
    user = _user(request_or_user)
    queryset = queryset.live()
    model = queryset.model
    sensitive = sensitive_models()
    if model in sensitive:
        condition = sensitivity_condition(model, user)
        if condition:
            queryset = queryset.filter(condition)
    else:
        for sensitive_model in sensitive:
            if not issubclass(sensitive_model, model):
                continue  # e.g. a campaign queryset can hold no lessons
            condition = sensitivity_condition(sensitive_model, user)
            if condition:
                hidden = sensitive_model.objects.exclude(condition).values("pk")
                queryset = queryset.exclude(pk__in=hidden)
    if user is None or not user.is_superuser:
        queryset = queryset.exclude(private_sections(queryset, request_or_user))
    return queryset


def private_sections(queryset: QuerySet, request_or_user=None) -> Q:
    """The privacy sections (``PageViewRestriction``) the visitor does not pass,
    as a ``Q``, read once per request however many listings a page shows.

    Anonymous visitors pass none. Signed-in people pass "login" sections and the
    "groups" sections of their groups; "password" sections are never listed,
    since a listing cannot ask for the password. The restrictions that mirror
    the sensitivity of lessons and resources are left to
    :func:`sensitivity_condition`, which says the same with one column and
    keeps this ``Q`` short however many restricted lessons there are.
    """
    cached = getattr(request_or_user, "_praxis_private_q", None)
    if cached is None:
        cached = _sections_closed_to(_user(request_or_user))
        if hasattr(request_or_user, "META"):
            request_or_user._praxis_private_q = cached
    return cached


def _mirrors_of_sensitivity() -> Q:
    """Restrictions that say what a page's sensitivity already says: "login" on
    members-only pages, "groups" on restricted ones. Any other restriction on
    a lesson (one set by hand under Privacy, say) still counts."""
    from wagtail.models import PageViewRestriction

    condition = Q(pk__in=[])
    for model in sensitive_models():
        condition |= Q(
            restriction_type=PageViewRestriction.LOGIN,
            page__in=model.objects.filter(sensitivity=Sensitivity.MEMBERS).values("pk"),
        ) | Q(
            restriction_type=PageViewRestriction.GROUPS,
            page__in=model.objects.filter(sensitivity=Sensitivity.RESTRICTED).values(
                "pk"
            ),
        )
    return condition


def _sections_closed_to(user) -> Q:
    from wagtail.models import PageViewRestriction

    restrictions = PageViewRestriction.objects.exclude(_mirrors_of_sensitivity())
    if user is not None and user.is_authenticated:
        restrictions = restrictions.exclude(
            restriction_type=PageViewRestriction.LOGIN
        ).exclude(
            restriction_type=PageViewRestriction.GROUPS,
            groups__in=user.groups.all(),
        )
    condition = Q()
    for page in {
        restriction.page for restriction in restrictions.select_related("page")
    }:
        condition |= Q(path__startswith=page.path, depth__gte=page.depth)
    return condition or Q(pk__in=[])


def searchable_pages(queryset: QuerySet, request_or_user=None) -> QuerySet:
    """Like :func:`visible_pages`, restricted to filters a search index can apply.

    Search backends only filter on indexed fields, so restricted-group pages are
    left out of search results for everyone but superusers; they stay reachable
    from listings for members of their groups.
    """
    user = _user(request_or_user)
    queryset = queryset.live()
    anonymous = user is None or not user.is_authenticated
    if anonymous or not user.is_superuser:
        queryset = queryset.exclude(private_sections(queryset, request_or_user))
    if queryset.model not in sensitive_models() or (
        not anonymous and user.is_superuser
    ):
        return queryset
    if anonymous:
        allowed = [Sensitivity.PUBLIC]
    else:
        allowed = [Sensitivity.PUBLIC, Sensitivity.MEMBERS]
    return queryset.filter(sensitivity__in=allowed)


def sees_everything_in_admin(user) -> bool:
    """Administrators, and whoever may publish anywhere (coordinators, who
    sign everything off), read every page in the admin."""
    from wagtail.models import Page

    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    root = Page.get_first_root_node()
    return bool(root and root.permissions_for_user(user).can_publish_subpage())


def readable_in_admin(queryset: QuerySet, user) -> QuerySet:
    """Narrow an admin listing (explorer, page chooser) to pages whose titles
    ``user`` may see:

    - restricted and members-only pages only if they may read them, wrote
      them or review them at the current step;
    - never-published drafts only if they wrote them, review them at the
      current step, or may edit them (movement editors in their movement,
      translators in their language);
    - everything for those who may publish anywhere (coordinators, who sign
      them off).

    Drafts are included, unlike :func:`visible_pages`: this is the admin.
    """
    from wagtail.models import Page, TaskState
    from wagtail.permission_policies.pages import PagePermissionPolicy

    if sees_everything_in_admin(user):
        return queryset
    # Read once: building the reviewable states asks every workflow step.
    reviewing = [
        int(pk)
        for pk in TaskState.objects.reviewable_by(user).values_list(
            "workflow_state__object_id", flat=True
        )
    ]
    for model in sensitive_models():
        if not (issubclass(model, queryset.model) or issubclass(queryset.model, model)):
            continue
        hidden = (
            model.objects.exclude(sensitivity_condition(model, user))
            .exclude(owner=user)
            .exclude(pk__in=reviewing)
        )
        queryset = queryset.exclude(pk__in=hidden.values("pk"))
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    drafts = (
        Page.objects.filter(live=False, first_published_at__isnull=True)
        .exclude(owner=user)
        .exclude(pk__in=reviewing)
        .exclude(pk__in=editable.values("pk"))
    )
    return queryset.exclude(pk__in=drafts.values("pk"))


def can_view(page, request_or_user=None) -> bool:
    """Whether one (specific) page may be shown to the visitor: live, outside
    any privacy section they do not pass, and readable at its sensitivity."""
    user = _user(request_or_user)
    if user is not None and user.is_authenticated and user.is_superuser:
        return True
    if not page.live:
        return False
    model = type(page)
    sections = private_sections(model.objects.all(), request_or_user)
    if model not in sensitive_models() or page.sensitivity == Sensitivity.PUBLIC:
        return not model.objects.filter(sections, pk=page.pk).exists()
    condition = sensitivity_condition(model, user)
    return model.objects.filter(condition, pk=page.pk).exclude(sections).exists()


def refuse_to_serve(page, request: HttpRequest) -> HttpResponse | None:
    """The one rule for serving any page to a visitor who may not read it.

    Runs first among the ``before_serve_page`` hooks, for every page type.
    Nobody who passes :func:`can_view` is stopped. An anonymous visitor is sent
    to sign in (as Wagtail's own privacy check does: signing in may help); a
    signed-in one who may still not read the page gets "not found", because
    "sign in" would tell them the page exists and could not help them. A
    password-protected section is left to Wagtail, which asks for the password.
    """
    if can_view(page, request):
        return None
    if any(
        restriction.restriction_type == PageViewRestriction.PASSWORD
        and not restriction.accept_request(request)
        for restriction in page.get_view_restrictions()
    ):
        return None
    if not request.user.is_authenticated:
        login_url = getattr(
            settings, "WAGTAIL_FRONTEND_LOGIN_URL", reverse("wagtailcore_login")
        )
        return redirect_to_login(request.get_full_path(), login_url)
    raise Http404
