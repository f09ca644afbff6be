"""Tokeniser: one regular-expression scan of a sentence into typed tokens.

Token kinds:

- ``word``: letters, with internal apostrophes or hyphens ("don't", "well-known", "COVID-19"), and
  dotted abbreviations ("U.S.", "e.g.", "a.m.") as one token, so that "U.S." is one word, not two;
- ``number``: digits with internal separators and an optional ordinal or decade suffix
  ("175,000", "2.5", "3:30", "21st", "1990s");
- ``punct``: punctuation (runs of the same mark, like "..." or "!!", stay one token);
- ``symbol``: anything else that is not white space (currency, %, emoji, emoticon characters).

Offsets are indices into the document text (which has the same length as the original), so
``text[token.start:token.end]`` is the token as the user wrote it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .features import _words as _word_cache
from .features import number_features, word_features

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


def tokenize(norm: str, start: int, end: int, sentence: int, text: str | None = None) -> list[Token]:
    """Tokens of ``norm[start:end]`` with absolute offsets, tagged with the sentence index.

    ``norm`` is the normalised text that is matched; ``text`` the original (same length) from which
    each token's ``text`` is taken, or None when the two are equal. Word features come from the per-form cache of
    :mod:`textmetrics.features`, so this loop is the only per-token work of the document model.
    """
    out: list[Token] = []
    append = out.append
    original = text
    new = tuple.__new__  # Token(...) without the Python-level __new__: this loop is the hot path
    cached = _word_cache.get
    for m in _TOKEN_RE.finditer(norm, start, end):
        kind = _KINDS[m.lastgroup]
        s, e = m.span()
        form = m.group()
        raw = form if original is None else original[s:e]
        if kind is WORD:
            lower = form.lower()
            f = cached(lower) or word_features(lower)
            append(new(Token, (s, e, kind, raw, lower, sentence, f[0], f[1])))
        elif kind is NUMBER:
            append(new(Token, (s, e, kind, raw, form, sentence, number_features(form)[0], 0)))
        else:
            append(new(Token, (s, e, kind, raw, form, sentence, 0, 0)))
    return out


def kind_of(form: str) -> str:
    """The kind of a token given as text alone (``form`` as the scan cut it: the regex decides a
    token's kind from its own characters and the one after it, which starts no word)."""
    m = _TOKEN_RE.fullmatch(form)
    return _KINDS[m.lastgroup] if m else SYMBOL
