"""CORS, off unless ``TEXTMETRICS_CORS_ORIGINS`` lists origins (or ``*``).

Preflight ``OPTIONS`` requests from an allowed origin are answered here (204) before routing and
authentication, since browsers never send credentials on a preflight; without CORS, OPTIONS is an
ordinary 405 like any method a route does not serve.
"""

from __future__ import annotations

from typing import Sequence

from flask import Flask, Response, request

__all__ = ["install"]

ALLOW_HEADERS = "Authorization, Content-Type, X-Request-ID"
EXPOSE_HEADERS = "X-Request-ID"
MAX_AGE = "600"


def _allowed_origin(origins: Sequence[str]) -> str | None:
    origin = request.headers.get("Origin")
    if not origin:
        return None
    if "*" in origins:
        return "*"
    return origin if origin in origins else None


def install(app: Flask, origins: Sequence[str]) -> None:
    if not origins:
        return

    def preflight() -> Response | None:
        if request.method != "OPTIONS" or "Access-Control-Request-Method" not in request.headers:
            return None
        allowed = _allowed_origin(origins)
        if allowed is None:
            return None  # not a CORS request we serve: 405 as usual
        methods = app.create_url_adapter(request).allowed_methods()
        response = Response(status=204)
        response.headers["Access-Control-Allow-Methods"] = ", ".join(m for m in methods if m != "OPTIONS")
        response.headers["Access-Control-Allow-Headers"] = ALLOW_HEADERS
        response.headers["Access-Control-Max-Age"] = MAX_AGE
        return response

    def headers(response: Response) -> Response:
        allowed = _allowed_origin(origins)
        if allowed is not None:
            response.headers["Access-Control-Allow-Origin"] = allowed
            response.headers["Access-Control-Expose-Headers"] = EXPOSE_HEADERS
            if allowed != "*":
                response.vary.add("Origin")
        return response

    app.before_request(preflight)
    app.after_request(headers)
