"""The ``style`` group object from the style spans, and its catalogue entries.

- ``passive``: ``count`` (passive verb groups), ``per_1000_words`` (count × 1000 / words),
  ``passive_sentence_ratio`` (sentences with at least one passive / sentences), ``agentless_count``
  and ``agentless_share`` (agentless / all passives: Biber 1988 counts agentless passives, feature
  17, apart from by-passives, feature 18, because the agentless ones leave the actor unsaid);
- ``nominalization``: ``count``, ``per_1000_words`` (Biber 1988, feature 14);
- ``adverb``: ``count``, ``per_1000_words`` (-ly adverbs of manner and degree).

A value is None (JSON null) where it is undefined: rates of a text with no words, the sentence
ratio of a text with no sentences, the agentless share of a text with no passive. The sentence-length
entries of the group (``hard_sentence_ratio`` ...) come from
:mod:`textmetrics.metrics.sentence_readability`; :data:`CATALOGUE` lists both.
"""

from __future__ import annotations

from textmetrics.catalogue import Metric
from textmetrics.metrics.sentence_readability import CATALOGUE as _SENTENCE_CATALOGUE

__all__ = ["style_counts", "CATALOGUE"]


def _per_1000(count: int, words: int) -> float | None:
    return count * 1000 / words if words else None


def style_counts(spans, doc, word_count: int) -> dict:
    """The style group's counts from ``spans`` (:func:`textmetrics.style.find_style_spans`) of
    ``doc``; ``word_count`` is the word and number tokens of the text (the rates' denominator, as
    in the hedging and persuasion groups)."""
    passives = agentless = nominalizations = adverbs = 0
    passive_sentences: set[int] = set()
    for span in spans:
        category = span.category
        if category == "passive":
            passives += 1
            agentless += span.subtype == "agentless"
            passive_sentences.add(span.sentence)
        elif category == "nominalization":
            nominalizations += 1
        elif category == "adverb":
            adverbs += 1
    n_sentences = len(doc.sentences)
    return {
        "passive": {
            "count": passives,
            "per_1000_words": _per_1000(passives, word_count),
            "passive_sentence_ratio": len(passive_sentences) / n_sentences if n_sentences else None,
            "agentless_count": agentless,
            "agentless_share": agentless / passives if passives else None,
        },
        "nominalization": {"count": nominalizations, "per_1000_words": _per_1000(nominalizations, word_count)},
        "adverb": {"count": adverbs, "per_1000_words": _per_1000(adverbs, word_count)},
    }


_PASSIVE_REF = ("Quirk, Greenbaum, Leech & Svartvik (1985) §3.63-3.78; Biber, Johansson, Leech, Conrad & "
                "Finegan (1999) §6.4; Biber (1988) features 17-18")
_NOM_REF = "Biber (1988) Variation across Speech and Writing, feature 14 (nominalizations)"
_ADV_REF = "Quirk, Greenbaum, Leech & Svartvik (1985) ch. 8 (manner adjuncts, intensifiers)"


def _counted(key: str, name: str, singular: str, description: str, more: str, denser: str,
             reference: str) -> tuple[Metric, Metric]:
    """The ``count`` and ``per_1000_words`` entries of a span category."""
    return (
        Metric(f"style.{key}.count", "style", name, description, "count", (0, None), more, reference),
        Metric(f"style.{key}.per_1000_words", "style", f"{name} per 1,000 words",
               f"{singular} count × 1000 / words.", "per 1,000 words", (0, None), denser, reference),
    )


CATALOGUE = (
    Metric("style.passive.count", "style", "Passives",
           "Passive verb groups: be or get + past participle (was told, has been done, got fired), "
           "not adjectival participles (was tired, is interested in).",
           "count", (0, None), "more passive voice", _PASSIVE_REF),
    Metric("style.passive.per_1000_words", "style", "Passives per 1,000 words",
           "Passive count × 1000 / words.", "per 1,000 words", (0, None),
           "a more impersonal, process-centred text", _PASSIVE_REF),
    Metric("style.passive.passive_sentence_ratio", "style", "Passive sentence ratio",
           "Sentences with at least one passive / sentences.", "ratio", (0, 1),
           "more of the sentences use the passive", _PASSIVE_REF),
    Metric("style.passive.agentless_count", "style", "Agentless passives",
           "Passives with no by-agent (mistakes were made): the actor is left unsaid.",
           "count", (0, None), "more actions without a named actor", _PASSIVE_REF),
    Metric("style.passive.agentless_share", "style", "Agentless share of passives",
           "Agentless passives / passives; null when the text has no passive.", "ratio", (0, 1),
           "the passives more often leave the actor unsaid", _PASSIVE_REF),
    *_counted("nominalization", "Nominalizations", "Nominalization",
              "Nouns derived from verbs or adjectives with -tion, -ment, -ness or -ity (decision is not "
              "counted, government and awareness are; nation and moment are not derived).",
              "more nominal, abstract style", "a denser, more abstract text", _NOM_REF),
    *_counted("adverb", "-ly adverbs", "-ly adverb",
              "-ly adverbs of manner (quickly) and degree (extremely); not -ly adjectives (friendly) nor "
              "sentence, linking or time adverbs (unfortunately, consequently, recently).",
              "more adverbs", "more modification by adverbs", _ADV_REF),
)
# the group's sentence-length and difficulty entries, computed from the sentences' counts
CATALOGUE += _SENTENCE_CATALOGUE
