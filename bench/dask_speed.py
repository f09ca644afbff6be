"""``textmetrics.dask.score_ddf`` on a 2-worker LocalCluster against ``score_frame`` in one process,
on a partitioned CSV dataset (issue 17: at least 1.7x faster, identical values and index order).

    python bench/dask_speed.py [--docs 20000] [--words 60] [--partitions 8]

The corpus is built from examples/oped.txt's sentences (bench/cli_corpus.py), written as
``--partitions`` CSV files; each side reads the files itself (pandas for one process, dask on the
workers) and scores the ``text`` column.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cli_corpus import write_corpus  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=20_000)
    ap.add_argument("--words", type=int, default=60)
    ap.add_argument("--partitions", type=int, default=8)
    args = ap.parse_args()

    import dask.dataframe as dd
    from distributed import Client, LocalCluster

    from textmetrics.dask import score_ddf
    from textmetrics.frame import score_frame

    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "corpus.jsonl"
        write_corpus(jsonl, args.docs, args.words)
        rows = [json.loads(line) for line in jsonl.open(encoding="utf-8")]
        frame = pd.DataFrame(rows).set_index("id")
        size = -(-len(frame) // args.partitions)
        for k in range(args.partitions):
            frame.iloc[k * size:(k + 1) * size].to_csv(Path(tmp) / f"part-{k:02d}.csv")
        pattern = str(Path(tmp) / "part-*.csv")

        t0 = time.perf_counter()
        local = score_frame(pd.concat(pd.read_csv(p, index_col="id") for p in sorted(Path(tmp).glob("part-*.csv"))))
        one = time.perf_counter() - t0

        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                          host="127.0.0.1") as cluster, Client(cluster):
            ddf = dd.read_csv(pattern).set_index("id", sorted=True)
            score_ddf(ddf.head(10, compute=False)).compute()  # workers load their resources first
            t0 = time.perf_counter()
            distributed_result = score_ddf(ddf).compute()
            two = time.perf_counter() - t0

    same = local.index.tolist() == distributed_result.index.tolist() and local.equals(distributed_result)
    print(f"{args.docs:,} documents in {args.partitions} CSV partitions")
    print(f"  score_frame, one process:        {one:6.1f} s  {args.docs / one:7.0f} docs/s")
    print(f"  score_ddf, LocalCluster of 2:    {two:6.1f} s  {args.docs / two:7.0f} docs/s  ({one / two:.2f}x)")
    print(f"  identical values and index order: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
