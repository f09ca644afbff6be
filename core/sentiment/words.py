"""VADER's words as facts of the one chunk cache, each with an explicit state.

VADER (Hutto & Gilbert 2014; vaderSentiment 3.3.2) scores the words of a sentence with rules that
read at most the 3 words before a rated word (and, for a few phrases, the 2 after it). Most words
are read by no rule, and their valence is the same wherever they stand. So each distinct chunk
is looked at once per process, when some sentence first holds it, and what VADER makes of it is
kept in the ``sentiment`` slot of its :class:`~textmetrics.text.chunks.Chunk` record: a
:class:`WordValence` with its :class:`WordState`. A sentence whose words are all
:attr:`~WordState.FIXED` takes its valences straight from the records (:func:`facts_of`);
the rules (:func:`textmetrics.sentiment.rules.apply_rules`) look only at the others.

The same record type carries a word's valence after the rules: a word a rule changes gets a new
:class:`WordValence` (the chunk's fact is shared and never changed) with the rules' steps, so the
list a sentence is scored from is also the evidence of its score.
"""

from __future__ import annotations

import string
import sys
from enum import IntEnum
from operator import attrgetter

from textmetrics.sentiment.vader import vader_resources
from textmetrics.text.chunks import CHUNKS, Chunk, chunk_fact

__all__ = ["WordState", "WordValence", "Step", "UNRATED", "vader_word", "word_fact", "facts_of"]

_PUNCT = string.punctuation

Step = tuple[str, str, float]
"""One rule that changed a word's valence: the rule's name (:class:`textmetrics.sentiment.rules.Rule`),
what it read (its word or words), and the valence after it."""


class WordState(IntEnum):
    """What the rules may do with a word. The values order the states by how much the rules must
    look, so ``any(states)`` asks whether a sentence holds a word other than FIXED."""

    FIXED = 0
    """Its valence is the same wherever it stands: its rating (0 for an unrated word). No rule
    reads it; a rule may still change it from the words before it (a READ or OPEN word among the
    3 before it; see :func:`textmetrics.sentiment.rules.apply_rules`)."""
    READ = 1
    """A rule reads it, and it carries no valence itself: a booster or dampener, a negation
    (any word with "n't"), "but", a word the rules test by name, the flag word of a phrase
    (:attr:`textmetrics.sentiment.vader.VaderResources.rule_words`)."""
    OPEN = 2
    """A rated word whose valence a rule may change from its own side: in capitals (the capitals
    rule reads the whole text), a rule word ("no", "doubt"), a word with "n't", or the first
    word of a phrase ("bad ass", "kind of"), which the words after it may change."""


class WordValence:
    """A word's valence, and how it came about: ``word`` (VADER's lower-case word; empty in the
    shared fact of the unrated words no rule reads by name, :data:`UNRATED`), ``state``,
    ``rating`` (its mean human rating, 0 if unrated), ``valence`` (after the rules), ``steps``
    (each rule that changed it, in order; empty for a chunk's own fact, which the rules never
    change: they make a new record)."""

    __slots__ = ("word", "state", "rating", "valence", "steps")

    def __init__(self, word: str, state: WordState, rating: float, valence: float,
                 steps: list[Step] | tuple = ()) -> None:
        self.word, self.state, self.rating, self.valence, self.steps = word, state, rating, valence, steps

    def __repr__(self) -> str:
        return (f"WordValence({self.word!r}, {self.state.name}, rating={self.rating}, valence={self.valence}, "
                f"steps={list(self.steps)})")


UNRATED = WordValence("", WordState.FIXED, 0.0, 0.0)
"""The one fact of every unrated word no rule reads by name (9 chunks in 10 of news prose): to
VADER's rules such words are all alike, so they share this record, whose ``word`` is empty. Sharing
keeps the scorer's memory reads few: one record, always in cache, instead of one per chunk
(bench/sentiment.py: about 9 % of a full analyze() of the NYT snippets). Every word a rule
compares by name (:attr:`~textmetrics.sentiment.vader.VaderResources.named`) has its own fact."""


def vader_word(chunk: str) -> str:
    """VADER's lower-case word of a chunk (3.3.2's ``_strip_punc_if_word``): the surrounding
    punctuation removed unless 2 or fewer characters would be left (so ":)" stays). Interned,
    like the ratings' words: later look-ups of the word match by identity."""
    bare = chunk.strip(_PUNCT)
    return sys.intern((chunk if len(bare) <= 2 else bare).lower())


@chunk_fact("sentiment")
def word_fact(record: Chunk) -> WordValence:
    """What VADER makes of a chunk wherever it stands (the ``sentiment`` fact of its record).

    VADER tests the stripped word with ``isupper``; punctuation has no case, so the chunk as
    written gives the same answer."""
    r = vader_resources()
    chunk = record.text
    word = vader_word(chunk)
    rating = r.ratings.get(word)
    if rating is None:
        if word in r.rule_words or "n't" in word:
            return WordValence(word, WordState.READ, 0.0, 0.0)
        return WordValence(word, WordState.FIXED, 0.0, 0.0) if word in r.named else UNRATED
    if word in r.boosters:  # VADER scores a booster 0 itself, rated or not
        return WordValence(word, WordState.READ, rating, 0.0)
    if chunk.isupper() or word in r.rule_words or "n't" in word or word in r.phrase_starts:
        return WordValence(word, WordState.OPEN, rating, rating)
    return WordValence(word, WordState.FIXED, rating, rating)


_SENTIMENT = attrgetter("sentiment")



def facts_of(chunks: list[str]) -> list[WordValence]:
    """The facts of a sentence's chunks, in order: one cache look-up and one slot read per chunk,
    at C speed; a chunk not seen before is looked at first (:func:`word_fact`)."""
    return list(map(_SENTIMENT, map(CHUNKS.__getitem__, chunks)))
