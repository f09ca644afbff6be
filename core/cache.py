"""``Memo``: a bounded dict that computes a missing value, for the per-word and per-chunk tables.

Prose repeats its words and chunks (Zipf), so the document model and the word-level groups work
out what they need once per distinct word or chunk, and then read a whole text with
``map(memo.__getitem__, keys)`` at C speed.
"""

from __future__ import annotations

from typing import Callable, Generic, TypeVar

__all__ = ["Memo", "MAX_ENTRIES"]

V = TypeVar("V")
# Entries per generation (see Memo). An entry costs 250-450 bytes (key, value, dict slot) and a
# chunk has one in each of five memos; bench/memos.py measures memory and speed on a varied corpus.
MAX_ENTRIES = 16_384
_MISSING = object()


class Memo(dict, Generic[V]):
    """key -> ``compute(key)``, computed on a miss (``dict.__missing__``), so that
    ``map(memo.__getitem__, keys)`` stays at C speed for every key seen before.

    Bounded by two generations: when the memo holds :data:`MAX_ENTRIES` keys, they become the
    previous generation and the memo starts empty; a miss looks in the previous generation before
    computing. The words a corpus keeps using move into each new generation on their first use,
    and the rest are dropped, so the memo never holds more than twice the bound and, unlike a
    memo emptied when full, never loses its common words (bench/memos.py, a Zipf corpus of
    400,000 words: 217 documents/s and 108 MB peak RSS, against 189/s and 118 MB for one memo of
    32,768 emptied when full, and 288/s and 265 MB unbounded). Thread-safe under the GIL: racing
    threads only ever store the same value, and a reader never depends on an entry surviving (a
    miss recomputes)."""

    def __init__(self, compute: Callable[[str], V]) -> None:
        super().__init__()
        self.compute = compute
        self._previous: dict = {}

    def __missing__(self, key: str) -> V:
        value = self._previous.get(key, _MISSING)
        if value is _MISSING:
            value = self.compute(key)
        if len(self) >= MAX_ENTRIES:
            self._previous = dict(self)
            dict.clear(self)
        self[key] = value
        return value

    def clear(self) -> None:
        """Empty both generations."""
        dict.clear(self)
        self._previous = {}
