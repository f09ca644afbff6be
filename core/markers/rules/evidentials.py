"""Rules for evidentials and sources: verbs reporting what evidence shows (*show, prove, reveal*,
boosters), *suggest* drawn from evidence (a hedge), and the appeals to authority that name a source
("studies", "the data", "published in the Lancet", "the World Bank").

Hyland (2005), *Metadiscourse*, ch. 3: evidentials refer to the source of a claim, and verbs of
demonstration assert it; Biber et al. (1999), 12.3, on the subjects of reporting verbs (a source of
evidence, "the results suggest", against a person proposing, "he suggested a delay"); Walton
(1997), *Appeal to Expert Opinion*, for what an appeal to authority names.
"""

from __future__ import annotations

from textmetrics.markers.rules.context import is_number, low
from textmetrics.markers.rules.registry import ACCEPT, REJECT, rule
from textmetrics.markers.rules.words import ARTICLES_AND_POSSESSIVES, MONTHS, SUBJECT_PRONOUNS

__all__ = ["evidential_verb", "source_before_stance_verb", "before_source", "evidential_subject", "institution_source"]

# after a verb of demonstration, a clause or a verdict: "shows that", "proved wrong"
_CLAUSAL_EVIDENCE = frozenset("that how why what whether wrong right false true beyond conclusively".split())
# after it, an object that evidence can show ("show a rise", "prove the point"), with a source as subject
_EVIDENCE_NEXT = frozenset(
    "that a an the no how what why whether this these those its their significant some little clear "
    "strong any only wrong right false true beyond conclusively once".split()
)
# sources of evidence as subjects ("the data show", "history suggests")
_EVIDENCE_SUBJECTS = frozenset(
    "results result data findings finding evidence studies study research analysis analyses observations "
    "observation this these which it figures numbers polls poll trends experience history record models "
    "model estimates surveys survey experiments experiment patterns signs tests work literature".split()
)
# verbs that carry a hedge or booster of their own after a source ("studies suggest", "data show")
_STANCE_VERBS = frozenset(
    "show shows showed shown suggest suggests suggested suggesting demonstrate demonstrates demonstrated reveal "
    "reveals revealed prove proves proved proven confirm confirms confirmed indicate indicates indicated "
    "establish establishes established".split()
)
# people as subjects: "suggest" is then a proposal ("critics suggested a delay")
_PERSON_NOUNS = frozenset(
    "critics officials senator minister mayor president he she they i we you someone somebody people experts "
    "aides advisers advisors lawmakers leaders friends colleagues others many some".split()
)
# nouns before "show" that make it the noun ("a TV show", "a trade show")
_SHOW_NOUN_PREV = ("tv", "talk", "game", "reality", "road", "trade", "air")


@rule("evidential_verb", description="'show', 'prove' and similar verbs reporting what evidence shows, "
                                     "not a literal showing ('the video shows the officer') or the noun 'show'.")
def evidential_verb(toks, i, j):
    """Verbs of demonstration (*show, demonstrate, prove, reveal, establish*) are boosters (Hyland 2005)
    when they report what evidence shows: before a clause ("this shows how ...", "proved wrong"), or
    with a source of evidence as subject ("the data show a rise", "history proves the point") - not
    a literal showing ("the video shows the officer"), the noun ("a TV show"), the phrasal senses
    ("show up") or copular *prove* ("proved adept")."""
    prev, nxt = low(toks, i - 1), low(toks, j)
    if prev in ARTICLES_AND_POSSESSIVES or prev.endswith("'s") or prev in _SHOW_NOUN_PREV:
        return REJECT
    if nxt in _CLAUSAL_EVIDENCE:
        return ACCEPT
    if nxt in _EVIDENCE_NEXT or is_number(toks, j):
        for k in (i - 1, i - 2, i - 3):
            w = low(toks, k)
            if w in _EVIDENCE_SUBJECTS:
                return ACCEPT
            if w in ("", ",", ";", ":"):
                break
    return REJECT


@rule("source_before_stance_verb", description="A source such as 'studies' or 'experts' right before a verb "
                                               "like 'show' or 'suggest' ('studies suggest').")
def source_before_stance_verb(toks, i, j):
    """A source of evidence ("studies", "the data", "experts") before a verb that is itself a hedge or
    a booster ("studies suggest", "the data show", "research has shown"): the authority marker takes
    the source only, and the verb keeps its own marker."""
    nxt = low(toks, j)
    if nxt in _STANCE_VERBS:
        return ACCEPT
    if nxt in ("have", "has", "had", "also", "now", "clearly", "consistently", "repeatedly", "strongly") \
            and low(toks, j + 1) in _STANCE_VERBS:
        return ACCEPT
    return REJECT


@rule("before_source", description="'published in' or 'reported in' before a publication ('published in "
                                   "the Lancet'), not a date or place.")
def before_source(toks, i, j):
    """"published in", "reported in" appeal to a source when a publication follows ("published in
    the Lancet", "reported in Nature"), not a date or place ("published in May", "in 2019")."""
    if j >= len(toks):
        return REJECT
    nxt = toks[j]
    if nxt.lower in ("the", "a", "an", "journal", "peer-reviewed"):
        return ACCEPT
    if nxt.kind == "word" and nxt.text[0].isupper() and nxt.lower not in MONTHS:
        return ACCEPT
    return REJECT


@rule("evidential_subject", description="'suggest' as a cautious conclusion from evidence ('the results "
                                        "suggest'), not a person's proposal ('he suggested a delay').")
def evidential_subject(toks, i, j):
    """Bare *suggest(ed)* hedges a conclusion drawn from evidence ("the results suggest a link",
    "history suggests") - not a proposal by a person ("I suggest we wait", "he suggested a delay",
    "suggested to me", "suggested using")."""
    nxt = low(toks, j)
    if nxt in ("to", "we", "you", "i", "they") or nxt.endswith("ing"):
        return REJECT
    for k in (i - 1, i - 2, i - 3):
        w = low(toks, k)
        if w in _EVIDENCE_SUBJECTS:
            return ACCEPT
        if w in SUBJECT_PRONOUNS or w in _PERSON_NOUNS:
            return REJECT
        if k > 0 and k == i - 1 and toks[k].kind == "word" and toks[k].text[0].isupper():
            return REJECT  # a name: "Senator Smith suggested a delay"
        if w in (",", ";", ":"):
            break
    return ACCEPT


@rule("institution_source", description="A named institution reporting a finding ('the Congressional Budget "
                                        "Office estimates'), written with a capital as a name is.")
def institution_source(toks, i, j):
    """A named institution reporting ("the Congressional Budget Office estimates", "the World Bank
    found"): the institution word must be capitalised, as in a name."""
    return ACCEPT if toks[i].text[0].isupper() else REJECT
