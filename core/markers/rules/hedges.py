"""Rules for the hedges that are not modal verbs or first-person verbs: epistemic adjectives
(*possible, potential, apparent*), approximators before a quantity (*about 40*, *around $5*),
*seem/appear/tend to* before a verb, downtoners (*fairly, rather, pretty*) and *sort of / kind of*.

What counts follows Hyland (2005), *Metadiscourse*, ch. 3 and 7, Holmes (1988) on epistemic
adjectives and adverbs, Prince, Frader & Bosk (1982) on approximators (an approximator hedges a
quantity, so *about* is a hedge only before one), and Prokofieva & Hirschberg (2014), *Hedging and
Speaker Commitment*; downtoners as in Quirk et al. (1985), 8.110-8.113.
"""

from __future__ import annotations

from textmetrics.markers.rules.context import is_number, low
from textmetrics.markers.rules.registry import ACCEPT, REJECT, rule
from textmetrics.markers.rules.words import (
    COPULAS, CURRENCY, DETERMINERS, FUNCTION_WORDS, OBJECT_PRONOUNS, QUANTITY_NOUNS, SUBJECT_PRONOUNS, is_negator,
)

__all__ = ["possible_epistemic", "before_quantity", "to_infinitive", "degree_before_modifier", "not_after_determiner"]

# before "possible"/"potential" these make it part of another phrase ("the best possible", "as soon
# as possible", "made possible", "their full potential"): a superlative, an enabling or a noun
_NOT_EPISTEMIC_BEFORE = (
    "best", "worst", "every", "all", "any", "only", "fullest", "greatest", "highest", "lowest",
    "largest", "smallest", "soon", "much", "far", "quickly", "whenever", "wherever", "if", "where",
    "make", "made", "makes", "making", "possible", "when", "full", "untapped", "enormous", "great",
    "huge", "real", "its", "their", "his", "her", "our", "your", "my",
)
# after these (and copulas) "apparent" means evident ("it became apparent"), no hedge
_BECOME_FORMS = ("became", "become", "becomes", "becoming", "grew", "made")
# before "about" + a year, these make it a time approximated ("in about 1968", "until about 2030")
_TIME_PREPS = frozenset("in since from until till by before after to circa around".split())
# adjectives after which "sort of", "kind of" are a noun with "of" ("the same sort of", "a new kind of")
_KIND_ADJECTIVES = ("same", "different", "new", "right", "wrong", "only", "particular",
                    "certain", "whatever", "similar", "that's", "what's", "own")


@rule("possible_epistemic", description="'possible', 'potential' or 'apparent' as a guess about what is true, "
                                        "not 'the best possible' or 'their full potential'.")
def possible_epistemic(toks, i, j):
    """*possible, potential* as epistemic attributes ("a possible explanation", "potential side
    effects"); not in "the best possible", "every possible", "as soon as possible", "made possible"
    (enabling), "where possible", "not possible" (a denial), nor the noun "potential" ("their full
    potential", "the potential of")."""
    prev = low(toks, i - 1)
    if is_negator(prev) or prev in ("thought", "believed", "considered", "deemed", "seemed", "imagined"):
        return REJECT
    if toks[i].lower == "apparent" and (prev in COPULAS or prev in _BECOME_FORMS):
        return REJECT  # "it became apparent": evident, not a hedge
    if toks[i].lower == "potential" and (low(toks, j) in ("of", "for", "in", "and", "to", "") or toks[j].kind == "punct"):
        return REJECT  # the noun: "their potential", "the potential of"
    if prev in _NOT_EPISTEMIC_BEFORE or prev.endswith("est"):
        return REJECT
    return ACCEPT


@rule("before_quantity", description="'about', 'around' or a similar word as an estimate before a number "
                                     "('about 40 percent'), not before a topic ('about the war').")
def before_quantity(toks, i, j):
    """An approximator (*about*, *around*, *some*, *roughly* ...) is a hedge only before a number or
    quantity: "about 40 percent", "around $5", "about a third", "about half" - not "about the war"."""
    k = j
    nxt = low(toks, k)
    if nxt in CURRENCY:
        return ACCEPT if is_number(toks, k + 1) else REJECT
    if is_number(toks, k):
        if toks[i].lower == "about" and _topic_year(toks, i, k):
            return REJECT
        return ACCEPT
    if nxt in ("a", "an") and low(toks, k + 1) in QUANTITY_NOUNS:
        return ACCEPT
    return REJECT


def _topic_year(toks, i, k) -> bool:
    """"about" + a bare four-digit year (1000-2099) is the topic ("a film about 1968 and its
    aftermath"), unless a noun follows the number ("about 1500 people") or a preposition of time
    frames it ("in about 1968")."""
    w = toks[k].text
    if not (len(w) == 4 and w.isdigit() and 1000 <= int(w) <= 2099):
        return False
    if low(toks, i - 1) in _TIME_PREPS:
        return False
    after = toks[k + 1] if k + 1 < len(toks) else None
    return after is None or after.kind != "word" or after.lower in FUNCTION_WORDS


@rule("to_infinitive", description="'seem', 'appear' or 'tend' before a verb ('seems to work'), "
                                   "not before a noun phrase ('appeared to the committee').")
def to_infinitive(toks, i, j):
    """*seem/appear/tend to* is a hedge before an infinitive ("seems to work"), not before a noun
    phrase ("appeared to the committee", "tend to the sick")."""
    nxt = low(toks, j)
    if not nxt or toks[j].kind != "word":
        return REJECT
    if nxt in DETERMINERS or nxt in OBJECT_PRONOUNS and nxt not in ("me",) or nxt in SUBJECT_PRONOUNS:
        return REJECT
    return ACCEPT


@rule("degree_before_modifier", description="'fairly', 'rather' or 'pretty' softening the word after it "
                                            "('fairly obvious'), not saying how something was done ('treated fairly').")
def degree_before_modifier(toks, i, j):
    """A downtoner (*fairly*, *rather*, *pretty*) hedges the word it modifies ("fairly obvious"),
    not as a manner adverb at the end of a clause ("treated fairly.", "paid fairly by")."""
    k = j
    if k >= len(toks) or toks[k].kind != "word":
        return REJECT
    nxt = toks[k].lower
    if nxt in FUNCTION_WORDS and nxt not in ("much", "well", "likely"):
        return REJECT
    if low(toks, i - 1) in DETERMINERS:
        return REJECT  # "a pretty face", "the fairly ..." is rare; the adjective reading
    return ACCEPT


@rule("not_after_determiner", description="A hedge or verb that is not a noun here: not after 'the', 'a' or "
                                          "'this' ('this sort of', 'the urge to').")
def not_after_determiner(toks, i, j):
    """The hedge "sort of / kind of", and "urge" as a verb: not after a determiner ("this sort of",
    "a kind of", "the urge") or an adjective that makes them a noun ("the same sort of")."""
    prev = low(toks, i - 1)
    if prev in DETERMINERS or prev in _KIND_ADJECTIVES:
        return REJECT
    return ACCEPT
