"""The OpenAPI document declares every status each endpoint answers, errors as
problem documents (``application/problem+json``)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db

PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}


@pytest.fixture
def schema(api) -> dict:
    return api("openapi.json").data


def operations(schema: dict):
    """``(path, operation)`` for every operation of the document."""
    for path, methods in schema["paths"].items():
        for operation in methods.values():
            yield path, operation


def test_every_operation_declares_its_problem_responses(schema):
    for path, operation in operations(schema):
        responses = operation["responses"]
        for status in ("400", "404", "429", "500"):
            content = responses[status]["content"]
            assert content == {"application/problem+json": {"schema": PROBLEM_REF}}, (
                path,
                status,
            )


def test_the_preview_declares_its_token_problems_and_no_304(schema):
    responses = schema["paths"]["/api/v1/preview/"]["get"]["responses"]

    assert {"401", "403"} <= set(responses)
    assert "304" not in responses


def test_public_reads_declare_not_modified(schema):
    responses = schema["paths"]["/api/v1/lessons/{id}/"]["get"]["responses"]

    assert "content" not in responses["304"]
    assert "401" not in responses


def test_the_problem_schema_has_the_rfc_9457_members(schema):
    problem = schema["components"]["schemas"]["Problem"]

    assert set(problem["required"]) == {"type", "title", "status", "detail", "instance"}
    assert problem["properties"]["errors"]["items"]["required"] == [
        "parameter",
        "message",
    ]


def test_a_problem_the_api_answers_matches_the_declared_schema(schema, api):
    """The schema describes what :mod:`core.api.problems` really sends."""
    problem = api("lessons/", {"page_size": 0}).data
    declared = schema["components"]["schemas"]["Problem"]

    assert set(declared["required"]) <= set(problem)
    assert set(problem) <= set(declared["properties"])
