"""``Memo``: a bounded dict that computes a missing value, for the per-word and per-chunk tables.

Prose repeats its words and chunks (Zipf), so the document model and the word-level groups work
out what they need once per distinct word or chunk, and then read a whole text with
``map(memo.__getitem__, keys)`` at C speed.
"""

from __future__ import annotations

from typing import Callable, Generic, TypeVar

__all__ = ["Memo", "MAX_ENTRIES"]

V = TypeVar("V")
MAX_ENTRIES = 200_000  # bound on each memo: cleared when full, so a huge varied corpus cannot grow it


class Memo(dict, Generic[V]):
    """key -> ``compute(key)``, computed on a miss (``dict.__missing__``), so that
    ``map(memo.__getitem__, keys)`` stays at C speed for every key seen before. Thread-safe
    under the GIL: racing threads only ever store the same value, and a reader never depends on
    an entry surviving (a miss recomputes)."""

    def __init__(self, compute: Callable[[str], V]) -> None:
        super().__init__()
        self.compute = compute

    def __missing__(self, key: str) -> V:
        if len(self) >= MAX_ENTRIES:
            self.clear()
        value = self[key] = self.compute(key)
        return value
