"""Score a pandas DataFrame of texts: one row of flat, typed metric columns per input row.

pandas is an optional extra (``pip install textmetrics[pandas]``); it is imported by the functions
here, never by ``import textmetrics`` or :func:`textmetrics.analyze`. See docs/frames.md::

    from textmetrics.frame import score_frame
    scores = score_frame(df, text="body", metrics=["readability", "sentiment"], norms="editorials")

Columns, in this order: the ``id`` column when one is named; every catalogue metric of the groups
asked for, named by its catalogue id (``readability.flesch_kincaid_grade``); with ``norms``, a
``percentile.<reference>.<metric id>`` column per reference and numeric metric; ``warnings`` (the
document's warnings joined with ``"; "``, ``""`` when there are none); ``error`` (null for a
scored row, the message for a row that could not be scored).

Dtypes: metrics whose catalogue unit is ``count`` are ``Int64`` (pandas' nullable integer, so a
missing count is ``<NA>`` rather than a float); every other numeric metric and every percentile is
``float64`` with NaN where the document has null; ``sentiment.label``, ``warnings`` and ``error``
are pandas ``string`` columns. The values are those of ``analyze(text).to_dict()``, which is what
``textmetrics score --format jsonl`` writes.

A row whose text is missing (None, NaN, NA: error ``"text is missing"``) or not a string (a number) or is over ``TEXTMETRICS_MAX_TEXT_CHARS``
gets its ``error`` set and missing metrics; the other rows are scored. Bad arguments (an unknown
``text`` or ``id`` column, metric group, detail or reference) raise
:class:`~textmetrics.errors.InvalidInputError` once, before any scoring.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator

from textmetrics import norms as reference_norms
from textmetrics.analysis import DETAILS, _resolve_groups, analyze
from textmetrics.catalogue import catalogue
from textmetrics.config import Settings, check_text_length
from textmetrics.errors import InvalidInputError
from textmetrics.report import flatten, percentile_column

__all__ = ["score_frame", "score_frames", "columns", "dtypes", "spark_schema", "empty_frame", "check_text"]

_SPARK_TYPES = {"Int64": "BIGINT", "float64": "DOUBLE", "string": "STRING"}


def _pd():
    try:
        import pandas
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError("textmetrics.frame needs pandas: pip install 'textmetrics[pandas]'") from None
    return pandas


def _check_options(metrics, norms, detail) -> tuple[list[str], tuple]:
    """Groups and reference tables, or InvalidInputError naming the bad argument."""
    if detail not in DETAILS:
        raise InvalidInputError(f"detail must be one of {', '.join(DETAILS)}, not {detail!r}", field="detail")
    if detail == "full":
        raise InvalidInputError(
            "detail='full' adds per-sentence and per-span lists, which have no one-row-per-text form; "
            "use detail='summary' here, or analyze(text, detail='full') per text", field="detail")
    return _resolve_groups(metrics), reference_norms.resolve(norms)


def dtypes(metrics: Iterable[str] | str | None = None, norms=None, id: str | None = None,
           id_dtype: str = "object") -> dict[str, str]:
    """Column name -> pandas dtype name for the frame :func:`score_frame` returns, in column order."""
    groups, tables = _check_options(metrics, norms, "summary")
    return _kinds(groups, tables, id, id_dtype)


def _kinds(groups: list[str], tables: tuple, id: str | None, id_dtype: str) -> dict[str, str]:
    out: dict[str, str] = {}
    if id is not None:
        out[id] = id_dtype
    entries = [m for m in catalogue() if m.group in groups]
    for m in entries:
        out[m.id] = "string" if m.unit == "category" else "Int64" if m.unit == "count" else "float64"
    numeric = set(reference_norms.numeric_metrics())
    for table in tables:
        for m in entries:
            if m.id in numeric:
                out[percentile_column(table.name, m.id)] = "float64"
    out["warnings"] = "string"
    out["error"] = "string"
    return out


def columns(metrics: Iterable[str] | str | None = None, norms=None, id: str | None = None) -> list[str]:
    """The column names of :func:`score_frame`'s result for these options, in order."""
    return list(dtypes(metrics, norms, id))


def spark_schema(metrics: Iterable[str] | str | None = None, norms=None, id: str | None = None,
                 id_type: str = "STRING") -> str:
    """A Spark DDL schema string for ``mapInPandas`` (pyspark is not needed to build it).

    Every name is quoted with backticks (metric ids contain dots); counts are ``BIGINT``, other
    numbers ``DOUBLE``, labels, ``warnings`` and ``error`` ``STRING``; ``id`` gets ``id_type``.
    """
    parts = []
    for name, dtype in dtypes(metrics, norms, id).items():
        kind = id_type if name == id else _SPARK_TYPES[dtype]
        parts.append(f"`{name.replace('`', '``')}` {kind}")
    return ", ".join(parts)


def empty_frame(metrics: Iterable[str] | str | None = None, norms=None, id: str | None = None,
                id_dtype: str = "object"):
    """A zero-row DataFrame with the columns and dtypes of :func:`score_frame` (Dask's ``meta``)."""
    pd = _pd()
    return pd.DataFrame({name: pd.Series([], dtype=dtype) for name, dtype in
                         dtypes(metrics, norms, id, id_dtype).items()})


def check_text(text: Any, limit: int) -> None:
    """InvalidInputError for a missing text (None, NaN, pandas NA: ``"text is missing"``), a
    non-string, or a text over ``limit`` characters. Missing values read the same whatever the
    column's dtype made of them."""
    if not isinstance(text, str):
        if text is None or (isinstance(text, float) and text != text) or type(text).__name__ == "NAType":
            raise InvalidInputError("text is missing", field="text")
        raise InvalidInputError(f"text must be a string, not {type(text).__name__}", field="text")
    check_text_length(text, limit)


def _score_text(text: Any, groups: list[str], tables: tuple, limit: int) -> dict[str, Any]:
    """One row's flat values, or ``{"error": message}``."""
    try:
        check_text(text, limit)
        doc = analyze(text, metrics=groups, norms=tables or None).to_dict()
    except InvalidInputError as exc:
        return {"error": str(exc)}
    flat = flatten(doc)
    flat["warnings"] = "; ".join(str(w) for w in doc.get("warnings", []))
    return flat


def _chunk_frame(pd, texts, index, ids, kinds: dict[str, str], id: str | None, groups, tables, limit):
    rows = [_score_text(t, groups, tables, limit) for t in texts]
    data = {}
    for name, dtype in kinds.items():
        if name == id:
            data[name] = ids
            continue
        values = [row.get(name) for row in rows]
        if dtype == "float64":
            data[name] = pd.array([float("nan") if v is None else float(v) for v in values], dtype="float64")
        else:
            data[name] = pd.array(values, dtype=dtype)
    return pd.DataFrame(data, index=index)


def _prepare(df, text: str, id: str | None, metrics, norms, detail):
    pd = _pd()
    if not isinstance(df, pd.DataFrame):
        raise InvalidInputError(f"expected a pandas DataFrame, not {type(df).__name__}", field="df")
    groups, tables = _check_options(metrics, norms, detail)
    for name, value in (("text", text), ("id", id)):
        if value is not None and value not in df.columns:
            raise InvalidInputError(f"no column {value!r} in the frame (columns: {', '.join(map(str, df.columns))})",
                                    field=name)
    kinds = _kinds(groups, tables, id, str(df[id].dtype) if id is not None else "object")
    return pd, groups, tables, kinds


def _score(pd, df, text, id, groups, tables, kinds, chunk_size: int):

    limit = Settings.from_env().max_text_chars
    pieces = []
    for start in range(0, max(len(df), 1), chunk_size):  # an empty frame still gives one (empty) piece
        part = df.iloc[start:start + chunk_size]
        ids = part[id].array if id is not None else None
        pieces.append(_chunk_frame(pd, part[text].tolist(), part.index, ids, kinds, id, groups, tables, limit))
    return pieces[0] if len(pieces) == 1 else pd.concat(pieces)


def score_frame(df, text: str = "text", id: str | None = None, metrics: Iterable[str] | str | None = None,
                norms=None, detail: str = "summary", chunk_size: int = 1000):
    """Score ``df[text]``: a DataFrame with ``df``'s index and one row per input row.

    ``id``: a column copied as the first output column. ``metrics``: group names (None for all).
    ``norms``: a reference name, path or list of them, adding percentile columns. ``detail``:
    only ``"summary"`` (``"full"`` is refused: its lists are not tabular). Rows are scored
    ``chunk_size`` at a time, so at most that many document objects are held at once.
    """
    if not isinstance(chunk_size, int) or chunk_size <= 0:
        raise InvalidInputError("chunk_size must be a positive whole number", field="chunk_size")
    pd, groups, tables, kinds = _prepare(df, text, id, metrics, norms, detail)
    return _score(pd, df, text, id, groups, tables, kinds, chunk_size)


def score_frames(frames: Iterable, text: str = "text", id: str | None = None,
                 metrics: Iterable[str] | str | None = None, norms=None, detail: str = "summary",
                 chunk_size: int = 1000) -> Iterator:
    """:func:`score_frame` over an iterable of DataFrames, yielding one scored frame per input frame.

    This is the function shape Spark's ``DataFrame.mapInPandas`` expects; the options are checked
    before the first frame is read, so a bad argument fails before any work.
    """
    _check_options(metrics, norms, detail)
    if not isinstance(chunk_size, int) or chunk_size <= 0:
        raise InvalidInputError("chunk_size must be a positive whole number", field="chunk_size")

    def run() -> Iterator:
        for frame in frames:
            yield score_frame(frame, text=text, id=id, metrics=metrics, norms=norms, detail=detail,
                              chunk_size=chunk_size)
    return run()
