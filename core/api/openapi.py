"""Every status an endpoint can answer, in the OpenAPI document.

django-ninja declares the 200 of each endpoint only, while every endpoint can
also answer the problem documents of :mod:`core.api.problems`. A client
generated from a document without them treats a 404 or a 429 as a broken
server. :func:`declare_problems` adds them to every operation in one place,
from what the operation is (every endpoint takes parameters, is rate-limited and
can fail; a secured one refuses a bad token; a public one answers
``If-None-Match``), so a new endpoint is documented without a line of its own.
"""

from __future__ import annotations

from typing import Any

from .problems import CONTENT_TYPE

#: The name of the problem document's schema in ``components.schemas``.
PROBLEM = "Problem"

#: RFC 9457 problem details as :func:`core.api.problems.problem_response`
#: writes them.
PROBLEM_SCHEMA: dict[str, Any] = {
    "title": PROBLEM,
    "description": "An error, as RFC 9457 problem details.",
    "type": "object",
    "properties": {
        "type": {
            "type": "string",
            "description": "The kind of problem: a ``urn:praxis:problem:…`` or "
            "``about:blank`` (the status says it all).",
        },
        "title": {"type": "string", "description": "The kind, for a person."},
        "status": {"type": "integer", "description": "The HTTP status."},
        "detail": {
            "type": "string",
            "description": "What to change, in the language of Accept-Language.",
        },
        "instance": {"type": "string", "description": "The path asked for."},
        "errors": {
            "type": "array",
            "description": "For parameter problems: one entry per parameter.",
            "items": {
                "type": "object",
                "properties": {
                    "parameter": {"type": "string"},
                    "message": {"type": "string"},
                },
                "required": ["parameter", "message"],
            },
        },
    },
    "required": ["type", "title", "status", "detail", "instance"],
}

#: What every operation can answer besides its success.
EVERY_OPERATION = {
    400: "A parameter is unknown, missing or not valid (``errors`` names it).",
    404: "Nothing public here: an unknown id, slug or path, or a page past the last.",
    429: "Too many requests from this address; ``Retry-After`` says when to retry.",
    500: "The server failed; the detail does not say why.",
}
#: What an operation with a security scheme (the preview token) adds.
SECURED_OPERATION = {
    401: "The token is missing, not valid or expired.",
    403: "The token's editor may no longer edit the page.",
}
NOT_MODIFIED = (
    "Not Modified: the ``ETag`` sent in ``If-None-Match`` is still current. "
    "No body."
)


def _problem(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {
            CONTENT_TYPE: {"schema": {"$ref": f"#/components/schemas/{PROBLEM}"}}
        },
    }


def _declared(responses: dict, status: int) -> bool:
    return status in responses or str(status) in responses


def declare_problems(schema: dict[str, Any]) -> dict[str, Any]:
    """Add the problem responses (and the 304 of cacheable reads) to every
    operation of ``schema``, and the problem schema to its components."""
    schema.setdefault("components", {}).setdefault("schemas", {})[PROBLEM] = (
        PROBLEM_SCHEMA
    )
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            responses = operation.setdefault("responses", {})
            secured = bool(operation.get("security"))
            statuses = {**EVERY_OPERATION, **(SECURED_OPERATION if secured else {})}
            for status, description in statuses.items():
                if not _declared(responses, status):
                    responses[status] = _problem(description)
            # Only anonymous reads are cached; a preview is private, no-store.
            if not secured and not _declared(responses, 304):
                responses[304] = {"description": NOT_MODIFIED}
            operation["responses"] = dict(
                sorted(responses.items(), key=lambda item: int(item[0]))
            )
    return schema
