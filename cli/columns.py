"""The document object as flat, dotted columns: ``{"readability": {"lix": 4.5}}`` -> ``readability.lix``.

One flattener serves every flat view of a document: the csv rows and their header, the several-
document table, the metric rows of the tables, ``compare`` and the HTML report.
"""

from __future__ import annotations

from typing import Any

from textmetrics import catalogue
from textmetrics.report import flatten  # the one flattener, shared with textmetrics.frame

__all__ = ["flatten", "csv_columns", "csv_row"]


def csv_columns(probe: dict) -> list[str]:
    """Flattened column names of a document object, in catalogue order, ``warnings`` last.

    ``probe`` is a document computed with the run's options, so the columns are exactly the keys
    every row will have. Keys the catalogue names come in its order; others keep their place after
    the catalogued keys of their group.
    """
    order = {m.id: i for i, m in enumerate(catalogue())}
    groups = [k for k in probe if isinstance(probe[k], dict)]
    # (group's place, key): a flat key need not start with its group's name (``percentiles`` ->
    # ``percentile.<reference>.<metric id>``)
    keys = [(g, key) for g, group in enumerate(groups) for key in flatten({group: probe[group]})]

    def rank(pair: tuple[int, tuple[int, str]]) -> tuple:
        position, (group, key) = pair
        parts = key.split(".")
        known = next((order[".".join(parts[:n])] for n in range(len(parts), 1, -1) if ".".join(parts[:n]) in order), None)
        return (group, 0 if known is not None else 1, known if known is not None else position, position)

    ordered = [key for _, (_, key) in sorted(enumerate(keys), key=rank)]
    return ordered + (["warnings"] if "warnings" in probe else [])


def _cell(value) -> str | int | float:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return value


def csv_row(doc: dict, columns: tuple[str, ...] | list[str]) -> list:
    """The cells of ``doc`` under ``columns``: null as an empty cell, a list joined with ``"; "``."""
    flat = flatten(doc)
    return [_cell(flat.get(column)) for column in columns]
