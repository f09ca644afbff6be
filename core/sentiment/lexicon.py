"""VADER's resources, read once per process from the installed ``vaderSentiment`` package (MIT).

Nothing here is copied into the project: the word valences come from the package's
``vader_lexicon.txt`` and ``emoji_utf8_lexicon.txt`` (read with importlib.resources), and the rule
word lists (negations, boosters and dampeners, special cases) and constants are imported from
``vaderSentiment.vaderSentiment``, where Hutto & Gilbert (2014) define them.

Loading is lazy and thread-safe (double-checked lock): the first call pays ~30 ms, later calls
return the same frozen object.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from textmetrics.resources import load_once, read_text
from textmetrics.errors import ResourceError

__all__ = ["VaderResources", "vader_resources", "STRAIGHTEN"]

# Typographic quotes to their ASCII forms, character for character, so that VADER's
# strip(string.punctuation) and its "n't" and lexicon look-ups see one form (the project's
# normalize() folds the same characters; this table is applied to the user's original text).
STRAIGHTEN = str.maketrans({
    **dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u2032"), "'"),
    **dict.fromkeys(map(ord, "\u201c\u201d\u201e\u201f\u2033"), '"'),
})


@dataclass(frozen=True, slots=True)
class VaderResources:
    """Everything the VADER rules read; read-only by convention (plain dicts, because look-ups
    through a MappingProxyType cost a measurable share of the scoring time). ``emojis`` holds the
    single-character emoji keys only, the ones vaderSentiment 3.3.2 can match (it compares one
    character at a time)."""

    lexicon: dict[str, float]
    emojis: dict[str, str]
    boosters: dict[str, float]
    negations: frozenset[str]
    special_cases: dict[str, float]
    b_incr: float
    c_incr: float
    n_scalar: float
    phrase_starts: frozenset[str]  # first words of the special cases and multi-word boosters
    ruled: frozenset[str]  # every word whose presence lets a rule change a valence (see _ruled)


# Words the rules of vaderSentiment 3.3.2 test by name, besides its boosters and negations:
# "no ... or/nor" negation, "never so/this" and "so/this" (× 1.25), "without doubt", "least".
_RULE_WORDS = frozenset({"no", "or", "nor", "never", "so", "this", "without", "doubt", "least"})

# Words of VADER's multi-word phrases too common to flag the phrase: a phrase ("the shit", "to die
# for", "kind of") only occurs with all its words, so its last other word flags it.
_PHRASE_FILLERS = frozenset({"the", "to", "of", "for", "right"})


def _ruled(boosters: dict[str, float], negations: frozenset[str],
           special_cases: dict[str, float]) -> frozenset[str]:
    """The words whose presence lets a rule change a valence: boosters, negations, the rule words,
    and one flag word of every multi-word special case and booster. A lexicon word with none of
    them in the 3 words before it (the reach of VADER's rules), and no "n't" before it, keeps its
    lexicon valence, adjusted only by the capitals rule (and later by "but"), unless it starts a
    phrase itself (see :func:`.rules.fixed_valence`)."""
    flags = set()
    for phrase in (k for k in (*special_cases, *boosters) if " " in k):
        words = [w for w in phrase.split() if w not in _PHRASE_FILLERS]
        if not words:  # pragma: no cover - a phrase of vaderSentiment's made only of fillers
            raise ResourceError(f"VADER phrase {phrase!r} has no flag word; update _PHRASE_FILLERS")
        flags.add(words[-1])
    return frozenset(boosters) | negations | _RULE_WORDS | flags


def _read(name: str) -> str:
    return read_text(name, package="vaderSentiment")


def _parse_lexicon(raw: str) -> dict[str, float]:
    # vaderSentiment's make_lex_dict: token TAB mean TAB sd TAB ratings; keep token -> mean
    out: dict[str, float] = {}
    for line in raw.rstrip("\n").split("\n"):
        if line:
            word, measure = line.strip().split("\t")[0:2]
            out[sys.intern(word)] = float(measure)  # interned: see _load
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
    # Every word is interned, here, in _parse_lexicon and in chunks._learn: a look-up of a word
    # that is there matches by identity, without reading the characters of the stored key.
    intern = sys.intern
    starts = frozenset(intern(k.split()[0]) for k in (*vs.SPECIAL_CASES, *vs.BOOSTER_DICT) if " " in k)
    negations = frozenset(map(intern, vs.NEGATE))
    return VaderResources(
        lexicon=_parse_lexicon(_read("vader_lexicon.txt")),
        emojis=_parse_emojis(_read("emoji_utf8_lexicon.txt")),
        boosters={intern(k): v for k, v in vs.BOOSTER_DICT.items()},
        negations=negations,
        special_cases=dict(vs.SPECIAL_CASES),
        b_incr=vs.B_INCR,
        c_incr=vs.C_INCR,
        n_scalar=vs.N_SCALAR,
        phrase_starts=starts,
        ruled=frozenset(map(intern, _ruled(vs.BOOSTER_DICT, negations, vs.SPECIAL_CASES))),
    )


vader_resources = load_once(_load)  # the VADER resources, loaded once per process (thread-safe)
