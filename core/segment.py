"""Paragraph and sentence segmentation with offsets.

Both functions take the *normalised* text (:func:`textmetrics.normalize.normalize`: same length as
the original, curly quotes folded to ``"`` and ``'``, ``` `` ``` and ``''`` folded to ``"`` plus a
space) and return ``(start, end)`` spans, end exclusive, that index the original text equally.

Paragraphs are separated by blank lines. Inside a paragraph a single newline is a space (hard-wrapped
e-mail and PDF text gives the same sentences as the unwrapped text), except where a line is clearly
a unit of its own: a list item (``•``, ``-``, ``*``, ``1.``, ``a)`` ...), a headline or byline
without a full stop, or a block of short lines none of which ends a sentence (a menu, a list of
features).

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
from dataclasses import dataclass
from importlib import resources

from ._once import load_once
from .errors import ResourceError

__all__ = ["paragraph_spans", "sentence_spans", "cuts_only_at_spaces", "cuts_only_after_stops", "may_end_sentence"]


# --------------------------------------------------------------------------- resources

TITLE, NUMBER, CONTINUE, GENERAL, PLACE = "title", "number", "continue", "general", "place"


@dataclass(frozen=True, slots=True)
class _Lexicon:
    abbreviations: dict[str, str]  # form without its final stop -> class
    lowercase: dict[str, str]  # lower-case forms, also matched when capitalised
    openers: frozenset[str]


def _read_lines(name: str) -> list[str]:
    try:
        raw = resources.files("textmetrics.data").joinpath(name).read_text("utf-8")
    except (OSError, ModuleNotFoundError) as exc:  # pragma: no cover - broken install
        raise ResourceError(f"cannot read the segmenter's {name}: {exc}") from exc
    return [line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#")]


def _load() -> _Lexicon:
    abbreviations: dict[str, str] = {}
    kind = GENERAL
    for line in _read_lines("abbreviations.txt"):
        if line.startswith("["):
            kind = line.strip("[]")
            if kind not in (TITLE, NUMBER, CONTINUE, GENERAL, PLACE):
                raise ResourceError(f"abbreviations.txt: unknown class [{kind}]")
            continue
        abbreviations.setdefault(line, kind)
    lowercase = {form: kind for form, kind in abbreviations.items() if form.islower()}
    return _Lexicon(abbreviations, lowercase, frozenset(_read_lines("sentence_openers.txt")))


_lexicon = load_once(_load)  # the abbreviation and opener lists, read once per process


# --------------------------------------------------------------------------- trimming


def _strip(text: str, a: int, b: int) -> tuple[int, int] | None:
    """``text[a:b]`` without surrounding white space, or None if nothing is left."""
    if a < b and not text[a].isspace() and not text[b - 1].isspace():
        return a, b  # the usual case, decided without a loop
    while a < b and text[a].isspace():
        a += 1
    if a == b:
        return None
    while text[b - 1].isspace():
        b -= 1
    return a, b


def _trim(text: str, a: int, b: int, limit: int) -> tuple[int, int] | None:
    """A span stripped of white space, keeping the space of a folded closing ``''``.

    The normaliser writes ``''`` as ``"`` plus a space (same length). When a span ends in ``"``
    followed by one space and then white space or the end (``limit``), that space stands for the
    second apostrophe of the original and stays inside the span, so ``text[start:end]`` of the
    original ends in ``''``. (Text typed with two spaces after a closing quote keeps one trailing
    space in that span; no other span ends in white space.)
    """
    span = _strip(text, a, b)
    if span is None:
        return None
    a, b = span
    if text[b - 1] == '"' and b < limit and text[b] == " " and (b + 1 == limit or text[b + 1].isspace()):
        b += 1
    return a, b


# --------------------------------------------------------------------------- paragraphs

# a blank line: two newlines with only white space between them (and the white space after).
# Written to start with the literal newline, so that the regex engine can jump between newlines
# (an alternation or a repeated group at the start makes it try every position: 6x slower).
_PARAGRAPH_BREAK_RE = re.compile(r"\n[^\S\n]*\n[^\S\n]*(?:\n[^\S\n]*)*")
_PARAGRAPH_SEPARATOR_RE = re.compile(r"(?:\n[^\S\n]*){2,}|\u2029")  # also U+2029 (rare: slow path)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the paragraphs of ``text``: blocks separated by blank lines, trimmed of white space."""
    if "\n" not in text and "\u2029" not in text:  # one paragraph (a tweet, a sentence): no regex
        span = _trim(text, 0, len(text), len(text))
        return [span] if span else []
    spans: list[tuple[int, int]] = []
    pos = 0
    breaks = _PARAGRAPH_SEPARATOR_RE if "\u2029" in text else _PARAGRAPH_BREAK_RE
    for m in breaks.finditer(text):
        span = _trim(text, pos, m.start(), m.start())
        if span:
            spans.append(span)
        pos = m.end()
    span = _trim(text, pos, len(text), len(text))
    if span:
        spans.append(span)
    return spans


# --------------------------------------------------------------------------- lines inside a paragraph

_BULLETS = "•◦▪▫‣⁃●○■□►▸➢✓✔"
_ITEM_RE = re.compile(
    rf"""
    (?P<bullet>[{_BULLETS}])
  | (?P<dash>[-*+–—])\s
  | \(?(?P<enum>\d{{1,2}}|[A-Za-z]|[IVX]{{1,4}}|[ivx]{{1,4}})(?:\.\)|[.)])\s
    """,
    re.VERBOSE,
)
_OPEN_END_RE = re.compile(r"[.?!…:;,\-–—/&(]\W*\Z")  # the line cannot be a headline
_STARTS_CAP_RE = re.compile(r"[\"'(\[]*[A-Z0-9]")
_BYLINE_RE = re.compile(r"(?:By|BY)\s")
_MARKDOWN_HEADING_RE = re.compile(r"#{1,6}\s+\S")  # "## Results": a heading whatever its case
_RULE_RE = re.compile(r"[-=_*~#+·•]{3,}|(?:[-*_][ ]*){3,}")  # "=====", "* * *": a separator line
_SMALL_WORDS = frozenset(
    "a an the and or nor but of in on at to for by with from as vs via into onto over per up off out "
    "de la le van von der da del du bin al".split()
)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
_HEADLINE_MAX_WORDS = 14
_HEADLINE_MAX_CHARS = 120
_MENU_MAX_WORDS = 5


def _title_like(words: list[str]) -> bool:
    """All words capitalised except short function words; first and last word capitalised."""
    capitals = 0
    for w in words:
        core = w.strip("\"'()[]{},:;!?.*_")
        if not core:
            continue
        c = core[0]
        if c.isupper() or c.isdigit():
            capitals += 1
        elif core.lower() not in _SMALL_WORDS:
            return False
    first = words[0].lstrip("\"'([*_")
    last = words[-1].strip("\"'()[]{},:;!?.*_").lower()
    return capitals > 0 and first[:1].isupper() and last not in _SMALL_WORDS


def _ends_unit(line: str) -> bool:
    """The line ends a sentence or introduces a list (final stop or colon, maybe then a quote)."""
    return line.rstrip("\"')]}")[-1:] in ".?!…:;"


def _balanced(line: str) -> bool:
    """Quotes and brackets closed within the line (a wrapped quoted title is not a headline)."""
    return line.count('"') % 2 == 0 and line.count("(") == line.count(")")


def _marker_values(mark: str) -> list[tuple[str, int]]:
    """The readings of a list marker as (style, position): "3" (digits, 3), "c" (letters, 3) ..."""
    if mark.isdigit():
        return [("1", int(mark))]
    values = []
    if mark.lower() in _ROMAN:
        values.append(("i" if mark.islower() else "I", _ROMAN[mark.lower()]))
    if len(mark) == 1:
        values.append(("a" if mark.islower() else "A", ord(mark.lower()) - ord("a") + 1))
    return values


@dataclass(slots=True)
class _Line:
    start: int  # content start (first non-space)
    end: int  # content end (after the last non-space)
    width: int  # columns from the line start to the content end
    text: str
    bullet: str | None  # "bullet" (•, ‣ ...), "dash" (- * +), "enum" (1. a) iv.), or None
    mark: str  # the enumerator of an "enum" line
    indented: bool
    heading: bool  # a Markdown heading ("## Results"): a unit of its own whatever its form


def _lines(text: str, start: int, end: int) -> list[_Line | None]:
    """The lines of ``text[start:end]``, None for a blank line or a separator ("-----", "* * *")."""
    out: list[_Line | None] = []
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        span = _strip(text, pos, stop)
        if span is None or _RULE_RE.fullmatch(text, *span):
            out.append(None)
        else:
            s, e = span
            content = text[s:e]
            m = _ITEM_RE.match(content)
            kind = m.lastgroup if m else None
            enum = m.group("enum") if kind == "enum" else ""
            heading = _MARKDOWN_HEADING_RE.match(content) is not None
            out.append(_Line(s, e, e - pos, content, kind, enum, s > pos, heading))
        if nl < 0:
            break
        pos = nl + 1
    return out


def _fits(line: _Line, nxt: _Line, width: int) -> bool:
    """The next line's first word would have fitted on this line: the newline is not a wrap."""
    return line.width + 2 + len(nxt.text.split(None, 1)[0]) <= width  # 2: allow a double space


def _is_headline(line: _Line, nxt: _Line | None, width: int) -> bool:
    """A line without final punctuation that reads as a headline or byline, before a new unit.

    The line must be one a text wrapper would not have broken there (the next word fits), end
    without punctuation that continues a sentence, close its quotes, and be title-cased ("By" and
    title-cased names for a byline); the next line must start with a capital, a digit or a list
    marker."""
    if nxt is None or len(line.text) > _HEADLINE_MAX_CHARS:
        return False
    if nxt.bullet is None and not _STARTS_CAP_RE.match(nxt.text):
        return False
    if _OPEN_END_RE.search(line.text) or not _fits(line, nxt, width) or not _balanced(line.text):
        return False
    words = line.text.split()
    if len(words) > _HEADLINE_MAX_WORDS:
        return False
    if _BYLINE_RE.match(line.text):
        return len(words) > 1 and _title_like(words[1:])
    return _title_like(words)


def _is_menu(lines: list[_Line | None]) -> bool:
    """Several short lines, none ending a sentence: each line is a unit (a menu, a feature list)."""
    real = [ln for ln in lines if ln is not None]
    return len(real) > 1 and all(
        len(ln.text.split()) <= _MENU_MAX_WORDS and not _ends_unit(ln.text) for ln in real
    )


class _ListState:
    """Which line-initial markers start list items: a bullet (•, ‣ ...) always; a dash or asterisk
    after a finished line or inside a list; an enumerator only after a finished line when it starts
    a list (1, a, A, i, I), or when it continues the list's sequence, so that a line starting
    "26) that" after "Aug." or an initial "M. Carl Holman" is not an item."""

    __slots__ = ("active", "expected")

    def __init__(self) -> None:
        self.active = False
        self.expected: set[tuple[str, int]] = set()

    def accepts(self, line: _Line, after_unit: bool) -> bool:
        if line.bullet == "bullet":
            ok = True
        elif line.bullet == "dash":
            ok = after_unit or self.active
        elif line.bullet == "enum":
            values = _marker_values(line.mark)
            ok = any(v in self.expected for v in values) or after_unit and any(n == 1 for _, n in values)
            if ok:
                matched = [v for v in values if v in self.expected] or [v for v in values if v[1] == 1]
                self.expected = {(style, n + 1) for style, n in matched}
        else:
            ok = False
        self.active = self.active or ok
        return ok

    def reset(self) -> None:
        self.active = False
        self.expected = set()


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a paragraph where a newline is a hard break; elsewhere a newline is a space."""
    if text.find("\n", start, end) < 0:
        return [(start, end)]
    lines = _lines(text, start, end)
    if _is_menu(lines):
        return [(ln.start, ln.end) for ln in lines if ln is not None]
    real = [ln for ln in lines if ln is not None]
    if not real:
        return []
    # the wrap width: the longest line, leaving out one-word lines (a long URL overflows a wrap)
    width = max((ln.width for ln in real if " " in ln.text), default=max(ln.width for ln in real))
    segments: list[tuple[int, int]] = []
    seg_start = -1
    seg_end = start
    after_unit = True  # what came before this line closed a unit (start, blank, full stop, headline)
    after_headline = False
    items = _ListState()
    prev: _Line | None = None
    for i, line in enumerate(lines):
        if line is None:
            after_unit, after_headline = True, False
            items.reset()
            brk = True
        elif line.heading or items.accepts(line, after_unit):
            brk = True
        elif items.active and prev is not None and not line.indented and _STARTS_CAP_RE.match(line.text) \
                and _fits(prev, line, width):
            brk, after_unit = True, True  # prose resumes after the list (the item line is not full)
            items.reset()
        else:
            brk = after_headline
        if brk and seg_start >= 0:
            segments.append((seg_start, seg_end))
            seg_start = -1
        if line is None:
            continue
        if seg_start < 0:
            seg_start = line.start
        seg_end = line.end
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        after_headline = line.heading or after_unit and not items.active and _is_headline(line, nxt, width)
        after_unit = after_headline or _ends_unit(line.text)
        prev = line
    if seg_start >= 0:
        segments.append((seg_start, seg_end))
    return segments


# --------------------------------------------------------------------------- sentences inside a segment

_TERM = "[.?!…‽]"
_OPENERS_PUNCT = "\"'`([{-–—" + _BULLETS  # stripped from the front of the word before a stop
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


def cuts_only_at_spaces(text: str) -> bool:
    """True if no sentence boundary of ``text`` (normalised, one line) can fall inside a chunk of
    non-space characters, so its chunks are exactly its sentences' chunks, in order.

    Every boundary these rules draw is followed by white space or the end (see _CANDIDATE_RE,
    list items and bullets are cut where white space precedes them), except a stop glued to a
    capitalised word ("world.Today"), which this looks for. A newline may start a separator line
    ("-----") that belongs to no sentence, so a text with one is not vouched for."""
    return "\n" not in text and "\u2029" not in text and _GLUED_RE.search(text) is None


def cuts_only_after_stops(text: str) -> bool:
    """True if every sentence boundary of ``text`` (normalised, one line) falls at white space
    right after a chunk that :func:`may_end_sentence`: :func:`cuts_only_at_spaces`, and no list
    on the line (no inline bullet, no leading "1)" whose followers are cut before their marker).
    Then chunks in a row none of which may end a sentence (the last one aside) lie in one sentence,
    whatever the rules decide about each stop."""
    return (cuts_only_at_spaces(text) and _INLINE_BULLET_RE.search(text) is None
            and _LEAD_ENUM_RE.match(text) is None)


# a chunk after which _CANDIDATE_RE may cut: it holds a stop, or it is closers alone, the second
# group of "by 'Adults.' ''" that the cut takes along
_MAY_END_RE = re.compile(rf"{_TERM}|(?<!\S)[{_CLOSERS}]+(?!\S)")


def may_end_sentence(chunks: list[str]) -> bool:
    """True if a sentence boundary may follow one of ``chunks`` (white-space-delimited, quotes
    folded): one holds a stop (. ? ! … ‽) or is closing quotes and brackets alone."""
    return _MAY_END_RE.search(" ".join(chunks)) is not None


# what follows a candidate: opening punctuation, then the next word (and a stop right after it)
_NEXT_RE = re.compile(r"\s*(?P<open>(?:[\"'`(\[{¿¡*\-–—" + _BULLETS + r"]+\s*)*)(?P<word>[^\W_][\w'’]*)?(?P<dot>\.)?")
_INLINE_BULLET_RE = re.compile(rf"[{_BULLETS}](?<=\s[{_BULLETS}])")  # the bullet first: see _CANDIDATE_RE
_LEAD_ENUM_RE = re.compile(r"\s*(?:[" + _BULLETS + r"*\-–—]\s*)?\(?(?P<mark>\d{1,2}|[A-Za-z])(?P<punct>\.\)|[.)])\s")
_INLINE_ENUM_RE = re.compile(r"(?<=\s)\(?(?P<mark>\d{1,2}|[A-Za-z])(?P<punct>\.\)|[.)])(?=\s+[\"'(]*[A-Z0-9])")
_ENUM_TOKEN_RE = re.compile(r"\d{1,3}|[A-Za-z]|[IVX]{1,4}|[ivx]{1,4}")
_INITIALISM_RE = re.compile(r"[^\W\d_]{1,3}(?:\.[^\W\d_]{1,3})+")  # U.S, a.m, Ph.D (final stop removed)
_DASH_RE = re.compile(r"[-–—]")
_WEB_RE = re.compile(r"@|://|www\.", re.IGNORECASE)
_CONTENT_START_RE = re.compile(r"[\s" + _BULLETS + r"*\-–—(\[\"']*")
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


def _abbreviation_class(word: str, lex: _Lexicon) -> str | None:
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


def _is_opener(word: str, lex: _Lexicon) -> bool:
    return (word[0].lower() + word[1:]) in lex.openers


class _Splitter:
    """Boundary decisions for one segment (no newline in it is a hard break)."""

    __slots__ = ("text", "lex", "start", "end", "limit", "out", "sent", "content")

    def __init__(self, text: str, start: int, end: int, limit: int, lex: _Lexicon, out: list[tuple[int, int]]):
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
                span = _trim(text, self.sent, cut, self.limit)
                if span:
                    out.append(span)
                self.sent, self.content = cut, -1
        span = _trim(text, self.sent, self.end, self.limit)
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


def _split_segment(text: str, a: int, b: int, limit: int, lex: _Lexicon, out: list[tuple[int, int]]) -> None:
    """Sentences of one segment: cut at inline bullets and numbered items, then at boundaries."""
    if _INLINE_BULLET_RE.search(text, a, b) is None and _LEAD_ENUM_RE.match(text, a, b) is None:
        first = _CANDIDATE_RE.search(text, a, b)
        if first is None or first.end() >= b:  # no stop before the end: one sentence (a tweet, a title)
            span = _trim(text, a, b, limit)
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
    lex = _lexicon()
    if text.find("\n", start, end) < 0:  # one segment (what _segments would say, without a list)
        _split_segment(text, start, end, end, lex, out)
        return out
    for a, b in _segments(text, start, end):
        _split_segment(text, a, b, end, lex, out)
    return out
