"""Per-word features, computed once per distinct lower-case word and cached for the process.

Most tokens of any text are repeats ("the", "of", "that"), and corpora repeat vocabulary across
documents, so each feature is worked out the first time a form is seen and afterwards costs one
dict look-up, in a bounded :class:`~textmetrics.cache.Memo`, so a long run over a huge, varied
corpus cannot grow memory without bound.
"""

from __future__ import annotations

from typing import NamedTuple

from textmetrics.cache import Memo
from textmetrics.words.syllables import number_syllables, syllables
from textmetrics.words.wordlists import is_familiar

__all__ = ["WordFeatures", "word_features", "number_features"]

_GUNNING_SUFFIXES = ("es", "ed", "ing")


class WordFeatures(NamedTuple):
    syllables: int
    letters: int  # alphabetic characters
    alphanumerics: int  # letters and digits (ARI's characters)
    familiar: bool  # Dale-Chall familiar, inflections included
    complex: bool  # Gunning hard word, before the proper-noun test made at the token


def _gunning_complex(word: str, count: int) -> bool:
    """Three or more syllables, not hyphenated, and not made so by an -es/-ed/-ing ending."""
    if count < 3 or "-" in word:
        return False
    for suffix in _GUNNING_SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2 and syllables(word[: -len(suffix)]) < 3:
            return False
    return True


def _compute(word: str) -> WordFeatures:
    count = syllables(word)
    return WordFeatures(
        count,
        len(word) if word.isalpha() else sum(1 for c in word if c.isalpha()),  # most words: all letters
        len(word) if word.isalnum() else sum(1 for c in word if c.isalnum()),
        is_familiar(word),
        _gunning_complex(word, count),
    )


_words: Memo[WordFeatures] = Memo(_compute)


def word_features(word: str) -> WordFeatures:
    """Features of a lower-case word token."""
    return _words[word]


def number_features(text: str) -> WordFeatures:
    """Features of a number token: syllables as read aloud (McLaughlin 1969), familiar, never complex.
    Not cached here: a number is cached with the chunk that holds it (its ``tokens`` fact)."""
    return WordFeatures(number_syllables(text), 0, sum(1 for c in text if c.isalnum()), True, False)
