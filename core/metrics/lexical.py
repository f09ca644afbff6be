"""Lexical diversity: type-token ratio, MATTR and MTLD over the lower-case word tokens.

- TTR: distinct words / words. Falls as texts get longer, so compare only texts of similar length.
- MATTR (Covington & McFall 2010): the mean TTR of every window of 50 consecutive words; length
  independent. Texts shorter than the window get their plain TTR.
- MTLD (McCarthy & Jarvis 2010): the mean length of stretches of text whose running TTR stays above
  0.72, computed forwards and backwards and averaged; a partial last stretch counts as the fraction
  (1 − TTR)/(1 − 0.72) of a factor.

All three run in linear time (MATTR with a sliding window of counts).
"""

from __future__ import annotations

from itertools import chain
from operator import attrgetter

from textmetrics.catalogue import Metric
from textmetrics.text.chunks import Chunk, chunk_fact
from textmetrics.text.document import Document
from textmetrics.text.tokens import WORD

__all__ = ["compute", "ttr", "mattr", "mtld", "CATALOGUE", "MATTR_WINDOW", "MTLD_THRESHOLD"]

MATTR_WINDOW = 50
MTLD_THRESHOLD = 0.72


def ttr(words: list[str]) -> float | None:
    return len(set(words)) / len(words) if words else None


def mattr(words: list[str], window: int = MATTR_WINDOW) -> float | None:
    if len(words) <= window:
        return ttr(words)
    counts: dict[str, int] = {}
    get = counts.get
    for word in words[:window]:
        counts[word] = get(word, 0) + 1
    total = len(counts)
    # slide: one word leaves, one enters; a plain dict beats Counter here (no __missing__ calls)
    for leaving, entering in zip(words, words[window:]):
        left = counts[leaving] - 1
        if left:
            counts[leaving] = left
        else:
            del counts[leaving]
        counts[entering] = get(entering, 0) + 1
        total += len(counts)
    return total / (len(words) - window + 1) / window


def _mtld_pass(words: list[str], threshold: float) -> float:
    factors = 0.0
    types: set[str] = set()
    count = 0
    for word in words:
        types.add(word)
        count += 1
        if len(types) / count <= threshold:
            factors += 1
            types, count = set(), 0
    if count:
        factors += (1 - len(types) / count) / (1 - threshold)
    return len(words) / factors if factors else float(len(words))


def mtld(words: list[str], threshold: float = MTLD_THRESHOLD) -> float | None:
    if not words:
        return None
    return (_mtld_pass(words, threshold) + _mtld_pass(words[::-1], threshold)) / 2


@chunk_fact("words")
def _chunk_words(chunk: Chunk) -> tuple[str, ...]:
    """A chunk's lower-case word tokens (numbers are not words here)."""
    return tuple(t.lower for t in chunk.tokens if t.kind is WORD)


_WORDS = attrgetter("words")


def words_of(doc: Document) -> list[str]:
    """The lower-case word tokens of the document, in order (the ``lower`` of its word tokens)."""
    return list(chain.from_iterable(map(_WORDS, doc.records)))


def compute(doc: Document) -> dict[str, float | int | None]:
    words = words_of(doc)
    return {
        "types": len(set(words)),
        "type_token_ratio": ttr(words),
        "mattr": mattr(words),
        "mtld": mtld(words),
    }


CATALOGUE = (
    Metric("lexical.types", "lexical", "Distinct words", "Distinct lower-case words.", "count", (0, None),
           "a larger vocabulary"),
    Metric("lexical.type_token_ratio", "lexical", "Type-token ratio",
           "Distinct words / words; depends on text length.", "ratio", (0, 1), "more varied vocabulary",
           "Templin (1957)"),
    Metric("lexical.mattr", "lexical", "MATTR", "Mean type-token ratio over moving windows of 50 words.",
           "ratio", (0, 1), "more varied vocabulary", "Covington & McFall (2010)"),
    Metric("lexical.mtld", "lexical", "MTLD", "Mean length of word runs keeping a type-token ratio above 0.72, "
           "forwards and backwards.", "words", (0, None), "more varied vocabulary", "McCarthy & Jarvis (2010)"),
)
