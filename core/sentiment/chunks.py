"""VADER's chunks of a sentence: the text as written, split at white space.

VADER (Hutto & Gilbert 2014; vaderSentiment 3.3.2, ``SentiText``) splits a text on white space
and strips the punctuation around each chunk (see :func:`textmetrics.sentiment.words.vader_word`).
The project's tokeniser splits ":)" into two punctuation tokens; VADER's chunks are exactly the
runs of a sentence's tokens with no white space between them, which ``str.split`` on the
sentence's span yields at C speed (the sentence boundaries stay the document's: nothing is
re-segmented). The span is read from the text the user wrote, not the normalised one, because
normalisation turns the newswire quote ``''`` into a quote and a space, which would move a chunk
boundary.

Typographic quotes and apostrophes are folded first, with the project's one table
(:data:`textmetrics.text.normalize.QUOTES`), so "“Good”" strips to "Good" and "don’t" is a
negation (vaderSentiment 3.3.2 strips only ASCII punctuation; see docs/sentiment.md).

Emoji: VADER replaces each emoji character by its description ("smiling face with heart-eyes")
before splitting, so the description's words are scored as words; the same replacement is made
here within the sentence. :func:`chunk_spans` maps each chunk back to the characters it came from,
for the evidence of a score.
"""

from __future__ import annotations

import re

from itertools import compress
from typing import Iterable, Mapping

from textmetrics.text.normalize import QUOTES

__all__ = ["chunks_of", "chunk_spans", "expand_emoji"]


def expand_emoji(span: str, emojis: Mapping[str, str]) -> str:
    """VADER's emoji replacement: each emoji character becomes its description, preceded by a
    space unless a space precedes it already (the following character is not separated)."""
    parts: list[str] = []
    prev_space = True
    for ch in span:
        description = emojis.get(ch)
        if description is None:
            parts.append(ch)
            prev_space = ch == " "
        else:
            if not prev_space:
                parts.append(" ")
            parts.append(description)
            prev_space = False
    return "".join(parts)


def _expanded(span: str, emojis: Mapping[str, str]) -> list[tuple[str, int]]:
    """The characters of :func:`expand_emoji`'s result, each with the index in ``span`` of the
    character it comes from (an emoji's description and the space before it: the emoji's). The
    same walk, one character at a time (tests/test_sentiment_evidence.py holds them equal)."""
    out: list[tuple[str, int]] = []
    prev_space = True
    for i, ch in enumerate(span):
        description = emojis.get(ch)
        if description is None:
            out.append((ch, i))
            prev_space = ch == " "
        else:
            if not prev_space:
                out.append((" ", i))
            out.extend((c, i) for c in description)
            prev_space = False
    return out


def chunks_of(span: str, emojis: Mapping[str, str]) -> list[str]:
    """VADER's white-space chunks of ``span`` as written, after folding quotes and replacing emoji."""
    if not span.isascii():  # ASCII (most text) has neither typographic quotes nor emoji
        span = span.translate(QUOTES)
        if not emojis.keys().isdisjoint(span):
            span = expand_emoji(span, emojis)
    return span.split()


# str.split's white space is str.isspace, which is what the regular expression module's \s matches
_NON_SPACE_RE = re.compile(r"\S+")


def chunk_spans(span: str, emojis: Mapping[str, str],
                keep: Iterable[object] | None = None) -> list[tuple[int, int, str | None]]:
    """For each chunk of :func:`chunks_of` ``(span)``: its start and end in ``span``, and the emoji
    whose description it is (or holds part of), None for a chunk written as it is. With an emoji,
    one step per character: for the evidence of a score, not for scoring. ``keep``: a truth value
    per chunk; only the chunks it keeps are returned (located without building the others)."""
    if span.isascii() or emojis.keys().isdisjoint(span):  # no emoji (none is ASCII): the runs of non-white-space
        found = _NON_SPACE_RE.finditer(span)
        return [(m.start(), m.end(), None) for m in (found if keep is None else compress(found, keep))]
    chars = _expanded(span.translate(QUOTES), emojis)
    out: list[tuple[int, int, str | None]] = []
    start = None
    for k, (ch, _) in enumerate([*chars, (" ", len(span))]):
        if not ch.isspace():  # str.split's white space is exactly str.isspace
            if start is None:
                start = k
            continue
        if start is not None:
            origins = [i for _, i in chars[start:k]]
            emoji = next((span[i] for i in origins if span[i] in emojis), None)
            out.append((origins[0], origins[-1] + 1, emoji))
            start = None
    return out if keep is None else list(compress(out, keep))
