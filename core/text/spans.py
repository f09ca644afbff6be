"""``Span``: a stretch of the submitted text that the output names, the common shape of the stance
markers (:class:`textmetrics.markers.Marker`) and the style spans (:class:`textmetrics.style.StyleSpan`).

Offsets are code-point indices into the text as submitted, end exclusive, so ``text[start:end] ==
span.text``; ``sentence`` is the index of the sentence holding the span.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Span"]


@dataclass(slots=True)
class Span:
    category: str
    subtype: str
    start: int
    end: int
    text: str
    sentence: int

    def to_dict(self) -> dict:
        """The span as a JSON object, keys in field order (a subclass's fields last)."""
        return {name: getattr(self, name) for name in self.__match_args__}
