"""Peak memory of ``textmetrics score`` on 100,000 documents: flat, and under 200 MB (issue 6).

Usage::

    python bench/cli_memory.py [--docs 100000] [--words 60] [--workers 1] [--format jsonl]
    python bench/cli_memory.py --command norms --docs 10000 --workers 2     # textmetrics norms build

Builds a JSONL corpus from examples/oped.txt (bench/cli_corpus.py), scores it in a subprocess and
samples /proc every 0.1 s for the whole process tree (the command and its pool workers): the sum of
RSS (shared pages counted once per process, the conservative figure) and of PSS (shared pages
divided among the processes sharing them). It prints the tree's memory at each tenth of the run, to
show that it stays flat, and the peaks; getrusage(RUSAGE_CHILDREN) gives the largest single process.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cli_corpus import write_corpus  # noqa: E402

COMMAND = [sys.executable, "-m", "textmetrics.cli"]
LIMIT_MB = 200


def _children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            out.extend(int(c) for c in task.read_text().split())
        except OSError:
            pass
    return out


def tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        todo.extend(_children(p))
    return pids


def _kib(path: str, field: str) -> int:
    try:
        with open(path) as f:
            for line in f:
                if line.startswith(field):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_memory_mb(pid: int) -> tuple[float, float, int]:
    """(sum of RSS, sum of PSS, number of processes) of ``pid`` and its descendants, in MB."""
    pids = tree(pid)
    rss = sum(_kib(f"/proc/{p}/status", "VmRSS:") for p in pids)
    pss = sum(_kib(f"/proc/{p}/smaps_rollup", "Pss:") for p in pids)
    return rss / 1024, pss / 1024, len(pids)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--words", type=int, default=60)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--format", default="jsonl", choices=["jsonl", "json", "csv", "table"])
    parser.add_argument("--command", default="score", choices=["score", "norms"],
                        help="score, or norms (textmetrics norms build: the tables of the corpus)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        out = Path(tmp) / ("norms.json" if args.command == "norms" else f"out.{args.format}")
        size = write_corpus(corpus, args.docs, args.words)
        start = time.perf_counter()
        if args.command == "norms":
            args.format = "norms"  # no lines to follow: only the peaks are sampled
            command = ["norms", "build", str(corpus), "--name", "bench", "-o", str(out)]
        else:
            command = ["score", str(corpus), "-f", args.format, "-o", str(out)]
        proc = subprocess.Popen([*COMMAND, *command, "-w", str(args.workers), "--no-progress"],
                                stderr=subprocess.PIPE)
        peak_rss = peak_pss = 0.0
        samples: list[tuple[int, float, float, float]] = []
        next_mark = 0
        progress_file = None
        lines = 0
        while proc.poll() is None:
            rss, pss, _ = tree_memory_mb(proc.pid)
            peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
            if args.format == "jsonl":
                if progress_file is None and out.exists():
                    progress_file = open(out, "rb")
                if progress_file is not None:
                    lines += progress_file.read().count(b"\n")
                    while lines >= next_mark * args.docs // 10 and next_mark <= 10:
                        samples.append((lines, time.perf_counter() - start, rss, pss))
                        next_mark += 1
            time.sleep(0.1)
        wall = time.perf_counter() - start
        stderr = proc.stderr.read().decode(errors="replace").strip()
        if progress_file is not None:
            progress_file.close()
        written = out.stat().st_size if out.exists() else 0

    biggest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{args.docs:,} documents of ~{args.words} words ({size / 1e6:.1f} MB of JSONL), "
          f"{args.command}, --workers {args.workers}, -f {args.format}: exit {proc.returncode}, {wall:.0f} s, "
          f"{written / 1e6:.1f} MB written")
    if stderr:
        print("stderr:", stderr.splitlines()[-1])
    if samples:
        print(f"{'documents':>10} {'seconds':>8} {'tree RSS MB':>12} {'tree PSS MB':>12}")
        for n, t, rss, pss in samples:
            print(f"{n:>10,} {t:>8.1f} {rss:>12.1f} {pss:>12.1f}")
    print(f"peak tree RSS: {peak_rss:.1f} MB; peak tree PSS: {peak_pss:.1f} MB; largest process "
          f"(getrusage): {biggest:.1f} MB; limit {LIMIT_MB} MB: {'ok' if peak_rss < LIMIT_MB else 'OVER'}")


if __name__ == "__main__":
    main()
