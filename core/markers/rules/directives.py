"""Rules for directives: root *should* and *must*, *need to / have to*, *let us*, *please* and
imperatives opening a sentence; and the epistemic *must* ("she must be exhausted") that is a
booster, not an obligation.

Hyland (2002), "Directives: argument and engagement in academic writing", and Hyland (2005), ch. 3,
for what a directive is (modals of obligation, imperatives, *let us*); Coates (1983), *The Semantics
of the Modal Auxiliaries*, ch. 3, for root against epistemic *must* and for *should* in conditionals
("if the talks should fail", "Should the talks fail, ..."); Biber et al. (1999), 6.6 and 6.9, for
imperatives and their clause position.
"""

from __future__ import annotations

from textmetrics.markers.rules.context import clause_start, is_number, low
from textmetrics.markers.rules.registry import ACCEPT, REJECT, WINDOW, Verdict, rule
from textmetrics.markers.rules.words import (
    AUXILIARIES, DETERMINERS, MONTHS, OBJECT_PRONOUNS, STATE_ADJECTIVES, SUBJECT_PRONOUNS, WH_WORDS, is_negator,
)

__all__ = [
    "directive_should", "directive_must", "please_directive", "imperative", "imperative_strict",
    "obligation_not_negated", "clause_initial",
]

# Coates (1983), ch. 3: epistemic *must* goes with stative verbs, *be* + a state, the progressive and
# existential *there*; root (deontic) *must* with agentive verbs, the passive and a first or second
# person subject ("We must act", "Schools must be funded", "You must be 18"). Without a parser the
# epistemic reading is taken only where these signs are unambiguous; everything else stays a directive.
_MUST_INFERRED = frozenset(
    "mistake error joke misunderstanding coincidence reason explanation catch typo misprint misreading "
    "connection link glitch trick".split()
)
_MUST_STATIVE = frozenset("know knows realise realize feel wonder suspect sense regret wish mean".split())
_MUST_DEGREE = frozenset("very so quite really pretty absolutely completely utterly terribly awfully rather".split())
_THIRD_PERSON = frozenset("he she they it this that who".split())
_EPISTEMIC_MUST = Verdict(True, category="booster", subtype="modal")

# connectives that may precede an imperative at the start of a sentence ("And remember ...")
_LEADS = frozenset("and but so now then instead first finally next yet or just simply please also therefore".split())
# words that can follow an imperative verb which is often a noun ("Support the bill", "Look at")
_OBJECT_STARTERS = DETERMINERS | OBJECT_PRONOUNS | frozenset(
    "up out at about back down away on off over now again that how why what who whether if "
    "yourself yourselves ourselves : , . !".split()
)
_SUBORDINATORS = frozenset("if when once before whenever unless while until after as".split())
# words before "please" that make it the verb ("to please voters", "hard to please", "if you please")
_PLEASE_VERB_PREV = ("to", "will", "would", "could", "can", "may", "might", "must", "should", "i", "we", "they",
                     "you", "he", "she", "it", "if", "as", "whatever", "whoever", "cannot", "not")


@rule("directive_should", description="'should' telling someone what to do, not in a condition ('if the talks "
                                      "should fail', 'Should the talks fail') or a question.")
def directive_should(toks, i, j):
    """*should* is a directive ("we should act"), not in a conditional ("if talks should fail",
    "Should the talks fail, ...", "in case it should"), not in a question it opens ("Should we
    ...?", "what should we do?")."""
    nxt_tok = toks[j] if j < len(toks) else None
    if clause_start(toks, i) and nxt_tok is not None and (
            nxt_tok.lower in DETERMINERS or nxt_tok.lower in SUBJECT_PRONOUNS
            or (nxt_tok.kind == "word" and nxt_tok.text[0].isupper())):
        return REJECT  # "Should the talks fail, ...", ", should we ...": inverted conditional or question
    prev = low(toks, i - 1)
    if prev in WH_WORDS:
        return REJECT
    # bounded look-back (WINDOW tokens): an unbounded walk to the clause start was quadratic in a
    # long sentence without commas, one walk per "should"
    k = i - 1
    floor = max(0, i - WINDOW)
    while k >= floor:
        w = toks[k].lower
        if w in (",", ";", ":", "(", "-", "--", "\u2014"):
            break
        if w in ("if", "unless", "lest", "whether") or (w == "case" and low(toks, k - 1) == "in"):
            return REJECT
        k -= 1
    return ACCEPT


@rule("directive_must", description="'must' as an obligation ('we must act'); as a confident guess ('she "
                                    "must be exhausted') it is a booster, and 'a must' is no directive.")
def directive_must(toks, i, j):
    """Root *must* (obligation) is a directive; "a must" (noun) is not, and epistemic "must have +
    participle" is caught first, as a longer booster entry. Epistemic *must* (an inference the writer
    is sure of: "She must be exhausted", "There must be some mistake", "They must know by now") is a
    booster, subtype modal; see :func:`_epistemic_must`."""
    prev = low(toks, i - 1)
    if prev in ("a", "the", "an"):
        return REJECT
    if j == i + 1 and _epistemic_must(toks, i):
        return _EPISTEMIC_MUST
    return ACCEPT


def _epistemic_must(toks, i) -> bool:
    """*must* as an inference: *must seem*; a third-person pronoun + *must* + a stative verb
    ("they must know"); *must be* + an emotional or evaluative state ("must be exhausted", "must be
    hard"), + a progressive ("must be losing money"), + "a mistake"-like noun; "there must be
    some(thing) ...". Not with *we, you, I* (an obligation laid on speaker or reader)."""
    subj = low(toks, i - 1)
    if subj in ("we", "you", "i", "us") or subj.endswith("n't"):
        return False
    nxt = low(toks, i + 1)
    if nxt in ("seem", "surely"):
        return True
    if nxt in _MUST_STATIVE:
        return subj in _THIRD_PERSON
    if nxt != "be":
        return False
    k = i + 2
    while k < i + 5 and low(toks, k) in _MUST_DEGREE:
        k += 1
    after = low(toks, k)
    if after in STATE_ADJECTIVES:
        return True
    if len(after) > 5 and after.endswith("ing") and after not in ("being", "doing"):
        return True  # "they must be losing money": the progressive
    if after in ("a", "an", "some") and low(toks, k + 1) in _MUST_INFERRED:
        return True
    return subj == "there" and after in ("something", "someone", "somebody")


@rule("obligation_not_negated", description="'need to' or 'have to' as an obligation, not denied ('you don't "
                                            "need to') and not a noun ('the need to').")
def obligation_not_negated(toks, i, j):
    """*need to, have to* state an obligation; negated ("you don't need to", "we do not have to")
    they deny one, and are no directive; nor after a determiner ("the need to")."""
    prev = low(toks, i - 1)
    if is_negator(prev) or prev in DETERMINERS or (prev in ("really", "even", "actually") and is_negator(low(toks, i - 2))):
        return REJECT
    return ACCEPT


@rule("clause_initial", description="'let us' opening a clause as a call to act ('Let us be honest'), "
                                    "not 'the rules let us down'.")
def clause_initial(toks, i, j):
    """A hortative or imperative phrase ("let us", "let's") opens its clause: "Let us be honest",
    "..., and let us act" - not "the rules let us down"."""
    return ACCEPT if clause_start(toks, i) else REJECT


@rule("please_directive", description="'please' making a request, not the verb ('to please voters').")
def please_directive(toks, i, j):
    """*please* as a politeness marker of a request, not the verb ("to please voters", "hard to please")."""
    prev, nxt = low(toks, i - 1), low(toks, j)
    if prev in _PLEASE_VERB_PREV:
        return REJECT
    if nxt in DETERMINERS or nxt in OBJECT_PRONOUNS or nxt in ("everyone", "everybody", "voters", "people"):
        return REJECT
    return ACCEPT


def _sentence_initial(toks, i):
    """True if only punctuation and connectives (and, but, so, now ...) precede ``toks[i]`` in its
    sentence, or since a colon or semicolon ("You can help: write to your councillor"), or since
    the comma closing a fronted subordinate clause ("If you care, show up")."""
    k = i - 1
    floor = i - WINDOW
    while k >= 0:
        if k <= floor:
            return False  # too far from anything that opens a sentence: not sentence-initial
        t = toks[k]
        if t.lower in (":", ";"):
            return True
        if t.lower == "," and k == i - 1 and _opens_with_subordinator(toks, k):
            return True  # after a fronted conditional: "If you care, show up."
        if t.kind == "punct" or t.lower in _LEADS:
            k -= 1
            continue
        return False
    return True


def _opens_with_subordinator(toks, comma: int) -> bool:
    """True if the sentence opens with a subordinate clause ("If ..., ") that ends at ``comma``."""
    k = 0
    while k < comma and k < WINDOW and (toks[k].kind == "punct" or toks[k].lower in _LEADS):
        k += 1
    if k >= comma or toks[k].lower not in _SUBORDINATORS or comma - k > 4 * WINDOW:
        return False
    return not any(toks[m].lower == "," for m in range(k + 1, comma))


@rule("imperative", description="A verb opening a sentence as a command ('Consider the evidence'), not a "
                                "noun or another verb form ('Think tanks say').")
def imperative(toks, i, j):
    """A verb opening a sentence in the base form is an imperative, a directive to the reader
    ("Consider the evidence.", "Imagine a city without cars."): only at the start of the sentence
    (after *and, but, so, now* ...), not before a verb form ("Think tanks say").
    The verbs listed under this rule are ones whose noun reading is rare at a sentence start."""
    if not _sentence_initial(toks, i):
        return REJECT
    nxt = low(toks, j)
    if not nxt or nxt in AUXILIARIES or nxt in ("'s", "of", "and", "or", "tanks", "is", "has", "in") or nxt in MONTHS:
        return REJECT  # "Think tanks say", "Trust in ...", "Come November, ...": not imperatives
    return ACCEPT


@rule("imperative_strict", description="A verb that is often a noun ('Support', 'Help') as a command opening a "
                                       "sentence, only before an object ('Support the bill').")
def imperative_strict(toks, i, j):
    """Like :func:`imperative`, for verbs that are often nouns at a sentence start ("Support for the
    bill fell", "Help is coming"): only before an object-like word ("Support the bill", "Stop it",
    "Look at", "Vote them out")."""
    if not _sentence_initial(toks, i):
        return REJECT
    if low(toks, j) in _OBJECT_STARTERS or is_number(toks, j):
        return ACCEPT
    return REJECT
