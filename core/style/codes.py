"""One code per word form: the bit flags of :mod:`textmetrics.style.lexicon` that apply to it.

:data:`CODES` maps a lower-case form to its code, computed once per distinct word on first use
(:class:`textmetrics.cache.Memo`, bounded, cleared by ``clear_caches``), so the style rules read a
whole document with one C-level ``map`` and then look only at the words whose code is not 0.
"""

from __future__ import annotations

from textmetrics.cache import Memo
from textmetrics.style.adverbs import adverb_code
from textmetrics.style.lexicon import (
    BE, BEEN, BEING, DEGREE, GET, HAVE, NOM, NOT_S, NOUN_S, PART, PRON_S, SKIP, style_lexicon,
)
from textmetrics.style.nominalization import nominalization_suffix
from textmetrics.style.passive import is_participle

__all__ = ["classify", "CODES"]


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


CODES: Memo[int] = Memo(classify)  # lower-case form -> code, per process (bounded)
