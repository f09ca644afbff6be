"""Tokeniser: a sentence's white-space chunks, each cut into typed tokens once per process.

Token kinds:

- ``word``: letters, with internal apostrophes or hyphens ("don't", "well-known", "COVID-19"), and
  dotted abbreviations ("U.S.", "e.g.", "a.m.") as one token, so that "U.S." is one word, not two;
- ``number``: digits with internal separators and an optional ordinal or decade suffix
  ("175,000", "2.5", "3:30", "21st", "1990s");
- ``punct``: punctuation (runs of the same mark, like "..." or "!!", stay one token);
- ``symbol``: anything else that is not white space (currency, %, emoji, emoticon characters).

Offsets are indices into the document text (which has the same length as the original), so
``text[token.start:token.end]`` is the token as the user wrote it.

No token holds white space and the regular expression's look-aheads stop at it, so a sentence's
tokens are the tokens of its white-space chunks, in order (tests/test_text_model.py holds the two
equal). Each distinct chunk is cut once, into templates with offsets relative to the chunk
(:data:`_TEMPLATES`); a sentence then costs one scan for its chunks and one tuple per token.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from textmetrics.cache import Memo

from textmetrics.words.features import number_features, word_features

__all__ = ["Token", "tokenize", "kind_of", "WORD_FORMS_RE", "WORD", "NUMBER", "PUNCT", "SYMBOL"]

WORD, NUMBER, PUNCT, SYMBOL = "word", "number", "punct", "symbol"

_L = r"[^\W\d_]"  # a letter in any script
_ABBR = rf"(?:{_L}\.){{2,}}"  # U.S.  e.g.  a.m.
_NUMBER = r"\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?(?![^\W_])"  # 175,000  2.5  21st  1990s
_WORD = rf"(?:{_L}|\d+(?={_L}|-))[^\W_]*(?:['-][^\W_]+)*"  # don't  well-known  COVID-19  3D
_TOKEN_RE = re.compile(
    rf"(?P<abbr>{_ABBR})|(?P<number>{_NUMBER})|(?P<word>{_WORD})"
    r"|(?P<punct>(?P<mark>[.!?,;:\-'\"()\[\]{}/\\&*#@_`~|<>=+^])(?P=mark)*)"  # runs such as ... !! --
    r"|(?P<symbol>\S)"
)
# The word and number tokens alone, as strings (``findall``: no match objects), for the groups that
# need only words (counts, lexical diversity). Every letter or digit starts a word or number token
# and punctuation and symbol tokens hold neither, so skipping the characters that start no word
# finds exactly the words of the full scan above (tests/test_text_model.py holds them equal).
WORD_FORMS_RE = re.compile(rf"{_ABBR}|{_NUMBER}|{_WORD}")


# regex group name -> kind constant (the constants are compared with `is` on hot paths)
_KINDS = {"abbr": WORD, "word": WORD, "number": NUMBER, "punct": PUNCT, "mark": PUNCT, "symbol": SYMBOL}


class Token(NamedTuple):
    """One token. ``text`` is as written; ``lower`` is the lower-case normalised form used for every
    look-up. ``syllables`` and ``letters`` are 0 for punctuation and symbols (and letters for numbers).
    Immutable and tuple-based: a document has thousands of tokens and they are built on the hot path."""

    start: int
    end: int
    kind: str
    text: str
    lower: str
    sentence: int
    syllables: int = 0
    letters: int = 0


_Template = tuple[int, int, str, str, str, int, int]  # start, end in the chunk, kind, form, lower, syllables, letters


def _templates(chunk: str) -> tuple[_Template, ...]:
    """The tokens of one white-space chunk, with offsets relative to it."""
    out = []
    for m in _TOKEN_RE.finditer(chunk):
        kind = _KINDS[m.lastgroup]
        s, e = m.span()
        form = m.group()
        if kind is WORD:
            lower = form.lower()
            f = word_features(lower)
            out.append((s, e, kind, form, lower, f[0], f[1]))
        elif kind is NUMBER:
            out.append((s, e, kind, form, form, number_features(form)[0], 0))
        else:
            out.append((s, e, kind, form, form, 0, 0))
    return tuple(out)


_TEMPLATES: Memo[tuple[_Template, ...]] = Memo(_templates)
_CHUNK_RE = re.compile(r"\S+")


def tokenize(norm: str, start: int, end: int, sentence: int, text: str | None = None) -> list[Token]:
    """Tokens of ``norm[start:end]`` with absolute offsets, tagged with the sentence index.

    ``norm`` is the normalised text that is matched; ``text`` the original (same length) from which
    each token's ``text`` is taken, or None when the two are equal.
    """
    out: list[Token] = []
    append = out.append
    new = tuple.__new__  # Token(...) without the Python-level __new__: this loop is the hot path
    templates = _TEMPLATES.__getitem__
    for m in _CHUNK_RE.finditer(norm, start, end):
        base = m.start()
        if text is None:
            for s, e, kind, form, lower, syllables, letters in templates(m.group()):
                append(new(Token, (base + s, base + e, kind, form, lower, sentence, syllables, letters)))
        else:
            for s, e, kind, _, lower, syllables, letters in templates(m.group()):
                s, e = base + s, base + e
                append(new(Token, (s, e, kind, text[s:e], lower, sentence, syllables, letters)))
    return out


def kind_of(form: str) -> str:
    """The kind of a token given as text alone (``form`` as the scan cut it: the regex decides a
    token's kind from its own characters and the one after it, which starts no word)."""
    if form[:1].isalpha():
        return WORD  # a letter starts only word and abbreviation tokens: no regex needed
    m = _TOKEN_RE.fullmatch(form)
    return _KINDS[m.lastgroup] if m else SYMBOL
