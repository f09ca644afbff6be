"""Sentence boundaries inside a paragraph, with offsets.

:func:`sentence_spans` takes the *normalised* text (:func:`textmetrics.text.normalize.normalize`: same length as
the original, curly quotes folded to ``"`` and ``'``, ``` `` ``` and ``''`` folded to ``"`` plus a
space) and returns ``(start, end)`` spans, end exclusive, that index the original text equally.

Sentence boundaries are decided by rules, one regular-expression scan per paragraph (linear time);
the decisions are in :mod:`~textmetrics.text.boundaries`, quotations and brackets in
:mod:`~textmetrics.text.enclosures`, lists written on a line in :mod:`~textmetrics.text.lists`:

- ``?`` and ``!`` (also ``?!``, ``!!``, and the full-width ``？ ！ ．``) end a sentence unless a
  lower-case word follows ("Yahoo! in the news", ``"Why?" she asked``); after a name written
  with "!" (``[exclaimed]``: Yahoo!) only before a typical sentence opener;
- a full stop after an ordinary word or a number ends a sentence before a capital, a digit or an
  opening bracket or quote, not before a lower-case word (an unlisted abbreviation, ``"Go." he said``);
- a full stop after an abbreviation (``core/data/abbreviations.txt``: titles such as Mr. and St.,
  reference marks such as No. and p., and abbreviations that may end a sentence such as Inc.,
  Jr., Jan., Calif.), after a dotted initialism (U.S., e.g.) or after an initial (J. R. R.
  Tolkien) ends a sentence only when the next word is a typical sentence opener
  (``core/data/sentence_openers.txt``: "the U.S. How about you?" splits, "the U.S. Government"
  does not); a title never ends one before a name, a reference mark never before a number;
- a unit after a number, a clock time or a degree (``[final]``: "5 lb.", "6 P.M.", "Ph.D.") ends
  a sentence before any capitalised word, except another such abbreviation and, after a time, a
  weekday, a month or a time zone ("at 10 a.m. Tuesday");
- a stop after an abbreviation that ends a short phrase opening with a preposition ("At 5 a.m.",
  "In the U.S.") is no sentence end: such a phrase is a fronted adverbial, not a sentence;
- a full stop glued to a capitalised word ("world.Today", "1,000.That") is a boundary, except
  inside e-mail addresses, URLs and abbreviations;
- closing quotes and brackets after the stop belong to the sentence they close (``He left." Then``),
  and so do footnote marks ("martyr.[1] The", "(1987).1 According", "consultation.11 12 Take");
- no boundary falls inside a quotation or a bracket that closes in the paragraph ('Well!' thought
  Alice, 'I shall think nothing of it! How brave they'll think me!'; "(Proc. ABC with Abs. Reg.)");
  after a quotation, a bracket opens a new sentence only if it holds one that does not start with
  a sentential "which": "(Smith 55)" and "(Which was very likely true.)" stay with the quotation;
  a quotation broken off by a dash (``sir--" The Rabbit``) ends its sentence before a capital;
- ellipses (``...``, ``…``, ``. . .``) are as ambiguous as abbreviations: they end a sentence only
  before a typical sentence opener (not "I", which is capitalised anywhere); an ellipsis in
  brackets (``[...]``) marks an omission and never does; MLA's "word. . . . Next" (a full stop
  then an ellipsis) ends the sentence after the first stop;
- a list marker at the start of a sentence ("1.", "a.", "IV.") is not a sentence end; a list
  written on one line ("1. The first item 2. The second item", "a) here b) there", "• x • y")
  is split at each item when it opens the line or follows a sentence end; a list run into a
  sentence ("three steps: 1. mix 2. bake") stays in it, and its markers' stops end nothing.

A user's abbreviations (``lexicon``, see :func:`textmetrics.text.abbreviations.user_abbreviations`)
are added to the built-in lists.

Known limits: a sentence that ends in a [general] abbreviation before a proper noun ("sold to
Acme Inc. Bids close ...") stays joined to the next; "1." at the start of a line only begins a list
when it is the first item or continues a sequence.

Why rules and not nltk's Punkt: ``bench/segmentation.py`` measures both (and pySBD) on the Golden
Rules of Dias's pragmatic_segmenter, on the test suites of pragmatic_segmenter and pySBD and on the
NYT editorial sentences of Hutto & Gilbert (2014); docs/segmentation.md has the tables.
"""

from __future__ import annotations

import re

from textmetrics.text.abbreviations import SegmenterLexicon, segmenter_lexicon
from textmetrics.text.boundaries import Splitter, candidates
from textmetrics.text.enclosures import Enclosures
from textmetrics.text.lists import INLINE_BULLET_RE, list_items
from textmetrics.text.paragraphs import line_segments, trim

__all__ = ["sentence_spans"]


def _split_segment(text: str, a: int, b: int, limit: int, lex: SegmenterLexicon, out: list[tuple[int, int]],
                   enclosures: Enclosures, scanner: re.Pattern[str], ascii_only: bool) -> None:
    """Sentences of one segment: cut at inline bullets and list items, then at boundaries."""
    bullets = None if ascii_only else [m.start() for m in INLINE_BULLET_RE.finditer(text, a, b)]  # not ASCII
    if not bullets:
        cuts, stops = list_items(text, a, b)  # stops: where the full stops of list markers are
    else:
        cuts, stops = [], set()
        for x, y in zip([a, *bullets], [*bullets, b]):
            items, marks = list_items(text, x, y)
            cuts.extend(c for c in (x, *items) if c > a)
            stops |= marks
    if not cuts:
        first = scanner.search(text, a, b)
        if first is None or first.end() >= b:  # no stop before the end: one sentence (a tweet, a title)
            span = trim(text, a, b, limit)
            if span:
                out.append(span)
        else:  # the usual case: no list inside the segment
            Splitter(text, a, b, limit, lex, out, enclosures, scanner, stops).run()
        return
    starts = [a, *cuts, b]
    for p, q in zip(starts, starts[1:]):
        Splitter(text, p, q, limit, lex, out, enclosures, scanner, stops).run()


def sentence_spans(text: str, start: int = 0, end: int | None = None,
                   lexicon: SegmenterLexicon | None = None) -> list[tuple[int, int]]:
    """Spans of the sentences in ``text[start:end]`` (usually one paragraph), in order.

    Offsets are absolute (indices into ``text``), spans are trimmed of white space and do not
    overlap. Empty or white-space-only input gives an empty list. ``lexicon``: the abbreviation
    and opener lists (default: the built-in ones; a user's file extends them, see
    :func:`~textmetrics.text.abbreviations.user_abbreviations`).
    """
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    out: list[tuple[int, int]] = []
    if start >= end:
        return out
    lex = segmenter_lexicon() if lexicon is None else lexicon
    enclosures = Enclosures(text, start, end)  # found on first use, once for the paragraph
    ascii_only = text.isascii() if start == 0 and end == len(text) else text[start:end].isascii()
    scanner = candidates(text, start, end, ascii_only)
    if text.find("\n", start, end) < 0:  # one segment (what line_segments would say)
        _split_segment(text, start, end, end, lex, out, enclosures, scanner, ascii_only)
        return out
    for a, b in line_segments(text, start, end):
        _split_segment(text, a, b, end, lex, out, enclosures, scanner, ascii_only)
    return out
