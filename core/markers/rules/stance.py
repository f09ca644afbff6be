"""Rules for boosters and stance adverbs: *certain, sure, clear* as predicates, boosters turned into
hedges by a negator ("not certain", "not necessarily"), epistemic *must have*, and sentence adverbs
(*clearly, obviously, sadly, frankly*) told apart from the same words describing the manner of an act.

Hyland (2005), *Metadiscourse*, ch. 3 and 7, and Holmes (1988) for boosters and attitude markers
(a negated booster withholds commitment, so it counts as a hedge); Biber et al. (1999), 10.2, stance
adverbials; Quirk et al. (1985), 8.93 and 8.124-8.127, for the same adverb as a process adjunct
("speak clearly") and as a content or style disjunct ("clearly, he lied"); Coates (1983), ch. 3, for
epistemic *must have* + participle.
"""

from __future__ import annotations

from textmetrics.markers.rules.context import clause_start, low
from textmetrics.markers.rules.registry import ACCEPT, REJECT, WINDOW, Verdict, rule
from textmetrics.markers.rules.words import (
    AUXILIARIES, BE, COPULAS, DETERMINERS, MAKE_FORMS, PREPOSITIONS, SUBJECT_PRONOUNS,
    is_adjectival, is_negator, is_participle, is_past_verb,
)

__all__ = ["stance_predicative", "negatable_booster", "epistemic_must_have", "not_manner"]

# adverbs that may stand between a negator and the booster it negates ("not at all clear")
_NEG_GAP = frozenset(
    "at all entirely completely totally quite so very yet really exactly particularly altogether "
    "fully absolutely necessarily always too that 100 percent wholly terribly".split()
)
# after these nouns "clear" is a plain attribute or a phrase ("clear of", "clear skies", "a clear winner")
_CLEAR_ATTRIBUTE_NEXT = ("of", "from", "skies", "sky", "water", "majority", "winner", "victory", "plastic", "glass")
# verbs after which an attitude/booster adverb describes the manner of the act ("speak clearly")
_MANNER_PREV = frozenset(
    "see saw seen seeing speak speaks spoke spoken speaking think thinks thought thinking explain explains "
    "explained explaining hear heard write writes wrote written writing communicate communicated "
    "articulate articulated express expressed read state stated show showed shown label labeled labelled "
    "mark marked define defined visible audible laid set spell spelled spelt smiled smile smiles died die "
    "dies wept say says said answered replied more less most least very so too how as".split()
)
# participles and adjectives that a manner adverb modifies ("clearly marked", "clearly visible")
_MANNER_NEXT = frozenset(
    "marked labeled labelled defined stated written visible audible articulated explained identified "
    "displayed signposted delineated expressed communicated printed posted spelled spelt laid set "
    "legible understood specified outlined explained indicated worded".split()
)
# Adverbs with a common manner sense (Quirk et al. 1985, 8.93 and 8.124-8.127: the same word as a
# process adjunct and as a content or style disjunct); the others in the lists ("unfortunately",
# "regrettably") are disjuncts in any position.
_MANNER_CAPABLE = frozenset(
    "clearly plainly honestly frankly candidly openly sadly happily strangely oddly curiously tragically".split()
)
# those that, between passive "be" and a participle, describe how it was done ("clearly painted");
# "was sadly neglected", "has clearly failed" (perfect, not passive) keep the stance reading
_MANNER_BEFORE_PARTICIPLE = frozenset("clearly plainly honestly frankly candidly openly strangely oddly curiously".split())
_STYLE_DISJUNCTS = frozenset("honestly frankly candidly".split())
_FIRST_SECOND = frozenset("i we you i'm we're you're i've we've".split())
_BE_FORMS = BE | frozenset("get gets got".split())  # with the get-passive

_NEGATED_BEFORE = Verdict(True, start_shift=-1, category="hedge", subtype="negated_booster")


def _predicative(toks, i):
    """Walk back over negators and degree adverbs from ``toks[i]``; return (predicative, negator index)."""
    k = i - 1
    neg = None
    floor = i - WINDOW
    while k >= 0 and k > floor:
        w = toks[k].lower
        if w in COPULAS and w not in ("feel", "feels", "felt"):
            break
        if is_negator(w) or w == "less":
            neg = k
            if w.endswith("n't") and w[:-3] in ("is", "was", "are", "were", "ai", "does", "do", "did", "am", "seem"):
                return True, neg  # "isn't clear": the copula carries the negation
            k -= 1
        elif w in _NEG_GAP:
            k -= 1
        elif w == "from" and low(toks, k - 1) == "far":  # "far from certain"
            neg = k - 1
            k -= 2
        else:
            break
    prev = low(toks, k)
    if prev in COPULAS or prev in MAKE_FORMS:
        if neg is None:  # a negated modal or auxiliary before the copula: "can't be sure", "never been clear"
            for m in (k - 1, k - 2):
                if is_negator(low(toks, m)):
                    neg = m
                    break
        return True, neg
    if prev == "it" and low(toks, k - 1) in MAKE_FORMS:  # "made it clear"
        return True, neg
    if prev in ("i", "we", "you", "they") and low(toks, k + 1) in ("sure", "certain", "convinced", "confident"):
        return True, neg
    if prev in SUBJECT_PRONOUNS or prev in ("this", "that"):
        before = low(toks, k - 1)
        if before in COPULAS or (before.endswith("n't") and before[:-3] in ("is", "was", "are", "were")):
            return True, None  # "isn't it obvious?": an inverted, rhetorical question asserts
    return False, neg


@rule("stance_predicative", description="'certain', 'sure' or 'clear' said of a claim ('I am certain', 'it is "
                                        "clear that'), not describing a noun ('a certain senator'); negated, a hedge.")
def stance_predicative(toks, i, j):
    """*certain, sure, clear, convinced, confident* are boosters as predicates or before a complement
    ("I am certain", "it is clear that", "made clear", "sure to") - not as attributes ("certain
    people", "a clear sky"). Negated ("not certain", "isn't clear", "far from sure") they withhold
    commitment: a hedge (subtype negated_booster), spanning from the negator."""
    predicative, neg = _predicative(toks, i)
    nxt = low(toks, j)
    complement = nxt in ("that", "to", "of", "about", "whether", "if", "enough", "how", "why", "what", "who")
    word = toks[i].lower
    if word == "clear" and nxt in _CLEAR_ATTRIBUTE_NEXT:
        return REJECT
    if not (predicative or (complement and low(toks, i - 1) not in DETERMINERS)):
        return REJECT
    if neg is not None:
        return Verdict(True, start_shift=neg - i, category="hedge", subtype="negated_booster")
    return ACCEPT


@rule("negatable_booster", description="A booster right after 'not' becomes a hedge ('not definitely'); "
                                       "'certainly not' stays a booster.")
def negatable_booster(toks, i, j):
    """A booster adverb or phrase right after a negator is a hedge ("not necessarily" is listed,
    "not definitely true", "it isn't obviously wrong"); "certainly not" (booster first) stays a booster."""
    return _NEGATED_BEFORE if is_negator(low(toks, i - 1)) else ACCEPT


@rule("epistemic_must_have", description="'must have' before a past participle as a confident inference "
                                         "('they must have known'), not an obligation to have something.")
def epistemic_must_have(toks, i, j):
    """"must have" + past participle is epistemic, an inference the writer is sure of ("they must
    have known"): a booster. "must have" + a noun phrase is obligation (a directive), left to *must*."""
    return ACCEPT if is_participle(low(toks, j)) else REJECT


@rule("not_manner", description="A sentence adverb such as 'clearly' or 'sadly' giving the writer's view, "
                                "not saying how something was done ('clearly marked', 'smiled sadly').")
def not_manner(toks, i, j):
    """Sentence adverbs (*clearly, obviously, sadly, frankly*) express stance; after a verb of seeing or
    saying, before a participle like *marked*, modified by *more/very/how*, or ending a clause after
    its verb, they describe the manner of an act ("clearly marked", "speak clearly", "smiled sadly.")."""
    prev, nxt = low(toks, i - 1), low(toks, j)
    if prev in _MANNER_PREV or nxt in _MANNER_NEXT:
        return REJECT
    if nxt in (".", "!", "?", ";") and not clause_start(toks, i) and prev not in AUXILIARIES and prev not in SUBJECT_PRONOUNS:
        return REJECT
    word = toks[i].lower
    if word in _MANNER_CAPABLE and not clause_start(toks, i):
        if is_past_verb(prev) or (prev in COPULAS and prev not in _BE_FORMS and nxt in PREPOSITIONS):
            return REJECT  # after its verb: "stared sadly at", "lived happily", "looked sadly at"
        if word in _MANNER_BEFORE_PARTICIPLE and is_participle(nxt) and not is_adjectival(nxt) \
                and low(toks, j + 1) != "to":
            if prev in _BE_FORMS:
                return REJECT  # in a passive: "were clearly painted", "was honestly reported"
            if word in _STYLE_DISJUNCTS and prev not in _FIRST_SECOND:
                return REJECT  # before the verb: "the board honestly reported" (but "I honestly believed")
    return ACCEPT
