"""Rules for superlatives and absolutes: *all / every* as universal claims, *most / least* +
adjective, inflected superlatives in -est, and *best / worst*.

Absolutes are Pomerantz's (1986) extreme case formulations ("all", "every", "never"), which a
number ("all 27 states": a count) or a limiter ("almost all", a blocker) takes out of the extreme;
superlatives follow Quirk et al. (1985), 7.74-7.83 (inflected and periphrastic comparison) and
Biber et al. (1999), 7.8; *most* as a quantifier ("most people") is no superlative.
"""

from __future__ import annotations

from textmetrics.markers.rules.context import is_number, low, title_case_run
from textmetrics.markers.rules.registry import ACCEPT, REJECT, Verdict, rule
from textmetrics.markers.rules.words import is_adjective_like

__all__ = ["universal_scope", "most_adjective", "est_superlative", "not_idiom_best"]

# words before "all"/"every" that limit or frame it ("almost all", "above all", "at all", "for all")
_LIMITERS = ("not", "almost", "nearly", "virtually", "practically", "above", "after", "at", "for")
# words that end in -est and are no superlative
_EST_NOT_SUPERLATIVE = frozenset(
    "interest interests protest west rest test forest honest modest earnest harvest request suggest arrest invest "
    "contest digest manifest conquest quest nest chest guest priest lest behest unrest midwest southwest northwest "
    "pest vest zest crest jest bequest inquest detest attest infest divest ingest congest pretest retest "
    "dishonest tempest everest wrest incest rainforest disinterest armrest headrest footrest backrest reinvest "
    "molest budapest bucharest ernest forrest brest"
    " latest".split()
)
_SUPERLATIVE_DETERMINERS = ("the", "its", "their", "our", "his", "her", "my", "your", "whose")
_POSSESSIVES = ("my", "our", "your", "his", "her", "their", "its", "one's")
_EFFORT_VERBS = ("do", "did", "does", "doing", "done", "try", "tried", "tries", "trying")
_WITH_ADJECTIVE = Verdict(True, end_shift=1, category="superlative", subtype="periphrastic")


@rule("universal_scope", description="'all' or 'every' as a sweeping claim, not a count ('all 27 states', "
                                     "'every four years') or after 'almost' or 'not'.")
def universal_scope(toks, i, j):
    """*all, every, each* make a universal claim, except before a number ("all 27 states", "every
    four years": a count or a frequency) or after a negator or limiter (caught as longer blockers:
    "not all", "almost all")."""
    k = j
    if low(toks, k) in ("of", "the") and is_number(toks, k + 1):
        return REJECT
    if low(toks, k) == "of" and low(toks, k + 1) == "the" and is_number(toks, k + 2):
        return REJECT
    if is_number(toks, k) or low(toks, k) in ("other",):
        return REJECT
    if low(toks, i - 1) in _LIMITERS:
        return REJECT
    return ACCEPT


@rule("most_adjective", description="'most' or 'least' with an adjective ('the most dangerous'), taking the "
                                    "adjective into the marker; not 'most people'.")
def most_adjective(toks, i, j):
    """*most/least* + adjective or adverb forms a superlative ("the most dangerous", "least
    credible"); the quantifier ("most people", "most of the time") does not. The span takes the
    adjective."""
    k = j
    if k >= len(toks) or toks[k].kind != "word":
        return REJECT
    if not is_adjective_like(toks[k].lower):
        return REJECT
    return _WITH_ADJECTIVE


@rule("est_superlative", description="A word ending in -est as a superlative after 'the' or a possessive ('the "
                                     "highest'), not 'interest', 'west' or 'honest'.")
def est_superlative(toks, i, j):
    """An inflected superlative ("the highest", "its poorest", "America's richest") when a determiner
    or a possessive precedes it; words that merely end in -est (interest, protest, west, honest) are
    excluded by list. Applied by the matcher to any word ending in -est that no entry covers."""
    word = toks[i].lower
    if word in _EST_NOT_SUPERLATIVE or len(word) < 5:
        return REJECT
    prev = low(toks, i - 1)
    if prev in _SUPERLATIVE_DETERMINERS or prev.endswith("'s"):
        return ACCEPT
    if low(toks, j) == "ever":
        return ACCEPT
    if title_case_run(toks, i, j):
        return ACCEPT  # a headline drops its determiners: "Schools Face Deepest Cuts in a Decade?"
    return REJECT


@rule("not_idiom_best", description="'best' or 'worst' as a superlative, not in 'do your best'.")
def not_idiom_best(toks, i, j):
    """*best/worst* as a superlative, not in "do your best" / "try their best" (an idiom of effort)."""
    if low(toks, i - 1) in _POSSESSIVES and low(toks, i - 2) in _EFFORT_VERBS:
        return REJECT
    return ACCEPT
