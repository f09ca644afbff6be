"""Hedging and persuasion markers: spans of the text with a stance category, found in one pass.

::

    from textmetrics.text.document import build_document
    from textmetrics.markers import find_markers
    for m in find_markers(build_document(text)):
        print(m.category, m.subtype, text[m.start:m.end], m.in_quote, m.rule)

Twelve categories (docs/markers.md, "Categories"): ``hedge``, ``booster``, ``attitude``,
``directive``, ``intensifier``, ``absolute``, ``superlative``, ``first_person_plural``,
``second_person``, ``rhetorical_question``, ``exclamation``, ``authority``. The first ten and the
last come from the lexicons (:mod:`.lexicon`, package data, one file per category) matched as
phrases on the token model by one trie walk (:mod:`.matcher`) and disambiguated by the rules
registered in :mod:`.rules`; questions and exclamations come from sentence punctuation
(:mod:`.sentences`). Markers inside quotations (:mod:`textmetrics.text.quotes`) carry
``in_quote=True``. See docs/markers.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from textmetrics.text.spans import Span
from textmetrics.markers.lexicon import CATEGORIES, PRIORITY, Lexicon, default_lexicon, user_lexicon
from textmetrics.markers.matcher import match_document
from textmetrics.markers.sentences import sentence_markers

__all__ = ["Marker", "find_markers", "CATEGORIES", "PRIORITY", "default_lexicon", "user_lexicon", "Lexicon"]


@dataclass(slots=True)
class Marker(Span):
    """One stance marker (a :class:`~textmetrics.text.spans.Span`): ``in_quote``, inside a
    quotation; ``rule``, the rule or lexicon entry that accepted it."""

    in_quote: bool
    rule: str


def _question_or_exclamation_sentences(doc) -> list[int]:
    """Indices of the sentences holding a "?" or "!" (found by str.find, not a token loop)."""
    norm = doc.norm
    if "?" not in norm and "!" not in norm:
        return []
    return [s.index for s in doc.sentences if norm.find("?", s.start, s.end) >= 0 or norm.find("!", s.start, s.end) >= 0]


def find_markers(doc, lexicon: Lexicon | None = None) -> list[Marker]:
    """All markers of ``doc`` (a :class:`~textmetrics.text.document.Document`) in text order.

    ``lexicon``: a compiled lexicon (e.g. :func:`user_lexicon`); default the package lexicons."""
    lex = lexicon if lexicon is not None else default_lexicon()
    quotes = doc.quotes
    by_sentence = match_document(doc, lex)
    for s in _question_or_exclamation_sentences(doc):
        extra = sentence_markers(doc, doc.sentences[s])
        if extra:
            by_sentence[s] = sorted(by_sentence.get(s, []) + extra)
    text = doc.text
    out: list[Marker] = []
    append = out.append
    for s in sorted(by_sentence):
        toks = doc.sentences[s].tokens
        for i, j, cat, sub, rid in by_sentence[s]:
            start, end = toks[i].start, toks[j - 1].end
            append(Marker(cat, sub, start, end, text[start:end], s, start in quotes, rid))
    return out
