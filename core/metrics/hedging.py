"""The ``hedging`` group: how much, and how, the author withholds commitment.

Reads the markers found once per document (:mod:`textmetrics.markers`, category ``hedge``) and
summarises the author's hedges: markers inside quotations are someone else's words and are left out
unless ``include_quoted`` is set.

- ``count``: the author's hedges; ``per_1000_words``: count × 1000 / words (word and number tokens
  of the whole text), the usual normalisation of metadiscourse studies (Hyland 2005, ch. 5);
- ``hedged_sentence_ratio``: sentences with at least one counted hedge / sentences;
- ``by_subtype``: counts per subtype (modal, epistemic, evidential, cognitive, approximator,
  frequency, hearsay, negated_booster), the distinction of Prince, Frader & Bosk (1982) between
  approximators (the proposition is fuzzy) and shields (the writer's commitment is limited), refined
  as in Hyland (2005) and Holmes (1988);
- ``quoted``: hedges inside quotations (not in the figures above unless include_quoted).
"""

from __future__ import annotations

from textmetrics.catalogue import Metric

__all__ = ["compute", "CATALOGUE", "SUBTYPES", "per_1000", "word_count"]

SUBTYPES: tuple[str, ...] = (
    "modal", "epistemic", "evidential", "cognitive", "approximator", "frequency", "hearsay", "negated_booster",
)

_SUBTYPE_NAMES = {
    "modal": "epistemic modal verbs (may, might, could, would)",
    "epistemic": "epistemic adverbs, adjectives and nouns (perhaps, likely, possible, unclear)",
    "evidential": "evidential verbs and adverbs (seems to, appears to, tends to, suggests, apparently)",
    "cognitive": "first-person cognitive verbs and phrases (I think, we believe, in my view)",
    "approximator": "approximators and downtoners (about + number, roughly, sort of, relatively)",
    "frequency": "frequency and generality (often, usually, generally, not always)",
    "hearsay": "distancing attribution (reportedly, allegedly, is said to)",
    "negated_booster": "negated certainty (not certain, it is not clear, not necessarily)",
}


def word_count(doc) -> int:
    """Word and number tokens: the words of the readability formulas and of the rates here."""
    return doc.word_count


def per_1000(count: int, words: int) -> float | None:
    """``count`` per 1,000 words; None when the text has no words."""
    return count * 1000 / words if words else None


def compute(markers, doc, include_quoted: bool = False, words: int | None = None) -> dict:
    """The hedging group of the JSON document from the document's markers."""
    by_subtype = dict.fromkeys(SUBTYPES, 0)
    count = quoted = 0
    hedged: set[int] = set()
    for m in markers:
        if m.category != "hedge":
            continue
        if m.in_quote:
            quoted += 1
            if not include_quoted:
                continue
        count += 1
        by_subtype[m.subtype] = by_subtype.get(m.subtype, 0) + 1
        hedged.add(m.sentence)
    if words is None:
        words = word_count(doc)
    n_sent = len(doc.sentences)
    return {
        "count": count,
        "per_1000_words": per_1000(count, words),
        "hedged_sentence_ratio": len(hedged) / n_sent if n_sent else None,
        "by_subtype": by_subtype,
        "quoted": quoted,
    }


_REF = "Hyland (2005) Metadiscourse; Holmes (1988); Prince, Frader & Bosk (1982); Prokofieva & Hirschberg (2014)"

CATALOGUE = (
    Metric("hedging.count", "hedging", "Hedges", "The author's hedges: markers of withheld commitment or "
           "approximation (may, perhaps, seems to, I think, about + number ...), outside quotations.",
           "count", (0, None), "more hedging", _REF),
    Metric("hedging.per_1000_words", "hedging", "Hedges per 1,000 words", "Hedge count × 1000 / words.",
           "per 1,000 words", (0, None), "a more tentative, qualified text", _REF),
    Metric("hedging.hedged_sentence_ratio", "hedging", "Hedged sentence ratio",
           "Sentences with at least one hedge of the author / sentences.", "ratio", (0, 1),
           "more of the claims are qualified", _REF),
    *(
        Metric(f"hedging.by_subtype.{s}", "hedging", f"Hedges: {s.replace('_', ' ')}",
               f"Hedges of subtype {s}: {_SUBTYPE_NAMES[s]}.", "count", (0, None), "more hedges of this kind", _REF)
        for s in SUBTYPES
    ),
    Metric("hedging.quoted", "hedging", "Hedges in quotations",
           "Hedges inside quotation marks: someone else's words, left out of the figures above by default.",
           "count", (0, None), "more hedged quoted speech", _REF),
)
