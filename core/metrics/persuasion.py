"""The ``persuasion`` group: how the author pushes claims and enlists the reader.

For every marker category except ``hedge`` (see :mod:`textmetrics.markers`): ``{count,
per_1000_words}`` of the author's markers (those inside quotations are left out unless
``include_quoted``), plus three composite scores:

- ``certainty_balance`` = (B − H) / (B + H), with B the author's boosters and H their hedges: −1 for
  a text that only hedges, +1 for one that only boosts, None when it does neither. Hyland (2005,
  ch. 3) treats hedges and boosters as the two poles of commitment: their balance, not either count
  alone, is the writer's stance; the raw difference B − H tracks rated sentence certainty
  (Pei & Jurgens 2021; see docs/markers.md), and dividing by B + H makes texts of any length
  comparable.
- ``persuasion_intensity``: all the author's persuasive markers (every category but hedge) per
  1,000 words: boosters, attitude, directives, intensifiers, absolutes, superlatives, reader
  pronouns, questions, exclamations, appeals to authority. Hyland's stance and engagement markers
  together, as one rate, in the manner of Biber's (1988) dimension scores built from feature rates.
- ``engagement_per_1000_words``: the reader-oriented subset (inclusive we, you, directives,
  rhetorical questions) per 1,000 words: Hyland's (2005) engagement markers.
"""

from __future__ import annotations

from textmetrics.catalogue import Metric
from textmetrics.metrics.hedging import per_1000, word_count
from textmetrics.markers.lexicon import CATEGORIES

__all__ = ["compute", "CATALOGUE", "PERSUASION_CATEGORIES", "ENGAGEMENT"]

PERSUASION_CATEGORIES: tuple[str, ...] = tuple(c for c in CATEGORIES if c != "hedge")
ENGAGEMENT = ("first_person_plural", "second_person", "directive", "rhetorical_question")


def compute(markers, doc, include_quoted: bool = False, words: int | None = None) -> dict:
    """The persuasion group of the JSON document from the document's markers."""
    counts = dict.fromkeys(CATEGORIES, 0)
    for m in markers:
        if m.in_quote and not include_quoted:
            continue
        counts[m.category] = counts.get(m.category, 0) + 1
    if words is None:
        words = word_count(doc)
    out: dict = {c: {"count": counts[c], "per_1000_words": per_1000(counts[c], words)} for c in PERSUASION_CATEGORIES}
    boosters, hedges = counts["booster"], counts["hedge"]
    out["certainty_balance"] = (boosters - hedges) / (boosters + hedges) if boosters + hedges else None
    out["persuasion_intensity"] = per_1000(sum(counts[c] for c in PERSUASION_CATEGORIES), words)
    out["engagement_per_1000_words"] = per_1000(sum(counts[c] for c in ENGAGEMENT), words)
    return out


_DESCRIPTIONS = {
    "booster": ("Boosters", "asserted certainty (certainly, clearly, in fact, it is clear that, must have)", "more insistent certainty"),
    "attitude": ("Attitude markers", "the writer's evaluation (unfortunately, importantly, it is essential that, outrageous)", "more overt evaluation"),
    "directive": ("Directives", "obligation or a call to act (must, should, need to, let us, urge, imperatives)", "more calls to act"),
    "intensifier": ("Intensifiers", "amplified degree (very, extremely, deeply, so + adjective)", "more amplified language"),
    "absolute": ("Absolutes", "universal claims (all, every, always, never, nothing, nobody)", "more sweeping claims"),
    "superlative": ("Superlatives", "extreme comparison (best, worst, most + adjective, unprecedented)", "more extreme comparison"),
    "first_person_plural": ("Inclusive we", "first person plural (we, us, our, let's)", "more enlisting of the reader"),
    "second_person": ("Second person", "addressing the reader (you, your)", "more direct address"),
    "rhetorical_question": ("Rhetorical questions", "questions in the author's voice", "more rhetorical questions"),
    "exclamation": ("Exclamations", "exclaimed sentences in the author's voice", "more exclamation"),
    "authority": ("Appeals to authority", "appeals to sources and evidence (according to, experts say, studies show)", "more appeal to authority"),
}
_REF = "Hyland (2005) Metadiscourse; Biber (2006) University Language; Holmes (1988)"


def _category_entries(cat: str):
    name, what, higher = _DESCRIPTIONS[cat]
    yield Metric(f"persuasion.{cat}.count", "persuasion", name, f"The author's markers of {what}, outside quotations.",
                 "count", (0, None), higher, _REF)
    yield Metric(f"persuasion.{cat}.per_1000_words", "persuasion", f"{name} per 1,000 words",
                 f"Count of {name.lower()} × 1000 / words.", "per 1,000 words", (0, None), higher, _REF)


CATALOGUE = (
    *(e for cat in PERSUASION_CATEGORIES for e in _category_entries(cat)),
    Metric("persuasion.certainty_balance", "persuasion", "Certainty balance",
           "(boosters − hedges) / (boosters + hedges): the author's commitment, from −1 (only hedges) to +1 "
           "(only boosters); null without either.", "ratio", (-1, 1), "more assertive, less qualified claims",
           "Hyland (2005); Pei & Jurgens (2021) for the rated-certainty check"),
    Metric("persuasion.persuasion_intensity", "persuasion", "Persuasion intensity",
           "All the author's persuasive markers (every category but hedge) per 1,000 words.",
           "per 1,000 words", (0, None), "more insistent, persuasive prose", "Hyland (2005); Biber (1988)"),
    Metric("persuasion.engagement_per_1000_words", "persuasion", "Reader engagement",
           "Inclusive we, you, directives and rhetorical questions per 1,000 words.", "per 1,000 words",
           (0, None), "more direct engagement of the reader", "Hyland (2005), engagement markers"),
)
