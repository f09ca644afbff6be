"""Offset-preserving text normalisation.

Every later stage (paragraphs, sentences, tokens, markers) works on the normalised string, and
every span it produces must index the *original* string the user submitted. The simplest way to
guarantee that is a normalisation that never changes the length: each character maps to exactly
one character, so an offset into the normalised text is the same offset into the original.

What is folded, and why:

- typographic quotes and apostrophes (‘ ’ ‚ ‛ ′ → ', “ ” „ ‟ ″ → ") so that tokenising, lexicon
  look-ups and quotation detection see one form;
- the older newswire quote style (two backticks to open, two apostrophes to close): each pair
  becomes a double quote plus a space, so the length is kept and the quote stays at the first
  offset, where a sentence span starts or ends;
- exotic spaces (no-break, thin, ideographic, ...) become a plain space; a carriage return becomes a
  newline, or a space when a newline follows it (CRLF), so paragraph detection sees one convention;

Dashes are not folded: an em dash and a hyphen mean different things to the tokeniser.
"""

from __future__ import annotations

__all__ = ["normalize", "spaces_kept", "QUOTES"]

_SINGLE = dict.fromkeys(map(ord, "\u2018\u2019\u201a\u201b\u2032"), "'")
_DOUBLE = dict.fromkeys(map(ord, "\u201c\u201d\u201e\u201f\u2033"), '"')
QUOTES = str.maketrans({**_SINGLE, **_DOUBLE})
"""The one quote-folding table: typographic quotes and apostrophes to ASCII, character for
character. :func:`normalize` applies it (with the spaces below); the sentiment scorer applies it
alone to the text as written (:mod:`textmetrics.sentiment.chunks`), where the newswire pairs and
the spaces are left as they are, because VADER splits that text at its own white space."""
_SPACES = dict.fromkeys(
    map(ord, "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
             "\u202f\u205f\u3000\t\v\f"),
    " ",
)
_TABLE = str.maketrans({**_SINGLE, **_DOUBLE, **_SPACES})


def normalize(text: str) -> str:
    """Return ``text`` normalised character for character (same length, same offsets)."""
    # str.translate with a dict costs ~0.4 µs per 100 characters; ASCII text (most of any corpus)
    # can only need it for three control spaces, which three C-speed scans rule out
    if not text.isascii() or "\t" in text or "\v" in text or "\f" in text:
        out = text.translate(_TABLE)
    else:
        out = text
    if "\r" in out:
        out = out.replace("\r\n", " \n").replace("\r", "\n")
    if "``" in out:
        out = out.replace("``", '" ')
    if "''" in out:
        out = out.replace("''", '" ')
    return out


def spaces_kept(text: str, norm: str) -> bool:
    """True if ``norm`` (``normalize(text)``) has white space exactly where ``text`` has, so both
    split into chunks at the same places. Only a folded quote pair (``''``, ``‘‘``, ``’’`` ...:
    a quote and a space) puts a space where the text has none; it is found after a ``"``."""
    if text is norm:
        return True
    i = norm.find('" ')
    while i >= 0:
        if not text[i + 1].isspace():
            return False
        i = norm.find('" ', i + 2)
    return True
