"""-ly adverbs of manner and degree: the adverbs style guides ask writers to prune.

Quirk et al. (1985, ch. 8) divide adverbials into adjuncts (manner, place, time, frequency),
subjuncts (among them the intensifiers: amplifiers such as "extremely" and downtoners such as
"slightly", and the focusing subjuncts "only", "mainly"), disjuncts (the speaker's comment:
"unfortunately", "frankly", "apparently") and conjuncts ("consequently"). This layer counts the -ly
manner adjuncts (subtype ``manner``) and the -ly intensifiers (subtype ``degree``, from a list);
it leaves out -ly adjectives, nouns and verbs (friendly, family, apply), and the disjuncts,
conjuncts, time and frequency adjuncts and focusing subjuncts, which say nothing about manner or
degree (data/style/adverbs.txt). Words that are manner adjuncts inside the clause and disjuncts at
its edge ("She spoke clearly" / "Clearly, she lied") are counted only inside: not when they open
the sentence or follow a comma, semicolon, colon, dash or bracket ("He was, frankly, rude").

The stance markers (:mod:`textmetrics.markers`) are a separate layer: "clearly" may be both a
booster marker and, here, an adverb span; each layer is reported on its own.
"""

from __future__ import annotations

from textmetrics.style.lexicon import ADV_DEGREE, ADV_DUAL, ADV_MANNER, StyleLexicon, style_lexicon

__all__ = ["adverb_code", "adverb_subtype", "ADV_MIN_LETTERS", "RULES"]

ADV_MIN_LETTERS = 4  # "fly", "sly", "ply" are not adverbs; "duly", "idly" are
RULES = {ADV_MANNER: "adverb.manner", ADV_DEGREE: "adverb.degree"}


def adverb_code(word: str, lex: StyleLexicon | None = None) -> int:
    """ADV_MANNER or ADV_DEGREE, plus ADV_DUAL for the clearly-type words, if ``word`` (lower case)
    is a counted -ly adverb; else 0. In a hyphenated word the last part decides."""
    lex = lex or style_lexicon()
    base = word.rpartition("-")[2]
    if (not base.endswith("ly") or len(base) < ADV_MIN_LETTERS or not base.isalpha()
            or base in lex.not_adverb or base in lex.adv_excluded):
        return 0
    code = ADV_DEGREE if base in lex.adv_degree else ADV_MANNER
    return code | ADV_DUAL if base in lex.adv_dual else code


def adverb_subtype(code: int) -> str:
    """``degree`` or ``manner`` from a word's code."""
    return "degree" if code & ADV_DEGREE else "manner"
