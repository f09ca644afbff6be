"""Score Dask collections: a dask DataFrame partition by partition, or a bag of texts.

Needs the ``dask`` extra (``pip install 'textmetrics[dask]'``); nothing here is imported by
``import textmetrics``. Each partition is scored by :func:`textmetrics.frame.score_frame`, so the
columns, dtypes, per-row ``error`` and index are the same as scoring the whole frame in one
process. The character limit is read from ``TEXTMETRICS_MAX_TEXT_CHARS`` where the partition runs
(the worker's environment). For one stream of records read by one reader (a CSV or JSONL file), the
CLI's ``textmetrics score --engine dask`` is the path; see docs/frames.md.
"""

from __future__ import annotations

from typing import Any, Iterable

from textmetrics.analysis import DETAILS, _resolve_groups, analyze
from textmetrics import norms as reference_norms
from textmetrics.config import Settings
from textmetrics.errors import InvalidInputError
from textmetrics.frame import _check_options, check_text, empty_frame, score_frame

__all__ = ["score_ddf", "score_bag", "score_text"]


def score_ddf(ddf, text: str = "text", id: str | None = None, metrics: Iterable[str] | str | None = None,
              norms=None, detail: str = "summary", chunk_size: int = 1000):
    """``ddf.map_partitions(score_frame, ...)`` with the right ``meta``: a lazy dask DataFrame.

    Options and column names are checked here, before any partition is computed (InvalidInputError).
    ``norms`` must be a built-in name or a path the workers can read.
    """
    _check_options(metrics, norms, detail)
    for name, value in (("text", text), ("id", id)):
        if value is not None and value not in ddf.columns:
            raise InvalidInputError(f"no column {value!r} in the frame", field=name)
    meta = empty_frame(metrics, norms, id, str(ddf[id].dtype) if id is not None else "object")
    meta.index = ddf._meta.index[:0]
    return ddf.map_partitions(score_frame, text=text, id=id, metrics=metrics, norms=norms, detail=detail,
                              chunk_size=chunk_size, meta=meta)


def score_text(text: Any, metrics: Iterable[str] | str | None = None, norms=None,
               detail: str = "summary") -> dict:
    """The document object of ``text``, or ``{"error": message}`` for a non-string or over-limit text."""
    try:
        check_text(text, Settings.from_env().max_text_chars)
        return analyze(text, metrics=metrics, detail=detail, norms=norms).to_dict()
    except InvalidInputError as exc:
        return {"error": str(exc)}


def score_bag(bag, metrics: Iterable[str] | str | None = None, norms=None, detail: str = "summary"):
    """``bag.map(score_text, ...)``: a bag of texts -> a bag of document dicts (``detail="full"`` allowed).

    Bad options raise InvalidInputError here, before the bag is computed; a bad item becomes
    ``{"error": message}`` instead of failing the whole bag.
    """
    if detail not in DETAILS:
        raise InvalidInputError(f"detail must be one of {', '.join(DETAILS)}, not {detail!r}", field="detail")
    _resolve_groups(metrics)
    reference_norms.resolve(norms)
    return bag.map(score_text, metrics=metrics, norms=norms, detail=detail)
