"""The style layer: passive voice, nominalizations and -ly adverbs as spans of the text.

::

    from textmetrics.text.document import build_document
    from textmetrics.style import find_style_spans, style_counts
    doc = build_document(text)
    spans = find_style_spans(doc)
    for s in spans:
        print(s.category, s.subtype, s.text, s.rule)   # text == doc.text[s.start:s.end]
    group = style_counts(spans, doc, doc.word_count)

Three categories, each with its subtypes and rules (:data:`RULES` describes every rule id):

- ``passive`` (:mod:`.passive`): ``full`` when a by-agent follows, ``agentless`` otherwise, the
  two passive features of Biber (1988, features 17 and 18), after the grammar of Quirk et al. (1985)
  §3.63-3.78 and Biber et al. (1999) §6.4;
- ``nominalization`` (:mod:`.nominalization`): the suffix (``tion``, ``ment``, ``ness``, ``ity``),
  Biber's (1988) feature 14 restricted to derived words;
- ``adverb`` (:mod:`.adverbs`): ``manner`` or ``degree`` -ly adverbs (Quirk et al. 1985, ch. 8).

The layer is separate from the stance markers (:mod:`textmetrics.markers`): its category names
are distinct, and a word may be in both ("clearly" a booster and an adverb; "was reportedly
considered" a passive holding a hedge). One pass over the document's tokens: each word form's
code is looked up in a memo (:mod:`.codes`) and only the few words with a non-zero code are read.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain, compress
from operator import attrgetter

from textmetrics.text.spans import Span
from textmetrics.style.adverbs import RULES as _ADVERB_RULES, adverb_subtype
import textmetrics.style.codes  # noqa: F401 - registers the chunks' style codes
from textmetrics.style.lexicon import ADV, ADV_DUAL, NOM, START, style_lexicon
from textmetrics.style.metrics import CATALOGUE, style_counts
from textmetrics.style.nominalization import RULE as _NOM_RULE, nominalization_suffix
from textmetrics.style.passive import find_passives

_STYLE = attrgetter("style")

__all__ = ["StyleSpan", "find_style_spans", "style_counts", "CATALOGUE", "RULES", "CATEGORIES"]

CATEGORIES = ("passive", "nominalization", "adverb")

# rule id -> one sentence for a reader (the editor page shows it on hover)
RULES: dict[str, str] = {
    "passive.be": "A form of be (is, was, 's, been, being ...) followed, across adverbs and negation, "
                  "by the past participle of a verb that can be passive, not used as an adjective.",
    "passive.perfect": "A perfect passive: a form of have, then been, then a past participle "
                       "(has been done, 've been told).",
    "passive.progressive": "A progressive passive: a form of be, then being, then a past participle "
                           "(is being discussed).",
    "passive.get": "A get-passive: a form of get followed by a past participle (got fired), but not "
                   "reflexive or change-of-state uses (got dressed, got married, got lost).",
    "passive.question": "A passive question with the subject between the auxiliary and the participle "
                        "(Was the package delivered?).",
    "nominalization.suffix": "A noun derived from a verb or adjective with -tion, -ment, -ness or -ity "
                             "(plurals too), Biber's (1988) nominalizations; underived words such as "
                             "nation, moment and city are not counted.",
    "adverb.manner": "An -ly adverb of manner (quickly, carefully), not an -ly adjective or noun "
                     "(friendly, family) nor a sentence, linking, time or focusing adverb.",
    "adverb.degree": "An -ly intensifier or downtoner from the degree list (extremely, completely, "
                     "slightly).",
}

_LOWER = attrgetter("lower")
_WORDS = ("word", "number")
_CLAUSE_OPENERS = frozenset({",", ";", ":", "(", "-", "--"})  # "He was, frankly, rude"


@dataclass(slots=True)
class StyleSpan(Span):
    """One style span (a :class:`~textmetrics.text.spans.Span`); ``rule``: the rule that found it."""

    rule: str


def _span_start(doc, tok) -> int:
    """Where a passive starting at ``tok`` begins: at the apostrophe of a clitic ("it's done" ->
    "'s done"), else at the token ("wasn't told")."""
    if "'" in tok.lower and not tok.lower.endswith("n't"):
        return doc.norm.rfind("'", tok.start, tok.end)
    return tok.start


def _first_word(toks, lo: int, hi: int) -> int:
    """The index of the sentence's first word or number token (``hi`` if none)."""
    for k in range(lo, hi):
        if toks[k].kind in _WORDS:
            return k
    return hi


def find_style_spans(doc) -> list[StyleSpan]:
    """Every style span of ``doc`` (a :class:`~textmetrics.text.document.Document`), in text order
    (by start; a passive before the adverb inside it)."""
    toks = doc.tokens
    if not toks:
        return []
    lows = list(map(_LOWER, toks))
    codes = list(chain.from_iterable(map(_STYLE, doc.records)))
    hits = list(compress(range(len(codes)), codes))
    if not hits:
        return []
    lex, text = style_lexicon(), doc.text
    out: list[StyleSpan] = []
    append = out.append
    h, n_hits, hi = 0, len(hits), 0
    for sentence in doc.sentences:
        lo = hi
        hi = lo + len(sentence.tokens)
        if h >= n_hits:
            break
        if hits[h] >= hi:
            continue
        j = h
        while j < n_hits and hits[j] < hi:
            j += 1
        idx, h = hits[h:j], j
        s = sentence.index
        first = -1  # the sentence's first word, found once if a clearly-type adverb needs it
        starts = [i for i in idx if codes[i] & START]
        if starts:
            for begin, p, rule, subtype in find_passives(toks, lows, codes, lo, hi, starts, lex):
                a = _span_start(doc, toks[begin])
                b = toks[p].end
                append(StyleSpan("passive", subtype, a, b, text[a:b], s, rule))
        for i in idx:
            c = codes[i]
            if c & NOM:
                t = toks[i]
                append(StyleSpan("nominalization", nominalization_suffix(lows[i], lex), t.start, t.end,
                                 t.text, s, _NOM_RULE))
            elif c & ADV:
                if c & ADV_DUAL:  # a disjunct where it opens the sentence or follows , ; : (
                    if first < 0:
                        first = _first_word(toks, lo, hi)
                    if i == first or lows[i - 1] in _CLAUSE_OPENERS:
                        continue
                t = toks[i]
                append(StyleSpan("adverb", adverb_subtype(c), t.start, t.end, t.text, s,
                                 _ADVERB_RULES[c & ADV]))
    out.sort(key=lambda sp: (sp.start, -sp.end))
    return out
