"""Evaluate hedge/booster detection against human certainty ratings, and time marker detection.

Usage::

    python bench/hedging.py ../shared/data/hedging/pei_jurgens_2021_certainty.jsonl [--repeat N]

1. Pei & Jurgens (2021) rate 1,551 sentences of science communication from 1 (very uncertain) to
   6 (very certain). For each sentence rated at the sentence level we count the author's hedges and
   boosters (``textmetrics.markers.find_markers``) and report Spearman's rho of the hedge count, and
   of boosters minus hedges, with the rating, per split (develop on train/val; report test and all).
   The README of the data gives a naive single-word list's figures for comparison (-0.617, +0.563).
2. The ``Probability`` aspect label (Certain / Uncertain) as a binary check of "this sentence is
   hedged": precision, recall and F1 of "has at least one hedge" for Uncertain.
3. Timing: ``analyze()`` on an op-ed-length text (our own ~750-word sample below) with every group
   against the same call without the hedging and persuasion groups, interleaved in one run so the
   ratio is fair on a busy machine.
4. With ``--against DIR`` (another checkout's ``core/`` folder, e.g. the code before a refactor):
   the marker stage of this checkout against that one, both imported into this process and timed
   run by run in turn on the same text (``--text``, default the sample op-ed); the data argument
   may then be left out::

    python bench/hedging.py --against ../baseline/core --text examples/oped.txt --repeat 300
"""

from __future__ import annotations

import argparse
import importlib
import json
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from textmetrics import analyze
from textmetrics.analysis import GROUPS
from textmetrics.text.document import build_document
from textmetrics.markers import find_markers

# Our own sample op-ed (written for this benchmark), about 750 words.
OPED = """The City Can Still Fix Its Buses

Every morning, thousands of us wait at stops that seem to have been designed to punish riders. The
buses come late, if they come at all, and the schedule posted at the shelter is, at best, a work of
fiction. According to the transit authority's own figures, about 40 percent of buses ran more than
five minutes late last year. That is not a rounding error. It is a failure of management.

I think the problem is fixable, and I am not alone. Transport economists say that dedicated bus lanes
cut journey times by roughly a fifth, and studies show that riders return when service becomes
reliable. Of course, lanes cost money and parking spaces, and some shop owners will certainly object.
But the alternative is worse: a network that slowly empties until only those with no other choice
remain.

Why do we tolerate this? Part of the answer is that the people who decide rarely ride. The council
members who voted down the last proposal may not have taken a bus in years. Perhaps they should try.
It is hard to believe that anyone who had stood in the rain for twenty minutes, watching three
full buses sail past, would describe the current service as "adequate," as one councillor did in
March.

Consider what other cities have done. In the last decade, several mid-sized cities rebuilt their
networks from scratch, replacing winding routes with a simple grid of frequent lines. Ridership rose,
in some cases sharply. None of this required new technology. It required political will, and a
willingness to tell some neighbourhoods that their favourite meandering route would go.

There is no doubt that change will be uncomfortable. Drivers will lose lanes. Some riders will have
to walk a little further to reach a stop. But the evidence is clear that frequency matters more than
proximity: people will walk an extra block for a bus that comes every eight minutes, and they will
not wait for one that comes every forty. We need to stop pretending that we can keep every route and
still run a decent service.

Critics argue that the city cannot afford it. This seems to me exactly backwards. We cannot afford
not to. Every car trip that a good bus replaces saves road maintenance, reduces congestion for those
who must drive, and cuts emissions. The most expensive transit system is the one nobody uses.

The mayor has promised a review. Reviews are fine, but they tend to produce reports rather than
buses. What riders need is a timetable: lanes painted on the three busiest corridors by spring, a
redesigned network by next year, and honest, public data on punctuality every month. If the council
should balk at the cost, it ought to explain to riders why their time is worth so little.

Unfortunately, the history here is not encouraging. Two earlier plans were announced with great
fanfare and quietly shelved. It is essential that this one not go the same way. You can help: write
to your councillor, come to the hearing on the fourth, and ask a simple question. When will the buses
run on time?

None of this is radical. It is, arguably, the least a city owes the people who keep it running. The
nurses on the early shift, the students heading to class, the cleaners going home at midnight: they
are the network's most loyal customers, and they have been extraordinarily patient. Let us not test
that patience any further. The city can fix its buses. It just has to decide that it wants to.

A final word on money. The transit authority likely overstates the cost of the lanes, since most of
the work is paint and signs, and its estimate of lost parking revenue assumes that every space is
full all day, which anyone who has walked those streets knows is simply untrue. Independent analysts
put the figure at around half the official number. Even if they are wrong by a wide margin, the
lanes would pay for themselves within a few years in saved operating costs alone, because buses that
move faster need fewer drivers to run the same frequency. That is not a guess. It is arithmetic.
"""


def rankdata(values: list[float]) -> list[float]:
    """Ranks with ties given their average rank (as in Spearman's rho)."""
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        avg = (i + j) / 2 + 1
        for k in range(i, j + 1):
            ranks[order[k]] = avg
        i = j + 1
    return ranks


def spearman(x: list[float], y: list[float]) -> float:
    rx, ry = rankdata(x), rankdata(y)
    mx, my = statistics.fmean(rx), statistics.fmean(ry)
    num = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    den = (sum((a - mx) ** 2 for a in rx) * sum((b - my) ** 2 for b in ry)) ** 0.5
    return num / den if den else float("nan")


def sentence_scores(text: str) -> tuple[int, int]:
    hedges = boosters = 0
    for m in find_markers(build_document(text)):
        if m.in_quote:
            continue
        if m.category == "hedge":
            hedges += 1
        elif m.category == "booster":
            boosters += 1
    return hedges, boosters


def evaluate(path: str) -> None:
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    by_split: dict[str, list] = defaultdict(list)
    aspect: list[tuple[int, str]] = []
    for row in rows:
        h, b = sentence_scores(row["text"])
        rating = row["labels"]["sentence_certainty"]
        if rating is not None:
            split = row["split"]["sentence_level"]
            by_split[split].append((h, b, rating))
            by_split["all"].append((h, b, rating))
        asp = row["labels"]["aspect_certainty"]
        if asp and asp.get("Probability") in ("Certain", "Uncertain"):
            aspect.append((h, asp["Probability"]))
    print("Spearman rho with sentence_certainty (Pei & Jurgens 2021)")
    print(f"{'split':<8}{'n':>6}{'hedges':>10}{'boosters':>10}{'B - H':>10}")
    for split in ("train", "val", "test", "ext", "all"):
        data = by_split.get(split)
        if not data:
            continue
        hs = [d[0] for d in data]
        bs = [d[1] for d in data]
        rs = [d[2] for d in data]
        print(f"{split:<8}{len(data):>6}{spearman(hs, rs):>10.3f}{spearman(bs, rs):>10.3f}"
              f"{spearman([b - h for h, b in zip(hs, bs)], rs):>10.3f}")
    tp = sum(1 for h, lab in aspect if h and lab == "Uncertain")
    fp = sum(1 for h, lab in aspect if h and lab == "Certain")
    fn = sum(1 for h, lab in aspect if not h and lab == "Uncertain")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"\nProbability aspect (n = {len(aspect)}): 'has a hedge' vs Uncertain: "
          f"precision {p:.3f}, recall {r:.3f}, F1 {f:.3f}")


def timing(repeat: int) -> None:
    """analyze() with and without the marker groups, interleaved; and find_markers() against the
    document build it reads, so the ratio does not depend on which other groups exist."""
    base_sets = {
        "every other group": [g for g in GROUPS if g not in ("hedging", "persuasion")],
        "counts, readability, lexical": [g for g in ("counts", "readability", "lexical") if g in GROUPS],
    }
    analyze(OPED)  # warm up: lexicons, dictionaries
    words = len(build_document(OPED).words)
    print(f"\nanalyze() on a {words}-word op-ed, best of {repeat} interleaved runs")
    for label, base in base_sets.items():
        t_with: list[float] = []
        t_without: list[float] = []
        for _ in range(repeat):  # interleaved, so both see the same machine load
            t0 = time.perf_counter()
            analyze(OPED, metrics=base)
            t1 = time.perf_counter()
            analyze(OPED, metrics=base + ["hedging", "persuasion"])
            t2 = time.perf_counter()
            t_without.append(t1 - t0)
            t_with.append(t2 - t1)
        a, b = min(t_without), min(t_with)  # the minimum: least disturbed by other load (timeit)
        print(f"  {label}: {a * 1000:.2f} ms; + hedging, persuasion: {b * 1000:.2f} ms; "
              f"markers add {100 * (b - a) / a:.1f}% (acceptance: at most 30%)")
    doc_times: list[float] = []
    marker_times: list[float] = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        doc = build_document(OPED)
        doc.tokens  # the tokens are made on first use: count them in the build, not in the markers
        t1 = time.perf_counter()
        find_markers(doc)
        t2 = time.perf_counter()
        doc_times.append(t1 - t0)
        marker_times.append(t2 - t1)
    a, b = min(doc_times), min(marker_times)
    print(f"  build_document() with tokens: {a * 1000:.2f} ms; find_markers(): {b * 1000:.2f} ms ({100 * b / a:.1f}% of the build)")
    scaling()


def scaling() -> None:
    """find_markers() on one long sentence without a comma, dense with rules that look back (the
    shape that was quadratic), at two lengths: CPU time, best of 3; linear gives about 4x."""
    unit = ("we should act now and I really do think they should wait and it is not at all clear "
            "that you may well be very right and so consider the cost and ")
    times = []
    for n in (500, 2000):
        doc = build_document(unit * n)
        doc.tokens
        best = float("inf")
        for _ in range(3):
            t0 = time.process_time()
            find_markers(doc)
            best = min(best, time.process_time() - t0)
        times.append((len(doc.tokens), best))
    (n1, t1), (n2, t2) = times
    print(f"  one comma-free sentence: {n1} tokens {t1 * 1000:.0f} ms, {n2} tokens {t2 * 1000:.0f} ms: "
          f"x{t2 / t1:.1f} time for x{n2 / n1:.0f} tokens")


def _import_version(core_dir: Path, text: str):
    """``analyze``, ``find_markers`` and ``build_document`` of the textmetrics in ``core_dir``,
    imported beside the one already loaded: its modules are swapped into ``sys.modules`` for the
    import and a first call (which loads its lexicons), then this checkout's are put back."""
    def ours() -> dict:
        return {k: m for k, m in sys.modules.items() if k == "textmetrics" or k.startswith("textmetrics.")}
    saved = ours()
    for name in saved:
        del sys.modules[name]
    shim = Path(tempfile.mkdtemp())
    (shim / "textmetrics").symlink_to(core_dir.resolve())
    sys.path.insert(0, str(shim))
    try:
        package = importlib.import_module("textmetrics")
        markers = importlib.import_module("textmetrics.markers")
        try:
            document = importlib.import_module("textmetrics.text.document")
        except ImportError:  # a checkout from before the text/ subpackage
            document = importlib.import_module("textmetrics.document")
        package.analyze(text)
    finally:
        sys.path.remove(str(shim))
        for name in ours():
            del sys.modules[name]
        sys.modules.update(saved)
    return package.analyze, markers.find_markers, document.build_document


def against(core_dir: Path, text: str, repeat: int) -> None:
    """The marker stage here and in ``core_dir``, timed in turn run by run (the order alternating
    round by round): ``analyze(text,
    metrics=["hedging", "persuasion"])`` and ``find_markers()`` on a built document; best of
    ``repeat`` (the minimum: least disturbed by other load) and the median."""
    versions = {"this checkout": (analyze, find_markers, build_document),
                str(core_dir): _import_version(core_dir, text)}
    samples: dict[str, tuple[list, list]] = {}
    calls = {}
    for label, (analyze_, find_, build_) in versions.items():
        doc = build_(text)
        doc.tokens  # made on first use: build them outside the timed part
        find_(doc)
        calls[label] = (lambda a=analyze_: a(text, metrics=["hedging", "persuasion"]), lambda f=find_, d=doc: f(d))
        samples[label] = ([], [])
    order = list(calls)
    for _ in range(repeat):
        order.reverse()  # each version goes first in every other round
        for label in order:
            run_analyze, run_find = calls[label]
            t0 = time.perf_counter()
            run_analyze()
            t1 = time.perf_counter()
            run_find()
            t2 = time.perf_counter()
            samples[label][0].append(t1 - t0)
            samples[label][1].append(t2 - t1)
    print(f"marker stage, {len(text.split())} words, {repeat} runs in turn (best / median, ms)")
    for label, (a, f) in samples.items():
        print(f"  {label}: analyze(hedging, persuasion) {min(a) * 1000:.3f} / {statistics.median(a) * 1000:.3f}; "
              f"find_markers() {min(f) * 1000:.3f} / {statistics.median(f) * 1000:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", help="path of pei_jurgens_2021_certainty.jsonl")
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--no-timing", action="store_true")
    parser.add_argument("--against", type=Path, metavar="DIR", help="another checkout's core/ folder")
    parser.add_argument("--text", type=Path, help="the text timed with --against (default: the sample op-ed)")
    args = parser.parse_args(argv)
    if args.data is None and args.against is None:
        parser.error("give the data file, --against DIR, or both")
    if args.data is not None:
        evaluate(args.data)
        if not args.no_timing:
            timing(args.repeat)
    if args.against is not None:
        against(args.against, args.text.read_text("utf-8") if args.text else OPED, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
