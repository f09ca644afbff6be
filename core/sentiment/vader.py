"""VADER's resources (Hutto & Gilbert 2014), read once per process from the installed
``vaderSentiment`` 3.3.2 package (MIT).

Nothing here is copied into the project: the word ratings come from the package's
``vader_lexicon.txt`` and the emoji descriptions from ``emoji_utf8_lexicon.txt`` (read with
importlib.resources); the rule word lists (negations, boosters and dampeners, special cases) and
the constants are imported from ``vaderSentiment.vaderSentiment``, where the authors define them.
"Lexicon" means the project's marker lists elsewhere, so VADER's word list is called by what it
holds: :attr:`VaderResources.ratings`, each word's mean human rating on VADER's -4..+4 scale.

Loading is lazy and thread-safe (:func:`textmetrics.resources.load_once`): the first call pays
~30 ms, later calls return the same frozen object.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from textmetrics.errors import ResourceError
from textmetrics.resources import load_once, read_text

__all__ = ["VaderResources", "vader_resources", "RULE_WORDS"]


@dataclass(frozen=True, slots=True)
class VaderResources:
    """Everything the VADER rules read; read-only by convention (plain dicts, because look-ups
    through a MappingProxyType cost a measurable share of the scoring time). ``emojis`` holds the
    single-character emoji keys only, the ones vaderSentiment 3.3.2 can match (it compares one
    character at a time)."""

    ratings: dict[str, float]  # word -> mean human rating (vader_lexicon.txt), never 0 (see _parse_ratings)
    emojis: dict[str, str]  # emoji character -> its description
    boosters: dict[str, float]  # boosters (> 0) and dampeners (< 0), one word or two
    negations: frozenset[str]
    special_cases: dict[str, float]  # idioms that replace a valence ("the bomb", "kiss of death")
    b_incr: float
    c_incr: float  # the capitals rule's increment
    n_scalar: float  # a negation's factor
    phrase_starts: frozenset[str]  # first words of the special cases and multi-word boosters
    rule_words: frozenset[str]  # every word whose presence lets a rule change a valence (see _rule_words)
    named: frozenset[str]  # every word a rule reads by name (see _named)


# Words the rules of vaderSentiment 3.3.2 test by name, besides its boosters and negations:
# "no ... or/nor" negation, "never so/this" and "so/this" (× 1.25), "without doubt", "least", and
# "but", which reweights its whole sentence.
RULE_WORDS = frozenset({"no", "or", "nor", "never", "so", "this", "without", "doubt", "least", "but"})

# Words of VADER's multi-word phrases too common to flag the phrase: a phrase ("the shit", "to die
# for", "kind of") only occurs with all its words, so its last other word flags it.
_PHRASE_FILLERS = frozenset({"the", "to", "of", "for", "right"})


def _rule_words(boosters: dict[str, float], negations: frozenset[str],
                special_cases: dict[str, float]) -> frozenset[str]:
    """The words whose presence lets a rule change a valence: boosters, negations, the rule words,
    and one flag word of every multi-word special case and booster. A rated word with none of
    them in the 3 words before it (the reach of VADER's rules) and no "n't" there keeps its
    rating, unless it is in capitals or starts a phrase itself (see
    :func:`textmetrics.sentiment.words.word_fact`)."""
    flags = set()
    for phrase in (k for k in (*special_cases, *boosters) if " " in k):
        words = [w for w in phrase.split() if w not in _PHRASE_FILLERS]
        if not words:  # pragma: no cover - a phrase of vaderSentiment's made only of fillers
            raise ResourceError(f"VADER phrase {phrase!r} has no flag word; update _PHRASE_FILLERS")
        flags.add(words[-1])
    return frozenset(boosters) | negations | RULE_WORDS | flags


def _named(rule_words: frozenset[str], boosters: dict[str, float], negations: frozenset[str],
           special_cases: dict[str, float]) -> frozenset[str]:
    """Every word some rule compares by name: the rule words, boosters and negations, every word
    of a multi-word special case or booster ("the", "of", "for"), and "at" ("at least" is no
    negation). To the rules, every other unrated word is the same as any other (see
    :func:`textmetrics.sentiment.words.word_fact`)."""
    phrase_words = {w for phrase in (*special_cases, *boosters) if " " in phrase for w in phrase.split()}
    return rule_words | frozenset(boosters) | negations | phrase_words | {"at"}


def _read(name: str) -> str:
    return read_text(name, package="vaderSentiment")


def _parse_ratings(raw: str) -> dict[str, float]:
    # vaderSentiment's make_lex_dict: token TAB mean TAB sd TAB ratings; keep token -> mean
    out: dict[str, float] = {}
    for line in raw.rstrip("\n").split("\n"):
        if line:
            word, measure = line.strip().split("\t")[0:2]
            out[sys.intern(word)] = float(measure)  # interned: see _load
    # The scorer finds a sentence's rated words by their non-zero ratings (itertools.compress);
    # a word rated 0 would be skipped although a booster before it gives it a valence.
    zero = [word for word, rating in out.items() if rating == 0]
    if zero:  # pragma: no cover - vaderSentiment 3.3.2 rates no word 0
        raise ResourceError(f"vader_lexicon.txt rates {zero[:5]} 0; the scorer assumes no word is")
    return out


def _parse_emojis(raw: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in raw.rstrip("\n").split("\n"):
        emoji, description = line.strip().split("\t")[0:2]
        if len(emoji) == 1:
            out[emoji] = description
    return out


def _load() -> VaderResources:
    try:
        from vaderSentiment import vaderSentiment as vs
    except ImportError as exc:  # pragma: no cover - broken install
        raise ResourceError(f"the vaderSentiment package is not installed: {exc}") from exc
    # Every word is interned, here, in _parse_ratings and in words.word_fact: a look-up of a word
    # that is there matches by identity, without reading the characters of the stored key.
    intern = sys.intern
    starts = frozenset(intern(k.split()[0]) for k in (*vs.SPECIAL_CASES, *vs.BOOSTER_DICT) if " " in k)
    negations = frozenset(map(intern, vs.NEGATE))
    rule_words = frozenset(map(intern, _rule_words(vs.BOOSTER_DICT, negations, vs.SPECIAL_CASES)))
    return VaderResources(
        ratings=_parse_ratings(_read("vader_lexicon.txt")),
        emojis=_parse_emojis(_read("emoji_utf8_lexicon.txt")),
        boosters={intern(k): v for k, v in vs.BOOSTER_DICT.items()},
        negations=negations,
        special_cases=dict(vs.SPECIAL_CASES),
        b_incr=vs.B_INCR,
        c_incr=vs.C_INCR,
        n_scalar=vs.N_SCALAR,
        phrase_starts=starts,
        rule_words=rule_words,
        named=frozenset(map(intern, _named(rule_words, vs.BOOSTER_DICT, negations, vs.SPECIAL_CASES))),
    )


vader_resources = load_once(_load)  # the VADER resources, loaded once per process (thread-safe)
