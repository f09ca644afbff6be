"""The one-pass matcher: follow the phrase trie from every token of the document, then keep the
longest non-overlapping matches of each sentence.

The first step is two C-level scans over the lower-case forms of all the document's tokens: the
words with a one-word entry, and the pairs of words that begin a longer phrase. Most tokens start
no phrase and cost nothing more. From each token that does, the walk continues token by token
(never past the end of its sentence) and every entry whose phrase ends there is checked by its rule,
if it has one (:mod:`textmetrics.markers.rules`): the rule's :class:`~textmetrics.markers.rules.Verdict`
rejects the match, accepts it as the entry has it, or moves its span or changes its category.

Selection, per sentence, sorts the (few) candidates by length, then category priority (see
:data:`textmetrics.markers.lexicon.PRIORITY`), then position, and keeps each one that overlaps no
kept match: the longest match wins, ties go to the higher priority, and blockers (category
``none``) win ties and are dropped after selection.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import compress
from operator import attrgetter

from textmetrics.markers.lexicon import BLOCK, Entry, Lexicon, _RANK
from textmetrics.markers.rules import ACCEPT, RULES, Verdict

__all__ = ["match_document", "Candidate", "ENTRY_FREE_RULES"]

# (start token, end token, category, subtype, rule id), token indices within the sentence
Candidate = tuple[int, int, str, str, str]

# the registered rules the matcher applies itself, with no lexicon entry naming them
_EST = "est_superlative"
ENTRY_FREE_RULES: tuple[str, ...] = (_EST,)
_EST_RANK = _RANK["superlative"]
_est_superlative = RULES[_EST].test
_lower_of = attrgetter("lower")
_start_of = attrgetter("start")
_EST_RE = re.compile(r"[eE][sS][tT]\b")


def _walk(found: list, toks, lows, base: int, i: int, node: dict) -> bool:
    """Follow the trie from sentence token ``i`` (document token ``base + i``); add candidates."""
    n = len(toks)
    hit = False
    j = i
    while node is not None:
        j += 1
        entries = node.get("")
        if entries:
            for e in entries:
                verdict = ACCEPT if e.rule is None else e.rule(toks, i, j)
                if verdict is ACCEPT:  # the common answer: the entry as written, over toks[i:j]
                    found.append((j - i, e.rank, i, j, e.category, e.subtype, e.id))
                elif verdict.fires:
                    found.append(_reshaped(e, verdict, i, j))
                else:
                    continue
                hit = True
        if j >= n:
            break
        node = node.get(lows[base + j])
    return hit


def _reshaped(e: Entry, verdict: Verdict, i: int, j: int) -> tuple:
    """The candidate of a verdict that moves the span or changes the category or subtype."""
    s, t = i + verdict.start_shift, j + verdict.end_shift
    cat = verdict.category or e.category
    return (t - s, _RANK[cat], s, t, cat, verdict.subtype or e.subtype, e.id)


def _select(found: list, n: int) -> list[Candidate]:
    if len(found) > 1:
        found.sort(key=lambda c: (-c[0], c[1], c[2]))
    taken = bytearray(n)
    kept: list[Candidate] = []
    for _, _, s, t, cat, sub, rid in found:
        if any(taken[s:t]):
            continue
        taken[s:t] = b"\x01" * (t - s)
        if cat != BLOCK:
            kept.append((s, t, cat, sub, rid))
    kept.sort()
    return kept


def match_document(doc, lexicon: Lexicon) -> dict[int, list[Candidate]]:
    """Markers of every sentence of ``doc`` that has any: ``{sentence index: [candidates in order]}``."""
    tokens = doc.tokens
    lows = list(map(_lower_of, tokens))
    root = lexicon.root
    sentences = doc.sentences
    bases: dict[int, int] = {}
    found_by: dict[int, list] = {}
    hits: set[int] = set()
    # C-level scans for where a match can start: a one-word entry, or the first two words of a phrase
    n_tok = len(lows)
    starts_at = set(compress(range(n_tok), map(lexicon.unigrams.__contains__, lows)))
    starts_at.update(compress(range(n_tok), map(lexicon.bigrams.__contains__, zip(lows, lows[1:]))))
    s_prev = -1
    stoks = found = None
    base = 0
    for g in sorted(starts_at):
        s = tokens[g].sentence
        if s != s_prev:  # starts come in text order: look the sentence up once per sentence
            s_prev = s
            stoks = sentences[s].tokens
            base = bases.get(s)
            if base is None:
                base = bases[s] = g - _local_index(stoks, tokens[g])
            found = found_by.setdefault(s, [])
        if _walk(found, stoks, lows, base, g - base, root[lows[g]]):
            hits.add(g)
    # the one entry-free test: an inflected superlative ("the highest") where no entry fired; a
    # regular-expression scan of the text finds the few -est words without a Python-level loop
    starts = None
    for m in _EST_RE.finditer(doc.norm):
        if starts is None:
            starts = list(map(_start_of, tokens))
        g = bisect_right(starts, m.start()) - 1  # the token holding this "est"
        if g < 0 or tokens[g].end != m.end() or g in hits or tokens[g].kind != "word":
            continue
        s = tokens[g].sentence
        stoks = sentences[s].tokens
        base = bases.get(s)
        if base is None:
            base = bases[s] = g - _local_index(stoks, tokens[g])
        if _est_superlative(stoks, g - base, g - base + 1).fires:
            found_by.setdefault(s, []).append((1, _EST_RANK, g - base, g - base + 1, "superlative", "inflected", _EST))
    return {s: _select(found, len(sentences[s].tokens)) for s, found in found_by.items() if found}


def _local_index(stoks, token) -> int:
    # tokens of a sentence are consecutive in the document; find this one's place by its offset
    lo, hi = 0, len(stoks) - 1
    start = token.start
    while lo < hi:
        mid = (lo + hi) // 2
        if stoks[mid].start < start:
            lo = mid + 1
        else:
            hi = mid
    return lo
