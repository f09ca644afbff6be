"""The result of :func:`textmetrics.analyze`."""

from __future__ import annotations

from typing import Any

__all__ = ["Report", "flatten", "percentile_column"]


class Report:
    """A measured document. ``to_dict()`` gives the JSON document object (docs/json.md); the groups
    are also readable as items (``report["readability"]["flesch_reading_ease"]``)."""

    __slots__ = ("_data", "document")

    def __init__(self, data: dict[str, Any], document=None) -> None:
        self._data = data
        self.document = document  # the textmetrics.text.document.Document it was computed from

    def to_dict(self) -> dict[str, Any]:
        """The JSON document object (a new top-level dict; nested values are shared, do not mutate)."""
        return dict(self._data)

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __contains__(self, key: object) -> bool:
        return key in self._data

    @property
    def warnings(self) -> list[str]:
        return self._data["warnings"]

    def __repr__(self) -> str:
        groups = [k for k in self._data if k != "warnings"]
        return f"<Report {', '.join(groups)}>"


def percentile_column(reference: str, metric_id: str) -> str:
    """The flat name of a percentile: ``percentile.<reference>.<metric id>``
    (``percentile.editorials.hedging.per_1000_words``). The document object keeps its nested
    ``percentiles`` object; only flat views (csv, DataFrame columns) use this name."""
    return f"percentile.{reference}.{metric_id}"


def flatten(obj: dict, prefix: str = "") -> dict[str, Any]:
    """The document object as flat, dotted keys: ``{"readability": {"lix": 4.5}}`` ->
    ``{"readability.lix": 4.5}``; lists are kept as values. The document's ``percentiles`` object
    becomes :func:`percentile_column` keys (``percentile.<reference>.<metric id>``). The one
    flattener: the CLI's csv and tables, compare, the report and the DataFrame columns
    (:mod:`textmetrics.frame`) all use it."""
    out: dict[str, Any] = {}
    for key, value in obj.items():
        if not prefix and key == "percentiles" and isinstance(value, dict):
            for reference, by_metric in value.items():
                for metric_id, percentile in by_metric.items():
                    out[percentile_column(reference, metric_id)] = percentile
            continue
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, name + "."))
        else:
            out[name] = value
    return out
