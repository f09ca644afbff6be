"""The rule registry: every disambiguation rule of the marker lexicons, by name, with a plain
description, and the one result type every rule returns.

A rule is a function ``(toks, i, j) -> Verdict``: the phrase of a lexicon entry has matched the
tokens ``toks[i:j]`` of one sentence, and the rule looks at the neighbouring tokens to decide
whether that is a marker here. It is registered once, where it is defined::

    @rule("modal_might", description="'might' as a modal of possibility, not the noun meaning power.")
    def modal_might(toks, i, j):
        ...
        return ACCEPT

and a lexicon line names it in its third column (``might <TAB> modal <TAB> modal_might``). The
description is one sentence in plain words: an editor's page shows it when the reader points at a
marker. The registry holds no word lists and no linguistics; those are in :mod:`.words` and the
family modules (:mod:`.modals`, :mod:`.hedges`, ...), which follow the literature they cite.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Callable, Mapping, Sequence

__all__ = ["WINDOW", "Verdict", "ACCEPT", "REJECT", "Rule", "RuleTest", "rule", "RULES"]

# How far any rule looks back or ahead from its match, in tokens. Every scan is bounded by it, so
# the pass stays linear even in a sentence of 100,000 characters without a comma (an unpunctuated
# transcript); a clause opener further away than this is not seen.
WINDOW = 12


@dataclass(frozen=True, slots=True)
class Verdict:
    """What a rule decided about a match over ``toks[i:j]``.

    ``fires``: a marker here or not. A marker that fires covers ``toks[i + start_shift : j +
    end_shift]`` (a rule may widen the span: "most" takes its adjective, a negator joins the
    booster it negates); ``category`` and ``subtype``, when not None, replace the entry's (a
    negated booster is a hedge).
    """

    fires: bool
    start_shift: int = 0
    end_shift: int = 0
    category: str | None = None
    subtype: str | None = None


# The two plain answers, shared: most calls end in one of them and allocate nothing.
ACCEPT = Verdict(True)
REJECT = Verdict(False)

RuleTest = Callable[[Sequence, int, int], Verdict]


@dataclass(frozen=True, slots=True)
class Rule:
    """A registered rule: its name (as the lexicons write it), its one-sentence description, the
    family module that defines it, and the test itself."""

    name: str
    description: str
    family: str
    test: RuleTest


_registry: dict[str, Rule] = {}
# The registry, read-only. Complete once :mod:`textmetrics.markers.rules` is imported (its
# ``__init__`` imports every family module, and importing any of them imports the package first).
RULES: Mapping[str, Rule] = MappingProxyType(_registry)


def rule(name: str, *, description: str) -> Callable[[RuleTest], RuleTest]:
    """Register the decorated function as the rule ``name``; the function is returned unchanged,
    so that rules may call one another directly."""
    if not description.strip():
        raise ValueError(f"rule {name!r} needs a description")

    def register(test: RuleTest) -> RuleTest:
        if name in _registry:
            raise ValueError(f"rule {name!r} is registered twice")
        family = test.__module__.rsplit(".", 1)[-1]
        _registry[name] = Rule(name, description, family, test)
        return test

    return register
