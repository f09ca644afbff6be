"""Building norms tables from scored documents: the one builder behind ``bench/norms_tables.py`` and
``textmetrics norms build``, so that both give the same file for the same documents.

Which metrics: every numeric entry of the catalogue (:func:`numeric_metrics`), read from the
document object by its dotted id, so a metric group added to the catalogue is picked up by the
next build without a change here. The values are those of ``analyze(text).to_dict()`` with the
default options (rounded to 4 decimals): exactly what a percentile lookup later compares.
"""

from __future__ import annotations

import statistics
import zlib
from array import array
from bisect import bisect_left, bisect_right
from typing import Any, Iterable

from textmetrics._version import __version__
from textmetrics.catalogue import catalogue
from textmetrics.resources import load_once

from .table import FORMAT, GRID, check_name

__all__ = [
    "NON_NUMERIC_UNITS", "HOLD_OUT_RULE", "WORDS", "numeric_metrics", "metric_paths", "values_of", "held_out",
    "TableBuilder", "knots",
]

# Catalogue units whose values are labels, not numbers: no percentile (sentiment.label)
NON_NUMERIC_UNITS = frozenset({"category"})
HOLD_OUT_RULE = "documents whose CRC-32 of the UTF-8 id is divisible by 5 (about a fifth) are held out for calibration"
WORDS = "counts.words"  # the reference's typical length is the median of this metric


@load_once
def metric_paths() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(metric id, its path in the document object) for every numeric catalogue metric, in catalogue order."""
    return tuple((m.id, tuple(m.id.split("."))) for m in catalogue() if m.unit not in NON_NUMERIC_UNITS)


def numeric_metrics() -> tuple[str, ...]:
    """The ids of the catalogue's numeric metrics: the ones norms tables hold and percentiles cover."""
    return tuple(mid for mid, _ in metric_paths())


def _number(value: Any) -> float | int | None:
    # a bool is an int to Python but not a measurement; anything else non-numeric is undefined
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return None


def values_of(doc: dict, paths: Iterable[tuple[str, tuple[str, ...]]] | None = None) -> list[float | int | None]:
    """The numeric metrics of a document object, in :func:`metric_paths` order; None where undefined or absent."""
    out: list[float | int | None] = []
    for _, path in (paths if paths is not None else metric_paths()):
        value: Any = doc
        for part in path:
            value = value.get(part) if isinstance(value, dict) else None
        out.append(_number(value))
    return out


def held_out(doc_id: Any) -> bool:
    """True for the documents kept apart for calibration: CRC-32 of ``str(id)`` in UTF-8, modulo 5, is 0.

    A hash of the id (not the position) so that the split does not change when a corpus is
    reordered or grows, and the same documents are held out on every machine.
    """
    return zlib.crc32(str(doc_id).encode("utf-8")) % 5 == 0


def held_out_note(held: int, total: int) -> str:
    """The ``held_out`` field of a table built without the held-out fifth."""
    return f"{HOLD_OUT_RULE}: {held:,} of the {total:,} documents given"


def knots(values: list, grid: int = GRID) -> dict:
    """The table entry of one metric from its sorted defined values (see :mod:`.table`)."""
    n = len(values)
    if not n:
        return {"n": 0, "x": [], "le": [], "eq": []}
    # the value at each quantile k/grid: the smallest value whose cumulative share reaches it,
    # i.e. the ceil(k*n/grid)-th value (1-based); k = 0 gives the minimum, k = grid the maximum
    xs = sorted({values[max(0, -(-k * n // grid) - 1)] for k in range(grid + 1)})
    le = [bisect_right(values, x) for x in xs]
    eq = [c - bisect_left(values, x) for c, x in zip(le, xs)]
    return {"n": n, "x": xs, "le": le, "eq": eq}


class TableBuilder:
    """Collects the numeric metric values of documents, then writes one reference's tables.

    Memory: 8 bytes per metric per document (an ``array('d')`` per metric), about 0.6 kB per
    document; the texts themselves are never kept.
    """

    def __init__(self, paths: tuple[tuple[str, tuple[str, ...]], ...] | None = None) -> None:
        self.paths = paths if paths is not None else metric_paths()
        self.columns = [array("d") for _ in self.paths]
        self.integral = [True] * len(self.paths)  # every value an int: knots written as ints (counts)
        self.documents = 0

    def add(self, values: list[float | int | None]) -> None:
        """Add one document's :func:`values_of`."""
        if len(values) != len(self.paths):
            raise ValueError(f"expected {len(self.paths)} values, got {len(values)}")
        self.documents += 1
        for i, value in enumerate(values):
            if value is not None:
                self.columns[i].append(value)
                if self.integral[i] and not isinstance(value, int):
                    self.integral[i] = False

    def _values(self, i: int) -> list:
        values = sorted(self.columns[i])
        return [int(v) for v in values] if self.integral[i] else values

    def build(self, name: str, built: str, description: str = "", corpus: str = "", licence: str = "",
              attribution: str = "", held_out: str | None = None, grid: int = GRID) -> dict:
        """The norms file's content (write it with :func:`textmetrics.norms.table.dumps`).

        ``built`` is the build date as given (never the clock: the same documents and arguments
        give a byte-identical file).
        """
        metrics = {mid: knots(self._values(i), grid) for i, (mid, _) in enumerate(self.paths)}
        ids = [mid for mid, _ in self.paths]
        words = self._values(ids.index(WORDS)) if WORDS in ids else []
        return {
            "format": FORMAT, "name": check_name(name, "name"), "description": description, "corpus": corpus,
            "licence": licence, "attribution": attribution, "documents": self.documents, "held_out": held_out,
            "median_words": int(statistics.median_low(words)) if words else None,
            "textmetrics_version": __version__, "built": built, "grid": grid, "metrics": metrics,
        }
