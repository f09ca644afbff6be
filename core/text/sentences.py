"""Sentence boundaries inside a paragraph, with offsets.

:func:`sentence_spans` takes the *normalised* text (:func:`textmetrics.text.normalize.normalize`: same length as
the original, curly quotes folded to ``"`` and ``'``, ``` `` ``` and ``''`` folded to ``"`` plus a
space) and returns ``(start, end)`` spans, end exclusive, that index the original text equally.

Sentence boundaries are decided by rules, one regular-expression scan per paragraph (linear time):

- ``?`` and ``!`` (also ``?!``, ``!!``) end a sentence unless a lower-case word follows
  ("Yahoo! in the news", ``"Why?" she asked``);
- a full stop after an ordinary word or a number ends a sentence before a capital, a digit or an
  opening bracket or quote, not before a lower-case word (an unlisted abbreviation, ``"Go." he said``);
- a full stop after an abbreviation (``core/data/abbreviations.txt``: titles such as Mr. and St.,
  reference marks such as No. and p., and abbreviations that may end a sentence such as Inc.,
  Jr., Jan., Calif.), after a dotted initialism (U.S., a.m., Ph.D.) or after an initial (J. R. R.
  Tolkien) ends a sentence only when the next word is a typical sentence opener
  (``core/data/sentence_openers.txt``: "the U.S. How about you?" splits, "the U.S. Government"
  does not); a title never ends one before a name, a reference mark never before a number;
- a full stop glued to a capitalised word ("world.Today", "1,000.That") is a boundary, except
  inside e-mail addresses, URLs and abbreviations;
- closing quotes and brackets after the stop belong to the sentence they close (``He left." Then``);
- ellipses (``...``, ``…``, ``. . .``) are as ambiguous as abbreviations: they end a sentence only
  before a typical sentence opener (not "I", which is capitalised anywhere); an ellipsis in
  brackets (``[...]``) marks an omission and never does; MLA's "word. . . . Next" (a full stop
  then an ellipsis) ends the sentence after the first stop;
- a list marker at the start of a sentence ("1.", "a.", "IV.") is not a sentence end; a run of
  numbered or lettered items on one line ("1) first 2) second") is split at each item;
- a stop after an abbreviation that ends a short phrase opening with a preposition ("At 5 a.m.",
  "In the U.S.") is no sentence end: such a phrase is a fronted adverbial, not a sentence.

Known limits: a sentence that ends in an abbreviation and is followed by a proper noun ("opens at
10 a.m. Bids close ...") stays joined to the next; "1." at the start of a line only begins a list
when it is the first item or continues a sequence.

Why rules and not nltk's Punkt: ``bench/segmentation.py`` measures both on the Golden Rules of
Dias's pragmatic_segmenter and on the NYT editorial sentences of Hutto & Gilbert (2014). Punkt
with empty parameters gets 21 of 52 rules, with this project's abbreviation list 26 (newlines
collapsed); it misses lists, ellipses, quotes before lower-case words and abbreviations before
names, and rules around it would re-decide nearly every boundary. These rules get 52 of 52
(50 without collapsing the newlines that rules 40 and 41 want replaced), 98.2 % of the NYT
sentences (Punkt with the abbreviations: 96.2 %) at about seven times Punkt's speed.
"""


from __future__ import annotations

import re

from textmetrics.text.abbreviations import CONTINUE, GENERAL, NUMBER, PLACE, TITLE, SegmenterLexicon, segmenter_lexicon
from textmetrics.text.paragraphs import BULLETS, line_segments, trim

__all__ = ["sentence_spans"]


# --------------------------------------------------------------------------- sentences inside a segment

_TERM = "[.?!…‽]"
_OPENERS_PUNCT = "\"'`([{-–—" + BULLETS  # stripped from the front of the word before a stop
_CLOSERS = "\"')\\]}»›"
_CANDIDATE_RE = re.compile(
    # a whole run of stops (possessive, and never starting inside a run: no quadratic backtracking).
    # The pattern opens with the stop itself and looks behind only after it: a pattern that opens
    # with a look-behind makes the engine run it at every character (5x slower on prose)
    rf"(?P<run>{_TERM}(?<!{_TERM}{_TERM})(?<!{_TERM} {_TERM}){_TERM}*+(?:[ ]{_TERM}++)*+)"
    # closers; after them one more group past one space or newline, if white space follows: the
    # nested quotes of "by 'Adults.' ''" and a folded ''), which the normaliser writes ." )
    rf"(?P<close>(?:[{_CLOSERS}]++(?:[ \n][{_CLOSERS}]++(?=\s|\Z))?)?)"
    r"(?:(?=\s)|\Z|(?P<glued>(?=[A-Z][a-z])))"
)
# a stop glued to a capitalised word, the one boundary _CANDIDATE_RE may find inside a chunk
_GLUED_RE = re.compile(rf"{_TERM}[{_CLOSERS}]*+[A-Z][a-z]")



# what follows a candidate: opening punctuation, then the next word (and a stop right after it)
_NEXT_RE = re.compile(r"\s*(?P<open>(?:[\"'`(\[{¿¡*\-–—" + BULLETS + r"]+\s*)*)(?P<word>[^\W_][\w'’]*)?(?P<dot>\.)?")
_INLINE_BULLET_RE = re.compile(rf"[{BULLETS}](?<=\s[{BULLETS}])")  # the bullet first: see _CANDIDATE_RE
_LEAD_ENUM_RE = re.compile(r"\s*(?:[" + BULLETS + r"*\-–—]\s*)?\(?(?P<mark>\d{1,2}|[A-Za-z])(?P<punct>\.\)|[.)])\s")
_INLINE_ENUM_RE = re.compile(r"(?<=\s)\(?(?P<mark>\d{1,2}|[A-Za-z])(?P<punct>\.\)|[.)])(?=\s+[\"'(]*[A-Z0-9])")
_ENUM_TOKEN_RE = re.compile(r"\d{1,3}|[A-Za-z]|[IVX]{1,4}|[ivx]{1,4}")
_INITIALISM_RE = re.compile(r"[^\W\d_]{1,3}(?:\.[^\W\d_]{1,3})+")  # U.S, a.m, Ph.D (final stop removed)
_DASH_RE = re.compile(r"[-–—]")
_WEB_RE = re.compile(r"@|://|www\.", re.IGNORECASE)
_CONTENT_START_RE = re.compile(r"[\s" + BULLETS + r"*\-–—(\[\"']*")
_PREPOSITIONS = frozenset(
    "at on in by before after until till since from around about near through during".split()
)
_PREV_WINDOW = 80  # how far back to look for the word before a stop (keeps the scan linear)
_FRAGMENT_WORDS = 2  # words before the abbreviation in "At 5 a.m.", "In the U.S."
_FRAGMENT_CHARS = 40  # a longer stretch is no fragment (and is not split into words)


def _prev_token(text: str, i: int, lo: int) -> tuple[int, str]:
    """The token before position ``i`` (back to white space, at most _PREV_WINDOW characters)."""
    floor = max(lo, i - _PREV_WINDOW)
    s = max(text.rfind(" ", floor, i), text.rfind("\n", floor, i)) + 1 or floor
    return s, text[s:i]


def _abbreviation_class(word: str, lex: SegmenterLexicon) -> str | None:
    """The class of ``word`` (without its final stop) if it is an abbreviation or an initial."""
    kind = lex.abbreviations.get(word)
    if kind is None and len(word) > 1 and word[0].isupper():
        kind = lex.lowercase.get(word.lower())
    if kind is not None:
        return kind
    if len(word) == 1 and word.isalpha():
        return GENERAL  # an initial: J. R. R. Tolkien, Jonas E. Smith
    if _INITIALISM_RE.fullmatch(word):
        return CONTINUE if word.lower() in ("e.g", "i.e") else GENERAL
    return None


def _is_opener(word: str, lex: SegmenterLexicon) -> bool:
    return (word[0].lower() + word[1:]) in lex.openers


class _Splitter:
    """Boundary decisions for one segment (no newline in it is a hard break)."""

    __slots__ = ("text", "lex", "start", "end", "limit", "out", "sent", "content")

    def __init__(self, text: str, start: int, end: int, limit: int, lex: SegmenterLexicon, out: list[tuple[int, int]]):
        self.text, self.start, self.end, self.limit, self.lex, self.out = text, start, end, limit, lex, out
        self.sent = start  # start of the current sentence
        self.content = -1  # its first character past white space, bullets, opening marks (lazy)

    def run(self) -> None:
        text, out = self.text, self.out
        for m in _CANDIDATE_RE.finditer(text, self.start, self.end):
            if m.start() < self.sent:
                continue
            cut = self._decide(m)
            if cut is not None:
                span = trim(text, self.sent, cut, self.limit)
                if span:
                    out.append(span)
                self.sent, self.content = cut, -1
        span = trim(text, self.sent, self.end, self.limit)
        if span:
            out.append(span)

    def _content_start(self, limit: int) -> int:
        if self.content < 0:
            self.content = _CONTENT_START_RE.match(self.text, self.sent, limit).end()
        return self.content

    def _decide(self, m: re.Match[str]) -> int | None:
        """Where the sentence ends at candidate ``m`` (after its closers), or None."""
        text, sent = self.text, self.sent
        i, after = m.start(), m.end()
        if after >= self.end:
            return None  # the segment's last stop: the segment's end is the cut anyway
        run = m.group("run")
        if m.group("glued") is not None:
            return after if self._glued_ok(i, sent) else None
        nxt = _NEXT_RE.match(text, after, self.end)
        word = nxt.group("word")
        if word is None:
            kind = "end" if nxt.end() >= self.end else "other"
        elif word[0].isupper():
            kind = "upper"
        elif word[0].isdigit():
            kind = "digit"
        else:
            kind = "lower"
        if kind == "end":
            return None
        if run[0] != "." or "?" in run or "!" in run or "‽" in run:
            return after if kind != "lower" else None
        if len(run) > 1 or run == "…":
            return self._ellipsis(i, run, after, kind)
        return self._full_stop(m, sent, kind, word, nxt)

    def _glued_ok(self, i: int, sent: int) -> bool:
        """ "world.Today": a boundary unless the stop is inside an address or an abbreviation."""
        text = self.text
        if i == 0 or not (text[i - 1].islower() or text[i - 1].isdigit()):
            return False
        s, token = _prev_token(text, i, sent)
        stop = text.find(" ", i, min(self.end, i + _PREV_WINDOW))
        whole = text[s:stop if stop > 0 else min(self.end, i + _PREV_WINDOW)]
        if _WEB_RE.search(whole):
            return False
        word = token.lstrip(_OPENERS_PUNCT)
        return bool(word) and _abbreviation_class(word, self.lex) is None

    def _ellipsis(self, i: int, run: str, after: int, kind: str) -> int | None:
        text = self.text
        if i > 0 and text[i - 1] in "[(":
            return None  # [...] marks an omission inside a quotation
        if kind != "upper" or not self._opener_follows(after):
            return None
        if run.startswith(". .") and i > 0 and not text[i - 1].isspace():
            return i + 1  # MLA: "word. . . . Next": a full stop, then an ellipsis opening the next
        return after

    def _opener_follows(self, after: int) -> bool:
        """A typical sentence opener follows; "I" (I'm, I'd ...) does not count after an
        ellipsis: it is capitalised anywhere, so it is no evidence of a new sentence."""
        word = _NEXT_RE.match(self.text, after, self.end).group("word") or ""
        if word == "I" or word[:2] in ("I'", "I’"):
            return False
        return bool(word) and _is_opener(word, self.lex)

    def _full_stop(self, m: re.Match[str], sent: int, kind: str, word: str, nxt: re.Match[str]) -> int | None:
        text, lex = self.text, self.lex
        word_dot = nxt.group("dot") is not None
        i, after = m.start(), m.end()
        if kind == "lower":
            return None
        s, token = _prev_token(text, i, sent)
        prev = token.lstrip(_OPENERS_PUNCT).rstrip(_CLOSERS)
        if not prev:
            return after
        if _ENUM_TOKEN_RE.fullmatch(prev) and s <= self._content_start(i):
            return None  # "1. The first item", "a. The second", "IV. Results"
        cls = _abbreviation_class(prev, lex)
        if cls is None or m.group("close"):
            return after  # an ordinary word or number; a quote or bracket closed after the stop
        if cls == CONTINUE or kind == "digit" or _DASH_RE.search(nxt.group("open")):
            return None  # "e.g. Paris", "No. 5", "Plymouth, Mass. -- the town"
        if kind != "upper":
            return None  # "Inc. $5 million"
        opener = _is_opener(word, lex) and not (len(word) == 1 and word_dot)  # not "A." (an initial)
        if cls == TITLE:
            return after if opener else None  # "Main St. The shop": St. as Street
        if cls == NUMBER:
            return after
        if cls == PLACE and self._after_comma(s, sent):
            return after  # "in Cambridge, Mass. Lotteries are ...": AP style has a comma if it goes on
        # GENERAL: Inc., Jr., U.S., a.m., an initial: a boundary before a sentence opener or a title
        if not opener and not (word_dot and lex.abbreviations.get(word) == TITLE):
            return None
        return None if self._prepositional_fragment(sent, s) else after

    def _after_comma(self, s: int, sent: int) -> bool:
        """The word before position ``s`` ends with a comma."""
        j = s - 1
        while j > sent and self.text[j].isspace():
            j -= 1
        return j > sent and self.text[j] == ","

    def _prepositional_fragment(self, sent: int, s: int) -> bool:
        """ "At 5 a.m." or "In the U.S." cannot be a sentence of its own: a short phrase that opens
        with a preposition, before an abbreviation, is a fronted adverbial of the next words."""
        if s - sent > _FRAGMENT_CHARS:
            return False
        words = self.text[sent:s].split()
        if not words or len(words) > _FRAGMENT_WORDS:
            return False
        return words[0].lstrip("\"'([").lower() in _PREPOSITIONS


def _enum_cuts(text: str, a: int, b: int) -> list[int]:
    """Starts of the items 2, 3, ... (or b, c, ...) of a list written on one line: "1) x 2) y"."""
    m = _LEAD_ENUM_RE.match(text, a, b)
    if m is None:
        return []
    mark, punct = m.group("mark"), m.group("punct")
    if mark not in ("1", "a", "A"):
        return []
    cuts: list[int] = []
    expected = _next_mark(mark)
    for e in _INLINE_ENUM_RE.finditer(text, m.end(), b):
        if e.group("mark") == expected and e.group("punct") == punct:
            cuts.append(e.start())
            expected = _next_mark(expected)
    return cuts


def _next_mark(mark: str) -> str:
    return str(int(mark) + 1) if mark.isdigit() else chr(ord(mark) + 1)


def _split_segment(text: str, a: int, b: int, limit: int, lex: SegmenterLexicon, out: list[tuple[int, int]]) -> None:
    """Sentences of one segment: cut at inline bullets and numbered items, then at boundaries."""
    if _INLINE_BULLET_RE.search(text, a, b) is None and _LEAD_ENUM_RE.match(text, a, b) is None:
        first = _CANDIDATE_RE.search(text, a, b)
        if first is None or first.end() >= b:  # no stop before the end: one sentence (a tweet, a title)
            span = trim(text, a, b, limit)
            if span:
                out.append(span)
        else:  # the usual case: no list inside the segment
            _Splitter(text, a, b, limit, lex, out).run()
        return
    cuts = [a]
    cuts.extend(m.start() for m in _INLINE_BULLET_RE.finditer(text, a, b))
    cuts.append(b)
    for x, y in zip(cuts, cuts[1:]):
        starts = [x, *_enum_cuts(text, x, y), y]
        for p, q in zip(starts, starts[1:]):
            _Splitter(text, p, q, limit, lex, out).run()


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the sentences in ``text[start:end]`` (usually one paragraph), in order.

    Offsets are absolute (indices into ``text``), spans are trimmed of white space and do not
    overlap. Empty or white-space-only input gives an empty list.
    """
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    out: list[tuple[int, int]] = []
    if start >= end:
        return out
    lex = segmenter_lexicon()
    if text.find("\n", start, end) < 0:  # one segment (what _segments would say, without a list)
        _split_segment(text, start, end, end, lex, out)
        return out
    for a, b in line_segments(text, start, end):
        _split_segment(text, a, b, end, lex, out)
    return out

