"""Rules on grammatical person: verbs of thinking and stance with the writer as subject ("I think",
"we suspect", "I would argue"), and *us* the pronoun rather than *US* the country.

Holmes (1988) and Prokofieva & Hirschberg (2014): *think, believe, suspect, doubt, suppose* hedge a
claim when the writer is their subject and a clause follows ("I think the plan fails"); with another
subject they report someone's opinion ("they think"), and before a noun or a preposition they have
another sense ("I think of", "I believe in", "assume office"). Hyland (2005), ch. 3, treats the same
verbs with *hope, fear, agree, demand* as the writer's self-mention in stance and engagement.
"""

from __future__ import annotations

from textmetrics.markers.rules.context import low
from textmetrics.markers.rules.registry import ACCEPT, REJECT, WINDOW, Verdict, rule
from textmetrics.markers.rules.words import SUBJECT_PRONOUNS

__all__ = ["first_person_cognitive", "first_person_subject", "not_country"]

# words that may stand between the subject and its verb ("I do not really think", "we would")
_COGNITIVE_GAP = frozenset(
    "do don't did didn't not also still really genuinely honestly personally firmly strongly truly sincerely "
    "would 'd just actually now frankly tend further therefore thus can't cannot very much rather seriously all "
    "both".split()
)
_FIRST_PERSON = frozenset("i we i'd we'd i'll we'll".split())
# verbs that hedge only before a clause opener ("I assume that", "I feel we"), never alone
_NEEDS_CLAUSE = frozenset("assume assumed feel imagine presume gather hope fear regret expect propose wonder".split())
# words after the verb that show another sense or a noun object ("think of", "assume office")
_NOT_CLAUSE = frozenset(
    "of in about on for to up through twice back over hard deeply highly differently ahead otherwise office "
    "much power responsibility control command".split()
)
_CLAUSE_OPENERS = SUBJECT_PRONOUNS | frozenset(
    "that there this these those whether if it's there's many most some few nobody everyone someone the "
    "not what how why who when where".split()
)


def _first_person_subject_at(toks, i) -> int:
    """The index of the subject of the verb ``toks[i]``, walking back over the words of
    :data:`_COGNITIVE_GAP` (at most :data:`WINDOW` tokens)."""
    k = i - 1
    floor = i - WINDOW
    while k >= 0 and k > floor and toks[k].lower in _COGNITIVE_GAP:
        k -= 1
    return k


@rule("first_person_cognitive", description="'I think', 'I believe' and similar verbs with 'I' or 'we' and a "
                                            "clause after them, not 'they think' or 'I believe in'.")
def first_person_cognitive(toks, i, j):
    """*think, believe, suspect, suppose, guess, doubt, assume, feel, imagine, reckon* are hedges with a
    first-person subject and a clausal complement (Holmes 1988): "I think the plan fails", "we
    suspect that ...", "I don't think so" - not "they think", "I think of", "I believe in",
    "assume office", "I feel bad". Attitude verbs (*hope, fear, regret*) take the same test. With *I*
    the span starts at the subject; *we* is left to first_person_plural."""
    verb = toks[i].lower
    k = _first_person_subject_at(toks, i)
    subj = low(toks, k)
    if subj not in _FIRST_PERSON:
        return REJECT
    nxt = low(toks, j)
    if verb in _NEEDS_CLAUSE:
        ok = nxt in _CLAUSE_OPENERS or (nxt in ("so", ",") and verb not in ("feel",))
        if verb == "feel" and nxt == "like":  # "I feel like we ...", not "I feel like a fool"
            ok = low(toks, j + 1) in SUBJECT_PRONOUNS or low(toks, j + 1) in ("it's", "there's", "nobody", "everyone")
    elif verb in ("doubt", "doubted"):
        ok = nxt in _CLAUSE_OPENERS or nxt in ("the", "a", "an", "very", "anyone", "anybody", "much", ",", ".")
    elif not nxt:
        ok = True  # "..., I think." closing a sentence
    else:
        ok = nxt not in _NOT_CLAUSE
    if not ok:
        return REJECT
    return _from_subject(k, i, subj)


@rule("first_person_subject", description="A stance verb whose subject is the writer ('I would argue', "
                                          "'we demand'), not someone else.")
def first_person_subject(toks, i, j):
    """A stance verb with a first-person subject ("I would argue", "we demand", "I agree"): the
    writer's own act, not a report of someone else's. With *I* the span starts at the subject."""
    k = _first_person_subject_at(toks, i)
    subj = low(toks, k)
    if subj not in _FIRST_PERSON:
        return REJECT
    return _from_subject(k, i, subj)


def _from_subject(k: int, i: int, subj: str) -> Verdict:
    # "I think" is one hedge from the subject on; "we" stays its own first_person_plural marker
    return Verdict(True, start_shift=k - i) if subj.startswith("i") else ACCEPT


@rule("not_country", description="'us' the pronoun, not 'US' the country.")
def not_country(toks, i, j):
    """*us* the pronoun, not *US* the country (all capitals inside ordinary text)."""
    return REJECT if toks[i].text == "US" else ACCEPT
