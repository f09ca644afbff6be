"""Every error the service answers is an ``application/problem+json`` document (RFC 9457).

A problem has ``type``, ``title``, ``status`` and ``detail``, plus ``request_id`` (the
``X-Request-ID`` of the response) and, for 422, ``field``: the request field that failed
(``text``, ``metrics``, ``items``, ...). Werkzeug's own HTTP errors (404, 405 with its ``Allow``
header, 413, 415) and malformed JSON (400) go through the same handler; anything else is a 500
whose traceback is logged and whose body says nothing about the internals.
"""

from __future__ import annotations

import json
import logging
from http import HTTPStatus

from flask import Flask, Request, Response, g, request
from werkzeug.exceptions import HTTPException, InternalServerError

from textmetrics.errors import InvalidInputError

__all__ = [
    "PROBLEM_JSON",
    "INVALID_INPUT_TYPE",
    "ApiProblem",
    "problem_response",
    "drain_body",
    "register_error_handlers",
]

PROBLEM_JSON = "application/problem+json"
# RFC 9457 §4.2: "about:blank" means the problem is just the HTTP status; 422 carries more (a field)
INVALID_INPUT_TYPE = "urn:textmetrics:problem:invalid-input"
INVALID_INPUT_TITLE = "Invalid input"
DRAIN_LIMIT = 64 * 1024 * 1024  # past this, an oversized body is cut off (the connection closes)
DRAIN_CHUNK = 64 * 1024

log = logging.getLogger("textmetrics.api")


class ApiProblem(Exception):
    """An error the service raises on purpose, answered as a problem document."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        title: str | None = None,
        type_: str = "about:blank",
        field: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.title = title or _phrase(status)
        self.type = type_
        self.field = field
        self.headers = headers or {}

    @classmethod
    def invalid(cls, detail: str, field: str | None) -> "ApiProblem":
        """422: a request field has the wrong type or value; ``field`` names it."""
        return cls(422, detail, title=INVALID_INPUT_TITLE, type_=INVALID_INPUT_TYPE, field=field)


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def problem_body(problem: ApiProblem) -> dict:
    body = {"type": problem.type, "title": problem.title, "status": problem.status, "detail": problem.detail}
    if problem.field is not None:
        body["field"] = problem.field
    request_id = g.get("request_id")
    if request_id:
        body["request_id"] = request_id
    return body


def problem_response(problem: ApiProblem) -> Response:
    response = Response(json.dumps(problem_body(problem)), status=problem.status, mimetype=PROBLEM_JSON)
    for name, value in problem.headers.items():
        response.headers[name] = value
    return response


def drain_body(req: Request, limit: int = DRAIN_LIMIT) -> None:
    """Read and discard what is left of the request body, at most ``limit`` bytes.

    A client that sends its whole body before reading the answer (most do: no ``Expect:
    100-continue``) gets a broken pipe instead of the 413 if the server closes the connection with
    the body unread. Draining streams the bytes through a small buffer: nothing is stored or parsed.
    Only a body whose end is known (a Content-Length, or a chunked body the server terminates) is
    drained, so that a read can never wait for bytes that will not come.
    """
    stream = req.environ.get("wsgi.input")
    if stream is None:
        return
    if req.content_length is not None:  # None for a chunked body
        limit = min(limit, req.content_length)
    elif not req.environ.get("wsgi.input_terminated"):
        return
    while limit > 0:
        chunk = stream.read(min(DRAIN_CHUNK, limit))
        if not chunk:
            break
        limit -= len(chunk)


def _from_http(exc: HTTPException) -> Response:
    code = exc.code or 500
    if code == 413:
        drain_body(request)
    if code >= 500:
        # a Werkzeug 5xx may carry an original exception; never show its text
        return _internal(exc.original_exception if isinstance(exc, InternalServerError) else exc)
    # keep the exception's own headers (Allow on 405, WWW-Authenticate...) but not its HTML content type
    headers = {k: v for k, v in exc.get_headers() if k.lower() != "content-type"}
    detail = exc.description or _phrase(code)
    return problem_response(ApiProblem(code, detail, headers=headers))


def _internal(exc: BaseException | None) -> Response:
    if exc is not None:
        log.error("unhandled error (request_id=%s)", g.get("request_id"), exc_info=exc)
    return problem_response(ApiProblem(500, "The server could not complete the request."))


def register_error_handlers(app: Flask) -> None:
    """Answer every error, expected or not, as problem+json."""
    app.register_error_handler(ApiProblem, problem_response)
    app.register_error_handler(HTTPException, _from_http)
    app.register_error_handler(
        InvalidInputError, lambda exc: problem_response(ApiProblem.invalid(str(exc), exc.field))
    )
    app.register_error_handler(Exception, _internal)
