"""A synthetic JSONL corpus for the CLI benchmarks, built from the project's own example op-ed.

Each document joins a few sentences of ``examples/oped.txt`` chosen by a seeded generator, so a run
is reproducible and the text is realistic prose (hedges, quotations, questions) of a chosen length.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

__all__ = ["oped_sentences", "write_corpus", "count_lines"]

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "oped.txt"


def oped_sentences() -> list[str]:
    text = EXAMPLE.read_text(encoding="utf-8")
    # a crude split is enough here: the benchmark needs varied prose, not exact sentences
    return [s.strip() for s in re.split(r"(?<=[.?!])\s+", text) if len(s.split()) > 3]


def write_corpus(path: Path, docs: int, words: int, seed: int = 2024) -> int:
    """Write ``docs`` JSONL records of about ``words`` words each; return the bytes written."""
    rng = random.Random(seed)
    sentences = oped_sentences()
    size = 0
    with open(path, "w", encoding="utf-8") as f:
        for i in range(docs):
            parts, n = [], 0
            while n < words:
                s = rng.choice(sentences)
                parts.append(s)
                n += len(s.split())
            line = json.dumps({"id": i, "text": " ".join(parts)}, ensure_ascii=False) + "\n"
            f.write(line)
            size += len(line.encode("utf-8"))
    return size


def count_lines(path: Path) -> int:
    with open(path, "rb") as f:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
