"""Quotations and brackets closed within a paragraph: stretches no sentence boundary falls inside.

A quotation or a bracket that closes inside a larger sentence belongs to that sentence whole, even
when it holds several sentences of its own ('Well!' thought Alice, 'I shall think nothing of
tumbling down stairs! How brave they'll all think me at home!'; "(Proc. ABC with Abs. Reg.)").
Works on the normalised text (curly quotes folded to ``"`` and ``'``).

Pairing follows the shape of each mark, as a reader does (and as CommonMark decides emphasis):

- a quote opens only at the start of a word (after white space, an opening bracket or a dash,
  before a non-space) and closes only at the end of one (after a non-space, before white space
  or punctuation); a free-standing ``"`` (the normaliser writes the newswire ``\u0060\u0060`` as
  ``"`` and a space) opens when no quotation is open and closes one otherwise;
- a second opener before any closer means the first was never closed: it is dropped, so one
  missing quote mark does not turn the rest of the paragraph inside out;
- a single quote opens only before a letter and not in an elision ('tis, 'em, 'cause), so an
  apostrophe inside or at the start of a word is no quote; a possessive (the workers' union)
  may close a quotation early, which only means fewer stops are kept inside;
- brackets pair by kind with a stack; an emoticon (":(" , ":)") is no bracket, and a closer
  without its opener (the list marker "1)") is ignored.

Only the outermost spans are kept, marks included; unclosed openers give no span. No sentence
boundary falls inside brackets; inside a quotation, only a full stop may end one (see
:mod:`textmetrics.text.sentences`).
"""

from __future__ import annotations

import re
from bisect import bisect_left

__all__ = ["Enclosures", "enclosure_spans", "OPENING_BRACKETS"]

OPENING_BRACKETS = "([{"
_PAIRS = {")": "(", "]": "[", "}": "{"}
_ELISIONS = frozenset({"tis", "twas", "em", "cause", "til", "n", "round", "bout", "nuff", "s"})
_OPEN_BEFORE = "([{-–—/\"'"  # what may precede an opening quote besides white space
_CLOSE_AFTER = ".,;:!?)]}-–—/…\"'"  # what may follow a closing quote besides white space
# quote marks and brackets; not an apostrophe inside a word (don't, it's), which can be no quote
_MARKS_RE = re.compile(r"[\"()\[\]{}]|'(?!(?<=\w')\w)")
_NO_SINGLE_MARKS_RE = re.compile(r"[\"()\[\]{}]")
# a single quote that may open a quotation (the literal first: see lists._DOT_MARK_RE)
_SINGLE_OPENER_RE = re.compile(r"'(?<=[\s(\[{\"/\-–—]')(?=[^\W\d_])")
_SINGLE_OPEN_RE = re.compile(r"'(?P<word>[^\W\d_]+)")


def _quote_shape(text: str, q: int, start: int, end: int) -> tuple[bool, bool]:
    """(may open, may close) for the quote mark at ``q``."""
    before = text[q - 1] if q > start else " "
    after = text[q + 1] if q + 1 < end else " "
    if before.isspace():
        if not after.isspace():
            return True, False
        if after == " " and q + 2 < end and text[q + 2].isalnum():
            return True, False  # the normaliser's '" ' for an opening ``Word or ''Word
        return True, True  # free-standing: closes an open quotation ("by 'Adults.' ''"), else opens one
    may_open = not after.isspace() and before in _OPEN_BEFORE
    may_close = after.isspace() or after in _CLOSE_AFTER
    return may_open, may_close


def _emoticon(text: str, q: int, start: int) -> bool:
    return q > start and (text[q - 1] in ":;" or q - 1 > start and text[q - 2:q] in (":-", ";-"))


def enclosure_spans(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The closed quotations and the closed brackets of ``text[start:end]``: two lists of sorted,
    disjoint, outermost ``(start, end)`` spans, marks included."""
    spans: list[tuple[int, int]] = []
    brackets: list[tuple[int, int]] = []
    open_quote = {'"': -1, "'": -1}
    stack: list[tuple[str, int]] = []
    # single quotes matter only if one may open a quotation (most apostrophes close nothing)
    singles = text.startswith("'", start) or _SINGLE_OPENER_RE.search(text, start, end) is not None
    for m in (_MARKS_RE if singles else _NO_SINGLE_MARKS_RE).finditer(text, start, end):
        q = m.start()
        c = text[q]
        if c == '"' or c == "'":
            may_open, may_close = _quote_shape(text, q, start, end)
            if c == "'":
                if may_open and not may_close:
                    word = _SINGLE_OPEN_RE.match(text, q, end)
                    may_open = word is not None and word.group("word").lower() not in _ELISIONS
                elif may_open:
                    may_open = False  # a free-standing apostrophe only closes
            if open_quote[c] >= 0 and may_close:
                spans.append((open_quote[c], q + 1))
                open_quote[c] = -1
            elif may_open:
                open_quote[c] = q  # a second opener drops an unclosed first one
        elif _emoticon(text, q, start):
            continue  # ":)", ":-(" are faces, not brackets
        elif c in OPENING_BRACKETS:
            stack.append((c, q))
        else:
            opener = _PAIRS[c]
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][0] == opener:
                    brackets.append((stack[k][1], q + 1))
                    del stack[k:]  # openers inside that never closed are dropped
                    break
    return _outermost(spans), _outermost(brackets)


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans.sort()
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s < out[-1][1]:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


class _Cursor:
    """Spans asked about in text order: a cursor that only moves on (linear over a paragraph)."""

    __slots__ = ("spans", "k")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans, self.k = spans, 0

    def around(self, i: int, j: int) -> tuple[int, int] | None:
        spans, k = self.spans, self.k
        while k < len(spans) and spans[k][1] <= i:
            k += 1
        self.k = k
        if k < len(spans) and spans[k][0] < i and j < spans[k][1]:
            return spans[k]
        return None


class Enclosures:
    """The quotations and brackets of one region, found on first use and asked about in text order."""

    __slots__ = ("text", "start", "end", "any", "_quotes", "_brackets", "_bracket_starts")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self.any = True  # until the first question shows there is nothing to find
        self._quotes: _Cursor | None = None
        self._brackets = _Cursor([])
        self._bracket_starts: list[int] = []

    def _load(self) -> None:
        text, start, end = self.text, self.start, self.end
        # most paragraphs have no quotation or bracket: then nothing is scanned or asked again
        if (text.find('"', start, end) >= 0 or text.find("(", start, end) >= 0 or text.find("[", start, end) >= 0
                or text.find("{", start, end) >= 0 or text.startswith("'", start)
                or _SINGLE_OPENER_RE.search(text, start, end) is not None):
            quotes, brackets = enclosure_spans(text, start, end)
        else:
            quotes, brackets = [], []
        self._quotes, self._brackets = _Cursor(quotes), _Cursor(brackets)
        self._bracket_starts = [s for s, _ in brackets]
        self.any = bool(quotes or brackets)

    def around(self, i: int, j: int) -> tuple[str | None, tuple[int, int] | None]:
        """What holds ``text[i:j]`` strictly inside (the opening mark before ``i``, the closing one
        at or after ``j``): ("bracket", span), ("quote", span) or (None, None). Brackets are asked
        first: a quotation in brackets is in brackets. Asked with growing ``i``."""
        if self._quotes is None:
            self._load()
        span = self._brackets.around(i, j)
        if span is not None:
            return "bracket", span
        span = self._quotes.around(i, j)
        return ("quote", span) if span is not None else (None, None)

    def bracket_at(self, pos: int) -> tuple[int, int] | None:
        """The brackets whose opening one is at ``pos``, if they close."""
        if self._quotes is None:
            self._load()
        k = bisect_left(self._bracket_starts, pos)
        spans = self._brackets.spans
        return spans[k] if k < len(spans) and spans[k][0] == pos else None
