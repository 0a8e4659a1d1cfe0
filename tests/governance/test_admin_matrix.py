"""The admin's authorization matrix (see ``admin_matrix.py``): it reaches
every hidden object and every admin URL. The roles' own checks are in
``test_admin_matrix_<role>.py``."""

import pytest
from django.test import Client
from django.urls import resolve

from .admin_matrix import EXEMPT, admin_routes, ask, matrix, requests_for  # noqa: F401

pytestmark = pytest.mark.django_db


def test_the_matrix_reaches_the_hidden_objects(matrix):  # noqa: F811
    """The coordinator, who may read them, does see them at the URLs the
    matrix builds (edit views, the document and image views, the translation
    editor, the admin API, listings): the matrix is wired to them."""
    client = Client(raise_request_exception=False)
    client.force_login(matrix["people"]["coordinator"])
    unseen = {hidden.name: hidden.strings[0].lower() for hidden in matrix["hidden"]}
    for method, url in requests_for(matrix):
        if method != "GET" or "/bulk/" in url:
            continue
        status, body = ask(client, method, url)
        if status == 200:
            body = body.lower()
            unseen = {name: text for name, text in unseen.items() if text not in body}
        if not unseen:
            break
    assert not unseen


def test_every_admin_url_pattern_is_in_the_matrix(matrix):  # noqa: F811
    """New URLs are covered automatically: every admin route but the exempt
    ones is asked for, as the generated URLs resolve back to them."""

    def bare(route: str) -> str:
        return route.replace("^", "").replace("$", "")

    asked = {
        bare(resolve(url.split("?")[0]).route) for _method, url in requests_for(matrix)
    }
    routes = {bare(route) for route, _namespace in admin_routes()}
    assert routes - {bare(route) for route in EXEMPT} <= asked
    assert len(routes) > 250  # Wagtail's admin, wagtail-localize and Praxis
