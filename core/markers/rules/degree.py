"""Rules for intensifiers: *very*, *so*, *far/much* before a comparative, *seriously*, and focusing
adverbs (*particularly, especially*) before an adjective.

Quirk et al. (1985), 8.104-8.112, amplifiers (boosters and maximizers) and 7.33 on *so* as an
intensifier against *so* the conjunction and pro-form ("so that", "I think so"); Biber et al.
(1999), 7.14, degree adverbs modifying adjectives and comparatives. An amplifier intensifies the
adjective or adverb after it; the same word as an adjective ("the very same"), a conjunction or a
manner adverb ("take it seriously") is no intensifier.
"""

from __future__ import annotations

from textmetrics.markers.rules.context import clause_start, low
from textmetrics.markers.rules.registry import ACCEPT, REJECT, rule
from textmetrics.markers.rules.words import DETERMINERS, FUNCTION_WORDS, is_adjective_like

__all__ = ["very_degree", "so_degree", "before_comparative", "not_take_seriously", "before_adjective"]

# before "so", verbs and words that make it a pro-form ("I think so", "if so", "even so")
_SO_PROFORM_PREV = frozenset(
    "say said says saying think thinks thought hope hoped believe believed tell told do did does if even why "
    "suppose guess expect seem seems seemed appear appears doing".split()
)
# after "so", words that make it a conjunction or part of a phrase ("so that", "so far", "so called")
_SO_PHRASE_NEXT = ("called", "forth", "on", "far", "long", "to", "doing", "saying", "did", "does", "out", "up", "off",
                   "too", "now", "then", "what")
_COMPARATIVES = frozenset("more less worse better fewer greater higher lower larger smaller bigger too".split())
_TAKE_FORMS = ("take", "takes", "took", "taken", "taking")
# function words that "very" can intensify ("very much", "very few", "very well")
_DEGREE_FUNCTION_WORDS = ("much", "few", "well", "little", "many", "far", "long")


@rule("very_degree", description="'very' strengthening an adjective or adverb ('very expensive'), not "
                                 "'the very same' or 'its very existence'.")
def very_degree(toks, i, j):
    """*very* intensifies an adjective or adverb, not as an adjective itself ("the very same", "its
    very existence", "at the very least")."""
    prev = low(toks, i - 1)
    if prev in DETERMINERS or prev.endswith("'s") or prev in ("own",):
        return REJECT
    nxt = low(toks, j)
    if not nxt or toks[j].kind != "word" or nxt in FUNCTION_WORDS and nxt not in _DEGREE_FUNCTION_WORDS:
        return REJECT
    return ACCEPT


@rule("so_degree", description="'so' strengthening an adjective ('so obvious'), not 'so' as a conjunction "
                               "('so that', 'So, we ...') or in 'I think so'.")
def so_degree(toks, i, j):
    """*so* + adjective/adverb intensifies ("so obvious", "so many"); *so* as a conjunction or pro-form
    ("So, we ...", "and so", "I think so", "so that", "so far") does not."""
    nxt = low(toks, j)
    if not nxt or toks[j].kind != "word":
        return REJECT
    if nxt in FUNCTION_WORDS and nxt not in ("much", "many", "few", "little", "well", "often", "long"):
        return REJECT
    if nxt in _SO_PHRASE_NEXT:
        return REJECT
    prev = low(toks, i - 1)
    if prev in _SO_PROFORM_PREV:
        return REJECT  # "say so", "I think so", "if so", "even so", "why so": so as a pro-form
    if prev in ("and", "or", "if", "even", "not", "think", "hope", "believe", "say", "said", "do", "did", "just",
                "is", "was", "are", "were") and nxt in ("we", "i", "they"):
        return REJECT
    if clause_start(toks, i):
        # "So, ...", "So let's ...", "so we ...": a connective; only "So many ...", "So bad ..." intensify
        return ACCEPT if nxt in ("many", "much", "few", "little") or is_adjective_like(nxt) else REJECT
    return ACCEPT


@rule("before_comparative", description="'far' or 'much' strengthening a comparison ('far worse', 'much "
                                        "more'), not 'a far country' or 'much of the money'.")
def before_comparative(toks, i, j):
    """*far, much* amplify a comparative ("far worse", "much more dangerous", "far too"), not as
    adjective or pronoun ("a far country", "much of the money")."""
    return ACCEPT if low(toks, j) in _COMPARATIVES else REJECT


@rule("not_take_seriously", description="'seriously' strengthening a word ('seriously ill'), not in "
                                        "'take it seriously'.")
def not_take_seriously(toks, i, j):
    """*seriously* intensifies ("seriously ill"), but is manner after *take* ("take it seriously")."""
    for k in (i - 1, i - 2, i - 3):
        if low(toks, k) in _TAKE_FORMS:
            return REJECT
    nxt = low(toks, j)
    if nxt in (".", ",", ";", "?", "!") or not nxt:
        return REJECT
    return ACCEPT


@rule("before_adjective", description="A word like 'particularly' strengthening an adjective ('particularly "
                                      "cruel'), not a phrase it points to ('especially in cities').")
def before_adjective(toks, i, j):
    """A focusing or degree adverb (*particularly, especially, unusually*) amplifies an adjective
    ("particularly cruel"), not a phrase it merely focuses on ("especially in cities")."""
    k = j
    if k >= len(toks) or toks[k].kind != "word":
        return REJECT
    return ACCEPT if is_adjective_like(toks[k].lower) else REJECT
