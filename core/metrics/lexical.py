"""The ``lexical`` group: lexical diversity of the document's word tokens, and its catalogue.

The token stream is defined once, here (:func:`words_of`), and every measure reads it: the word
tokens of the document in order (tokeniser kind ``word``: letters, with inner apostrophes and
hyphens, so "U.S.-based" and "don't" are one word each; numbers such as "2019" or "$1,200" are
not words), case-folded to lower case ("The" and "the" are one type). No stemming and no
stop-word removal. The measures themselves are in :mod:`textmetrics.metrics.diversity`, each with
its formula and citation; docs/lexical.md compares them with the ``lexicalrichness`` package.

Keys of the group, with the catalogue ids ``lexical.<key>``: ``types``, ``type_token_ratio``,
``mattr``, ``mtld`` (unchanged), then ``hdd``, ``maas_a2``, ``yules_k``, ``herdan_c``,
``guiraud_r``, ``cttr``, ``msttr``, ``mtld_ma``. A measure undefined for so few words is None
(JSON null), never NaN or infinity.
"""

from __future__ import annotations

from itertools import chain
from operator import attrgetter

from textmetrics.catalogue import Metric
from textmetrics.metrics.diversity import (
    HDD_SAMPLE, MATTR_WINDOW, MSTTR_SEGMENT, MTLD_MA_MIN_LENGTH, MTLD_MA_STARTS, MTLD_THRESHOLD,
    Frequencies, cttr, guiraud_r, hdd, herdan_c, ma_step, maas_a2, mattr, msttr, mtld, mtld_ma, ttr,
    yules_k,
)
from textmetrics.text.chunks import Chunk, chunk_fact
from textmetrics.text.document import Document
from textmetrics.text.tokens import WORD

# ttr, mattr, mtld and the two constants are re-exported: callers imported them from here
__all__ = ["compute", "words_of", "ttr", "mattr", "mtld", "CATALOGUE", "MATTR_WINDOW", "MTLD_THRESHOLD"]


@chunk_fact("words")
def _chunk_words(chunk: Chunk) -> tuple[str, ...]:
    """A chunk's lower-case word tokens (numbers are not words here)."""
    return tuple(t.lower for t in chunk.tokens if t.kind is WORD)


_WORDS = attrgetter("words")


def words_of(doc: Document) -> list[str]:
    """The lower-case word tokens of the document, in order (the ``lower`` of its word tokens)."""
    return list(chain.from_iterable(map(_WORDS, doc.records)))


def compute(doc: Document) -> dict[str, float | int | None]:
    words = words_of(doc)
    # N, V and the frequency spectrum once, for the TTR and the six measures that need only them
    freq = Frequencies(words)
    return {
        "types": freq.types,
        "type_token_ratio": freq.types / freq.tokens if words else None,  # = ttr(words), without a second set
        "mattr": mattr(words),
        "mtld": mtld(words),
        "hdd": hdd(freq),
        "maas_a2": maas_a2(freq),
        "yules_k": yules_k(freq),
        "herdan_c": herdan_c(freq),
        "guiraud_r": guiraud_r(freq),
        "cttr": cttr(freq),
        "msttr": msttr(words),
        "mtld_ma": mtld_ma(words, step=ma_step(len(words))),
    }


_VARIED = "more varied vocabulary"

CATALOGUE = (
    Metric("lexical.types", "lexical", "Distinct words", "Distinct lower-case words.", "count", (0, None),
           "a larger vocabulary"),
    Metric("lexical.type_token_ratio", "lexical", "Type-token ratio",
           "Distinct words / words; depends on text length.", "ratio", (0, 1), _VARIED, "Templin (1957)"),
    Metric("lexical.mattr", "lexical", "MATTR", f"Mean type-token ratio over moving windows of {MATTR_WINDOW} words.",
           "ratio", (0, 1), _VARIED, "Covington & McFall (2010)"),
    Metric("lexical.mtld", "lexical", "MTLD", f"Mean length of word runs keeping a type-token ratio above "
           f"{MTLD_THRESHOLD}, forwards and backwards.", "words", (0, None), _VARIED, "McCarthy & Jarvis (2010)"),
    Metric("lexical.hdd", "lexical", "HD-D",
           f"Expected type-token ratio of a random {HDD_SAMPLE}-word sample: the sum over word types of "
           f"(1 - C(N-f, {HDD_SAMPLE}) / C(N, {HDD_SAMPLE})) / {HDD_SAMPLE}, hypergeometric (N words, f the "
           f"type's count); stands in for vocd-D. Null under {HDD_SAMPLE} words.",
           "ratio", (0, 1), _VARIED, "McCarthy & Jarvis (2007)"),
    Metric("lexical.maas_a2", "lexical", "Maas a²",
           "(ln N - ln V) / (ln N)², N words and V distinct words, natural logarithms; lower is more varied. "
           "Null under 2 words.", "index", (0, None), "more repetitive vocabulary", "Maas (1972)"),
    Metric("lexical.yules_k", "lexical", "Yule's K",
           "10^4 × (Σ f² V_f - N) / N², V_f the number of word types occurring f times in N words; "
           "lower is more varied. Null without words.",
           "index", (0, None), "more repetitive vocabulary", "Yule (1944); Tweedie & Baayen (1998)"),
    Metric("lexical.herdan_c", "lexical", "Herdan's C", "log V / log N (log type-token ratio). Null under 2 words.",
           "ratio", (0, 1), _VARIED, "Herdan (1960)"),
    Metric("lexical.guiraud_r", "lexical", "Guiraud's R", "V / √N (root type-token ratio). Null without words.",
           "index", (0, None), _VARIED, "Guiraud (1954)"),
    Metric("lexical.cttr", "lexical", "CTTR", "V / √(2N) (Carroll's corrected type-token ratio). Null without words.",
           "index", (0, None), _VARIED, "Carroll (1964)"),
    Metric("lexical.msttr", "lexical", "MSTTR",
           f"Mean type-token ratio of consecutive {MSTTR_SEGMENT}-word segments; the words after the last full "
           f"segment are dropped. Null under {MSTTR_SEGMENT} words.", "ratio", (0, 1), _VARIED, "Johnson (1944)"),
    Metric("lexical.mtld_ma", "lexical", "MTLD-MA",
           f"Moving-average MTLD: mean length of the word runs that start at a word and end where their "
           f"type-token ratio first falls to {MTLD_THRESHOLD}, runs under {MTLD_MA_MIN_LENGTH} words not counted; "
           f"from at most {MTLD_MA_STARTS} evenly spaced starting words. Null when no run closes.",
           "words", (0, None), _VARIED, "McCarthy & Jarvis (2010)"),
)
