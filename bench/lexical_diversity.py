"""Lexical diversity: textmetrics against ``lexicalrichness`` (PyPI) on the same words, stability
across text length, and the cost of the measures on the op-ed.

    pip install lexicalrichness   # a bench dependency only
    python bench/lexical_diversity.py [--shared ../shared] [--per-corpus 200] [--vocd 60]

1. Agreement. Each document's word stream (``words_of``: lower-case word tokens, numbers
   excluded) is given to ``LexicalRichness(words, preprocessor=None, tokenizer=None)``, so its own
   preprocessing and tokeniser are bypassed and both sides read the same list. Every measure both
   compute is compared (max absolute difference where both are defined; documents where only one
   side is defined, or where they differ by more than 1e-6, are counted and the reason is printed).
   Corpora: whole NYT editorials (the VADER snippets joined by article id, as
   bench/readability_speed.py does) and a fixed sample of each reference corpus.
2. Length. Pearson's r of each measure with the number of words, per corpus, beside TTR's.
   MTLD-MA is also computed with every word as a start (step 1) to show how closely the lexical
   group's capped form (at most ``MTLD_MA_STARTS`` = 10 evenly spaced starts) follows it.
3. HD-D and vocd-D (``--vocd N``): lexicalrichness's vocd-D (random samples, seed 42) on N
   documents, against HD-D: Pearson's r (McCarthy & Jarvis 2007 report HD-D ≈ vocd-D).
4. Cost on examples/oped.txt: the lexical group as it is (``lexical.compute``) against the group
   as it was before the new measures (types, TTR, MATTR, MTLD from the same words), and both
   against the whole analyze() with every group, interleaved (medians of many runs; a busy host
   slows every part alike, so the share of analyze() is the figure to compare across hosts).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import math
import statistics
import sys
import time
from pathlib import Path

from lexicalrichness import LexicalRichness

import textmetrics
from textmetrics.metrics import diversity as d
from textmetrics.metrics import lexical
from textmetrics.metrics.lexical import words_of
from textmetrics.text.document import build_document

ROOT = Path(__file__).resolve().parent.parent
TOLERANCE = 1e-6

# ours -> lexicalrichness, on the same word list; None where lexicalrichness raises
PAIRS = {
    "type_token_ratio": (d.ttr, lambda lr: lr.ttr),
    "mattr": (d.mattr, lambda lr: lr.mattr(window_size=d.MATTR_WINDOW)),
    "mtld": (d.mtld, lambda lr: lr.mtld(threshold=d.MTLD_THRESHOLD)),
    "hdd": (d.hdd, lambda lr: lr.hdd(draws=d.HDD_SAMPLE)),
    "maas_a2": (d.maas_a2, lambda lr: lr.Maas),
    "yules_k": (d.yules_k, lambda lr: lr.yulek),
    "herdan_c": (d.herdan_c, lambda lr: lr.Herdan),
    "guiraud_r": (d.guiraud_r, lambda lr: lr.rttr),
    "cttr": (d.cttr, lambda lr: lr.cttr),
    "msttr": (d.msttr, lambda lr: lr.msttr(segment_window=d.MSTTR_SEGMENT)),
}

# Why the two sides may legitimately disagree (docs/lexical.md has the sources).
def explain(key: str, n: int, ours, theirs) -> str:
    if key == "msttr" and n >= d.MSTTR_SEGMENT and n % d.MSTTR_SEGMENT == 0:
        return "MSTTR: N a multiple of 100; lexicalrichness drops the last segment even when it is full"
    if key == "mattr" and theirs is None and n < d.MATTR_WINDOW:
        return "MATTR: N < 50; we give the plain TTR, lexicalrichness raises"
    if ours is None and theirs is not None:
        return f"{key}: undefined here (N={n}), lexicalrichness returns a value"
    if theirs is None and ours is not None:
        return f"{key}: lexicalrichness raises (N={n})"
    return f"{key}: unexplained"


def ours_all(words: list[str]) -> dict[str, float | None]:
    out = {key: ours(words) for key, (ours, _) in PAIRS.items()}
    out["mtld_ma"] = d.mtld_ma(words, step=d.ma_step(len(words)))
    return out


def theirs_all(words: list[str]) -> dict[str, float | None]:
    lr = LexicalRichness(words, preprocessor=None, tokenizer=None)
    out = {}
    for key, (_, theirs) in PAIRS.items():
        try:
            value = float(theirs(lr))
        except (ValueError, ZeroDivisionError):
            value = None
        out[key] = value if value is not None and math.isfinite(value) else None
    return out


def sample(path: Path, n: int) -> list[str]:
    """A fixed sample of ``n`` documents: the first by the MD5 of their id (the same on every run)."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    rows.sort(key=lambda r: hashlib.md5(r["id"].encode()).hexdigest())
    return [r["text"] for r in rows[:n]]


def nyt_editorials(path: Path) -> list[str]:
    """Whole NYT editorials: the snippets grouped by the article part of their id ("12_3" -> "12"),
    joined in sentence order."""
    articles: dict[str, list[tuple[int, str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        article, _, number = row["id"].rpartition("_")
        articles.setdefault(article, []).append((int(number), row["text"]))
    return [" ".join(t for _, t in sorted(rows)) for rows in articles.values()]


def agreement(corpora: dict[str, list[list[str]]]) -> None:
    print("## Agreement with lexicalrichness on the same word lists\n")
    worst = {key: 0.0 for key in PAIRS}
    both = {key: 0 for key in PAIRS}
    reasons: dict[str, int] = {}
    for docs in corpora.values():
        for words in docs:
            ours, theirs = ours_all(words), theirs_all(words)
            for key in PAIRS:
                a, b = ours[key], theirs[key]
                if a is None and b is None:
                    continue
                if a is None or b is None or abs(a - b) > TOLERANCE:
                    reason = explain(key, len(words), a, b)
                    reasons[reason] = reasons.get(reason, 0) + 1
                    continue
                both[key] += 1
                worst[key] = max(worst[key], abs(a - b))
    print("| measure | documents compared | max abs difference |")
    print("|---|---:|---:|")
    for key in PAIRS:
        print(f"| {key} | {both[key]} | {worst[key]:.2e} |")
    print("\nDocuments left out of the comparison above (one side undefined, or a documented difference):\n")
    for reason, count in sorted(reasons.items()):
        print(f"- {count} x {reason}")
    print()


def length_correlation(corpora: dict[str, list[list[str]]]) -> None:
    keys = ["type_token_ratio", "mattr", "mtld", "mtld_ma", "hdd", "maas_a2", "yules_k", "herdan_c",
            "guiraud_r", "cttr", "msttr"]
    print("## Pearson's r with the number of words (documents where the measure is defined)\n")
    print("| measure | " + " | ".join(corpora) + " |")
    print("|---|" + "---:|" * len(corpora))
    values = {name: [ours_all(w) | {"n": len(w)} for w in docs] for name, docs in corpora.items()}
    for key in keys:
        cells = []
        for rows in values.values():
            pairs = [(r["n"], r[key]) for r in rows if r[key] is not None]
            cells.append(f"{statistics.correlation(*zip(*pairs)):+.2f}" if len(pairs) > 2 else "n/a")
        print(f"| {key} | " + " | ".join(cells) + " |")
    print("\n| corpus | documents | median words |")
    print("|---|---:|---:|")
    for name, docs in corpora.items():
        print(f"| {name} | {len(docs)} | {statistics.median(map(len, docs)):.0f} |")
    print()


def mtld_ma_cap(corpora: dict[str, list[list[str]]]) -> None:
    print(f"## MTLD-MA: at most {d.MTLD_MA_STARTS} starts (the lexical group) against every word as a start\n")
    print("| corpus | documents | Pearson r | mean abs relative difference | 95th percentile |")
    print("|---|---:|---:|---:|---:|")
    for name, docs in corpora.items():
        pairs = []
        for words in docs:
            exact = d.mtld_ma(words)
            capped = d.mtld_ma(words, step=d.ma_step(len(words)))
            if exact is not None and capped is not None:
                pairs.append((capped, exact))
        rel = sorted(abs(c - e) / e for c, e in pairs)
        print(f"| {name} | {len(pairs)} | {statistics.correlation(*zip(*pairs)):.3f} | "
              f"{statistics.mean(rel):.3f} | {rel[int(0.95 * (len(rel) - 1))]:.3f} |")
    print()


def vocd(docs: list[list[str]], n: int) -> None:
    docs = [w for w in docs if len(w) > 50][:n]
    hdd = [d.hdd(w) for w in docs]
    vocd_d = [float(LexicalRichness(w, preprocessor=None, tokenizer=None).vocd(seed=42)) for w in docs]
    print(f"## HD-D against lexicalrichness's vocd-D (seed 42), {len(docs)} documents\n")
    print(f"Pearson r = {statistics.correlation(hdd, vocd_d):.3f}\n")


def cost(runs: int) -> None:
    text = (ROOT / "examples" / "oped.txt").read_text(encoding="utf-8")
    doc = build_document(text)
    n = len(words_of(doc))

    def before() -> None:  # the group before this change: types, TTR, MATTR, MTLD
        words = words_of(doc)
        len(set(words)), d.ttr(words), d.mattr(words), d.mtld(words)

    def every_start() -> None:
        d.mtld_ma(words_of(doc))

    parts = {"group": lambda: lexical.compute(doc), "before": before, "mtld_ma step 1": every_start,
             "analyze": lambda: textmetrics.analyze(text)}
    times: dict[str, list[float]] = {name: [] for name in parts}
    for func in parts.values():
        func()
    for _ in range(runs):  # interleaved, so a busy host slows every part alike
        for name, func in parts.items():
            t0 = time.perf_counter()
            func()
            times[name].append(time.perf_counter() - t0)
    med = {name: statistics.median(t) * 1000 for name, t in times.items()}
    added = med["group"] - med["before"]
    share = added / med["analyze"]
    print(f"## Cost on examples/oped.txt ({n} words), median of {runs} interleaved runs\n")
    print(f"- analyze(), every group: {med['analyze']:.3f} ms")
    print(f"- lexical group: {med['group']:.3f} ms, before the new measures {med['before']:.3f} ms: "
          f"added {added:.3f} ms = {100 * share:.1f} % of analyze() ({4.5 * share:.3f} ms of a 4.5-ms analyze())")
    print(f"- MTLD-MA with every word as a start (not used): {med['mtld_ma step 1']:.3f} ms "
          f"({100 * med['mtld_ma step 1'] / med['analyze']:.0f} % of analyze())")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared/ folder")
    parser.add_argument("--per-corpus", type=int, default=200, help="documents sampled per reference corpus")
    parser.add_argument("--vocd", type=int, default=0, help="compare HD-D with vocd-D on this many editorials")
    parser.add_argument("--runs", type=int, default=200, help="timing runs")
    args = parser.parse_args()
    data = Path(args.shared) / "data"
    texts = {"nyt editorials": nyt_editorials(data / "sentiment/vader_ground_truth/nyt_editorial_snippets.jsonl")}
    for name in ("editorials", "news", "speeches", "abstracts", "tweets"):
        texts[name] = sample(data / "reference" / f"{name}.jsonl.gz", args.per_corpus)
    corpora = {name: [words_of(build_document(t)) for t in docs] for name, docs in texts.items()}
    agreement(corpora)
    long_enough = {name: docs for name, docs in corpora.items() if name != "tweets"}
    length_correlation(long_enough)
    mtld_ma_cap(long_enough)
    if args.vocd:
        vocd(corpora["nyt editorials"] + corpora["editorials"], args.vocd)
    cost(args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
