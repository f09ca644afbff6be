"""JSON responses that keep the document's key order and can never contain NaN or Infinity."""

from __future__ import annotations

import json
from typing import Any

from flask import Response

__all__ = ["json_response"]


def json_response(data: Any, status: int = 200) -> Response:
    # allow_nan=False: a NaN reaching this point is a bug to surface (as a 500), not invalid JSON to send;
    # ensure_ascii: a lone surrogate from a JSON "\ud800" escape stays an escape instead of failing UTF-8
    body = json.dumps(data, allow_nan=False, separators=(",", ":"))
    return Response(body, status=status, mimetype="application/json")
