"""The one-pass matcher: walk each sentence's tokens once, following the phrase trie from every
token, then keep the longest non-overlapping matches.

For each token the trie walk costs one dict look-up when no phrase starts there (most tokens), and
a few more when one does. Candidate selection sorts the (few) candidates of a sentence by length,
then category priority (see :data:`textmetrics.markers.lexicon.PRIORITY`), then position, and keeps
each one that overlaps no kept match: the longest match wins, ties go to the higher priority, and
blockers (category ``none``) win ties and are dropped after selection.
"""

from __future__ import annotations

from .lexicon import BLOCK, Lexicon, _RANK
from .rules import est_superlative

__all__ = ["match_sentence", "Candidate"]

# (start token, end token, category, subtype, rule id)
Candidate = tuple[int, int, str, str, str]

_EST_RANK = _RANK["superlative"]


def _candidates(toks, root: dict) -> list[tuple]:
    found: list[tuple] = []
    n = len(toks)
    for i in range(n):
        node = root.get(toks[i].lower)
        hit = False
        j = i
        while node is not None:
            j += 1
            entries = node.get("")
            if entries:
                for e in entries:
                    result = e.rule(toks, i, j) if e.rule is not None else True
                    if not result:
                        continue
                    hit = True
                    if result is True:
                        found.append((j - i, e.rank, i, j, e.category, e.subtype, e.id))
                    else:
                        s, t, cat, sub = result
                        cat = cat or e.category
                        found.append((t - s, _RANK[cat], s, t, cat, sub or e.subtype, e.id))
            if j >= n:
                break
            node = node.get(toks[j].lower)
        if not hit:
            low = toks[i].lower
            if low.endswith("est") and toks[i].kind == "word" and est_superlative(toks, i, i + 1):
                found.append((1, _EST_RANK, i, i + 1, "superlative", "inflected", "est_superlative"))
    return found


def match_sentence(toks, lexicon: Lexicon) -> list[Candidate]:
    """Markers of one sentence's tokens, as (start token, end token, category, subtype, rule), in order."""
    found = _candidates(toks, lexicon.root)
    if not found:
        return []
    if len(found) > 1:
        found.sort(key=lambda c: (-c[0], c[1], c[2]))
    taken = bytearray(len(toks))
    kept: list[Candidate] = []
    for _, _, s, t, cat, sub, rid in found:
        if any(taken[s:t]):
            continue
        taken[s:t] = b"\x01" * (t - s)
        if cat != BLOCK:
            kept.append((s, t, cat, sub, rid))
    kept.sort()
    return kept
