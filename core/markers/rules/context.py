"""Tests on a token in its sentence, shared by the rule families: the lower-case form at a position
(empty outside the sentence), numbers, clause starts and title-case runs.

Every scan here is bounded by :data:`~textmetrics.markers.rules.registry.WINDOW` tokens, so a rule
built on them stays linear however long the sentence. No parser: a clause opens at the sentence
start, after a clause-breaking punctuation mark or after a coordinating conjunction (Biber et al.
1999, 2.4 and 8.3, clause boundaries marked by punctuation and coordinators).
"""

from __future__ import annotations

from textmetrics.markers.rules.registry import WINDOW
from textmetrics.markers.rules.words import CLAUSE_BREAK, NUMBER_WORDS

__all__ = ["low", "is_number", "clause_start", "title_case_run"]

_OPENING_PUNCT = ('"', "'", "(", "[", "-", "--")
_COORDINATORS = ("and", "but", "or", "so", "yet", "then")


def low(toks, k: int) -> str:
    """The lower-case form of ``toks[k]``, or "" outside the sentence (either side)."""
    return toks[k].lower if 0 <= k < len(toks) else ""


def is_number(toks, k: int) -> bool:
    """A numeral ("40", "5bn", "1990s"), a number word ("dozen", "half") or a hyphenated one
    ("one-third", "twenty-five")."""
    if not 0 <= k < len(toks):
        return False
    t = toks[k]
    w = t.lower
    if t.kind == "number" or w in NUMBER_WORDS or w[:1].isdigit():
        return True
    return "-" in w and all(part in NUMBER_WORDS for part in w.split("-"))


def clause_start(toks, i: int) -> bool:
    """True when ``toks[i]`` opens a clause: sentence start (after opening punctuation), or after
    a comma, semicolon, colon, dash, bracket or a coordinating conjunction."""
    k = i - 1
    floor = i - WINDOW
    while k >= 0 and k > floor and toks[k].kind == "punct" and toks[k].lower in _OPENING_PUNCT:
        k -= 1
    if k < 0:
        return True
    w = toks[k].lower
    return w in CLAUSE_BREAK or w in _COORDINATORS


def title_case_run(toks, i: int, j: int) -> bool:
    """``toks[i]`` is capitalised inside a run of capitalised words (a title-case headline): the
    word after it, and the word before it unless it opens the sentence."""
    def cap(k):
        return 0 <= k < len(toks) and toks[k].kind == "word" and toks[k].text[0].isupper()
    return toks[i].text[0].isupper() and cap(j) and (i == 0 or cap(i - 1))
