"""Reading and checking the v1 request bodies, exactly as openapi.yaml describes them.

The checks here mirror the spec's schemas (``ScoreRequest``, ``BatchRequest``, ``BatchItem``): a body
the spec accepts is accepted, and a body it rejects gets 400 (not JSON), 415 (not a supported media
type) or 422 naming the failing field. Unknown fields are refused rather than ignored, so that a
misspelt option (``"metric"``) cannot silently fall back to the default.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from flask import Request, current_app
from werkzeug.exceptions import BadRequest, RequestEntityTooLarge, UnsupportedMediaType

from textmetrics.analysis import DETAILS, GROUPS, LANGUAGES
from textmetrics.config import check_text_length
from textmetrics.errors import TextTooLongError

from .errors import ApiProblem

__all__ = ["Options", "BatchItem", "read_body", "read_json", "read_score", "read_batch"]

JSON = "application/json"
TEXT = "text/plain"
OPTION_FIELDS = ("metrics", "detail", "language", "include_quoted", "sentiment_include_quoted", "norms")
SCORE_FIELDS = frozenset(("text",) + OPTION_FIELDS)
BATCH_FIELDS = frozenset(("items",) + OPTION_FIELDS)
ITEM_FIELDS = frozenset(("id", "text"))
READ_CHUNK = 64 * 1024


@dataclass(frozen=True, slots=True)
class Options:
    """analyze() keyword arguments taken from a request."""

    metrics: list[str] | None = None
    detail: str = "summary"
    language: str = "en"
    include_quoted: bool = False
    sentiment_include_quoted: bool = True
    norms: tuple[str, ...] | None = None  # reference names, checked against the server's references

    def kwargs(self) -> dict[str, Any]:
        return {
            "metrics": self.metrics,
            "detail": self.detail,
            "language": self.language,
            "include_quoted": self.include_quoted,
            "sentiment_include_quoted": self.sentiment_include_quoted,
        }


@dataclass(slots=True)
class BatchItem:
    """One batch item: its text, or the problem that keeps it from being scored."""

    index: int
    id: str | int | None = None
    text: str | None = None
    problem: ApiProblem | None = field(default=None)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def read_body(request: Request) -> bytes:
    """The raw body, at most MAX_CONTENT_LENGTH bytes, else 413.

    A body with a Content-Length over the limit was refused before the view (see app.py). A
    chunked body has no length to check: it is read here in pieces and refused as soon as it
    passes the limit, never truncated.
    """
    if request.content_length is not None:
        return request.get_data()
    limit = current_app.config["MAX_CONTENT_LENGTH"]
    too_large = RequestEntityTooLarge(f"the body is over the limit of {limit} bytes")
    pieces, total = [], 0
    while True:
        try:
            # Werkzeug's own limit on such a stream stops one read at the limit (the rest would be
            # silently cut off) and raises only on the next read: read until the end, or past it
            piece = request.stream.read(min(READ_CHUNK, limit + 1 - total))
        except RequestEntityTooLarge:
            raise too_large from None
        if not piece:
            return b"".join(pieces)
        total += len(piece)
        if total > limit:
            raise too_large
        pieces.append(piece)


def read_json(request: Request) -> Any:
    """The parsed JSON body; 415 unless the media type is application/json, 400 if malformed."""
    if request.mimetype != JSON:
        raise UnsupportedMediaType(f"send the body as {JSON}")
    raw = read_body(request)
    try:
        # strict JSON: NaN and Infinity are not JSON (RFC 8259), whatever Python's parser allows
        return json.loads(raw, parse_constant=_reject_constant)
    except UnicodeDecodeError:
        raise BadRequest("the body is not valid UTF-8") from None
    except ValueError as exc:
        raise BadRequest(f"the body is not valid JSON: {exc}") from None
    except RecursionError:
        raise BadRequest("the body is not valid JSON: nested too deeply") from None


def _object(body: Any, allowed: frozenset[str], prefix: str = "") -> dict:
    if not isinstance(body, dict):
        where = prefix.rstrip(".") or None
        raise ApiProblem.invalid(f"{where or 'the body'} must be a JSON object", where)
    for key in body:
        if key not in allowed:
            raise ApiProblem.invalid(
                f"unknown field {key!r}; expected {', '.join(sorted(allowed))}", f"{prefix}{key}"
            )
    return body


def _text(value: Any, max_chars: int, name: str) -> str:
    if not isinstance(value, str):
        raise ApiProblem.invalid(f"{name} must be a string", name)
    try:
        check_text_length(value, max_chars, name)
    except TextTooLongError as exc:
        # the API's own wording of the one check (openapi.yaml shows it), the field named
        raise ApiProblem.invalid(f"{name} has {exc.length} characters; the limit is {exc.limit}", name) from None
    return value


def _is_one_of(value: Any, allowed: tuple[str, ...]) -> bool:
    return isinstance(value, str) and value in allowed


def _options(body: dict) -> Options:
    metrics = body.get("metrics")
    if "metrics" in body:
        if not isinstance(metrics, list) or not all(isinstance(m, str) for m in metrics):
            raise ApiProblem.invalid("metrics must be an array of group names", "metrics")
        if not metrics:
            raise ApiProblem.invalid("metrics must name at least one group", "metrics")
        unknown = sorted(set(metrics) - set(GROUPS))
        if unknown:
            raise ApiProblem.invalid(
                f"unknown metric group(s) {', '.join(unknown)}; choose from {', '.join(GROUPS)}", "metrics"
            )
    choices = {"detail": DETAILS, "language": LANGUAGES}
    for name, allowed in choices.items():
        if name in body and not _is_one_of(body[name], allowed):
            raise ApiProblem.invalid(f"{name} must be one of {', '.join(allowed)}", name)
    defaults = {"include_quoted": False, "sentiment_include_quoted": True}
    switches = {name: body.get(name, default) for name, default in defaults.items()}
    for name, value in switches.items():
        if not isinstance(value, bool):
            raise ApiProblem.invalid(f"{name} must be true or false", name)
    return Options(
        metrics=metrics,
        detail=body.get("detail", "summary"),
        language=body.get("language", "en"),
        **switches,
        norms=_norms(body["norms"]) if "norms" in body else None,
    )


def _norms(value: Any) -> tuple[str, ...]:
    """``norms``: a reference name or a non-empty array of distinct names the server knows.

    Names only: a request never names a file on the server (norms files are configuration,
    ``TEXTMETRICS_NORMS_FILES``).
    """
    names = [value] if isinstance(value, str) else value
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise ApiProblem.invalid("norms must be a reference name or an array of them", "norms")
    if not names:
        raise ApiProblem.invalid("norms must name at least one reference", "norms")
    known = current_app.extensions["textmetrics_norms"]
    unknown = [n for n in names if n not in known]
    if unknown:
        raise ApiProblem.invalid(
            f"unknown norms {', '.join(map(repr, unknown))}; choose from {', '.join(known)} (GET /v1/norms)", "norms")
    if len(set(names)) < len(names):
        raise ApiProblem.invalid("norms names a reference twice", "norms")
    return tuple(names)


def read_score(request: Request, max_chars: int) -> tuple[str, Options]:
    """``POST /v1/score``: a JSON ScoreRequest, or a text/plain body that is the text itself."""
    if request.mimetype == TEXT:
        charset = request.mimetype_params.get("charset", "utf-8")
        try:
            text = read_body(request).decode(charset)
        except (UnicodeDecodeError, LookupError):
            raise BadRequest(f"the body is not valid {charset} text") from None
        return _text(text, max_chars, "text"), Options()
    if request.mimetype != JSON:
        raise UnsupportedMediaType(f"send the body as {JSON} or {TEXT}")
    body = _object(read_json(request), SCORE_FIELDS)
    if "text" not in body:
        raise ApiProblem.invalid("text is required", "text")
    return _text(body["text"], max_chars, "text"), _options(body)


def _item_id(raw: Any) -> str | int | None:
    """The item's id when it has a usable one, so that even a refused item can be matched up."""
    value = raw.get("id") if isinstance(raw, dict) else None
    return value if isinstance(value, (str, int)) and not isinstance(value, bool) else None


def _item(index: int, raw: Any, max_chars: int) -> BatchItem:
    prefix = f"items[{index}]"
    item = BatchItem(index, id=_item_id(raw))
    try:
        body = _object(raw, ITEM_FIELDS, prefix + ".")
        if "id" in body and body["id"] is not item.id:
            raise ApiProblem.invalid("id must be a string or an integer", f"{prefix}.id")
        if "text" not in body:
            raise ApiProblem.invalid("text is required", f"{prefix}.text")
        item.text = _text(body["text"], max_chars, f"{prefix}.text")
    except ApiProblem as problem:
        item.problem = problem
    return item


def read_batch(request: Request, max_chars: int, max_items: int) -> tuple[list[BatchItem], Options]:
    """``POST /v1/score/batch``: request-wide problems raise; an item's problem stays with the item."""
    body = _object(read_json(request), BATCH_FIELDS)
    items = body.get("items")
    if not isinstance(items, list):
        raise ApiProblem.invalid("items must be an array of {id, text} objects", "items")
    if len(items) > max_items:
        raise ApiProblem.invalid(f"items has {len(items)} entries; the limit is {max_items}", "items")
    options = _options(body)
    return [_item(i, raw, max_chars) for i, raw in enumerate(items)], options
