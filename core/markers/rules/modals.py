"""Rules for the modal verbs that hedge: *may*, *might*, *could* and tentative *would*.

Each tells the epistemic modal (possibility: "the deal may collapse") from its look-alikes: the
month and the name *May*, the noun *might*, requests and permission ("Could you ...?", "Visitors may
park here"), inability ("could not"), and the future-in-the-past of reported speech ("she said she
would resign"). The readings follow Coates (1983), *The Semantics of the Modal Auxiliaries*, ch. 3
and 6 (epistemic vs root *may*, *might*, *could*), Palmer (2001), *Mood and Modality*, 3.3
(permission), and Hyland (2005), *Metadiscourse*, and Holmes (1988) for tentative *would* as a hedge.
"""

from __future__ import annotations

from textmetrics.markers.rules.context import clause_start, low, title_case_run
from textmetrics.markers.rules.registry import ACCEPT, REJECT, rule
from textmetrics.markers.rules.words import (
    ARTICLES_AND_POSSESSIVES, DETERMINERS, MONTHS, PREPOSITIONS, SUBJECT_PRONOUNS, is_negator,
)

__all__ = ["modal_may", "modal_might", "modal_could", "tentative_would"]

# Subjects that receive permission (Coates 1983, ch. 6: root *may* has an animate, usually human
# subject whom an authority allows to act; Palmer 2001, 3.3): the addressee and the roles that rules
# and notices address. Verbs: agentive acts a rule can allow. Epistemic *may* takes stative or
# non-agentive verbs ("may take years", "may rise", "may backfire") or *be/have*, which stay hedges.
_PERMITTED = frozenset(
    "you students pupils members visitors guests applicants candidates customers passengers residents tenants "
    "employees staff participants users readers drivers cyclists pedestrians parents owners holders "
    "subscribers shareholders pharmacists doctors nurses teachers officers contestants players entrants "
    "delegates attendees volunteers citizens anyone everyone travellers travelers patrons diners campers "
    "competitors authors contributors bidders borrowers claimants investors landlords retailers shops "
    "pubs bars restaurants vendors traders".split()
)
_PERMITTED_ACTS = frozenset(
    "park bring leave apply enter use submit attend vote prescribe borrow keep choose request appeal join "
    "register stay smoke sit wear visit access return opt claim carry go come eat drink withdraw resubmit "
    "retake ask contact email call speak camp fish swim photograph film record transfer cancel defer "
    "purchase buy sell exchange reserve book collect pick drop print download consult nominate invite "
    "accompany renew skip pay travel remain sign view observe cite quote copy share post upload edit "
    "comment decline refuse elect proceed begin enrol enroll serve open trade operate install drive ride "
    "walk take sublet rent".split()
)
# adverbs that may stand between a permission "may" and its verb ("Members may also bring ...")
_MAY_GAP = frozenset("also now still only then not no longer each".split())
# words before "might" that make it the noun ("military might", "with all their might")
_MIGHT_NOUN_PREV = frozenset(
    "military economic naval industrial full sheer considerable nuclear financial political great "
    "mighty full combined collective with".split()
)
# verbs of saying and thinking: a "would" after one in the same clause reports a future-in-the-past
_REPORTING = frozenset(
    "said says say told promised promises pledged pledges vowed vows announced announces insisted insists claimed "
    "claims declared declares stated states predicted predicts warned warns knew thought believed expected "
    "hoped assured argued suggested speculated guessed admitted conceded agreed decided tell telling tells "
    "saying promising insisting claiming announcing warning assuring expecting reported reports".split()
)


@rule("modal_may", description="'may' as a modal of possibility, not the month, a name or a permission.")
def modal_may(toks, i, j):
    """*may* is a hedge, except: the month or the name (written with a capital inside a sentence,
    or capitalised at its start, where *May* is the optative "May he rest" or a question "May I");
    permission in a question ("may I/we ...") and the formula "if I may"; and permission granted to a
    person or role ("Members may bring one guest", see :func:`_permission_may`)."""
    t = toks[i]
    if t.text[0].isupper() and not t.text.isupper():
        return ACCEPT if _headline_may(toks, i, j) else REJECT
    if t.text.isupper() and len(toks) > 1 and not all(x.text.isupper() for x in toks if x.kind == "word"):
        return REJECT  # MAY as an acronym or shouting inside ordinary text: leave it
    nxt = low(toks, j)
    if nxt in ("i", "we") and toks[-1].lower == "?":
        return REJECT
    if low(toks, i - 1) == "i" and low(toks, i - 2) == "if":
        return REJECT
    if _permission_may(toks, i, j):
        return REJECT
    return ACCEPT


def _headline_may(toks, i, j) -> bool:
    """*May* the modal in a title-case headline ("Prices May Rise Again", "It May Rain"): inside a
    capitalised run, after a plural noun or a subject pronoun and before a capitalised base verb
    (not "-s": "Theresa May Resigns"), never after a preposition ("In May")."""
    if i == 0 or not title_case_run(toks, i, j):
        return False
    prev, nxt = toks[i - 1].lower, low(toks, j)
    if prev in PREPOSITIONS or prev in DETERMINERS:
        return False
    if not (prev in SUBJECT_PRONOUNS or prev in ("this", "that", "there") or (prev.endswith("s") and not prev.endswith("ss"))):
        return False
    return nxt.isalpha() and nxt not in MONTHS and (not nxt.endswith("s") or nxt.endswith("ss"))


def _permission_may(toks, i, j) -> bool:
    """Deontic *may* (permission: "Visitors may park here after six", "You may leave early",
    "Members may not bring guests"): a subject from :data:`_PERMITTED` right before *may* (a
    determiner or adjective may precede it) and an agentive verb from :data:`_PERMITTED_ACTS` after it,
    past *also, now, only, not*. Both are required: precision over recall, since a missed
    permission costs one hedge and a missed epistemic *may* loses a real one."""
    if low(toks, i - 1) not in _PERMITTED:
        return False
    k = i + 1  # from the word after "may" itself: the entry "may well" is epistemic
    while k < i + 4 and low(toks, k) in _MAY_GAP:
        k += 1
    return low(toks, k) in _PERMITTED_ACTS


@rule("modal_might", description="'might' as a modal of possibility, not the noun meaning power ('the might of').")
def modal_might(toks, i, j):
    """*might* is a hedge as a modal verb, not as the noun ("the might of", "military might")."""
    prev, nxt = low(toks, i - 1), low(toks, j)
    if prev in ARTICLES_AND_POSSESSIVES or prev in _MIGHT_NOUN_PREV or nxt in ("of", "and", "makes", "is", "was"):
        return REJECT
    if nxt in (".", ",", ";", ":", "!", ")") and prev not in SUBJECT_PRONOUNS:
        return REJECT  # "with all our might." - the noun at the end of a clause
    return ACCEPT


@rule("modal_could", description="'could' as a possibility, not a polite request ('Could you ...?') or 'could not'.")
def modal_could(toks, i, j):
    """*could* is an epistemic hedge, not in a request ("Could you ...?") and not negated
    ("could not": inability, a statement of fact)."""
    nxt = low(toks, j)
    if nxt in ("not", "never", "hardly") or is_negator(low(toks, i - 1)):
        return REJECT
    if nxt in ("you", "i", "we") and toks[-1].lower == "?" and clause_start(toks, i):
        return REJECT
    return ACCEPT


@rule("tentative_would", description="Tentative 'would' ('that would cost billions'), not reported speech "
                                     "('she said she would resign') or a wish ('would like').")
def tentative_would(toks, i, j):
    """Tentative, hypothetical *would* ("that would cost billions", "it would be a mistake") is a
    hedge (Hyland 2005; Holmes 1988); not the future-in-the-past of reported speech ("she said she
    would resign") and not the formulas of wanting ("would like", "would love", "would rather")."""
    nxt = low(toks, j)
    if nxt in ("like", "love", "rather", "prefer", "hate", "you", "i", "we", "they", "he", "she", "it"):
        return REJECT  # wishes, and questions such as "would you ...?"
    if nxt in ("later", "eventually", "subsequently", "soon") or (nxt == "go" and low(toks, j + 1) == "on"):
        return REJECT  # narrative future-in-the-past: "she would later resign"
    k = i - 1
    while k >= 0 and k >= i - 8:
        w = toks[k].lower
        if w in (",", ";", ":", "(", "-", "--", "—") or w in ("if", "unless"):
            break
        if w in _REPORTING:
            return REJECT
        k -= 1
    return ACCEPT
