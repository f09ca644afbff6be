"""One code per word form: the bit flags of :mod:`textmetrics.style.lexicon` that apply to it.

The codes are a fact of each chunk (:mod:`textmetrics.text.chunks`, the ``style`` slot: one code
per token of the chunk, computed once per distinct chunk), so the style rules read a whole document
with one C-level ``map`` over its chunk records and then look only at the words whose code is not 0.
"""

from __future__ import annotations

from textmetrics.text.chunks import Chunk, chunk_fact
from textmetrics.style.adverbs import adverb_code
from textmetrics.style.lexicon import (
    BE, BEEN, BEING, DEGREE, GET, HAVE, NOM, NOT_S, NOUN_S, PART, PRON_S, SKIP, style_lexicon,
)
from textmetrics.style.nominalization import nominalization_suffix
from textmetrics.style.passive import is_participle

__all__ = ["classify"]


def classify(word: str) -> int:
    """The code of a lower-case word form: the OR of the flags that apply to it."""
    lex = style_lexicon()
    code = 0
    if word in lex.be:
        code |= BE | (BEEN if word == "been" else 0) | (BEING if word == "being" else 0)
    if word in lex.have:
        code |= HAVE
    if word in lex.pronoun_s:
        code |= PRON_S
    elif word.endswith("'s") and len(word) > 2 and word not in NOT_S:
        code |= NOUN_S  # "the car's been repaired"; also possessives, so only before been/being
    if word in lex.get:
        code |= GET
    if is_participle(word, lex):
        code |= PART
    if word in lex.skip or (word.endswith("ly") and word.isalpha() and word not in lex.not_adverb):
        code |= SKIP  # adverbs may stand inside the verb group ("was never formally told")
    if word in lex.degree:
        code |= DEGREE
    if nominalization_suffix(word, lex):
        code |= NOM
    return code | adverb_code(word, lex)


@chunk_fact("style")
def _chunk_codes(chunk: Chunk) -> tuple[int, ...]:
    """The codes of a chunk's tokens, in order (0 for punctuation and symbols)."""
    return tuple(classify(t.lower) for t in chunk.tokens)
