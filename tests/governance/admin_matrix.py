"""The authorization matrix of the admin: every admin URL, every method it
accepts, every editorial role, every hidden object. The tests are in
``test_admin_matrix*.py``, one file per role so that they run in parallel.

The URLs are generated from the URLconf (Wagtail's admin, wagtail-localize and
Praxis's own admin views), so a URL added later is covered without anyone
writing a test for it. Each URL pattern is filled in with the id of each hidden
object wherever a pattern takes an object of that kind, and bulk actions and
listings get the object's id and a search word as parameters. Then every role
asks for it with GET and with POST (each request rolled back), and no answer
may carry the hidden object's title, slug, URL or file name.

The coordinator may read everything in the admin: the same URLs show them the
hidden titles, which proves that the URLs really reach the objects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from engagement import factories as engagement
from governance import roles
from lessons import factories
from lessons.models import LessonDocument, LessonPage, LessonRelatedLink
from tests.governance.helpers import person

#: Route parameters that name a page, a document or an image.
PAGE_PARAMETERS = {
    "page_id",
    "parent_page_id",
    "page_to_move_id",
    "page_pk",
    "destination_id",
}
DOCUMENT_PARAMETERS = {"document_id", "doc_id"}
IMAGE_PARAMETERS = {"image_id"}

#: URL patterns left out of the matrix, with why.
EXEMPT = {
    # Signs the person out: every later request of the role would be anonymous.
    "admin/logout/": "signs out",
    # A password-reset link carries its own token; it shows no content.
    "admin/password_reset/confirm/<uidb64>/<token>/": "token link, no content",
}

ROLES = ("contributor", "reviewer", "translator", "other_editor", "coordinator")

_PARAMETER = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")
_REGEX_GROUP = re.compile(r"\(\?P<(?P<name>\w+)>[^)]*\)")


def admin_routes() -> list[tuple[str, str]]:
    """Every URL pattern under ``admin/``, as (route, namespace)."""

    def walk(patterns, prefix, namespace):
        for pattern in patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                yield from walk(
                    pattern.url_patterns, route, pattern.namespace or namespace
                )
            elif isinstance(pattern, URLPattern):
                yield route, namespace or ""

    return [
        (route, namespace)
        for route, namespace in walk(get_resolver().url_patterns, "", "")
        if route.startswith("admin/")
    ]


@dataclass
class Hidden:
    """An object some roles may not read, and the strings that name it."""

    name: str
    kind: str  # "page", "document" or "image"
    pk: int
    strings: list[str]
    #: Ids for the parameters that belong to this object's page.
    extra: dict[str, int] = field(default_factory=dict)


def fill(route: str, namespace: str, hidden: Hidden, defaults: dict) -> str | None:
    """The route with its parameters filled in for ``hidden``, or ``None`` when
    the route takes no object of its kind (it is then asked for once, with
    the defaults: :func:`fill_plain`)."""
    url, uses_object = _filled(route, namespace, hidden, defaults)
    return url if uses_object else None


def fill_plain(route: str, defaults: dict) -> str:
    """The route with every parameter filled in with the defaults."""
    return _filled(route, "", None, defaults)[0]


def _filled(
    route: str, namespace: str, hidden: Hidden | None, defaults: dict
) -> tuple[str, bool]:
    route = route.replace("^", "").replace("$", "").replace("\\.", ".")
    uses_object = False

    def value(name: str, converter: str | None) -> str:
        nonlocal uses_object
        if hidden is None:
            return str(
                defaults.get(name, defaults["int" if converter == "int" else "str"])
            )
        kind = hidden.kind
        if name in hidden.extra:
            uses_object = True
            return str(hidden.extra[name])
        if (
            (kind == "page" and name in PAGE_PARAMETERS)
            or (kind == "document" and name in DOCUMENT_PARAMETERS)
            or (kind == "image" and name in IMAGE_PARAMETERS)
        ):
            uses_object = True
            return str(hidden.pk)
        if name == "pk":
            owner = {
                "wagtailadmin_api:pages": "page",
                "pages": "page",
                "wagtailadmin_pages": "page",
                "wagtailadmin_api:documents": "document",
                "wagtaildocs_chooser": "document",
                "wagtailadmin_api:images": "image",
                "wagtailimages_chooser": "image",
            }.get(namespace)
            if owner == kind:
                uses_object = True
                return str(hidden.pk)
        return str(defaults.get(name, defaults["int" if converter == "int" else "str"]))

    def parameter(match: re.Match) -> str:
        return value(match.group("name"), match.group("converter"))

    def regex_group(match: re.Match) -> str:
        name = match.group("name")
        if name.startswith("revision_id"):
            return {"revision_id_a": "earliest", "revision_id_b": "latest"}[name]
        return value(name, "int")

    url = "/" + _PARAMETER.sub(parameter, _REGEX_GROUP.sub(regex_group, route))
    return url, uses_object


#: Search words that find the hidden objects in listings and choosers.
SEARCHES = ("rota", "eviction", "noor")


def bulk_urls(hidden: Hidden, library_id: int) -> list[str]:
    """Every registered bulk action of the object's kind, for it alone and
    for "everything in the listing"."""
    from wagtail.admin.views.bulk_action.registry import bulk_action_registry

    image = get_image_model()._meta
    labels = {
        "page": ("wagtailcore", "page"),
        "document": ("wagtaildocs", "document"),
        "image": (image.app_label, image.model_name),
    }
    app_label, model_name = labels[hidden.kind]
    actions = bulk_action_registry.actions.get(app_label, {}).get(model_name, {})
    urls = []
    for action in actions:
        base = f"/admin/bulk/{app_label}/{model_name}/{action}/"
        urls.append(base + "?" + urlencode({"id": hidden.pk}))
        urls.append(base + "?" + urlencode({"id": "all", "childOf": library_id}))
    return urls


@pytest.fixture(scope="module")
def matrix(django_db_setup, django_db_blocker):
    """The scenario, built once for the module and rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_matrix()
        transaction.set_rollback(True)


def build_matrix() -> dict:
    Locale.objects.get_or_create(language_code="sv")
    home = Page.objects.get(depth=2, locale=Locale.get_default()).specific
    library = factories.LessonIndexPageFactory(parent=home)
    movements = engagement.MovementIndexPageFactory(parent=home)
    engagement.MovementProfilePageFactory(parent=movements, title="Harbour Union")
    other = engagement.MovementProfilePageFactory(
        parent=movements, title="Orchard Collective"
    )
    other.refresh_from_db()
    legal = Group.objects.create(name="Legal team")

    people = {
        "contributor": person("contributor", roles.CONTRIBUTORS),
        "author": person("author", roles.CONTRIBUTORS),
        "reviewer": person("reviewer", roles.PEER_REVIEWERS),
        "translator": person(
            "translator", roles.TRANSLATORS, roles.translator_group_name("sv")
        ),
        "other_editor": person("other_editor"),
        "coordinator": person("coordinator", roles.COORDINATORS),
    }
    people["other_editor"].groups.add(other.editor_group)

    image = get_image_model().objects.create(
        title="Portrait of Noor Haddad 5W",
        file=factories_image("noor-haddad-portrait-5w.png"),
    )
    document = get_document_model().objects.create(
        title="Night rota sheet 8K",
        file=ContentFile(b"%PDF-1.4 test", name="night-rota-sheet-8k.pdf"),
    )
    restricted = factories.LessonPageFactory.build(
        title="Secret harbour rota 7Q",
        slug="secret-harbour-rota-7q",
        sensitivity="restricted",
        hero_image=image,
    )
    restricted.restricted_to_groups = [legal]
    library.add_child(instance=restricted)
    restricted.documents = [LessonDocument(document=document)]
    restricted.save_revision().publish()

    draft = factories.LessonPageFactory.build(
        title="Unreviewed eviction plan 3X",
        slug="unreviewed-eviction-plan-3x",
        live=False,
        owner=people["author"],
    )
    library.add_child(instance=draft)
    draft.save_revision(user=people["author"])

    # Written by the contributor, who may therefore open its editor: the form
    # shows the lessons it links to, which they may not read.
    public = factories.LessonPageFactory(
        parent=library,
        owner=people["contributor"],
        title="Open harbour basics",
        slug="open-harbour-basics",
        problem=(
            f'<p>See <a linktype="page" id="{restricted.pk}">the rota</a> and '
            f'<a linktype="page" id="{draft.pk}">the plan</a>.</p>'
        ),
    )
    public.related_links = [
        LessonRelatedLink(lesson=restricted),
        LessonRelatedLink(lesson=draft),
    ]
    public.save_revision().publish()

    source, _created = TranslationSource.get_or_create_from_instance(restricted)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="sv")
    )
    translation.save_target(publish=False)
    LessonPage.objects.get(
        translation_key=restricted.translation_key, locale__language_code="sv"
    ).save_revision().publish()

    restricted_strings = [
        restricted.title,
        restricted.slug,
        image.title,
        "noor-haddad-portrait-5w",
        document.title,
        "night-rota-sheet-8k",
    ]
    hidden = [
        Hidden(
            "restricted lesson",
            "page",
            restricted.pk,
            restricted_strings,
            extra={
                "translation_source_id": source.pk,
                "translation_id": translation.pk,
                "revision_id": restricted.latest_revision_id,
            },
        ),
        Hidden(
            "restricted lesson's translation",
            "page",
            LessonPage.objects.get(
                translation_key=restricted.translation_key, locale__language_code="sv"
            ).pk,
            restricted_strings[:1] + restricted_strings[2:],
        ),
        Hidden(
            "someone else's draft",
            "page",
            draft.pk,
            [draft.title, draft.slug],
            extra={"revision_id": draft.latest_revision_id},
        ),
        Hidden(
            "restricted lesson's document",
            "document",
            document.pk,
            [document.title, "night-rota-sheet-8k"],
        ),
        Hidden(
            "restricted lesson's image",
            "image",
            image.pk,
            [image.title, "noor-haddad-portrait-5w"],
        ),
    ]
    defaults = {
        "int": public.pk,
        "str": "x",
        "app_label": "lessons",
        "app_name": "lessons",
        "content_type_app_name": "lessons",
        "model_name": "lessonpage",
        "content_type_model_name": "lessonpage",
        "action": "delete",
        "action_name": "approve",
        "mode": "default",
        "filter_spec": "original",
    }
    return {
        "people": people,
        "hidden": hidden,
        "defaults": defaults,
        "public": public,
        "library": library,
    }


def factories_image(name: str) -> ContentFile:
    from io import BytesIO

    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (8, 8), "teal").save(buffer, "PNG")
    return ContentFile(buffer.getvalue(), name=name)


def requests_for(matrix) -> list[tuple[str, str]]:
    """Every request of the matrix, as (method, URL): each admin route filled
    in for each hidden object it can take, asked with GET and POST; routes
    that take none asked as they are and with searches that find them; every
    bulk action with each hidden object."""
    requests = set()
    for route, namespace in admin_routes():
        if route in EXEMPT:
            continue
        filled = {
            url
            for hidden in matrix["hidden"]
            if (url := fill(route, namespace, hidden, matrix["defaults"]))
        }
        if not filled:
            url = fill_plain(route, matrix["defaults"])
            filled = {url}
            requests |= {("GET", f"{url}?q={word}") for word in SEARCHES}
        requests |= {(method, url) for url in filled for method in ("GET", "POST")}
    for hidden in matrix["hidden"]:
        for url in bulk_urls(hidden, matrix["library"].pk):
            requests |= {("GET", url), ("POST", url)}
    return sorted(requests)


def ask(client: Client, method: str, url: str) -> tuple[int, str]:
    """One request, its effects rolled back; the status and the body."""
    with transaction.atomic():
        if method == "GET":
            response = client.get(url, follow=False)
        else:
            response = client.post(url, {}, follow=False)
        body = b"".join(response) if response.streaming else response.content
        location = response.get("Location", "")
        transaction.set_rollback(True)
    return response.status_code, body.decode("utf-8", "replace") + location


def leaks(matrix, role: str) -> list[str]:
    client = Client(raise_request_exception=False)
    client.force_login(matrix["people"][role])
    secrets = {text.lower() for hidden in matrix["hidden"] for text in hidden.strings}
    found = []
    for method, url in requests_for(matrix):
        status, body = ask(client, method, url)
        shown = sorted(text for text in secrets if text in body.lower())
        if shown:
            found.append(f"{method} {url} [{status}]: {shown}")
    return found
