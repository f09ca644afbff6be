"""Request ids and the access log: one structured (JSON) line per request.

Every response carries ``X-Request-ID``: the client's own when it sent a well-formed one (so a
caller can follow one request through several services), else a new random id. The access-log
line names the request id, method, path, status, sizes and duration; never headers, never the
body, never the API key.
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
from datetime import datetime, timezone

from flask import Flask, Response, g, request

__all__ = ["REQUEST_ID_HEADER", "access_log", "install", "request_id_from"]

REQUEST_ID_HEADER = "X-Request-ID"
# what is echoed back: short, printable, no separators that could split a log line or a header
_REQUEST_ID = re.compile(r"[A-Za-z0-9._:\-]{1,128}")

access_log = logging.getLogger("textmetrics.api.access")


def request_id_from(header: str | None) -> str:
    """The client's request id if it is well-formed, else a fresh one."""
    if header and _REQUEST_ID.fullmatch(header):
        return header
    return uuid.uuid4().hex


_ENVIRON_KEY = "HTTP_" + REQUEST_ID_HEADER.upper().replace("-", "_")


def _start() -> None:
    g.started = time.perf_counter()
    # read from the WSGI environ: Headers.get raises and catches a KeyError when the header is
    # absent, a measurable share of a request's own handling
    g.request_id = request_id_from(request.environ.get(_ENVIRON_KEY))


def _finish(response: Response) -> Response:
    request_id = g.get("request_id") or request_id_from(None)
    response.headers[REQUEST_ID_HEADER] = request_id
    if access_log.isEnabledFor(logging.INFO):
        started = g.get("started")
        req = request._get_current_object()  # one proxy look-up instead of one per field
        line = {
            "time": datetime.now(timezone.utc).isoformat(timespec="milliseconds"),
            "event": "request",
            "request_id": request_id,
            "method": req.method,
            "path": req.path,
            "status": response.status_code,
            "duration_ms": round((time.perf_counter() - started) * 1000, 2) if started else None,
            "bytes_in": req.content_length,
            "bytes_out": response.calculate_content_length(),
            "remote_addr": req.remote_addr,
        }
        access_log.info(json.dumps(line))
    return response


def install(app: Flask) -> None:
    """Run first before every request and last after it (Flask runs after_request in reverse order)."""
    app.before_request_funcs.setdefault(None, []).insert(0, _start)
    app.after_request_funcs.setdefault(None, []).insert(0, _finish)
