"""Memory and speed of the per-word and per-chunk memos on a varied corpus, for two memo bounds.

    python bench/memos.py [--docs 3000] [--words 400] [--bounds 32768 200000]

The example op-ed repeats one vocabulary; a real corpus keeps bringing new words. This builds a
corpus whose words follow Zipf's law (s = 1.1) over 400,000 made-up words, with punctuation
attached as in prose, and scores every document with all groups, once per memo bound, each in a
fresh process. It prints documents per second, the peak RSS of the process, its RSS before the first
document (the corpus and the loaded resources: the memos' share is the difference) and the size
of each memo at the end. The bound is ``textmetrics.cache.MAX_ENTRIES`` (the sentiment memo is set to
twice it), patched before the first document.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import random
import resource
import string
import subprocess
import sys
import time

VOCABULARY = 400_000
ZIPF_S = 1.1


def corpus(docs: int, words: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    vocab = ["".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(2, 11)))
             for _ in range(VOCABULARY)]
    cumulative = list(itertools.accumulate(1 / (rank ** ZIPF_S) for rank in range(1, VOCABULARY + 1)))
    total = cumulative[-1]
    out = []
    for _ in range(docs):
        chosen = [vocab[bisect.bisect(cumulative, rng.random() * total)] for _ in range(words)]
        sentences, i = [], 0
        while i < len(chosen):
            n = rng.randint(8, 30)
            part = chosen[i:i + n]
            part[0] = part[0].capitalize()
            for j in range(1, len(part) - 1):
                if rng.random() < 0.08:
                    part[j] += ","
            sentences.append(" ".join(part) + rng.choice(".....?!"))
            i += n
        out.append(" ".join(sentences))
    return out


def child(bound: int, docs: int, words: int) -> None:
    import textmetrics
    import textmetrics.cache as memo
    from textmetrics.text.chunks import CHUNKS
    from textmetrics.words.features import _words

    memo.MAX_ENTRIES = bound
    texts = corpus(docs, words)
    textmetrics.analyze("Warm up. Two sentences.")
    before = _rss_mb()  # the corpus and the loaded resources, before any memo grows
    t0 = time.perf_counter()
    for text in texts:
        textmetrics.analyze(text)
    elapsed = time.perf_counter() - t0
    sizes = {"chunk records": len(CHUNKS) + len(CHUNKS._previous), "word features": len(_words) + len(_words._previous)}
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"bound": bound, "docs_per_s": docs / elapsed, "peak_rss_mb": peak, "before_mb": before,
                      "sizes": sizes}))


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=3000)
    parser.add_argument("--words", type=int, default=400)
    parser.add_argument("--bounds", type=int, nargs="+", default=[16_384, 200_000])
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.child, args.docs, args.words)
        return
    print(f"{args.docs} documents of {args.words} Zipf-distributed words (vocabulary {VOCABULARY:,}), all groups")
    print(f"{'memo bound':>11} {'docs/s':>8} {'peak RSS MB':>12} {'before scoring':>15}  memo sizes at the end")
    for bound in args.bounds:
        run = subprocess.run([sys.executable, __file__, "--child", str(bound), "--docs", str(args.docs),
                              "--words", str(args.words)], capture_output=True, text=True, check=True)
        r = json.loads(run.stdout.strip().splitlines()[-1])
        sizes = ", ".join(f"{k} {v:,}" for k, v in r["sizes"].items())
        print(f"{bound:>11,} {r['docs_per_s']:>8.1f} {r['peak_rss_mb']:>12.1f} {r['before_mb']:>15.1f}  {sizes}")


if __name__ == "__main__":
    main()
