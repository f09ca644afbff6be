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
from dataclasses import dataclass

__all__ = ["Token", "tokenize", "WORD", "NUMBER", "PUNCT", "SYMBOL"]

WORD, NUMBER, PUNCT, SYMBOL = "word", "number", "punct", "symbol"

_L = r"[^\W\d_]"  # a letter in any script
_TOKEN_RE = re.compile(
    rf"""
    (?P<abbr>(?:{_L}\.){{2,}})                                   # U.S.  e.g.  a.m.
  | (?P<number>\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?(?![^\W_]))     # 175,000  2.5  21st  1990s
  | (?P<word>(?:{_L}|\d+(?={_L}|-))[^\W_]*(?:['-][^\W_]+)*)      # don't  well-known  COVID-19  3D
  | (?P<punct>(?P<mark>[.!?,;:\-'"()\[\]{{}}/\\&*#@_`~|<>=+^])(?P=mark)*)        # runs such as ... !! --
  | (?P<symbol>\S)
    """,
    re.VERBOSE,
)


# regex group name -> kind constant (the constants are compared with `is` on hot paths)
_KINDS = {"abbr": WORD, "word": WORD, "number": NUMBER, "punct": PUNCT, "mark": PUNCT, "symbol": SYMBOL}


@dataclass(slots=True)
class Token:
    """One token. ``lower`` is the lower-case form used for every look-up."""

    start: int
    end: int
    kind: str
    text: str
    lower: str
    sentence: int
    syllables: int = 0
    letters: int = 0


def tokenize(text: str, start: int, end: int, sentence: int) -> list[Token]:
    """Tokens of ``text[start:end]`` with absolute offsets, tagged with the sentence index."""
    out: list[Token] = []
    append = out.append
    for m in _TOKEN_RE.finditer(text, start, end):
        kind = _KINDS[m.lastgroup]
        s = m.group()
        append(Token(m.start(), m.end(), kind, s, s.lower(), sentence))
    return out
