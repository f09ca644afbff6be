"""What percentiles add to ``analyze()``: the example op-ed with and without ``norms="editorials"``.

    python bench/norms_speed.py [FILE] [--rounds 30]

Both variants run interleaved, round after round, and each keeps its fastest round, so that the
machine's other load (which only ever slows a round down) cancels out. The lookup alone
(``textmetrics.norms.percentiles`` on a finished document) is timed too. Budget: at most 5 %.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import textmetrics
from textmetrics import norms

__all__ = ["main"]

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "oped.txt"


def _best(func, number: int) -> float:
    start = time.perf_counter()
    for _ in range(number):
        func()
    return (time.perf_counter() - start) / number


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", nargs="?", type=Path, default=EXAMPLE, help="the text (default: the example op-ed)")
    parser.add_argument("--rounds", type=int, default=30, help="interleaved rounds (default 30)")
    parser.add_argument("--number", type=int, default=20, help="calls per round (default 20)")
    parser.add_argument("--norms", default="editorials", help="reference (default editorials)")
    args = parser.parse_args(argv)
    text = args.file.read_text(encoding="utf-8")
    textmetrics.analyze(text, norms=args.norms)  # resources and the table loaded once, as in a server
    plain = with_norms = float("inf")
    for _ in range(args.rounds):
        plain = min(plain, _best(lambda: textmetrics.analyze(text), args.number))
        with_norms = min(with_norms, _best(lambda: textmetrics.analyze(text, norms=args.norms), args.number))
    data = textmetrics.analyze(text).to_dict()
    tables = norms.resolve(args.norms)
    lookup = min(_best(lambda: norms.percentiles(data, tables), args.number * 10) for _ in range(args.rounds))
    print(f"{args.file.name}: analyze() {plain * 1e3:.3f} ms; with norms={args.norms!r} {with_norms * 1e3:.3f} ms "
          f"(+{(with_norms / plain - 1) * 100:.1f} %); the lookup alone {lookup * 1e6:.0f} us "
          f"({lookup / plain * 100:.1f} % of analyze)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
