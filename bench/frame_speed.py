"""``score_frame`` on N rows against ``textmetrics score -f jsonl -w 1``: rows per second and equal values.

Usage::

    python bench/frame_speed.py [--docs 2000] [--words 150] [--chunk-size 1000]

The documents are built from examples/oped.txt (bench/cli_corpus.py). The CLI runs as a subprocess
with one worker (its wall time includes start-up: imports and the syllable dictionary); score_frame
runs in this process after a warm-up call, with the chunk and word memos cleared before each timing, timed with and without the DataFrame building (the
``analyze`` loop alone). Every metric of every row must be equal between the two; the script exits
with status 1 if not.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cli_corpus import write_corpus  # noqa: E402

import pandas as pd  # noqa: E402

from textmetrics import analyze  # noqa: E402
from textmetrics.cache import clear_caches  # noqa: E402
from textmetrics.report import flatten  # noqa: E402
from textmetrics.frame import columns, score_frame  # noqa: E402


def _equal(a, b) -> bool:
    if b is None:
        return pd.isna(a)
    if isinstance(b, float):
        return math.isclose(float(a), b, rel_tol=0, abs_tol=1e-12)
    return a == b


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--words", type=int, default=150)
    parser.add_argument("--chunk-size", type=int, default=1000)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        corpus, out = Path(tmp) / "corpus.jsonl", Path(tmp) / "out.jsonl"
        write_corpus(corpus, args.docs, args.words)
        records = [json.loads(line) for line in corpus.open(encoding="utf-8")]
        df = pd.DataFrame(records).set_index("id")

        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "textmetrics.cli", "score", str(corpus), "-f", "jsonl", "-o", str(out),
                        "-w", "1", "--no-progress"], check=True)
        cli_seconds = time.perf_counter() - start
        cli_docs = {d["id"]: flatten(d) for d in map(json.loads, out.open(encoding="utf-8"))}

    analyze("Warm-up text.")  # resources loaded; the chunk and word memos start empty for each timing
    clear_caches()
    start = time.perf_counter()
    for text in df["text"]:
        analyze(text).to_dict()
    loop_seconds = time.perf_counter() - start

    clear_caches()
    start = time.perf_counter()
    scores = score_frame(df, chunk_size=args.chunk_size)
    frame_seconds = time.perf_counter() - start

    metric_columns = [c for c in columns() if c not in ("warnings", "error")]
    mismatches = [(i, c) for i in df.index for c in metric_columns
                  if not _equal(scores.at[i, c], cli_docs[i].get(c))]
    n = len(df)
    print(f"{n} documents of about {args.words} words")
    print(f"textmetrics score -f jsonl -w 1 (subprocess, incl. start-up): {cli_seconds:7.2f} s  {n / cli_seconds:8.1f} rows/s")
    print(f"analyze(text).to_dict() loop (in process):                   {loop_seconds:7.2f} s  {n / loop_seconds:8.1f} rows/s")
    print(f"score_frame(df, chunk_size={args.chunk_size}) (in process):               {frame_seconds:7.2f} s  {n / frame_seconds:8.1f} rows/s")
    print(f"score_frame overhead over the analyze loop: {100 * (frame_seconds / loop_seconds - 1):+.1f}%")
    print(f"values equal to the CLI's jsonl: {'yes' if not mismatches else f'NO, {len(mismatches)} cells differ, e.g. {mismatches[:3]}'}")
    return 0 if not mismatches else 1


if __name__ == "__main__":
    raise SystemExit(main())
