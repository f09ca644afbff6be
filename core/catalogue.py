"""The metric catalogue: one entry per metric, read by the API (/v1/metrics), the CLI
(``textmetrics metrics``), the CSV column order and the docs.

Each metric family module defines its own ``CATALOGUE`` tuple next to the code that computes it;
this module only defines the entry type and gathers them in the order of the JSON document.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module

__all__ = ["Metric", "catalogue", "rules", "GROUP_MODULES"]

# group name -> module that defines its CATALOGUE, in the order of the JSON document object
GROUP_MODULES = {
    "counts": "metrics.counts",
    "readability": "metrics.readability",
    "lexical": "metrics.lexical",
    "sentiment": "sentiment",
    "hedging": "metrics.hedging",
    "persuasion": "metrics.persuasion",
    "style": "style.metrics",
}


@dataclass(frozen=True, slots=True)
class Metric:
    """One catalogue entry. ``range`` is (min, max) with None for unbounded."""

    id: str
    group: str
    name: str
    description: str
    unit: str
    range: tuple[float | None, float | None]
    higher_means: str
    reference: str = ""

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "group": self.group,
            "name": self.name,
            "description": self.description,
            "unit": self.unit,
            "range": {"min": self.range[0], "max": self.range[1]},
            "higher_means": self.higher_means,
            "reference": self.reference,
        }


def catalogue() -> list[Metric]:
    """Every metric, grouped and ordered as in the JSON document object."""
    out: list[Metric] = []
    for module in GROUP_MODULES.values():
        out.extend(import_module(f"{__package__}.{module}").CATALOGUE)
    return out


def rules() -> list[dict[str, str]]:
    """Every rule that can name a span of the output (``rule`` of markers and style spans, and the
    ``rules`` of a sentiment word), with
    the layer it belongs to and one sentence in plain words: what a page shows on hover."""
    from textmetrics.markers.rules import RULES as MARKER_RULES
    from textmetrics.markers.sentences import DETECTOR_DESCRIPTIONS
    from textmetrics.sentiment.rules import RULE_DESCRIPTIONS
    from textmetrics.style import RULES as STYLE_RULES

    out = [{"id": r.name, "layer": "markers", "description": r.description} for r in MARKER_RULES.values()]
    out += [{"id": name, "layer": "markers", "description": text} for name, text in DETECTOR_DESCRIPTIONS.items()]
    out += [{"id": name, "layer": "style", "description": text} for name, text in STYLE_RULES.items()]
    out += [{"id": str(name), "layer": "sentiment", "description": text} for name, text in RULE_DESCRIPTIONS.items()]
    return out
