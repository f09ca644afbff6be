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
equal). Each distinct chunk is cut once, into templates with offsets relative to the chunk (the
``tokens`` fact of its :class:`~textmetrics.text.chunks.Chunk` record, with the words' features);
a sentence then costs one scan for its chunks and one tuple per token.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from textmetrics.text.chunks import CHUNKS, Chunk, chunk_fact
from textmetrics.words.features import WordFeatures, number_features, word_features

__all__ = ["Token", "Template", "tokenize", "WORD", "NUMBER", "PUNCT", "SYMBOL"]

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


class Template(NamedTuple):
    """A token of a chunk: offsets relative to the chunk, and the features of a word or number
    (None for punctuation and symbols)."""

    start: int
    end: int
    kind: str
    form: str
    lower: str
    features: WordFeatures | None


@chunk_fact("tokens")
def _templates(chunk: Chunk) -> tuple[Template, ...]:
    """The tokens of one white-space chunk, with offsets relative to it."""
    text = chunk.text
    if text.isalpha():  # one plain word, the most common chunk: the scan below would find just it
        lower = text.lower()
        return (Template(0, len(text), WORD, text, lower, word_features(lower)),)
    out = []
    for m in _TOKEN_RE.finditer(text):
        kind = _KINDS[m.lastgroup]
        s, e = m.span()
        form = m.group()
        if kind is WORD:
            lower = form.lower()
            out.append(Template(s, e, kind, form, lower, word_features(lower)))
        elif kind is NUMBER:
            out.append(Template(s, e, kind, form, form, number_features(form)))
        else:
            out.append(Template(s, e, kind, form, form, None))
    return tuple(out)


@chunk_fact("forms")
def _forms(chunk: Chunk) -> tuple[str, ...]:
    """The word and number tokens of a chunk, as written (normalised)."""
    return tuple(t.form for t in chunk.tokens if t.features is not None)


_CHUNK_RE = re.compile(r"\S+")


def tokenize(norm: str, start: int, end: int, sentence: int, text: str | None = None) -> list[Token]:
    """Tokens of ``norm[start:end]`` with absolute offsets, tagged with the sentence index.

    ``norm`` is the normalised text that is matched; ``text`` the original (same length) from which
    each token's ``text`` is taken, or None when the two are equal.
    """
    out: list[Token] = []
    append = out.append
    new = tuple.__new__  # Token(...) without the Python-level __new__: this loop is the hot path
    record = CHUNKS.__getitem__
    for m in _CHUNK_RE.finditer(norm, start, end):
        base = m.start()
        for s, e, kind, form, lower, f in record(m.group()).tokens:
            s, e = base + s, base + e
            syllables, letters = (f.syllables, f.letters) if f is not None else (0, 0)
            append(new(Token, (s, e, kind, form if text is None else text[s:e], lower, sentence, syllables, letters)))
    return out
