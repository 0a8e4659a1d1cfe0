"""Errors as RFC 9457 problem details (``application/problem+json``).

Every error the API answers with, from a bad parameter to an unknown path or a
rate limit, is a JSON object with ``type``, ``title``, ``status``, ``detail``
(what to fix, in the reader's language) and ``instance`` (the path asked for).
Parameter problems add ``errors``: one ``{"parameter", "message"}`` per
parameter at fault, so a client can point at the field. An unexpected error
is a 500 problem too, logged with its traceback and telling the client nothing
of it (:func:`server_error`).
"""

from __future__ import annotations

import json
import logging
from http import HTTPStatus

from django.core.signals import got_request_exception
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from ninja.errors import HttpError, Throttled, ValidationError

CONTENT_TYPE = "application/problem+json"

#: Where unexpected errors are logged: Django's own logger for 500s, so the
#: operator's error reporting (``mail_admins``, a log collector) sees them.
logger = logging.getLogger("django.request")

#: Problem types beyond plain HTTP statuses (documented in docs/api.md).
INVALID_PARAMETER = "urn:praxis:problem:invalid-parameter"
RATE_LIMITED = "urn:praxis:problem:rate-limited"
INVALID_PREVIEW_TOKEN = "urn:praxis:problem:invalid-preview-token"  # noqa: S105
SEARCH_FAILED = "urn:praxis:problem:search-failed"
SERVER_ERROR = "urn:praxis:problem:server-error"


class Problem(HttpError):
    """Raise this from an endpoint to answer with a problem document."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        type: str = "about:blank",
        title: str | None = None,
        errors: list[dict[str, str]] | None = None,
    ) -> None:
        super().__init__(status, detail)
        self.detail = detail
        self.type = type
        self.title = title
        self.errors = errors


def invalid_parameter(parameter: str, message: str) -> Problem:
    """A 400 for one parameter, with a message that says what to send instead."""
    return Problem(
        400,
        message,
        type=INVALID_PARAMETER,
        title=_("Invalid parameter"),
        errors=[{"parameter": parameter, "message": message}],
    )


def problem_response(
    request: HttpRequest,
    status: int,
    detail: str,
    *,
    type: str = "about:blank",
    title: str | None = None,
    errors: list[dict[str, str]] | None = None,
) -> HttpResponse:
    body = {
        "type": type,
        "title": title or HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
        "instance": request.path,
    }
    if errors:
        body["errors"] = errors
    response = HttpResponse(
        json.dumps(body, ensure_ascii=False),
        status=status,
        content_type=f"{CONTENT_TYPE}; charset=utf-8",
    )
    # An error is about this request only: never stored by a cache.
    add_never_cache_headers(response)
    return response


def _message(error: dict) -> str:
    """What to fix, in the reader's language where Praxis words it (pydantic's
    own messages are English only)."""
    if error.get("type") == "string_too_long":
        return _("Send at most %(limit)s characters.") % {
            "limit": error.get("ctx", {}).get("max_length")
        }
    return str(error.get("msg", ""))


def _parameter_errors(exc: ValidationError) -> list[dict[str, str]]:
    errors = []
    for error in exc.errors:
        # ("query", "params", "result", 0): where the value came from, the
        # endpoint's argument, the parameter, and a repeated value's position.
        names = [part for part in error.get("loc", ())[1:] if isinstance(part, str)]
        name = names[-1] if names else ""
        errors.append({"parameter": name, "message": _message(error)})
    return errors


def server_error(request: HttpRequest, exc: BaseException) -> HttpResponse:
    """A 500 problem for an error nothing else answered.

    The traceback goes to the log (and to ``got_request_exception``, as
    Django sends it for every 500, for error reporting), never to the client:
    it would show code, paths and perhaps data. The detail says only that the
    fault is the server's.
    """
    logger.error(
        "Internal Server Error: %s",
        request.path,
        exc_info=(type(exc), exc, exc.__traceback__),
        extra={"status_code": 500, "request": request},
    )
    got_request_exception.send(sender=None, request=request)
    response = problem_response(
        request,
        500,
        _(
            "Something went wrong on our side, not in your request. Try again "
            "later; if it keeps happening, tell the site's operators."
        ),
        type=SERVER_ERROR,
        title=_("Server error"),
    )
    # Logged above, with the traceback: Django would log it again without.
    response._has_been_logged = True
    return response


def install(api) -> None:
    """Answer every error of ``api`` with a problem document."""

    def on_problem(request, exc: Problem):
        return problem_response(
            request,
            exc.status_code,
            exc.detail,
            type=exc.type,
            title=exc.title,
            errors=exc.errors,
        )

    def on_validation(request, exc: ValidationError):
        errors = _parameter_errors(exc)
        names = ", ".join(sorted({e["parameter"] for e in errors if e["parameter"]}))
        return problem_response(
            request,
            400,
            _("Check these parameters: %(names)s.") % {"names": names}
            if names
            else _("The request's parameters are not valid."),
            type=INVALID_PARAMETER,
            title=_("Invalid parameter"),
            errors=errors,
        )

    def on_throttled(request, exc: Throttled):
        wait = int(exc.wait or 1)
        return problem_response(
            request,
            429,
            _("Too many requests from your address. Try again in %(seconds)s s.")
            % {"seconds": wait},
            type=RATE_LIMITED,
            title=_("Too many requests"),
        )

    def on_http_error(request, exc: HttpError):
        return problem_response(request, exc.status_code, str(exc))

    def on_not_found(request, exc: Http404):
        return problem_response(request, 404, not_found_detail())

    api.add_exception_handler(Problem, on_problem)
    api.add_exception_handler(ValidationError, on_validation)
    api.add_exception_handler(Throttled, on_throttled)
    api.add_exception_handler(HttpError, on_http_error)
    api.add_exception_handler(Http404, on_not_found)
    # Anything else: without this, django-ninja answers a plain-text
    # traceback when DEBUG is on and Django an HTML page when it is off.
    api.add_exception_handler(Exception, server_error)


def not_found_detail() -> str:
    return _(
        "Nothing public was found here. Check the id, slug or path; content that "
        "is not published or not public is never listed."
    )
