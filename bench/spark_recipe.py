"""The Spark recipe of docs/frames.md, run on a local Spark session: ``mapInPandas`` with
``textmetrics.frame.score_frames`` and the schema from ``textmetrics.frame.spark_schema()``.

    pip install pyspark   # and a Java runtime (Debian: default-jre-headless)
    python bench/spark_recipe.py [--docs 2000]

pyspark is not a dependency of textmetrics; without it (or without Java) this script says so and
exits with 2. With it, the values must equal ``score_frame`` on the same rows.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cli_corpus import write_corpus  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=2000)
    args = ap.parse_args()
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        print("pyspark is not installed: pip install pyspark (and a Java runtime)", file=sys.stderr)
        return 2
    if shutil.which("java") is None:
        print("no Java runtime on PATH: Spark needs one", file=sys.stderr)
        return 2
    import pandas as pd

    from textmetrics.frame import score_frame, score_frames, spark_schema

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        write_corpus(corpus, args.docs, 60)
        rows = pd.DataFrame([json.loads(line) for line in corpus.open(encoding="utf-8")])
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # the workers run this Python, with textmetrics
    spark = SparkSession.builder.master("local[2]").appName("textmetrics").getOrCreate()
    try:
        sdf = spark.createDataFrame(rows)
        scored = sdf.mapInPandas(lambda frames: score_frames(frames, text="text", id="id"),
                                 schema=spark_schema(id="id", id_type="BIGINT")).toPandas()
    finally:
        spark.stop()
    expected = score_frame(rows, text="text", id="id").reset_index(drop=True)
    scored = scored.sort_values("id").reset_index(drop=True)
    differ = [c for c in expected.columns
              if not pd.Series(scored[c]).astype(expected[c].dtype).equals(expected[c])]
    same = not differ and list(scored.columns) == list(expected.columns)
    print(f"{args.docs:,} documents through Spark mapInPandas: values equal score_frame: {same}"
          + (f" (columns that differ: {differ})" if differ else ""))
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
