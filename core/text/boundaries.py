"""Boundary decisions inside one segment of a paragraph (a stretch no newline of which is a hard break).

:class:`Splitter` walks the candidates of :data:`CANDIDATE_RE` (a run of stops, or a dash before a
closing quote, with the quotes, brackets and footnote marks that close it) and decides each from
the word before it, the shape of the next token and the quotations and brackets around it. The
rules are listed in :mod:`textmetrics.text.sentences`.
"""

from __future__ import annotations

import re

from textmetrics.text.abbreviations import (CONTINUE, FINAL, NUMBER, PLACE, TITLE, SegmenterLexicon,
                                            abbreviation_class)
from textmetrics.text.enclosures import OPENING_BRACKETS, Enclosures
from textmetrics.text.lists import BULLETS
from textmetrics.text.paragraphs import trim

__all__ = ["Splitter", "CANDIDATE_RE", "candidates", "GLUED_RE", "STOPS", "CLOSERS"]

# stops: the full stop, ? ! … ‽, and their full-width forms (typed with an East Asian keyboard)
STOPS = ".?!…‽．。！？"
_TERM = f"[{STOPS}]"
CLOSERS = "\"')\\]}»›"
_OPENERS_PUNCT = "\"'`([{-–—" + BULLETS  # stripped from the front of the word before a stop


def _candidate_re(stops: str, dash: bool) -> re.Pattern[str]:
    term = f"[{stops}]"
    # a whole run of stops (possessive, and never starting inside a run: no quadratic backtracking).
    # The pattern opens with the stop itself and looks behind only after it: a pattern that opens
    # with a look-behind makes the engine run it at every character (5x slower on prose).
    run = rf"(?P<run>{term}(?<!{term}{term})(?<!{term} {term}){term}*+(?:[ ]{term}++)*+)"
    if dash:  # or a dash that breaks off a quotation ("If you please, sir--" The Rabbit started)
        run = rf"(?:{run}|(?P<dash>--|[–—])(?=[\"']))"
    else:
        run += "(?P<dash>)"  # never a dash: the group is empty
    return re.compile(
        run
        # closers; after them one more group past one space or newline, if white space follows: the
        # nested quotes of "by 'Adults.' ''" and a folded ''), which the normaliser writes ." )
        + rf"(?P<close>(?:[{CLOSERS}]++(?:[ \n][{CLOSERS}]++(?=\s|\Z))?)?)"
        # footnote marks: "martyr.[1]", "large.[7][8]", "(1987).1", "consultation.11 12"
        + r"(?P<note>(?:\[\d{1,3}(?:[,–-]\d{1,3})*\])++|\d{1,3}(?:[,–-]\d{1,3})*+(?:[ ]\d{1,3}(?=\s))*+)?"
        + r"(?:(?=\s)|\Z|(?P<glued>(?=[A-Z][a-z])))"
    )


# The scanner is chosen per segment, the fastest that can see every candidate: the regex engine
# finds a start among three ASCII characters twice as fast as among nine, and the dash is needed
# only where a dash stands before a quote.
CANDIDATE_RE = _candidate_re(STOPS, dash=True)
_CANDIDATES = {(False, False): _candidate_re(".?!", False), (False, True): _candidate_re(".?!", True),
               (True, False): _candidate_re(STOPS, False), (True, True): CANDIDATE_RE}
_DASH_QUOTES = ('-"', "-'", '–"', "–'", '—"', "—'")


def candidates(text: str, a: int, b: int, ascii_only: bool) -> re.Pattern[str]:
    """The candidate scanner for ``text[a:b]`` (``ascii_only``: the stretch is ASCII, so it holds no
    en or em dash)."""
    dash = text.find('-"', a, b) >= 0 or text.find("-'", a, b) >= 0  # a dash in ASCII is a hyphen
    if not ascii_only and not dash:
        dash = any(text.find(d, a, b) >= 0 for d in _DASH_QUOTES[2:])
    return _CANDIDATES[not ascii_only, dash]


# a stop glued to a capitalised word, the one boundary CANDIDATE_RE may find inside a chunk
GLUED_RE = re.compile(rf"{_TERM}[{CLOSERS}]*+[A-Z][a-z]")

# what follows a candidate: opening punctuation, then the next word (and a stop right after it)
_NEXT_RE = re.compile(r"\s*(?P<open>(?:[\"'`(\[{¿¡*\-–—" + BULLETS + r"]+\s*)*)(?P<word>[^\W_][\w'’]*)?(?P<dot>\.)?")
_ENUM_TOKEN_RE = re.compile(r"\d{1,3}|[A-Za-z]|[IVX]{1,4}|[ivx]{1,4}")
_DASH_RE = re.compile(r"[-–—]")
_WEB_RE = re.compile(r"@|://|www\.", re.IGNORECASE)
_CONTENT_START_RE = re.compile(r"[\s" + BULLETS + r"*\-–—(\[\"']*")
_STOP_RE = re.compile(_TERM)
_PREPOSITIONS = frozenset(
    "at on in by before after until till since from around about near through during".split()
)
# words that continue a sentence after a clock time (AP style: "at 10 a.m. Tuesday", "6 p.m. EST")
_AFTER_TIME = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec today tonight tomorrow yesterday "
    "eastern central pacific mountain atlantic local "
    "et ct mt pt est edt cst cdt mst mdt pst pdt gmt utc bst cet".split()
)
_PREV_WINDOW = 80  # how far back to look for the word before a stop (keeps the scan linear)
_FRAGMENT_WORDS = 2  # words before the abbreviation in "At 5 a.m.", "In the U.S."
_FRAGMENT_CHARS = 40  # a longer stretch is no fragment (and is not split into words)


def _prev_token(text: str, i: int, lo: int) -> tuple[int, str]:
    """The token before position ``i`` (back to white space, at most _PREV_WINDOW characters)."""
    floor = lo if lo > i - _PREV_WINDOW else i - _PREV_WINDOW
    s = text.rfind(" ", floor, i) + 1 or floor  # the normaliser leaves no tab: a space or a newline
    token = text[s:i]
    if "\n" in token:  # a wrapped line
        s = text.rfind("\n", s, i) + 1
        token = text[s:i]
    return s, token


def _is_opener(word: str, lex: SegmenterLexicon) -> bool:
    return (word[0].lower() + word[1:]) in lex.openers


class Splitter:
    """Boundary decisions for one segment, appending the sentence spans to ``out``."""

    __slots__ = ("text", "lex", "start", "end", "limit", "out", "sent", "content", "enclosures", "scanner",
                 "marker_stops")

    def __init__(self, text: str, start: int, end: int, limit: int, lex: SegmenterLexicon,
                 out: list[tuple[int, int]], enclosures: Enclosures, scanner: re.Pattern[str] = CANDIDATE_RE,
                 marker_stops: set[int] | frozenset[int] = frozenset()) -> None:
        self.text, self.start, self.end, self.limit, self.lex, self.out = text, start, end, limit, lex, out
        self.enclosures, self.scanner, self.marker_stops = enclosures, scanner, marker_stops
        self.sent = start  # start of the current sentence
        self.content = -1  # its first character past white space, bullets, opening marks (lazy)

    def run(self) -> None:
        text, out = self.text, self.out
        for m in self.scanner.finditer(text, self.start, self.end):
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
        text = self.text
        i, after = m.span()
        if after >= self.end or i in self.marker_stops:
            return None  # the segment's last stop (the segment's end is the cut anyway), or "2." in a list
        run, dash, close, note, glued = m.groups()  # every scanner has these groups, in this order
        enclosures = self.enclosures
        if enclosures.any:
            kind, span = enclosures.around(i, after)
            if kind == "bracket":
                return None  # a bracket that closes later: all of it belongs to the sentence around it
            if kind == "quote" and (dash or run[0] in "?!‽？！" or not self._ends_with_stop(span)):
                return None  # "!", "?" or a dash in a quotation, any stop in one that runs on: see sentences
        if glued is not None:
            return after if not dash and not note and self._glued_ok(i) else None
        nxt = _NEXT_RE.match(text, after, self.end)
        word = nxt.group("word")
        if word is None:
            if nxt.end() >= self.end:
                return None  # only closing marks or white space follow
            kind = "other"
        else:
            c = word[0]
            if c.isupper():
                kind = "upper"
            elif c.isdigit():
                kind = "digit"
            else:
                return None  # a lower-case word goes on with the sentence ("Yahoo! in the news", "Go." he said)
        if close and ('"' in close or "'" in close) and nxt.group("open")[:1] in OPENING_BRACKETS:
            return after if self._bracket_is_sentence(nxt.start("open"), kind) else None
        if dash:
            return after if kind == "upper" and close else None
        if note:
            return after if kind == "upper" and self._footnote_ok(i, note) else None
        if run[0] != ".":
            if run == "!" and kind == "upper" and self._exclaimed_name(i):
                return after if _is_opener(word, self.lex) else None  # "Yahoo! Research", "at Yahoo! The firm"
            return after
        if len(run) > 1 or run == "…":
            return self._ellipsis(i, run, after, kind)
        return self._full_stop(m, kind, word, nxt, close)

    def _ends_with_stop(self, quote: tuple[int, int]) -> bool:
        """The quotation's last word ends with a stop ("... the house!'"), not with a comma, a dash
        or nothing ("... you know," he said; "... to--"; "... Apulia' (translated ...)")."""
        text, j = self.text, quote[1] - 1
        while j > quote[0] and (text[j] in CLOSERS or text[j].isspace()):
            j -= 1
        return text[j] in STOPS

    def _bracket_is_sentence(self, pos: int, kind: str) -> bool:
        """After a closing quotation, a bracket opens a new sentence only when it holds one (a stop
        inside) that does not open with the sentential relative "which": "(Dinah was the cat.)" is a
        sentence, while "(Smith 55)", "(1911)" and "(Which was very likely true.)" comment on the
        quotation and belong to its sentence."""
        span = self.enclosures.bracket_at(pos)
        if span is None:
            return kind == "upper"  # unclosed: decide as if there were no bracket
        s, e = span
        inner = _NEXT_RE.match(self.text, s + 1, e)
        first = (inner.group("word") or "").lower()
        return kind == "upper" and first != "which" and _STOP_RE.search(self.text, s + 1, e) is not None

    def _footnote_ok(self, i: int, note: str) -> bool:
        """A footnote mark after a stop: the stop ends the sentence unless it belongs to an
        abbreviation ("Fig.1", "No.5") or a number ("3.14"), or the mark is part of an address."""
        text = self.text
        s, token = _prev_token(text, i, self.sent)
        prev = token.lstrip(_OPENERS_PUNCT).rstrip(CLOSERS)
        if not prev or _WEB_RE.search(token):
            return False
        if note[0] == "[":
            return abbreviation_class(prev, self.lex) not in (TITLE, NUMBER, CONTINUE)
        last = text[i - 1]
        if last.isdigit() and not token.endswith(")"):
            return False  # a decimal number, 3.14
        return (last.isalpha() or last in CLOSERS) and abbreviation_class(prev, self.lex) is None

    def _exclaimed_name(self, i: int) -> bool:
        _, token = _prev_token(self.text, i, self.sent)
        return token.lstrip(_OPENERS_PUNCT) in self.lex.exclaimed

    def _glued_ok(self, i: int) -> bool:
        """ "world.Today": a boundary unless the stop is inside an address or an abbreviation."""
        text = self.text
        if i == 0 or not (text[i - 1].islower() or text[i - 1].isdigit()):
            return False
        s, token = _prev_token(text, i, self.sent)
        stop = text.find(" ", i, min(self.end, i + _PREV_WINDOW))
        whole = text[s:stop if stop > 0 else min(self.end, i + _PREV_WINDOW)]
        if _WEB_RE.search(whole):
            return False
        word = token.lstrip(_OPENERS_PUNCT)
        return bool(word) and abbreviation_class(word, self.lex) is None

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

    def _full_stop(self, m: re.Match[str], kind: str, word: str, nxt: re.Match[str], close: str) -> int | None:
        text, lex, sent = self.text, self.lex, self.sent
        word_dot = nxt.group("dot") is not None
        i, after = m.start(), m.end()
        s, token = _prev_token(text, i, sent)
        prev = token.lstrip(_OPENERS_PUNCT).rstrip(CLOSERS)
        if not prev:
            return after
        if _ENUM_TOKEN_RE.fullmatch(prev) and s <= self._content_start(i):
            return None  # "1. The first item", "a. The second", "IV. Results"
        cls = abbreviation_class(prev, lex)
        if cls is None or close:
            return after  # an ordinary word or number; a quote or bracket closed after the stop
        if cls == CONTINUE or kind == "digit" or _DASH_RE.search(nxt.group("open")):
            return None  # "e.g. Paris", "No. 5", "Plymouth, Mass. -- the town"
        if kind != "upper":
            return None  # "Inc. $5 million"
        next_cls = abbreviation_class(word, lex) if word_dot else None
        opener = _is_opener(word, lex) and not (len(word) == 1 and word_dot)  # not "A." (an initial)
        if cls == TITLE:
            return after if opener else None  # "Main St. The shop": St. as Street
        if cls == NUMBER:
            return after
        if cls == PLACE and self._after_comma(s):
            return after  # "in Cambridge, Mass. Lotteries are ...": AP style has a comma if it goes on
        if cls == FINAL and next_cls != FINAL and not self._time_goes_on(prev, word):
            return None if self._prepositional_fragment(s) else after  # "at 6 P.M. Travelers", "5 lb. Tom"
        # GENERAL: Inc., Jr., U.S., an initial: a boundary before a sentence opener or a title
        if not opener and next_cls != TITLE:
            return None
        return None if self._prepositional_fragment(s) else after

    @staticmethod
    def _time_goes_on(prev: str, word: str) -> bool:
        """ "at 10 a.m. Tuesday", "6 p.m. EST": a weekday, date or time zone after a clock time."""
        return prev.lower() in ("a.m", "p.m") and word.lower() in _AFTER_TIME

    def _after_comma(self, s: int) -> bool:
        """The word before position ``s`` ends with a comma."""
        j, sent = s - 1, self.sent
        while j > sent and self.text[j].isspace():
            j -= 1
        return j > sent and self.text[j] == ","

    def _prepositional_fragment(self, s: int) -> bool:
        """ "At 5 a.m." or "In the U.S." cannot be a sentence of its own: a short phrase that opens
        with a preposition, before an abbreviation, is a fronted adverbial of the next words."""
        sent = self.sent
        if s - sent > _FRAGMENT_CHARS:
            return False
        words = self.text[sent:s].split()
        if not words or len(words) > _FRAGMENT_WORDS:
            return False
        return words[0].lstrip("\"'([").lower() in _PREPOSITIONS
