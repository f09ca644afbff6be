"""One reference's quantile tables: the file format, checking it, and the percentile lookup.

A norms file is JSON (``textmetrics-norms/1``)::

    {"format": "textmetrics-norms/1", "name": "editorials", "description": ..., "corpus": ...,
     "licence": ..., "attribution": ..., "documents": 178, "held_out": ..., "median_words": 612,
     "textmetrics_version": "0.1.0", "built": "2026-12-04", "grid": 200,
     "metrics": {"readability.flesch_kincaid_grade": {"n": 178, "x": [...], "le": [...], "eq": [...]}, ...}}

For each metric, ``n`` documents had a defined value; ``x`` are knots (distinct values, ascending),
``le[i]`` counts the values <= ``x[i]`` and ``eq[i]`` those == ``x[i]``. The knots are the values at
the quantiles 0, 1/grid, ..., 1 (grid 200: every half percent), so every value holding at least a
two-hundredth of the documents is a knot with its exact count, and fewer than n/grid values lie
strictly between two knots. Hence (docs/norms.md) the mid-rank percentile

    100 x (share below + share equal / 2)

is exact at every knot, ties included, and within 100/grid = 0.5 points of the exact one elsewhere,
where it is interpolated linearly between the two knots around the value.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable

from textmetrics.errors import InvalidInputError

__all__ = [
    "FORMAT", "GRID", "MIN_VALUES", "NAME_PATTERN", "META_FIELDS", "MetricTable", "NormTable",
    "check_name", "dumps",
]

FORMAT = "textmetrics-norms/1"
GRID = 200  # quantile steps per table: 0.5-point accuracy between knots (see the module docstring)
# Fewer defined values than this and a percentile is mostly noise (one document moves it by over 3
# points), so the lookup gives null: the metric is rarely defined in that reference.
MIN_VALUES = 30
# A reference name is a JSON key, a csv column part (percentile.<name>.<metric>) and a file name
NAME_PATTERN = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
# The descriptive members, in file order (``metrics`` follows them)
META_FIELDS = ("format", "name", "description", "corpus", "licence", "attribution", "documents", "held_out",
               "median_words", "textmetrics_version", "built", "grid")


def check_name(name: Any, field: str = "norms") -> str:
    """``name`` if it can name a reference (lower-case letters, digits, ``_`` and ``-``), else InvalidInputError."""
    if not isinstance(name, str) or not NAME_PATTERN.fullmatch(name):
        raise InvalidInputError(
            f"{name!r} is not a usable reference name (lower-case letters, digits, '_' and '-', at most 64)", field)
    return name


def _round1(p: float) -> float:
    # one decimal, halves up; round(p, 1) costs five times as much, and this runs per metric per call
    return int(p * 10.0 + 0.5) / 10.0


class MetricTable:
    """The knots of one metric, with the shares precomputed so that a lookup is one bisection."""

    __slots__ = ("n", "xs", "_m", "_mid", "_low", "_gap")

    def __init__(self, n: int, xs: list, le: list[int], eq: list[int]) -> None:
        self.n = n
        self.xs = xs
        self._m = len(xs)
        scale = 100.0 / n if n else 0.0
        self._mid = [_round1((c - e / 2) * scale) for c, e in zip(le, eq)]  # mid-rank percentile at each knot
        self._low = [c * scale for c in le]  # percent of values <= the knot
        # percent of values strictly between a knot and the next one, spread evenly over the gap
        self._gap = [((le[i + 1] - eq[i + 1]) - le[i]) * scale for i in range(len(xs) - 1)]

    def percentile(self, value: float) -> float:
        """The mid-rank percentile (0-100, one decimal) of ``value`` among the reference's values."""
        xs = self.xs
        i = bisect_left(xs, value)
        if i < self._m and xs[i] == value:
            return self._mid[i]
        if i == 0:
            return 0.0  # below every value of the reference
        if i == self._m:
            return 100.0  # above every value
        lo = i - 1
        x0 = xs[lo]
        return _round1(self._low[lo] + self._gap[lo] * (value - x0) / (xs[i] - x0))


@dataclass(frozen=True, eq=False)
class NormTable:
    """A loaded reference: its descriptive fields (``meta``) and a :class:`MetricTable` per metric id."""

    name: str
    meta: dict
    metrics: dict[str, MetricTable] = field(repr=False)
    source: str = "built-in"  # "built-in", or the path it was read from

    @property
    def median_words(self) -> int | None:
        return self.meta.get("median_words")

    @cached_property
    def _lookups(self) -> list[Callable[[float], float] | None]:
        """The lookup of each numeric catalogue metric, in :func:`~textmetrics.norms.build.metric_paths`
        order: None where the reference lacks the metric or has too few values of it."""
        from .build import metric_paths  # build imports this module

        tables = [self.metrics.get(mid) for mid, _ in metric_paths()]
        return [t.percentile if t is not None and t.n >= MIN_VALUES else None for t in tables]

    def percentile(self, metric_id: str, value: Any) -> float | None:
        """The percentile of ``value``, or None: value undefined, metric absent, or fewer than
        :data:`MIN_VALUES` defined values in the reference."""
        table = self.metrics.get(metric_id)
        if value is None or table is None or table.n < MIN_VALUES:
            return None
        return table.percentile(value)

    def summary(self) -> dict:
        """What ``GET /v1/norms`` and ``textmetrics norms list`` show about the reference."""
        m = self.meta
        return {"id": self.name, "description": m.get("description", ""), "corpus": m.get("corpus", ""),
                "documents": m.get("documents", 0), "median_words": m.get("median_words"),
                "licence": m.get("licence", ""), "attribution": m.get("attribution", ""),
                "held_out": m.get("held_out"), "textmetrics_version": m.get("textmetrics_version", ""),
                "built": m.get("built", ""), "built_in": self.source == "built-in"}

    @classmethod
    def from_dict(cls, data: Any, source: str = "built-in") -> "NormTable":
        """Check a parsed norms file and index it; InvalidInputError (field ``norms``) names the problem."""
        where = "the built-in norms" if source == "built-in" else f"norms file {source}"

        def bad(problem: str) -> InvalidInputError:
            return InvalidInputError(f"{where}: {problem}", "norms")

        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise bad(f"not a textmetrics norms file (expected \"format\": \"{FORMAT}\")")
        if not isinstance(data.get("metrics"), dict):
            raise bad("no \"metrics\" object")
        try:
            name = check_name(data.get("name"))
        except InvalidInputError as exc:
            raise bad(str(exc)) from None
        metrics = {}
        for metric_id, entry in data["metrics"].items():
            problem = _entry_problem(entry)
            if problem:
                raise bad(f"{metric_id}: {problem}")
            metrics[metric_id] = MetricTable(entry["n"], entry.get("x", []), entry.get("le", []), entry.get("eq", []))
        meta = {k: v for k, v in data.items() if k != "metrics"}
        if not _is_count(meta.get("median_words", 0)):
            raise bad("median_words must be a whole number")
        return cls(name, meta, metrics, source)


def _is_count(value: Any) -> bool:
    return value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= 0)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _entry_problem(entry: Any) -> str | None:
    """Why a metric entry is unusable, or None. The checks keep a lookup from ever failing."""
    if not isinstance(entry, dict) or not _is_count(entry.get("n")) or entry.get("n") is None:
        return "needs a whole number n"
    xs, le, eq, n = entry.get("x", []), entry.get("le", []), entry.get("eq", []), entry["n"]
    if not (isinstance(xs, list) and isinstance(le, list) and isinstance(eq, list) and len(xs) == len(le) == len(eq)):
        return "x, le and eq must be lists of one length"
    if n and not xs:
        return "n values but no knots"
    if not all(map(_is_number, xs)) or any(a >= b for a, b in zip(xs, xs[1:])):
        return "x must be finite numbers in ascending order"
    if not all(isinstance(c, int) and not isinstance(c, bool) for c in le + eq):
        return "le and eq must be whole numbers"
    previous = 0
    for c, e in zip(le, eq):
        if e < 1 or c - e < previous:
            return "le and eq must count each knot's values once"
        previous = c
    if xs and le[-1] != n:
        return "the last knot must count all n values"
    return None


def dumps(data: dict) -> str:
    """A norms file's text: the descriptive fields, then one line per metric, in the order given.

    Deterministic (no clock, no set order), so the same values give byte-identical files; one
    metric per line keeps a rebuild's diff readable.
    """
    head = [f"{json.dumps(k)}: {json.dumps(data[k], ensure_ascii=False)}" for k in data if k != "metrics"]
    lines = [f"{json.dumps(k)}: {json.dumps(v, separators=(',', ':'), allow_nan=False)}"
             for k, v in data["metrics"].items()]
    return "{\n" + ",\n".join(head) + ',\n"metrics": {\n' + ",\n".join(lines) + "\n}\n}\n"
