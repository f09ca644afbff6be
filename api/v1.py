"""The ``v1`` blueprint: ``POST /v1/score``, ``POST /v1/score/batch``, ``GET /v1/metrics``,
``GET /v1/rules``, ``GET /v1/norms``.

The document object is ``textmetrics.analyze(...).to_dict()``, unchanged: the API, the CLI's json
output and the Python API give the same object for the same text and options.
"""

from __future__ import annotations

import logging

from flask import Blueprint, Response, current_app, request

import textmetrics
from textmetrics.catalogue import catalogue, rules
from textmetrics.config import Settings
from textmetrics.errors import InvalidInputError

from .auth import require_key
from .bodies import BatchItem, Options, read_batch, read_score
from .errors import ApiProblem, problem_body
from .jsonresp import json_response

__all__ = ["bp"]

log = logging.getLogger("textmetrics.api")

bp = Blueprint("v1", __name__, url_prefix="/v1")


def _settings() -> Settings:
    return current_app.extensions["textmetrics"]


class ServerLexiconError(RuntimeError):
    """The server's own TEXTMETRICS_LEXICON file became unreadable: a 500, not the caller's fault."""


def _references(options: Options) -> list | None:
    """The request's reference names as the loaded references (names checked in bodies.py)."""
    if options.norms is None:
        return None
    references = current_app.extensions["textmetrics_norms"]
    return [references[name] for name in options.norms]


def _analyze(text: str, options: Options) -> dict:
    settings = _settings()
    try:
        return textmetrics.analyze(text, **options.kwargs(), lexicon=settings.lexicon,
                                   abbreviations=settings.abbreviations, norms=_references(options)).to_dict()
    except InvalidInputError as exc:
        if exc.field in ("lexicon", "abbreviations"):  # server configuration, never a request field
            raise ServerLexiconError(str(exc)) from exc
        raise


@bp.before_request
def _authenticate() -> None:
    keys = _settings().api_keys
    if keys:  # the header is read only when keys are configured
        require_key(request.headers.get("Authorization"), keys)


@bp.post("/score", provide_automatic_options=False)
def score() -> Response:
    text, options = read_score(request, _settings().max_text_chars)
    return json_response(_analyze(text, options))


def _error_entry(item: BatchItem, problem: ApiProblem) -> dict:
    body = problem_body(problem)
    body.pop("type", None)
    body.pop("request_id", None)
    return {"index": item.index, "id": item.id, **body}


def _score_item(item: BatchItem, options: Options) -> tuple[dict | None, dict | None]:
    if item.problem is not None:
        return None, _error_entry(item, item.problem)
    try:
        document = _analyze(item.text, options)
    except InvalidInputError as exc:
        return None, _error_entry(item, ApiProblem.invalid(str(exc), exc.field))
    except Exception:  # one bad item never fails the others; its traceback is logged, not shown
        log.exception("batch item %d failed", item.index)
        return None, _error_entry(item, ApiProblem(500, "The server could not score this item."))
    return {"index": item.index, "id": item.id, **document}, None


@bp.post("/score/batch", provide_automatic_options=False)
def score_batch() -> Response:
    settings = _settings()
    items, options = read_batch(request, settings.max_text_chars, settings.max_batch_items)
    results, errors = [], []
    for item in items:
        result, error = _score_item(item, options)
        if result is not None:
            results.append(result)
        else:
            errors.append(error)
    return json_response({"results": results, "errors": errors})


@bp.get("/metrics", provide_automatic_options=False)
def metrics() -> Response:
    return json_response({"metrics": [m.to_dict() for m in catalogue()]})



@bp.get("/rules", provide_automatic_options=False)
def list_rules() -> Response:
    return json_response({"rules": rules()})
@bp.get("/norms", provide_automatic_options=False)
def norms() -> Response:
    """The references ``norms`` can name: the built-in ones, then the server's configured files."""
    references = current_app.extensions["textmetrics_norms"].values()
    return json_response({"references": [table.summary() for table in references]})

