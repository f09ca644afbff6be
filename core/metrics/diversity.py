"""Lexical diversity measures over a list of word tokens (the ``lexical`` group computes them).

Every function takes the same token stream, the document's lower-case word tokens in order
(:func:`textmetrics.metrics.lexical.words_of`: numbers are not words, case is folded), and
returns ``None`` where the measure is undefined for so few words. N is the number of tokens,
V the number of distinct tokens (types), V_f the number of types that occur exactly f times.
Logarithms are natural (it matters only for Maas a²; Herdan's C is the same in any base).

- TTR (Templin 1957): V / N. Falls as a text grows, so compare only texts of similar length.
- MATTR (Covington & McFall 2010): the mean TTR of every window of 50 consecutive words.
- MTLD (McCarthy & Jarvis 2010): the mean length of stretches whose running TTR stays above 0.72,
  forwards and backwards; a partial last stretch counts as the fraction (1 − TTR)/(1 − 0.72).
- MTLD-MA (McCarthy & Jarvis 2010; koRpus's procedure): a stretch starts at a word and ends at
  the first word that brings its TTR to 0.72 or below; the mean length of such complete stretches
  of at least 10 words. See :func:`mtld_ma` for the starting points.
- HD-D (McCarthy & Jarvis 2007): for each type, the probability that a random draw of 42 tokens
  (without replacement) contains it, hypergeometric: 1 − C(N − f, 42) / C(N, 42); summed over the
  types and divided by 42, so it reads like a TTR of 42 words. vocd-D estimates the same curve
  by random sampling and curve fitting; McCarthy & Jarvis (2007) propose HD-D as its direct
  computation, so vocd-D itself is not computed: it would be slower and vary with the seed.
- Maas a² (Maas 1972): (ln N − ln V) / (ln N)². Lower means more varied.
- Yule's K (Yule 1944; Tweedie & Baayen 1998, eq. 16): 10⁴ · (Σ f² V_f − N) / N². Lower means
  more varied (a repetition rate, nearly independent of length for a homogeneous text).
- Herdan's C (Herdan 1960): ln V / ln N.
- Guiraud's R, root TTR (Guiraud 1954): V / √N.
- CTTR, corrected TTR (Carroll 1964): V / √(2N).
- MSTTR, mean segmental TTR (Johnson 1944): the mean TTR of consecutive segments of 100 words;
  the words after the last full segment are dropped.

All run in linear time but MTLD-MA, whose cost is N × (mean factor length) with every word as a
start; the lexical group caps its starts (:func:`ma_step`). HD-D, Maas, Yule, Herdan, Guiraud and
CTTR read the type frequencies (counted once per document, :class:`Frequencies`), HD-D in
O(number of distinct frequencies).
"""

from __future__ import annotations

import math
from collections import Counter
from itertools import islice

__all__ = [
    "Frequencies", "ttr", "mattr", "mtld", "mtld_ma", "hdd", "maas_a2", "yules_k", "herdan_c",
    "guiraud_r", "cttr", "msttr", "MATTR_WINDOW", "MTLD_THRESHOLD", "MTLD_MA_MIN_LENGTH",
    "MTLD_MA_STARTS", "ma_step", "HDD_SAMPLE", "MSTTR_SEGMENT",
]

MATTR_WINDOW = 50
MTLD_THRESHOLD = 0.72
MTLD_MA_MIN_LENGTH = 10  # koRpus keeps factors longer than min.tokens = 9
MTLD_MA_STARTS = 10  # the lexical group's cap on MTLD-MA's starting points (see ma_step)
HDD_SAMPLE = 42
MSTTR_SEGMENT = 100


class Frequencies:
    """The counts a text's frequency-based measures share, worked out once: N, V and the
    frequency spectrum {f: V_f} (a few dozen entries for an op-ed, against hundreds of types)."""

    __slots__ = ("tokens", "types", "spectrum")

    def __init__(self, words: list[str]) -> None:
        counts = Counter(words)
        self.tokens = len(words)
        self.types = len(counts)
        self.spectrum: dict[int, int] = Counter(counts.values())


def _frequencies(words: list[str] | Frequencies) -> Frequencies:
    return words if isinstance(words, Frequencies) else Frequencies(words)


# --- order-independent measures (from N, V and the spectrum) -------------------------------------

def hdd(words: list[str] | Frequencies, sample: int = HDD_SAMPLE) -> float | None:
    """HD-D (McCarthy & Jarvis 2007): Σ over types of (1 − C(N − f, n) / C(N, n)) / n, n = 42.

    None for N < n (no sample of n tokens can be drawn; lexicalrichness raises there). With
    N = n every type is drawn for sure and HD-D equals the TTR. The ratio of binomials is taken
    through log-gamma, once per distinct frequency: exp(lnΓ(N−f+1) − lnΓ(N−f−n+1) − lnΓ(N+1) +
    lnΓ(N−n+1)); it is 0 (the type is always drawn) when f > N − n.
    """
    freq = _frequencies(words)
    n, total = sample, freq.tokens
    if total < n or n < 1:
        return None
    lgamma = math.lgamma
    base = lgamma(total - n + 1) - lgamma(total + 1)
    drawn = 0.0  # the expected number of types in a sample of n tokens
    for f, types in freq.spectrum.items():
        if f > total - n:
            drawn += types
        else:
            drawn += types * -math.expm1(lgamma(total - f + 1) - lgamma(total - f - n + 1) + base)
    return drawn / n


def maas_a2(words: list[str] | Frequencies) -> float | None:
    """Maas a² (Maas 1972): (ln N − ln V) / (ln N)²; lower means more varied.

    None for N < 2 (ln 1 = 0). Natural logarithms, as lexicalrichness; koRpus and TAALED use base
    10, which multiplies a² by ln 10 (docs/lexical.md)."""
    freq = _frequencies(words)
    if freq.tokens < 2:
        return None
    log_n = math.log(freq.tokens)
    return (log_n - math.log(freq.types)) / (log_n * log_n)


def yules_k(words: list[str] | Frequencies) -> float | None:
    """Yule's K (Yule 1944, as Tweedie & Baayen 1998, eq. 16): 10⁴ · (Σ f² V_f − N) / N².

    0 when no word repeats; None for N = 0. The sum is exact in integers before the one division."""
    freq = _frequencies(words)
    total = freq.tokens
    if not total:
        return None
    squares = sum(f * f * types for f, types in freq.spectrum.items())
    return 10_000 * (squares - total) / (total * total)


def herdan_c(words: list[str] | Frequencies) -> float | None:
    """Herdan's C (Herdan 1960), log TTR: ln V / ln N. None for N < 2 (ln 1 = 0)."""
    freq = _frequencies(words)
    if freq.tokens < 2:
        return None
    return math.log(freq.types) / math.log(freq.tokens)


def guiraud_r(words: list[str] | Frequencies) -> float | None:
    """Guiraud's R (Guiraud 1954), root TTR: V / √N. None for N = 0."""
    freq = _frequencies(words)
    return freq.types / math.sqrt(freq.tokens) if freq.tokens else None


def cttr(words: list[str] | Frequencies) -> float | None:
    """Carroll's corrected TTR (Carroll 1964): V / √(2N). None for N = 0."""
    freq = _frequencies(words)
    return freq.types / math.sqrt(2 * freq.tokens) if freq.tokens else None


# --- order-dependent measures (read the word sequence) -------------------------------------------

def ttr(words: list[str]) -> float | None:
    """TTR (Templin 1957): V / N; None for N = 0."""
    return len(set(words)) / len(words) if words else None


def mattr(words: list[str], window: int = MATTR_WINDOW) -> float | None:
    """MATTR (Covington & McFall 2010): the mean TTR of every window of ``window`` words.

    Texts no longer than the window get their plain TTR. Linear: a sliding window of counts."""
    if len(words) <= window:
        return ttr(words)
    counts: dict[str, int] = {}
    get = counts.get
    for word in words[:window]:
        counts[word] = get(word, 0) + 1
    total = len(counts)
    # slide: one word leaves, one enters; a plain dict beats Counter here (no __missing__ calls)
    for leaving, entering in zip(words, words[window:]):
        left = counts[leaving] - 1
        if left:
            counts[leaving] = left
        else:
            del counts[leaving]
        counts[entering] = get(entering, 0) + 1
        total += len(counts)
    return total / (len(words) - window + 1) / window


def _mtld_pass(words: list[str], threshold: float) -> float:
    factors = 0.0
    types: set[str] = set()
    count = 0
    for word in words:
        types.add(word)
        count += 1
        if len(types) / count <= threshold:
            factors += 1
            types, count = set(), 0
    if count:
        factors += (1 - len(types) / count) / (1 - threshold)
    return len(words) / factors if factors else float(len(words))


def mtld(words: list[str], threshold: float = MTLD_THRESHOLD) -> float | None:
    """MTLD (McCarthy & Jarvis 2010): N / factors, forwards and backwards, averaged.

    A factor closes when the running TTR falls to ``threshold`` or below; the partial last factor
    counts (1 − TTR)/(1 − threshold). A text with no factor at all (every word distinct) gets N."""
    if not words:
        return None
    return (_mtld_pass(words, threshold) + _mtld_pass(words[::-1], threshold)) / 2


def mtld_ma(words: list[str], threshold: float = MTLD_THRESHOLD, min_length: int = MTLD_MA_MIN_LENGTH,
            step: int = 1) -> float | None:
    """MTLD-MA, the moving-average MTLD (McCarthy & Jarvis 2010), as koRpus computes it.

    From each starting word (every ``step``-th word; 1 is the original definition) a factor runs
    forwards until its TTR falls to ``threshold`` or below (the same rule as :func:`mtld`); its
    length is counted if it has at least ``min_length`` words (koRpus drops shorter ones). The
    first start whose factor reaches the end of the text without closing ends the procedure
    (koRpus's rule: near the end only the factors that happen to close early would be counted,
    which would bias the mean down). The result is the mean length of the counted factors; None
    when there is none.

    Each start reads its factor word by word, so step 1 costs N × (mean factor length) steps,
    about 75,000 for the 648-word examples/oped.txt, 1.5 times the whole of analyze(). The lexical
    group therefore passes ``step=ma_step(N)`` (at most :data:`MTLD_MA_STARTS` evenly spaced
    starts, koRpus's ``steps`` option); docs/lexical.md gives its agreement with step 1.
    """
    total = factors = 0
    for start in range(0, len(words), step):
        length = _factor_length(words, start, threshold)
        if not length:
            break  # ran off the end without closing
        if length >= min_length:
            total += length
            factors += 1
    return total / factors if factors else None


def _factor_length(words: list[str], start: int, threshold: float) -> int:
    """The length of the factor from ``start`` (0 if it never closes). The TTR falls only on a
    repeated word, so only repeats are tested; the same float test as :func:`mtld`."""
    seen: set[str] = set()
    add = seen.add
    types = 0
    for length, word in enumerate(islice(words, start, None), 1):
        if word in seen:
            if types / length <= threshold:
                return length
        else:
            add(word)
            types += 1
    return 0


def ma_step(tokens: int, starts: int = MTLD_MA_STARTS) -> int:
    """The step between MTLD-MA's starting points that keeps them to at most ``starts``: every
    word for texts of up to ``starts`` words, every ⌈N / starts⌉-th word for longer ones."""
    return max(1, -(-tokens // starts))


def msttr(words: list[str], segment: int = MSTTR_SEGMENT) -> float | None:
    """MSTTR (Johnson 1944): the mean TTR of the consecutive ``segment``-word segments.

    The words after the last full segment are dropped (so every segment has the same length and
    the same TTR scale); None when there is not one full segment (N < ``segment``)."""
    full = len(words) // segment
    if not full:
        return None
    return sum(len(set(words[i:i + segment])) for i in range(0, full * segment, segment)) / (full * segment)
