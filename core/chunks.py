"""White-space chunks and per-chunk memos: the word-level groups' fast path.

A sentence's tokens are the tokens of its white-space-separated chunks ("reading", "room,",
"U.S.-based"): no token holds white space, and the tokeniser's look-aheads stop at it
(tests/test_text_model.py). Prose repeats its chunks (Zipf), so a group that needs only words
(counts, lexical diversity) works out what it needs once per distinct chunk and then reads a
whole text with ``map(memo.__getitem__, chunks)``, at C speed: ``str.split`` finds the chunks
faster than any regular expression finds the words (22 µs against 220 µs on the example op-ed).
"""

from __future__ import annotations

from typing import Callable, Generic, TypeVar

from .tokens import WORD_FORMS_RE

__all__ = ["Memo", "chunk_forms", "CHUNK_FORMS", "MAX_ENTRIES"]

V = TypeVar("V")
MAX_ENTRIES = 200_000  # bound on each memo: cleared when full, so a huge varied corpus cannot grow it
_EDGE_PUNCT = ".,;:!?\"'()[]{}-"  # marks that are tokens of their own at a chunk's edge


class Memo(dict, Generic[V]):
    """key -> ``compute(key)``, computed on a miss (``dict.__missing__``), so that
    ``map(memo.__getitem__, keys)`` stays at C speed for every key seen before. Thread-safe
    under the GIL: racing threads only ever store the same value."""

    def __init__(self, compute: Callable[[str], V]) -> None:
        super().__init__()
        self.compute = compute

    def __missing__(self, key: str) -> V:
        if len(self) >= MAX_ENTRIES:
            self.clear()
        value = self[key] = self.compute(key)
        return value


def chunk_forms(chunk: str) -> tuple[str, ...]:
    """The word and number tokens of a chunk, as written (normalised)."""
    core = chunk.strip(_EDGE_PUNCT)
    if core.isalpha():  # one plain word, maybe with punctuation around it ("budget," "(reckless")
        return (core,)
    return tuple(WORD_FORMS_RE.findall(chunk))


CHUNK_FORMS: Memo[tuple[str, ...]] = Memo(chunk_forms)
