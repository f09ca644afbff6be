"""VADER's words of a sentence.

VADER (vaderSentiment 3.3.2, ``SentiText``) splits the text on white space and strips the
punctuation around each chunk, keeping the chunk whole when fewer than 3 characters would be
left (so that emoticons like ":)" survive). The project's tokeniser splits ":)" into two punct
tokens; VADER's chunks are exactly the runs of the sentence's tokens with no white space between
them, which ``str.split`` on the sentence's span yields at C speed (the sentence boundaries stay
the document's: nothing is re-segmented). The span is read from the text the user wrote, not the
normalised one, because normalisation turns the newswire quote ``''`` into a quote and a space.

Emoji: VADER replaces each emoji character by its description ("smiling face with heart-eyes")
before splitting, so the description's words are scored as words; the same replacement is made
here within the sentence.

Typographic quotes and apostrophes are folded to ASCII first, so "“Good”" strips to "Good" and
"don’t" is a negation (vaderSentiment 3.3.2 strips only ASCII punctuation; see docs/sentiment.md).
"""

from __future__ import annotations

import string
import sys
from itertools import repeat
from typing import Mapping

from textmetrics.sentiment.lexicon import STRAIGHTEN, VaderResources
from textmetrics.sentiment.rules import fixed_valence

__all__ = ["chunks_of", "fixed_valences", "lower_words", "expand_emoji"]

_PUNCT = string.punctuation


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


# Memos of pure functions of a chunk as written: most chunks recur (Zipf), and a dict look-up per
# chunk at C speed is much cheaper than strip + lower + the rule tests in Python. Both are filled
# together when a chunk is first seen, for the one VaderResources of the process, and cleared
# together when full. Races between threads only ever store the same value.
_MEMO: dict[str, str] = {}  # chunk -> VADER's stripped, lower-case word
_FIXED: dict[str, float] = {}  # chunk -> rules.fixed_valence (UNFIXED included)
_MEMO_MAX = 65_536
_UNSEEN = float("nan")  # the default of _FIXED.get: a NaN no valence or mark is (found by identity)
_UNSEEN_DEFAULTS = repeat(_UNSEEN)


def _learn(chunk: str, r: VaderResources) -> str:
    bare = chunk.strip(_PUNCT)
    # interned, like the lexicon's words: later look-ups of the word match by identity
    word = sys.intern((chunk if len(bare) <= 2 else bare).lower())
    if len(_MEMO) >= _MEMO_MAX:
        _MEMO.clear()
        _FIXED.clear()
    _MEMO[chunk] = word
    _FIXED[chunk] = fixed_valence(chunk, word, r)
    return word


def chunks_of(span: str, emojis: Mapping[str, str]) -> list[str]:
    """VADER's white-space chunks of ``span`` as written, after folding quotes and replacing emoji."""
    if not span.isascii():
        span = span.translate(STRAIGHTEN)
        if not emojis.keys().isdisjoint(span):
            span = expand_emoji(span, emojis)
    return span.split()


def fixed_valences(chunks: list[str], r: VaderResources) -> list[float]:
    """Each chunk's valence wherever it stands, or its mark (:func:`.rules.fixed_valence`): one
    dict look-up per chunk; a chunk not seen before is learnt first."""
    fixed = list(map(_FIXED.get, chunks, _UNSEEN_DEFAULTS))
    if _UNSEEN in fixed:  # new chunks (rare once the common words are known)
        # the valence is computed again rather than read back from _FIXED, which another thread
        # may have cleared in between
        fixed = [fixed_valence(c, _learn(c, r), r) if v is _UNSEEN else v for c, v in zip(chunks, fixed)]
    return fixed


def lower_words(chunks: list[str], r: VaderResources) -> list[str]:
    """VADER's lower-case words of ``chunks``, aligned with them: surrounding punctuation removed
    unless 2 or fewer characters would be left (so ":)" stays).

    VADER tests the stripped words with ``isupper``; punctuation has no case, so the chunk as
    written gives the same answer, and only the lower-case words are ever looked up.
    """
    lowers = list(map(_MEMO.get, chunks))
    if not all(lowers):  # a miss (None); every word is a non-empty string
        lowers = [w if w is not None else _learn(c, r) for c, w in zip(chunks, lowers)]
    return lowers
