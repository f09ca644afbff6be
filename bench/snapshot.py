"""Snapshot of ``analyze(text, detail="full").to_dict()`` over every text of ../shared/data and
generated texts, to check that a restructuring leaves every output byte-identical.

    python bench/snapshot.py ../shared/data --generated 100000 -o /tmp/after.tsv
    python bench/snapshot.py --compare /tmp/before.tsv /tmp/after.tsv

Each line: a text's key, the SHA-256 of its canonical JSON output. ``--package DIR`` imports
``textmetrics`` from DIR instead (a checkout's ``core/``), so an older commit can be snapshotted
from a git worktree beside the current one. ``--groups`` restricts the groups (default: all of
the older version's groups, so that a new group does not count as a difference).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import sys
import tempfile
from pathlib import Path

# Fragments for generated texts, written for this script: abbreviations, lists, quotes, emoji,
# capitals, rule words of VADER and of the marker rules, newlines and paragraph breaks.
FRAGMENTS = [
    "The U.S. Senate met.", "Dr. Lee left", "at 9 a.m.", "Then", "1)", "2)", "a.", "\u2022", '"Go."',
    "it rose 3.5%.", "Why?!", "wait...", ". . .", "great.Everyone", "(see p. 4)", "No. 5", "e.g. this",
    "''", "``", "-", "OK!", "J. R. R. Tolkien", "Inc. said", "\u201cYes.\u201d", "...and", "'Fine.' ''",
    '"', "'", ")", "Not", "so", "good", "wait\u2026", "What\u203d", "not", "bad", "very", "but", "But", "No.",
    "kind", "of", "GREAT", "great!", "Mr.", "least", "never", "this", "without", "doubt", "the", "yeah",
    "right", ":)", "happy.", "sad?", "isn't", "\U0001f60d", "kiss", "death", "fans", "were", "It.", "\u2019\u2019",
    "We must", "act now.", "Perhaps", "it may", "be too late", "in May", "might", "could you", "clearly",
    "according to", "experts say", "studies show", "I think", "about 40", "percent", "of course", "in fact",
    "should", "ought to", "need to", "Let us", "you", "your", "our", "US", "all", "every", "always", "nothing",
    "the best", "the most important", "unprecedented", "very same", "so that", "Who benefits?", "!",
    "was impeached", "has been done", "\n", "\n\n", "# Heading", "- item", "* * *", "\t", "\u00a0", "\r\n",
    "Unfortunately,", "surprisingly", "it is clear that", "certainly", "undoubtedly", "arguably", "reportedly",
    "$2.5 billion", "1990s", "21st", "3:30", "COVID-19", "well-known", "don't", "they're", "O'Brien",
    "(", "[1]", "\u2014", "\u2013", "\u00ab", "\u00bb", "\u00e9t\u00e9", "na\u00efve", "caf\u00e9", "\u201c", "\u201d",
]


def shared_texts(root: Path):
    """(key, text) for every text of every set under ``root`` (../shared/data)."""
    for path in sorted(root.rglob("*.jsonl")) + sorted(root.rglob("*.jsonl.gz")):
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                record = json.loads(line)
                for field in ("text", "input", "sentence"):
                    if isinstance(record.get(field), str):
                        yield f"{path.relative_to(root)}:{n}:{field}", record[field]


def generated_texts(count: int, seed: int = 2029):
    rng = random.Random(seed)
    for n in range(count):
        parts = [rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 40))]
        joiners = [rng.choice([" ", " ", " ", "", "\n", "  "]) for _ in parts]
        yield f"gen:{n}", "".join(p + j for p, j in zip(parts, joiners))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", type=Path, help="../shared/data")
    ap.add_argument("--generated", type=int, default=100_000, help="how many generated texts")
    ap.add_argument("--package", type=Path, help="import textmetrics from this core/ folder")
    ap.add_argument("--groups", default="counts,readability,lexical,sentiment,hedging,persuasion")
    ap.add_argument("-o", "--output", type=Path)
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    args = ap.parse_args()
    if args.compare:
        return compare(*args.compare)
    if args.package:
        shim = Path(tempfile.mkdtemp())
        (shim / "textmetrics").symlink_to(args.package.resolve())
        sys.path.insert(0, str(shim))
    from textmetrics import analyze

    groups = args.groups.split(",")
    texts = list(shared_texts(args.data)) if args.data else []
    out = open(args.output, "w") if args.output else sys.stdout
    import itertools
    for key, text in itertools.chain(texts, generated_texts(args.generated)):
        doc = analyze(text, metrics=groups, detail="full").to_dict()
        blob = json.dumps(doc, sort_keys=True, ensure_ascii=False, allow_nan=False)
        out.write(f"{key}\t{hashlib.sha256(blob.encode()).hexdigest()[:16]}\n")
    return 0


def compare(before: Path, after: Path) -> int:
    a = dict(line.rstrip("\n").split("\t") for line in open(before))
    b = dict(line.rstrip("\n").split("\t") for line in open(after))
    differ = [k for k in a if b.get(k) != a[k]]
    print(f"{len(a)} texts before, {len(b)} after, {len(differ)} differ")
    for k in differ[:50]:
        print("  ", k)
    return 1 if differ or len(a) != len(b) else 0


if __name__ == "__main__":
    raise SystemExit(main())
