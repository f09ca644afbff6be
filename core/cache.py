"""The process-wide caches: ``Memo``, a bounded dict that computes a missing value, and
:func:`clear_caches`.

Prose repeats its words and chunks (Zipf), so the document model works out what it needs once per
distinct chunk (:data:`textmetrics.text.chunks.CHUNKS`, one record per chunk) and per distinct word
(:func:`textmetrics.words.features.word_features`), and then reads a whole text with
``map(memo.__getitem__, keys)`` at C speed. Those are the two caches; resources (word lists,
CMUdict, lexicons) are loaded once by :func:`textmetrics.resources.load_once` and never evicted.
"""

from __future__ import annotations

from typing import Callable, Generic, TypeVar

__all__ = ["Memo", "MAX_ENTRIES", "clear_caches"]

V = TypeVar("V")
# Entries per generation (see Memo); bench/memos.py measures memory and speed on a varied corpus.
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
        _ALL.append(self)

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


_ALL: list[Memo] = []  # every memo made (module-level tables, made once per process)


def clear_caches() -> None:
    """Empty every cache of the process (for tests, and for long-running servers that want to
    return memory after a large job); everything is recomputed on next use."""
    for memo in _ALL:
        memo.clear()
