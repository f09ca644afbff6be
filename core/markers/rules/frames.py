"""Rules for extraposition frames: an adjective of stance after "it is", "it would be", "what is"
and the like ("it is clear that", "it is essential that", "it would be wrong to", "it is time to").

Biber et al. (1999), 9.4.5 and 12.2.6, on extraposed stance complement clauses ("it is clear that
...": the adjective carries the writer's stance towards the clause); Hyland (2005), ch. 3, counts
the frame with a certainty adjective as a booster, with an evaluative one as an attitude marker;
negated ("it is not clear whether") or after *seem* ("it seems clear that") the certainty is
withheld, a hedge (Holmes 1988).
"""

from __future__ import annotations

from textmetrics.markers.rules.context import low
from textmetrics.markers.rules.registry import REJECT, WINDOW, Verdict, rule

__all__ = ["extraposed"]

# adverbs that may stand between the frame and its adjective ("it is very clear", "it's now essential")
_FRAME_GAP = frozenset(
    "very deeply truly especially particularly absolutely equally more most so also simply doubly quite really "
    "abundantly perfectly painfully increasingly now therefore still all the long past high about just "
    "itself indeed certainly clearly obviously surely highly entirely at yet".split()
)
# the copulas of the frame: "it is", "it seems", "it became" ...
_FRAME_VERBS = ("is", "was", "remains", "remained", "seems", "seemed", "appears", "appeared", "becomes", "became",
                "feels", "felt", "isn't", "wasn't")
_SEEM_VERBS = ("seems", "seemed", "appears", "appeared")
_BE_AFTER = frozenset("would will may might could must should can".split())
# what may follow the adjective: its complement clause, or the end of the clause
_COMPLEMENTIZERS = frozenset("that to how why what whether who when if ,".split())
_AFTER_ADJECTIVE = ("now", "enough", "for", "from", "is")
_CERTAINTY_ADJ = frozenset("clear obvious evident certain undeniable indisputable plain apparent true inevitable".split())
_POSSIBILITY_ADJ = frozenset("possible plausible conceivable probable likely".split())


def _frame_start(toks, k):
    """If ``toks[..k]`` ends with an extraposition frame ("it is", "it's", "it would be", "it has
    become", "what is"), the index of its first token, else None."""
    w = low(toks, k)
    if w in ("it's", "what's"):
        return k
    if w in _FRAME_VERBS:
        return k - 1 if low(toks, k - 1) in ("it", "what") else None
    if w in ("be", "become", "been"):
        a = low(toks, k - 1)
        if a in _BE_AFTER or a in ("has", "had", "have", "'s") or a.endswith("n't"):
            return k - 2 if low(toks, k - 2) == "it" else None
        if a == "it's":
            return k - 1
        if a == "not" and low(toks, k - 2) in _BE_AFTER and low(toks, k - 3) == "it":
            return k - 3
    return None


@rule("extraposed", description="An adjective in a frame like 'it is clear that' or 'it is essential that', "
                                "the marker running from 'it' through 'that'; negated or after 'seems', a hedge.")
def extraposed(toks, i, j):
    """An adjective in an extraposition frame: "it is essential that", "it's clear that", "it would
    be wrong to", "what is striking is", "it is time to". The span runs from *it* through the
    adjective and a following *that*. The adjective must end the clause or come before its
    complement (that/to/wh-/if), not modify a noun. A negated certainty adjective ("it is not clear
    whether") is a hedge; a negated possibility adjective ("it is not possible") is no hedge."""
    k = i - 1
    neg = False
    floor = i - WINDOW
    while k >= 0 and k > floor:
        w = toks[k].lower
        if w in _FRAME_GAP:
            k -= 1
        elif w == "not":
            neg = True
            k -= 1
        else:
            break
    start = _frame_start(toks, k)
    if start is None:
        return REJECT
    if toks[k].lower.endswith("n't"):
        neg = True
    nxt = low(toks, j)
    if nxt and toks[j].kind == "word" and nxt not in _COMPLEMENTIZERS and nxt not in _AFTER_ADJECTIVE:
        return REJECT
    end_shift = 1 if nxt == "that" else 0
    adjective = toks[i].lower
    if toks[k].lower in _SEEM_VERBS and adjective in _CERTAINTY_ADJ:
        # "it seems clear that": certainty, hedged
        return Verdict(True, start_shift=start - i, end_shift=end_shift, category="hedge", subtype="evidential")
    if neg:
        if adjective in _CERTAINTY_ADJ:
            return Verdict(True, start_shift=start - i, end_shift=end_shift, category="hedge",
                           subtype="negated_booster")
        if adjective in _POSSIBILITY_ADJ:
            return REJECT
    return Verdict(True, start_shift=start - i, end_shift=end_shift)
