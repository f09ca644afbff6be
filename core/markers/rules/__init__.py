"""Disambiguation rules of the marker lexicons: small tests on the neighbouring tokens, no parser.

A lexicon entry may name a rule. After the phrase trie has matched the entry's phrase at tokens
``toks[i:j]`` of a sentence, ``RULES[name].test(toks, i, j)`` returns a
:class:`~.registry.Verdict`: :data:`~.registry.REJECT` (not a marker here, the trap reading, e.g.
the month May), :data:`~.registry.ACCEPT` (a marker, as the entry says), or a verdict that widens
the span ("most" + its adjective) or changes the reading (a negated booster is a hedge).

Modules:

- :mod:`.registry`: the ``@rule(name, description=...)`` decorator, :data:`RULES`, the result type,
  and :data:`WINDOW`;
- :mod:`.words`: the shared word classes (determiners, pronouns, participles, ...);
- :mod:`.context`: tests on a token in its sentence (clause start, numbers, title case);
- one module per family: :mod:`.modals` (may, might, could, would), :mod:`.hedges` (epistemic
  adjectives, approximators, downtoners), :mod:`.person` (I think, we demand, us/US),
  :mod:`.evidentials` (evidence verbs and sources), :mod:`.stance` (boosters and stance adverbs),
  :mod:`.directives` (should, must, imperatives), :mod:`.degree` (intensifiers), :mod:`.scope`
  (superlatives and absolutes), :mod:`.frames` (extraposition, "it is clear that").

The rules follow the descriptions of stance and metadiscourse in Hyland (2005), *Metadiscourse*,
ch. 3 and 7; Biber et al. (1999), *Longman Grammar of Spoken and Written English*, and Biber (2006),
*University Language*, ch. 5 (stance); Holmes (1988) on epistemic devices (doubt, think, believe
with a first-person subject and a clausal complement); Coates (1983), *The Semantics of the Modal
Auxiliaries*, for root vs epistemic *must*, *may* and *should*; and the annotation guidelines of
Prokofieva & Hirschberg (2014), *Hedging and Speaker Commitment*, for what counts as a hedge.

Every rule reads at most ``WINDOW`` (12) tokens either side of its match, so the whole pass stays
linear however long a sentence is.
"""

from __future__ import annotations

# Importing the family modules registers their rules: after this import RULES is complete.
from textmetrics.markers.rules import degree, directives, evidentials, frames, hedges, modals, person, scope, stance
from textmetrics.markers.rules.registry import ACCEPT, REJECT, RULES, WINDOW, Rule, Verdict, rule
from textmetrics.markers.rules.words import DETERMINERS, FUNCTION_WORDS, NEGATORS, is_negator

__all__ = [
    "RULES", "Rule", "Verdict", "ACCEPT", "REJECT", "WINDOW", "rule", "FAMILIES",
    "NEGATORS", "is_negator", "DETERMINERS", "FUNCTION_WORDS",
]

# the family modules, in the order of the lexicons' categories
FAMILIES = (modals, hedges, person, evidentials, stance, directives, degree, scope, frames)
