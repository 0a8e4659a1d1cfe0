"""The API fuzzed against its own OpenAPI document with schemathesis.

Every operation in ``/api/v1/openapi.json`` gets a bounded, derandomised set of
generated requests (the same ones on every run), sent in process to Django's
WSGI handler. These rules hold for every answer:

- no server error (``not_a_server_error``);
- its status is one the document declares for the operation
  (``status_code_conformance``), with the media type declared for it
  (``content_type_conformance``: ``application/problem+json`` for errors);
- its body matches the schema the document declares for that status
  (``response_schema_conformance``), and any answer that is not a success is
  an RFC 9457 problem document (:func:`is_a_problem_document`, below).

Generated ids, slugs and language codes seldom name anything, so each
generated request is sent a second time aimed at the seeded content
(:func:`aim_at_content`).

Besides the generated cases, every string parameter gets a NUL byte and every
integer parameter a huge, a negative and a zero value, which must be refused
with a 400 or 404 problem.
"""

from __future__ import annotations

import json
import re
from urllib.parse import quote

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, transaction
from django.test import override_settings
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from wagtail.models import Locale

from engagement import factories as engagement
from home.models import HomePage
from lessons import factories
from lessons.models import LearningPathStep
from tests.lessons.helpers import make_full_lesson

from .conftest import LANGUAGES, translate

SCHEMA_URL = "/api/v1/openapi.json"
#: Generated requests per operation (besides schemathesis's boundary cases).
MAX_EXAMPLES = 25
#: Values no integer parameter accepts: too large for any id, below and at zero.
BAD_INTEGERS = [10**30, -1, 0]


class InTransaction:
    """Django's WSGI handler, for requests inside the test's transaction.

    Django closes the database connection when a request starts and when it
    ends, which would end the test's transaction; the test client keeps its
    requests from doing so, and so does this (the body is read before the
    signals are back, since closing it ends the request).
    """

    def __init__(self) -> None:
        self.handler = WSGIHandler()

    def __call__(self, environ, start_response):
        request_started.disconnect(close_old_connections)
        request_finished.disconnect(close_old_connections)
        try:
            response = self.handler(environ, start_response)
            try:
                return list(response)
            finally:
                response.close()
        finally:
            request_started.connect(close_old_connections)
            request_finished.connect(close_old_connections)


schema = schemathesis.openapi.from_wsgi(SCHEMA_URL, InTransaction())


def seed_content() -> None:
    """A little of everything the API lists, so the fuzzer reaches real rows:
    lessons with taxonomy, lineage and an Arabic translation, an anonymised
    lesson, a movement with a campaign and an opportunity, an event, a
    resource, a learning path and glossary terms."""
    home = HomePage.objects.get()
    arabic = Locale.objects.get_or_create(language_code="ar")[0]
    movements = engagement.MovementIndexPageFactory(parent=home)
    movement = engagement.MovementProfilePageFactory(parent=movements)
    campaign = engagement.CampaignPageFactory(parent=movement)
    engagement.OpportunityFactory(page=campaign)
    engagement.GetInvolvedPageFactory(parent=home)
    events = engagement.EventIndexPageFactory(parent=home)
    engagement.EventPageFactory(parent=events)

    lesson_index = factories.LessonIndexPageFactory(parent=home)
    source = make_full_lesson(lesson_index, title="Jail support", movement=movement)
    lesson = make_full_lesson(
        lesson_index,
        title="Camp kitchen",
        sources=[source],
        movement=movement,
        source_campaign=campaign,
    )
    topics = list(lesson.topics.all())
    factories.LessonPageFactory(
        parent=lesson_index,
        title="Quiet exit",
        anonymised=True,
        movement=movement,
        topics=topics,
    )
    translate(lesson, arabic, title="مطبخ المخيم")

    resource_index = factories.ResourceIndexPageFactory(parent=home)
    resource = factories.ResourcePageFactory(parent=resource_index, topics=topics)
    path = factories.LearningPathPageFactory.build()
    path.steps = [
        LearningPathStep(page=lesson, note="Start here"),
        LearningPathStep(page=resource),
    ]
    factories.LearningPathIndexPageFactory(parent=home).add_child(instance=path)
    path.save_revision().publish()
    factories.GlossaryPageFactory(parent=home)
    for term in ("Affinity group", "Blockade"):
        factories.GlossaryTermFactory(term=term)


@pytest.fixture(scope="module")
def content(django_db_setup, django_db_blocker):
    """:func:`seed_content` once for the whole module (building pages is the
    slow part), rolled back after its last test; each test runs inside it."""
    with (
        django_db_blocker.unblock(),
        override_settings(LANGUAGES=LANGUAGES, WAGTAIL_CONTENT_LANGUAGES=LANGUAGES),
        transaction.atomic(),
    ):
        seed_content()
        yield
        transaction.set_rollback(True)


def is_a_problem_document(ctx, response, case) -> None:
    """Anything but a success is an RFC 9457 problem document."""
    if response.status_code < 400:
        return
    content_type = response.headers.get("content-type", [""])[0]
    assert content_type.startswith("application/problem+json"), (
        f"{response.status_code} answered as {content_type!r}, not a problem document"
    )
    problem = json.loads(response.content)
    assert problem["status"] == response.status_code, problem
    assert problem["title"] and problem["detail"], problem
    assert problem["type"].startswith(("urn:praxis:problem:", "about:blank")), problem


CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    is_a_problem_document,
]


def fill(template: str, values: dict) -> str:
    """``template`` with its ``{name}`` parts replaced by ``values`` (quoted:
    a NUL byte is sent as ``%00``; a missing value leaves the part empty)."""
    return re.sub(
        r"\{(\w+)\}",
        lambda match: quote(str(values.get(match.group(1), "")), safe=""),
        template,
    )


#: A path up to its last parameter, that parameter's name, and what follows
#: it (``/lessons/{id}/lineage/``: ``/lessons/``, ``id``, ``lineage/``).
LAST_PARAMETER = r"(.*)\{(\w+)\}/?((?:[\w-]+/)*)$"


def first_listed(client, case) -> dict | None:
    """The first item, in Arabic, of the list that holds what ``case`` asks
    for by its last path parameter (``/lessons/{id}/`` and
    ``/lessons/by-slug/{slug}/``: ``/lessons/``; ``/taxonomy/{kind}/{slug}/``:
    ``/taxonomy/{kind}/``); ``None`` when there is no such list or it is empty."""
    head = re.match(LAST_PARAMETER, case.operation.path).group(1)
    head = re.sub(r"by-[a-z-]+/$", "", head)
    response = client.get(fill(head, case.path_parameters), {"locale": "ar"})
    if response.status_code != 200:
        return None
    results = json.loads(response.content).get("results") or []
    return results[0] if results else None


def aim_at_content(client, case) -> bool:
    """Point ``case`` at content that exists, which generated values seldom
    do: a real item (in its own language) for the path, Arabic (translated
    and falling back) for a list's ``locale``. Whether anything changed."""
    before = (dict(case.path_parameters or {}), dict(case.query or {}))
    if case.operation.path.startswith("/api/v1/me/"):
        return False  # a member's own data: tests/members/test_api.py
    locale = "ar"
    if case.path_parameters:
        name = re.match(LAST_PARAMETER, case.operation.path).group(2)
        item = first_listed(client, case) or {}
        if name in item:
            case.path_parameters = {**before[0], name: item[name]}
            locale = item.get("locale", locale)
    if "locale" in case.operation.query:
        case.query = {**before[1], "locale": locale}
    return (case.path_parameters or {}, case.query or {}) != before


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
    ],
)
def test_generated_requests_get_no_server_error_and_a_documented_answer(
    case, content, languages, client
):
    case.call_and_validate(checks=CHECKS)
    if case.meta is not None and case.meta.phase.name == "fuzzing":
        if aim_at_content(client, case):
            case.call_and_validate(checks=CHECKS)


# NUL bytes and huge integers in every parameter ----------------------------------


def _types(parameter_schema: dict) -> set[str]:
    """Every JSON type a parameter may take (array items included)."""
    found = set()
    for option in parameter_schema.get("anyOf", [parameter_schema]):
        found.add(option.get("type"))
        if option.get("type") == "array":
            found.add(option.get("items", {}).get("type"))
    return found


def _plausible(parameter_schema: dict) -> str:
    """A value a path parameter accepts: its first allowed one, an id, a slug."""
    if parameter_schema.get("enum"):
        return str(parameter_schema["enum"][0])
    return "1" if "integer" in _types(parameter_schema) else "x"


def _parameters(operation: dict) -> list[dict]:
    """An operation's parameters, with the query parameters its security
    schemes read (the preview's ``token``) as strings."""
    schemes = schema.raw_schema.get("components", {}).get("securitySchemes", {})
    keys = [
        {"name": scheme["name"], "in": "query", "schema": {"type": "string"}}
        for requirement in operation.get("security", [])
        for name in requirement
        if (scheme := schemes.get(name, {})).get("in") == "query"
    ]
    return operation.get("parameters", []) + keys


def _bad_requests() -> list:
    """``(path, query)`` for every GET operation, parameter and bad value: a NUL
    byte for strings (sent as ``%00``), :data:`BAD_INTEGERS` for integers; the
    other path parameters get plausible values."""
    cases = []
    for template, operations in schema.raw_schema["paths"].items():
        parameters = _parameters(operations.get("get", {}))
        plausible = {
            p["name"]: _plausible(p["schema"]) for p in parameters if p["in"] == "path"
        }
        for parameter in parameters:
            name, types = parameter["name"], _types(parameter["schema"])
            values = (["abc\x00def"] if "string" in types else []) + (
                BAD_INTEGERS if "integer" in types else []
            )
            for value in values:
                if parameter["in"] == "path":
                    request = (fill(template, {**plausible, name: value}), {})
                else:
                    request = (fill(template, plausible), {name: value})
                label = f"{template} {name}={value!r}"
                cases.append(pytest.param(*request, id=label))
    return cases


@pytest.mark.parametrize(("path", "query"), _bad_requests())
def test_nul_bytes_and_huge_integers_are_refused_with_a_problem(
    client, content, languages, path, query, django_user_model
):
    if path.startswith("/api/v1/me/"):
        # Signed in, so that the bad value, not the missing sign-in, is refused.
        client.force_login(django_user_model.objects.create_user("fuzzer"))
    response = client.get(path, query)

    assert response.status_code in (400, 404), response.content
    assert response["Content-Type"].startswith("application/problem+json")
    problem = json.loads(response.content)
    assert problem["status"] == response.status_code
    assert problem["detail"]


def test_the_bad_values_reach_paths_queries_strings_and_integers():
    """A guard against a schema change that would leave the cases above with
    little to do."""
    cases = [case.values for case in _bad_requests()]
    assert any("%00" in path for path, _query in cases)
    assert any(10**30 in query.values() for _path, query in cases)
    assert any("abc\x00def" in query.values() for _path, query in cases)
    assert any(str(10**30) in path for path, _query in cases)
    assert any("token" in query for _path, query in cases)
