"""Quotation spans: which stretches of the text are someone else's words.

Works on the normalised text (``Document.norm``), where curly quotes are already folded to ``'`` and
``"`` and the newswire style ````...''`` to ``"...."``; offsets are shared with the original text.

- Double quotes pair up within a paragraph (open, close, open, ...); when they do not balance, a
  double prime after a digit ("a 5\" screen") is taken for an inch mark, not a quote. An opening quote left unclosed at
  the end of a paragraph runs to the paragraph's end: that is the convention for a quotation that
  continues into the next paragraph (which then reopens with its own mark).
- Single quotes are also apostrophes ("don't", "the workers' union", "'90s"), so a single quote opens
  a quotation only at the start of a word (after a space, an opening bracket or a dash, before a
  letter) and closes it only at the end of a word (before a space or punctuation), and an opener
  with no closer in the same paragraph is taken for an apostrophe ("'tis", "'em").

One left-to-right scan per paragraph; the result is a sorted list of disjoint ``(start, end)`` spans
including the quote marks themselves.
"""

from __future__ import annotations

import re
from bisect import bisect_right

__all__ = ["quote_spans", "QuoteIndex"]

_DOUBLE_RE = re.compile(r'"')
# a single quote at a word start: preceded by start/space/bracket/dash/double quote, followed by a letter
_SINGLE_OPEN_RE = re.compile(r"(?:(?<=^)|(?<=[\s(\[{\"\u2014\u2013-]))'(?=[^\W\d_])")
# a single quote at a word end: preceded by a non-space, followed by end/space/punctuation
_SINGLE_CLOSE_RE = re.compile(r"(?<=[^\s'])'(?=$|[\s.,;:!?)\]}\"\u2014\u2013-])")
# words that begin with an elision apostrophe, never a quotation
_ELISIONS = frozenset({"tis", "twas", "em", "cause", "til", "n", "round", "bout", "nuff", "s"})


def _inch_mark(norm: str, pos: int, end: int) -> bool:
    """A double prime after a number ("a 5\" screen"), not a quotation mark."""
    return pos > 0 and norm[pos - 1].isdigit() and (pos + 1 >= end or not norm[pos + 1].isalnum())


def _double_spans(norm: str, start: int, end: int, text: str | None) -> list[tuple[int, int]]:
    marks = [m.start() for m in _DOUBLE_RE.finditer(norm, start, end)]
    if len(marks) % 2:  # unbalanced: an inch mark ("a 5\" screen") may be the odd one out
        marks = [m for m in marks if not _inch_mark(norm, m, end)]
    spans = []
    for k in range(0, len(marks) - 1, 2):
        close = marks[k + 1] + 1
        if text is not None and text.startswith("''", marks[k + 1]):
            close += 1  # the newswire closing quote is two characters
        spans.append((marks[k], close))
    if len(marks) % 2:
        spans.append((marks[-1], end))  # continues into the next paragraph
    return spans


def _single_spans(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    closers = [m.start() for m in _SINGLE_CLOSE_RE.finditer(norm, start, end)]
    spans: list[tuple[int, int]] = []
    if not closers:
        return spans
    k = 0
    last_end = start
    for m in _SINGLE_OPEN_RE.finditer(norm, start, end):
        pos = m.start()
        if pos < last_end:
            continue
        word = re.match(r"[^\W\d_]+", norm[pos + 1:pos + 8])
        if word and word.group().lower() in _ELISIONS:
            continue
        while k < len(closers) and closers[k] <= pos:
            k += 1
        if k == len(closers):
            break
        spans.append((pos, closers[k] + 1))
        last_end = closers[k] + 1
    return spans


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans.sort()
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s <= out[-1][1]:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def quote_spans(norm: str, paragraphs: list[tuple[int, int]] | None = None, text: str | None = None) -> list[tuple[int, int]]:
    """Disjoint, sorted ``(start, end)`` spans of quoted text in ``norm`` (quote marks included).

    ``text``, the original string, lets a newswire closing quote ``''`` be spanned whole."""
    if paragraphs is None:
        paragraphs = [(0, len(norm))]
    spans: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs:
        if '"' in norm[p_start:p_end]:
            spans.extend(_double_spans(norm, p_start, p_end, text))
        if "'" in norm[p_start:p_end]:
            spans.extend(_single_spans(norm, p_start, p_end))
    return _merge(spans)


class QuoteIndex:
    """Answers "is this offset inside a quotation?" in O(log n)."""

    __slots__ = ("spans", "_starts")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self._starts = [s for s, _ in spans]

    def __contains__(self, offset: int) -> bool:
        if not self.spans:
            return False
        k = bisect_right(self._starts, offset) - 1
        return k >= 0 and offset < self.spans[k][1]
