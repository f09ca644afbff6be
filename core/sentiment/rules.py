"""VADER's rules (Hutto & Gilbert 2014; vaderSentiment 3.3.2) on a sentence's words, in time
linear in their number, each rule recorded on the word it changes.

The input is VADER's "words and emoticons": white-space delimited chunks with surrounding
punctuation stripped (:mod:`textmetrics.sentiment.chunks`, :func:`.words.vader_word`). Each rated
word gets its rating (mean human rating, -4..+4), then the rules of vaderSentiment 3.3.2, in its
order (:func:`word_valence`, 3.3.2's ``sentiment_valence``):

- "no" before a rated word is neutral itself; a rated word 1-2 words after "no" (or 3 after
  "no ... or/nor") is negated (× -0.74);
- an ALL-CAPS rated word in a text with mixed case gets ±0.733;
- each of the 3 preceding unrated words may boost or dampen (±0.293, scaled by 1, 0.95, 0.9
  with distance; an ALL-CAPS booster adds ±0.733) and may negate (× -0.74; "never so/this"
  × 1.25; "without doubt" keeps the valence);
- special multi-word cases ("the shit", "kiss of death", "bus stop") replace the valence, and
  "kind of", "sort of", "just enough" before the word dampen it;
- "least" before the word negates it, except "at least" and "very least";
- boosters, and "kind" before "of", score 0 themselves;
- "but" shifts the weight: words before it × 0.5, words after it × 1.5 (:func:`apply_but`).

Each rule that changes a word appends a :data:`.words.Step` (the rule's name from :class:`Rule`,
what it read, the valence after it) to the word's steps, and :func:`sentence_valences` returns
the sentence's words as :class:`.words.WordValence` records: the score is summed from them, and
they are the evidence of the score. Recording only when a rule fires keeps it cheap.

Where this module departs from vaderSentiment 3.3.2 on purpose (tested in tests/test_sentiment.py,
effects measured by bench/sentiment.py, listed in docs/sentiment.md):

1. Linear time: 3.3.2 lower-cases the whole word list again for every rated word, and its
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
from enum import StrEnum
from itertools import compress
from operator import attrgetter
from typing import Callable, Sequence

from textmetrics.sentiment.vader import VaderResources
from textmetrics.sentiment.words import Step, WordState, WordValence

__all__ = [
    "ALPHA",
    "Rule",
    "cap_differential",
    "word_valence",
    "sentence_valences",
    "apply_but",
    "punctuation_emphasis",
    "normalize",
]

ALPHA = 15.0  # VADER's normalisation constant: "approximates the max expected value" of a sum
_SO_THIS = ("so", "this")
_OR_NOR = ("or", "nor")
_FIXED = WordState.FIXED
_READ = WordState.READ
_STATE, _WORD, _RATING, _VALENCE = map(attrgetter, ("state", "word", "rating", "valence"))


class Rule(StrEnum):
    """The names of the rules in a word's steps, in the order 3.3.2 applies them."""

    NO_BEFORE_RATED = "no before a rated word"  # "no" itself, before a rated word: 0
    NEGATION = "negation"  # × -0.74, detail: the negating word
    CAPITALS = "capitals"  # ± 0.733
    BOOSTER = "booster"  # detail: the booster word or words
    DAMPENER = "dampener"
    NEVER_SO = "never so"  # × 1.25
    IDIOM = "idiom"  # a special case replaces the valence, detail: the phrase
    LEAST = "least"  # × -0.74
    KIND_OF = "kind of"  # "kind" before "of": 0
    BUT = "but"  # × 0.5 before the last "but", × 1.5 after it
    EMOJI = "emoji"  # the word is part of an emoji's description (no change: where it comes from)


def cap_differential(words: Sequence[str]) -> bool:
    """True if some but not all words are ALL CAPS (VADER's allcap_differential)."""
    caps = sum(map(str.isupper, words))
    return 0 < len(words) - caps < len(words)


def sentence_valences(chunks: Sequence[str], facts: list[WordValence], cap_test: Callable[[], bool],
                      r: VaderResources) -> list[WordValence]:
    """The sentence's words after the rules, aligned with ``chunks`` (as written; ``facts`` their
    :func:`.words.sentence_facts`): each word no rule changes is its chunk's own fact, each word a
    rule changes a new record with the rules' steps.

    ``cap_test()`` gives VADER's capitals test of the whole text; it is called only if a rule may
    need it (a word in capitals among a rated word and the 3 before it), at most once.

    The one shortcut: a FIXED word with only FIXED words among the 3 before it keeps its fact,
    because no rule can reach it (tests/test_sentiment_reference.py holds this against the rules
    applied to every word, :mod:`textmetrics.sentiment.reference`). A sentence of FIXED words
    only is its facts."""
    if not any(map(_STATE, facts)):  # FIXED is 0: no rule can apply anywhere
        return facts
    states = list(map(_STATE, facts))
    lowers = list(map(_WORD, facts))
    words = facts.copy()
    n = len(facts)
    cap_diff = None
    for i in compress(range(n), map(_RATING, facts)):  # rated words (no rating is 0), at C speed
        fact = facts[i]
        state = fact.state
        lo = i - 3 if i > 3 else 0
        if state is _FIXED:
            if not any(states[lo:i]):
                continue  # out of every rule's reach
        elif state is _READ:
            continue  # a rated booster scores 0 itself
        elif lowers[i] == "kind" and i + 1 < n and lowers[i + 1] == "of":
            words[i] = WordValence(fact.word, state, fact.rating, 0.0, [(Rule.KIND_OF, "of", 0.0)])
            continue
        # the capitals test only matters for a word in capitals among the word and the 3 before it
        if cap_diff is None and any(map(str.isupper, chunks[lo:i + 1])):
            cap_diff = cap_test()
        steps: list[Step] = []
        valence = word_valence(i, chunks, lowers, bool(cap_diff), r, steps)
        if steps:  # every change is a step: without one, the word keeps its fact
            words[i] = WordValence(fact.word, state, fact.rating, valence, steps)
    if "but" in lowers:
        apply_but(lowers, words)
    return words


def word_valence(i: int, chunks: Sequence[str], lowers: Sequence[str], cap_diff: bool, r: VaderResources,
                 steps: list[Step]) -> float:
    """The valence of rated word ``i`` after the rules that read around it (3.3.2's
    ``sentiment_valence``), each rule that changes it appended to ``steps``. ``chunks`` as written
    (only read for ALL CAPS), ``lowers`` VADER's lower-case words, ``cap_diff`` the capitals test
    of the whole text."""
    ratings, boosters = r.ratings, r.boosters
    lower = lowers[i]
    rating = ratings[lower]
    valence = rating
    if lower == "no" and i + 1 < len(lowers) and lowers[i + 1] in ratings:
        valence = 0.0
        steps.append((Rule.NO_BEFORE_RATED, lowers[i + 1], valence))
    if (i > 0 and lowers[i - 1] == "no") or (i > 1 and lowers[i - 2] == "no") or (
        i > 2 and lowers[i - 3] == "no" and lowers[i - 1] in _OR_NOR
    ):
        valence = rating * r.n_scalar
        steps.append((Rule.NEGATION, "no", valence))
    if cap_diff and chunks[i].isupper():
        valence = valence + r.c_incr if valence > 0 else valence - r.c_incr
        steps.append((Rule.CAPITALS, chunks[i], valence))
    for k in range(3):
        if i <= k:
            break
        j = i - k - 1
        lower = lowers[j]
        if lower in ratings:
            continue
        s = boosters.get(lower)
        if s:
            rule = Rule.BOOSTER if s > 0 else Rule.DAMPENER
            s = _scalar(chunks[j], s, valence, cap_diff, r.c_incr)
            valence += s if not k else s * 0.95 if k == 1 else s * 0.9
            steps.append((rule, lower, valence))
        valence = _negation(valence, lowers, k, i, r, steps)
        if k == 2:
            valence = _idioms(valence, lowers, i, r, steps)
    if i > 0 and lowers[i - 1] == "least" and "least" not in ratings:
        if i == 1 or lowers[i - 2] not in ("at", "very"):
            valence *= r.n_scalar
            steps.append((Rule.LEAST, "least", valence))
    return valence


def _scalar(word: str, scalar: float, valence: float, cap_diff: bool, c_incr: float) -> float:
    """Effect of a preceding booster or dampener rated ``scalar`` (VADER's scalar_inc_dec)."""
    if valence < 0:
        scalar = -scalar
    if cap_diff and word.isupper():
        scalar = scalar + c_incr if valence > 0 else scalar - c_incr
    return scalar


def _negated(word: str, negations: frozenset[str]) -> bool:
    return word in negations or "n't" in word


def _negation(valence: float, lowers: Sequence[str], k: int, i: int, r: VaderResources,
              steps: list[Step]) -> float:
    """VADER's _negation_check for the word k+1 places before word i."""
    before = lowers[i - k - 1]
    if k == 0:
        if _negated(before, r.negations):
            valence *= r.n_scalar
            steps.append((Rule.NEGATION, before, valence))
    elif k == 1:
        if before == "never" and lowers[i - 1] in _SO_THIS:
            valence *= 1.25
            steps.append((Rule.NEVER_SO, f"never {lowers[i - 1]}", valence))
        elif before == "without" and lowers[i - 1] == "doubt":
            pass
        elif _negated(before, r.negations):
            valence *= r.n_scalar
            steps.append((Rule.NEGATION, before, valence))
    else:
        # 3.3.2's condition, kept as written: "so"/"this" right before the word also counts
        if (before == "never" and lowers[i - 2] in _SO_THIS) or lowers[i - 1] in _SO_THIS:
            valence *= 1.25
            read = f"never {lowers[i - 2]}" if lowers[i - 1] not in _SO_THIS else lowers[i - 1]
            steps.append((Rule.NEVER_SO, read, valence))
        elif before == "without" and (lowers[i - 2] == "doubt" or lowers[i - 1] == "doubt"):
            pass
        elif _negated(before, r.negations):
            valence *= r.n_scalar
            steps.append((Rule.NEGATION, before, valence))
    return valence


def _idioms(valence: float, lowers: Sequence[str], i: int, r: VaderResources, steps: list[Step]) -> float:
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
            steps.append((Rule.IDIOM, seq, valence))
            break
    n = len(lowers)
    if n - 1 > i:
        zero_one = f"{w0} {lowers[i + 1]}"
        if zero_one in special:
            valence = special[zero_one]
            steps.append((Rule.IDIOM, zero_one, valence))
        if n - 1 > i + 1:
            zero_one_two = f"{zero_one} {lowers[i + 2]}"
            if zero_one_two in special:
                valence = special[zero_one_two]
                steps.append((Rule.IDIOM, zero_one_two, valence))
    for gram in (three_two_one, three_two, two_one):
        if gram in boosters:
            valence += boosters[gram]
            steps.append((Rule.BOOSTER if boosters[gram] > 0 else Rule.DAMPENER, gram, valence))
    return valence


def apply_but(lowers: Sequence[str], words: list[WordValence]) -> None:
    """Weight the valences around the sentence's last "but" (in place): × 0.5 before it, × 1.5
    after it. A chunk's own fact is shared, so a word it changes gets a new record."""
    b = len(lowers) - 1 - lowers[::-1].index("but")
    for i in compress(range(len(words)), map(_VALENCE, words)):  # words with a valence
        if i == b:
            continue
        word = words[i]
        factor, side = (0.5, "before") if i < b else (1.5, "after")
        valence = word.valence * factor
        step = (Rule.BUT, side, valence)
        if word.steps:  # a record of this sentence (a chunk's fact has no steps): extend it
            word.valence = valence
            word.steps.append(step)
        else:
            words[i] = WordValence(word.word, word.state, word.rating, valence, [step])


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
