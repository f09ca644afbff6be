"""VADER's rules (Hutto & Gilbert 2014) on a list of words, in time linear in their number.

The input is VADER's "words and emoticons": white-space delimited chunks with surrounding
punctuation stripped (see :mod:`textmetrics.sentiment.chunks`). Each word found in the lexicon
gets its valence (mean human rating, -4..+4), then the rules of vaderSentiment 3.3.2, in its
order:

- "no" before a lexicon word is neutral; a lexicon word 1-2 words after "no" (or 3 after
  "no ... or/nor") is negated (× -0.74);
- an ALL-CAPS sentiment word in a text with mixed case gets ±0.733;
- each of the 3 preceding non-lexicon words may boost or dampen (±0.293, scaled by 1, 0.95, 0.9
  with distance; an ALL-CAPS booster adds ±0.733) and may negate (× -0.74; "never so/this"
  × 1.25; "without doubt" keeps the valence);
- special multi-word cases ("the shit", "kiss of death", "bus stop") replace the valence, and
  "kind of", "sort of", "just enough" before the word dampen it;
- "least" before the word negates it, except "at least" and "very least";
- boosters and "kind" before "of" score 0 themselves;
- "but" shifts the weight: words before it × 0.5, words after it × 1.5.

Compound: the sum plus the punctuation emphasis (each "!" +0.292, at most 4; 2-3 "?" +0.18 each,
more +0.96, in the sign of the sum), normalised as x / sqrt(x² + 15).

Speed without a change of result: most words are read by no rule, and their valence is the same
wherever they stand. :func:`fixed_valence` gives it (0 outside the lexicon) and marks the other
words (:data:`RULED`, :data:`UNFIXED`); the chunks module memoises it per chunk. A sentence
without marks (most of them) takes its valences from the memo, and :func:`plain_hits` and
:func:`word_valences` apply the rules only to the sentiment words that have a mark within reach.

Where this module departs from vaderSentiment 3.3.2 on purpose (each tested in
tests/test_sentiment.py, effects measured by bench/sentiment.py, listed in docs/sentiment.md):

1. Linear time: 3.3.2 lower-cases the whole word list again for every lexicon word, and its
   "but" rule calls list.index for every word, so it is quadratic in the text length.
2. "but" by position: 3.3.2 finds each value's position with ``list.index(value)``, so when two
   words have the same valence it scales the first one twice and the other never.
3. Every "but" counts, within its sentence: 3.3.2 applies only the first "but" of the whole text,
   so a "But" that opens a long article weights everything after it by 1.5. Here the last "but"
   of each sentence governs that sentence (the clause after the last contrast carries the
   writer's final position): words before it × 0.5, after it × 1.5.
"""

from __future__ import annotations

import math
from itertools import compress
from typing import Callable, Sequence

from textmetrics.sentiment.lexicon import VaderResources

__all__ = [
    "ALPHA",
    "cap_differential",
    "fixed_valence",
    "plain_hits",
    "UNFIXED",
    "RULED",
    "word_valences",
    "apply_but",
    "punctuation_emphasis",
    "normalize",
]

ALPHA = 15.0  # VADER's normalisation constant: "approximates the max expected value" of a sum
UNFIXED = math.nan
"""In lists of fixed valences (:func:`fixed_valence`), the mark of a word without one that may be
a sentiment word itself, or of a word not seen yet. A NaN, so it is true (``filter(None, ...)``
and ``compress`` keep it) and never a lexicon value; NaN equals nothing, so ``UNFIXED in values``
finds this one object by identity."""
RULED = float("nan")
"""The mark of a word some rule reads that is no sentiment word itself (a booster, a negation, a
rule word outside the lexicon): a NaN like :data:`UNFIXED`, and another object."""
_SO_THIS = ("so", "this")
_OR_NOR = ("or", "nor")


def cap_differential(words: Sequence[str]) -> bool:
    """True if some but not all words are ALL CAPS (VADER's allcap_differential)."""
    caps = sum(map(str.isupper, words))
    return 0 < len(words) - caps < len(words)


def fixed_valence(chunk: str, lower: str, r: VaderResources) -> float:
    """The valence of the word ``lower`` (written ``chunk``) wherever it stands (0 outside the
    lexicon), or a mark if a rule may read it or change it: :data:`RULED` for a word some rule
    reads (:attr:`VaderResources.ruled`, "n't") outside the lexicon, :data:`UNFIXED` for such a
    word in the lexicon, for "but", and for a lexicon word in capitals (the capitals rule reads the
    whole text). A sentence without marks gets exactly these valences from :func:`word_valences`
    and :func:`apply_but`.

    A lexicon word that starts a multi-word phrase ("bad ass", "kiss of death", "yeah right",
    "kind of") is UNFIXED too: it is the only kind of word whose valence the words *after* it can
    change, so every other sentiment word depends only on the 3 words before it."""
    lex = r.lexicon
    if lower == "but" or (lower in lex and (chunk.isupper() or lower in r.phrase_starts)):
        return UNFIXED
    if lower in r.ruled or "n't" in lower:
        return UNFIXED if lower in lex else RULED
    return lex.get(lower, 0.0)


def plain_hits(fixed: Sequence[float]) -> list[float] | None:
    """The non-zero valences of a sentence whose only marks are RULED words out of every sentiment
    word's reach (the 3 words before it; see :func:`fixed_valence` for why not after it): each
    keeps its fixed valence, as in :func:`word_valences`. None for any other sentence."""
    if UNFIXED in fixed:
        return None
    hits = []
    for i in compress(range(len(fixed)), fixed):  # sentiment words and RULED words, at C speed
        valence = fixed[i]
        if valence is not RULED:
            if RULED in fixed[i - 3 if i > 3 else 0:i]:
                return None
            hits.append(valence)
    return hits


def _unmarked(values: Sequence[float]) -> bool:
    return UNFIXED not in values and RULED not in values


def _negated(word: str, negations: frozenset[str]) -> bool:
    return word in negations or "n't" in word


def _scalar(word: str, scalar: float, valence: float, cap_diff: bool, c_incr: float) -> float:
    """Effect of a preceding booster or dampener rated ``scalar`` (VADER's scalar_inc_dec)."""
    if valence < 0:
        scalar = -scalar
    if cap_diff and word.isupper():
        scalar = scalar + c_incr if valence > 0 else scalar - c_incr
    return scalar


def _negation(valence: float, lowers: Sequence[str], k: int, i: int, r: VaderResources) -> float:
    """VADER's _negation_check for the word k+1 places before word i."""
    if k == 0:
        if _negated(lowers[i - 1], r.negations):
            valence *= r.n_scalar
    elif k == 1:
        if lowers[i - 2] == "never" and lowers[i - 1] in _SO_THIS:
            valence *= 1.25
        elif lowers[i - 2] == "without" and lowers[i - 1] == "doubt":
            pass
        elif _negated(lowers[i - 2], r.negations):
            valence *= r.n_scalar
    else:
        # 3.3.2's condition, kept as written: "so"/"this" right before the word also counts
        if (lowers[i - 3] == "never" and lowers[i - 2] in _SO_THIS) or lowers[i - 1] in _SO_THIS:
            valence *= 1.25
        elif lowers[i - 3] == "without" and (lowers[i - 2] == "doubt" or lowers[i - 1] == "doubt"):
            pass
        elif _negated(lowers[i - 3], r.negations):
            valence *= r.n_scalar
    return valence


def _idioms(valence: float, lowers: Sequence[str], i: int, r: VaderResources) -> float:
    """VADER's _special_idioms_check (called only with i >= 3)."""
    special, boosters, starts = r.special_cases, r.boosters, r.phrase_starts
    w3, w2, w1, w0 = lowers[i - 3], lowers[i - 2], lowers[i - 1], lowers[i]
    if w3 not in starts and w2 not in starts and w1 not in starts and w0 not in starts:
        return valence  # no special case or multi-word booster can start here (a fast path)
    one_zero, two_one, three_two = f"{w1} {w0}", f"{w2} {w1}", f"{w3} {w2}"
    two_one_zero, three_two_one = f"{w2} {one_zero}", f"{w3} {two_one}"
    for seq in (one_zero, two_one_zero, two_one, three_two_one, three_two):
        if seq in special:
            valence = special[seq]
            break
    n = len(lowers)
    if n - 1 > i:
        zero_one = f"{w0} {lowers[i + 1]}"
        if zero_one in special:
            valence = special[zero_one]
        if n - 1 > i + 1:
            zero_one_two = f"{zero_one} {lowers[i + 2]}"
            if zero_one_two in special:
                valence = special[zero_one_two]
    for gram in (three_two_one, three_two, two_one):
        if gram in boosters:
            valence += boosters[gram]
    return valence


def _least(valence: float, lowers: Sequence[str], i: int, r: VaderResources) -> float:
    if i > 0 and lowers[i - 1] == "least" and "least" not in r.lexicon:
        if i == 1 or lowers[i - 2] not in ("at", "very"):
            valence *= r.n_scalar
    return valence


def _lexicon_valence(i: int, words: Sequence[str], lowers: Sequence[str], cap_diff: bool,
                     r: VaderResources) -> float:
    """The valence of lexicon word ``i`` after the rules that look back (VADER's sentiment_valence)."""
    lex, boosters = r.lexicon, r.boosters
    lower = lowers[i]
    base = lex[lower]
    valence = base
    if lower == "no" and i + 1 < len(lowers) and lowers[i + 1] in lex:
        valence = 0.0
    if (i > 0 and lowers[i - 1] == "no") or (i > 1 and lowers[i - 2] == "no") or (
        i > 2 and lowers[i - 3] == "no" and lowers[i - 1] in _OR_NOR
    ):
        valence = base * r.n_scalar
    if cap_diff and words[i].isupper():
        valence = valence + r.c_incr if valence > 0 else valence - r.c_incr
    for k in range(3):
        if i <= k:
            break
        j = i - k - 1
        lower = lowers[j]
        if lower in lex:
            continue
        s = boosters.get(lower)
        if s:
            s = _scalar(words[j], s, valence, cap_diff, r.c_incr)
            valence += s if not k else s * 0.95 if k == 1 else s * 0.9
        valence = _negation(valence, lowers, k, i, r)
        if k == 2:
            valence = _idioms(valence, lowers, i, r)
    return _least(valence, lowers, i, r)


def word_valences(words: Sequence[str], lowers: Sequence[str], fixed: Sequence[float],
                  cap_test: Callable[[], bool], r: VaderResources) -> list[float]:
    """One valence per word (0 for words outside the lexicon), before the "but" rule.

    ``words`` as written (only read for ALL CAPS), ``lowers`` lower-case, ``fixed`` each word's
    :func:`fixed_valence` (:data:`UNFIXED` for a word not known). ``cap_test()`` gives VADER's
    capitals test for the whole text; it is called only if a rule may need it (a word in capitals
    among a sentiment word and the 3 before it), at most once.
    A lexicon word that no rule reads, with no marked word within the rules' reach (the 3 words
    before it), keeps its lexicon valence, adjusted only by the capitals rule: the
    fast path for most sentiment words.
    """
    lex, boosters, ruled, starts = r.lexicon, r.boosters, r.ruled, r.phrase_starts
    n = len(lowers)
    out = [0.0] * n
    cap_diff = None
    for i in compress(range(n), fixed):  # lexicon words and marked words (NaN is true), at C speed
        valence = fixed[i]
        if valence is RULED:  # no sentiment word itself
            continue
        plain = True  # a word with a fixed valence is read by no rule
        if valence is UNFIXED:  # a word some rule reads, in capitals, or not seen before
            lower = lowers[i]
            if lower not in lex or lower in boosters:
                continue
            if lower == "kind" and i < n - 1 and lowers[i + 1] == "of":
                continue
            valence = lex[lower]
            # the words after a phrase start may change it ("bad ass"): never plain
            plain = lower not in ruled and "n't" not in lower and lower not in starts
        lo = i - 3 if i > 3 else 0
        if plain and _unmarked(fixed[lo:i]):
            if words[i].isupper():
                if cap_diff is None:
                    cap_diff = cap_test()
                if cap_diff:
                    valence = valence + r.c_incr if valence > 0 else valence - r.c_incr
            out[i] = valence
            continue
        # the capitals test only matters for a word in capitals among the word and the 3 before it
        if cap_diff is None and any(map(str.isupper, words[lo:i + 1])):
            cap_diff = cap_test()
        out[i] = _lexicon_valence(i, words, lowers, bool(cap_diff), r)
    return out


def apply_but(lowers: Sequence[str], valences: list[float]) -> None:
    """Weight valences around the last "but" (in place): × 0.5 before it, × 1.5 after it."""
    if "but" not in lowers:
        return
    b = len(lowers) - 1 - lowers[::-1].index("but")
    for i in range(b):
        if valences[i]:
            valences[i] *= 0.5
    for i in range(b + 1, len(valences)):
        if valences[i]:
            valences[i] *= 1.5


def punctuation_emphasis(exclamations: float, questions: float) -> float:
    """VADER's _punctuation_emphasis from the counts of "!" and "?" in the text."""
    ep = min(exclamations, 4) * 0.292
    qm = 0.0
    if questions > 1:
        qm = questions * 0.18 if questions <= 3 else 0.96
    return ep + qm


def normalize(score: float, alpha: float = ALPHA) -> float:
    """x / sqrt(x² + alpha), in [-1, 1] (VADER's normalize)."""
    value = score / math.sqrt(score * score + alpha)
    return -1.0 if value < -1.0 else 1.0 if value > 1.0 else value
