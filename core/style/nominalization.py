"""Nominalizations: nouns derived from verbs and adjectives by -tion, -ment, -ness and -ity.

Biber (1988, *Variation across Speech and Writing*, App. II, feature 14) counts every word ending in
-tion, -ment, -ness or -ity, plus the plurals, as a nominalization: a mark of the informational,
abstract style of academic and official prose (his Dimension 1 and 5). A reader of a style report
expects a nominalization to be what the term says, a noun made from a verb or an adjective
(govern -> government, aware -> awareness, able -> ability: Quirk et al. 1985, App. I), so
the words that end in those letters without being so derived (nation, moment, city, and the
conversions mention, comment, function) are left out by an exception list written from that
principle (data/style/nominalizations.txt), and words under :data:`NOM_MIN_LETTERS` letters are
roots. The suffixes -sion (decision), -ance/-ence and -al (refusal) are not counted, as in Biber, so
that the rate stays comparable with his norms.
"""

from __future__ import annotations

from textmetrics.style.lexicon import StyleLexicon, style_lexicon

__all__ = ["nominalization_suffix", "NOM_SUFFIXES", "NOM_MIN_LETTERS", "RULE"]

NOM_SUFFIXES = ("tion", "ment", "ness", "ity")
_PLURALS = (("tions", "tion"), ("ments", "ment"), ("nesses", "ness"), ("ities", "ity"))
NOM_MIN_LETTERS = 6  # shorter words in these letters are roots, not derivations (city, pity, unity)
RULE = "nominalization.suffix"


def nominalization_suffix(word: str, lex: StyleLexicon | None = None) -> str | None:
    """The suffix (``tion``, ``ment``, ``ness``, ``ity``) if ``word`` (lower case) counts as a
    nominalization, else None. Plurals count under their singular's suffix; in a hyphenated word
    the last part decides (self-awareness)."""
    lex = lex or style_lexicon()
    base = word.rpartition("-")[2]
    for plural, singular in _PLURALS:
        if base.endswith(plural):
            base = base[: len(base) - len(plural)] + singular
            break
    for suffix in NOM_SUFFIXES:
        if base.endswith(suffix):
            if len(base) < NOM_MIN_LETTERS or not base.isalpha() or base in lex.nom_exceptions:
                return None
            return suffix
    return None
