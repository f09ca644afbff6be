"""VADER's rules (Hutto & Gilbert 2014; vaderSentiment 3.3.2) on a text's words, sentence by
sentence, in time linear in their number, each rule recorded on the word it changes.

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
what it read, the valence after it) to the word's steps, and :func:`apply_rules` returns
the text's words as :class:`.words.WordValence` records: the score is summed from them, and
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
from typing import Sequence

from textmetrics.sentiment.chunks import chunks_of
from textmetrics.sentiment.vader import VaderResources
from textmetrics.sentiment.words import Step, WordState, WordValence

__all__ = [
    "ALPHA",
    "Rule",
    "cap_differential",
    "word_valence",
    "apply_rules",
    "apply_but",
    "punctuation_emphasis",
    "normalize",
]

ALPHA = 15.0  # VADER's normalisation constant: "approximates the max expected value" of a sum
_SO_THIS = ("so", "this")
_OR_NOR = ("or", "nor")
_READ = WordState.READ
_STATE, _WORD, _VALENCE = map(attrgetter, ("state", "word", "valence"))


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


# what each rule does, in plain words (GET /v1/rules; the page's hover cards)
RULE_DESCRIPTIONS = {
    Rule.NO_BEFORE_RATED: "The word 'no' right before a rated word counts nothing itself (VADER).",
    Rule.NEGATION: "A negation (not, never, n't ...) among the three words before turns the valence around and "
                   "weakens it (× -0.74).",
    Rule.CAPITALS: "A word in capitals in a text that is not all capitals is emphasised (± 0.733).",
    Rule.BOOSTER: "A booster (very, extremely ...) among the three words before strengthens the valence, less "
                  "with distance.",
    Rule.DAMPENER: "A dampener (slightly, somewhat ...) among the three words before weakens the valence.",
    Rule.NEVER_SO: "'never so' or 'never this' before the word strengthens it instead of negating it (× 1.25).",
    Rule.IDIOM: "A set phrase (kiss of death, the bomb ...) replaces the word's own valence.",
    Rule.LEAST: "'least' before the word negates it (× -0.74), but not in 'at least' or 'very least'.",
    Rule.KIND_OF: "'kind of', 'sort of' before the word make it count nothing.",
    Rule.BUT: "Around the last 'but' of a sentence, words before it count half and words after it one and a "
              "half times.",
    Rule.EMOJI: "The word comes from an emoji's description, which VADER scores in its place.",
}

# Rule members as plain names for the code that runs per word: reading one through the class
# (Rule.NEGATION) costs about 0.2 µs in Python 3.11, a global name 0.02 µs.
_NO_BEFORE_RATED, _NEGATION, _CAPITALS, _BOOSTER, _DAMPENER, _NEVER_SO, _IDIOM, _LEAST, _KIND_OF, _BUT = (
    Rule.NO_BEFORE_RATED, Rule.NEGATION, Rule.CAPITALS, Rule.BOOSTER, Rule.DAMPENER, Rule.NEVER_SO, Rule.IDIOM,
    Rule.LEAST, Rule.KIND_OF, Rule.BUT)


def cap_differential(words: Sequence[str]) -> bool:
    """True if some but not all words are ALL CAPS (VADER's allcap_differential)."""
    caps = sum(map(str.isupper, words))
    return 0 < len(words) - caps < len(words)


def apply_rules(text: str, chunks: Sequence[str], facts: list[WordValence], marks: Sequence[int],
                bounds: Sequence[int], r: VaderResources) -> list[WordValence]:
    """The text's words after the rules, which read within each sentence: each word no rule
    changes is its chunk's own fact, each word a rule changes a new record with the rules' steps.

    ``chunks``: the VADER chunks of ``text``'s sentences as written, sentence after sentence;
    ``facts``: theirs (:func:`.words.facts_of`); ``marks``: the positions of the words that are
    not FIXED, ascending; ``bounds``: where each sentence's words end. VADER's capitals test reads
    the whole text (a text of one sentence: the sentence); it is worked out only if a rule may
    need it (a word in capitals among a rated word and the 3 before it), at most once.

    The one shortcut: a rule can change a word only from a mark among the 3 words before it, or
    from the word itself if it is OPEN (the words after a word are read only when it starts a
    phrase, and then it is OPEN), and "but" reweights its sentence. So only the rated words from
    each mark to 3 words after it, within its sentence, go through the rules
    (:func:`word_valence`), except from "but" and "or", which no rule reads from the words after
    them: "but" reweights its whole sentence (:func:`apply_but`), and "or" counts only after a
    "no", itself a mark within reach of the same words. Every other word keeps its fact.
    tests/test_sentiment_reference.py holds this against the rules applied to every word
    (:mod:`textmetrics.sentiment.reference`)."""
    words = facts  # copied on the first change: the facts are the cache's
    ends = iter(bounds)
    lo, hi = 0, next(ends)  # the sentence of the current mark
    lowers: list[str] = []  # the sentence's lower-case words, made for its first rated word in reach
    sentence_chunks: Sequence[str] = ()
    last_but = -1  # the sentence's last "but"
    visited = 0  # the words before it have been visited
    cap_diff = None
    for mark in marks:
        if mark >= hi:  # the mark is in a later sentence: finish this one
            if last_but >= 0:
                words = apply_but(last_but, words, facts, lo, hi)
                last_but = -1
            while mark >= hi:
                lo, hi = hi, next(ends)
            lowers, visited = [], lo
        fact = facts[mark]
        if fact.state is _READ and (fact.word == "but" or fact.word == "or"):
            if fact.word == "but":
                last_but = mark
            continue  # no rule reads them from the words after them (see above)
        for i in range(mark if mark > visited else visited, mark + 4 if mark + 4 < hi else hi):
            fact = facts[i]
            if not fact.rating or fact.state is _READ:  # unrated, or a booster, which scores 0 itself
                continue
            if not lowers:
                if lo or hi < len(facts):
                    lowers, sentence_chunks = list(map(_WORD, facts[lo:hi])), chunks[lo:hi]
                else:  # the text is one sentence
                    lowers, sentence_chunks = list(map(_WORD, facts)), chunks
            k = i - lo  # the word's place in its sentence
            if lowers[k] == "kind" and k + 1 < len(lowers) and lowers[k + 1] == "of":
                valence, steps = 0.0, [(_KIND_OF, "of", 0.0)]
            else:
                # the capitals test only matters for a word in capitals among the word and the 3 before it
                if cap_diff is None and any(map(str.isupper, sentence_chunks[k - 3 if k > 3 else 0:k + 1])):
                    cap_diff = cap_differential(chunks if len(bounds) == 1 else chunks_of(text, r.emojis))
                steps = []
                valence = word_valence(k, sentence_chunks, lowers, bool(cap_diff), r, steps)
                if not steps:  # every change is a step: without one, the word keeps its fact
                    continue
            if words is facts:
                words = facts.copy()
            words[i] = WordValence(fact.word, fact.state, fact.rating, valence, steps)
        visited = mark + 4
    if last_but >= 0:
        words = apply_but(last_but, words, facts, lo, hi)
    return words


def word_valence(i: int, chunks: Sequence[str], lowers: Sequence[str], cap_diff: bool, r: VaderResources,
                 steps: list[Step]) -> float:
    """The valence of rated word ``i`` after the rules that read around it (3.3.2's
    ``sentiment_valence``, in its order), each rule that changes it appended to ``steps``.
    ``chunks`` as written (only read for ALL CAPS), ``lowers`` VADER's lower-case words,
    ``cap_diff`` the capitals test of the whole text.

    3.3.2 loops over the 3 words before the word (k = 0, 1, 2); the loop is unrolled here, because
    this runs for every word a rule may change and most of its tests fail."""
    ratings, negations, n_scalar = r.ratings, r.negations, r.n_scalar
    lower = lowers[i]
    rating = ratings[lower]
    valence = rating
    # the words 1, 2, 3 places back (None before the sentence's start: equal to no word)
    w1 = lowers[i - 1] if i > 0 else None
    w2 = lowers[i - 2] if i > 1 else None
    w3 = lowers[i - 3] if i > 2 else None
    if lower == "no" and i + 1 < len(lowers) and lowers[i + 1] in ratings:
        valence = 0.0
        steps.append((_NO_BEFORE_RATED, lowers[i + 1], valence))
    if w1 == "no" or w2 == "no" or (w3 == "no" and w1 in _OR_NOR):
        valence = rating * n_scalar
        steps.append((_NEGATION, "no", valence))
    if cap_diff and chunks[i].isupper():
        valence = valence + r.c_incr if valence > 0 else valence - r.c_incr
        steps.append((_CAPITALS, chunks[i], valence))
    # k = 0: an unrated word right before
    if w1 is not None and w1 not in ratings:
        if r.boosters.get(w1):  # as 3.3.2: a booster rated 0 would add nothing
            valence = _boost(valence, w1, chunks[i - 1], 0, cap_diff, r, steps)
        if w1 in negations or "n't" in w1:
            valence *= n_scalar
            steps.append((_NEGATION, w1, valence))
    # k = 1
    if w2 is not None and w2 not in ratings:
        if r.boosters.get(w2):  # as 3.3.2: a booster rated 0 would add nothing
            valence = _boost(valence, w2, chunks[i - 2], 1, cap_diff, r, steps)
        if w2 == "never" and w1 in _SO_THIS:
            valence *= 1.25
            steps.append((_NEVER_SO, f"never {w1}", valence))
        elif w2 == "without" and w1 == "doubt":
            pass
        elif w2 in negations or "n't" in w2:
            valence *= n_scalar
            steps.append((_NEGATION, w2, valence))
    # k = 2, then the idioms
    if w3 is not None and w3 not in ratings:
        if r.boosters.get(w3):  # as 3.3.2: a booster rated 0 would add nothing
            valence = _boost(valence, w3, chunks[i - 3], 2, cap_diff, r, steps)
        # 3.3.2's condition, kept as written: "so"/"this" right before the word also counts
        if (w3 == "never" and w2 in _SO_THIS) or w1 in _SO_THIS:
            valence *= 1.25
            steps.append((_NEVER_SO, w1 if w1 in _SO_THIS else f"never {w2}", valence))
        elif w3 == "without" and (w2 == "doubt" or w1 == "doubt"):
            pass
        elif w3 in negations or "n't" in w3:
            valence *= n_scalar
            steps.append((_NEGATION, w3, valence))
        starts = r.phrase_starts
        if w3 in starts or w2 in starts or w1 in starts or lower in starts:  # else no phrase can start here
            valence = _idioms(valence, lowers, i, r, steps)
    if w1 == "least" and "least" not in ratings and w2 != "at" and w2 != "very":
        valence *= n_scalar
        steps.append((_LEAST, "least", valence))
    return valence


def _boost(valence: float, lower: str, written: str, k: int, cap_diff: bool, r: VaderResources,
           steps: list[Step]) -> float:
    """A booster or dampener k + 1 places before the word (VADER's scalar_inc_dec, scaled by 1,
    0.95, 0.9 with the distance)."""
    scalar = r.boosters[lower]
    rule = _BOOSTER if scalar > 0 else _DAMPENER
    if valence < 0:
        scalar = -scalar
    if cap_diff and written.isupper():
        scalar = scalar + r.c_incr if valence > 0 else scalar - r.c_incr
    valence += scalar if not k else scalar * 0.95 if k == 1 else scalar * 0.9
    steps.append((rule, lower, valence))
    return valence


def _idioms(valence: float, lowers: Sequence[str], i: int, r: VaderResources, steps: list[Step]) -> float:
    """VADER's _special_idioms_check (called only with i >= 3, when a phrase can start among the
    word and the 3 before it)."""
    special, boosters = r.special_cases, r.boosters
    w3, w2, w1, w0 = lowers[i - 3], lowers[i - 2], lowers[i - 1], lowers[i]
    one_zero, two_one, three_two = f"{w1} {w0}", f"{w2} {w1}", f"{w3} {w2}"
    two_one_zero, three_two_one = f"{w2} {one_zero}", f"{w3} {two_one}"
    for seq in (one_zero, two_one_zero, two_one, three_two_one, three_two):
        if seq in special:
            valence = special[seq]
            steps.append((_IDIOM, seq, valence))
            break
    n = len(lowers)
    if n - 1 > i:
        zero_one = f"{w0} {lowers[i + 1]}"
        if zero_one in special:
            valence = special[zero_one]
            steps.append((_IDIOM, zero_one, valence))
        if n - 1 > i + 1:
            zero_one_two = f"{zero_one} {lowers[i + 2]}"
            if zero_one_two in special:
                valence = special[zero_one_two]
                steps.append((_IDIOM, zero_one_two, valence))
    for gram in (three_two_one, three_two, two_one):
        if gram in boosters:
            valence += boosters[gram]
            steps.append((_BOOSTER if boosters[gram] > 0 else _DAMPENER, gram, valence))
    return valence


def apply_but(b: int, words: list[WordValence], facts: list[WordValence], lo: int, hi: int) -> list[WordValence]:
    """Weight the valences of the sentence ``words[lo:hi]`` around its last "but", at ``b``:
    × 0.5 before it, × 1.5 after it. ``words`` is changed in place, unless it is ``facts``, the
    chunks' own facts, which are the cache's and never changed: then a copy is changed and returned."""
    if words is facts:
        words = facts.copy()
    for i in compress(range(lo, hi), map(_VALENCE, words[lo:hi])):  # words with a valence
        if i == b:
            continue
        word = words[i]
        factor, side = (0.5, "before") if i < b else (1.5, "after")
        valence = word.valence * factor
        step = (_BUT, side, valence)
        if word.steps:  # a record of this text (a chunk's fact has no steps): extend it
            word.valence = valence
            word.steps.append(step)
        else:
            words[i] = WordValence(word.word, word.state, word.rating, valence, [step])
    return words


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
