"""Draw the seeded sample of tweets for the blind passive-voice check (ids and strata only).

Usage::

    python bench/passive_tweets_sample.py /work/shared/data/reference/tweets.jsonl.gz \
        [--out tests/data/style_tweets_sample.jsonl]

The corpus (TweetEval, gzipped JSONL with "id" and "text") is split by a simple candidate pattern:
a form of be or get (is, are, was, were, be, been, being, am, 'm, 's, 're, get, got, gets,
getting, gotten, and the negative and apostrophe-less spellings: isn't, isnt, wasnt, im, youre ...)
followed within three words by a word ending in -ed or -en, or by a common irregular participle.
random.Random(2026) then draws 200 ids from the tweets with the pattern ("candidate") and 200 from
the rest ("rest"). Only ids and strata are written: the tweet texts may not be stored in the
repository. The pattern only stratifies the sample; it is not the detector and not the label.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = 2026
PER_STRATUM = 200

AUX = (r"is|are|was|were|be|been|being|am|get|got|gets|getting|gotten"
       r"|isn't|aren't|wasn't|weren't|isnt|arent|wasnt|werent|im|youre|theyre|hes|shes|its"
       r"|thats|whats|\w+'s|\w+'re|\w+'m")
IRREGULAR = (
    "arisen awoken beaten become begun bent bet bid bitten bled blown broken brought built burnt "
    "burst bought cast caught chosen come cost crept cut dealt dug done drawn dreamt driven drunk "
    "eaten fallen fed felt fought found fled flung flown forbidden forgotten forgiven frozen got "
    "gotten given gone ground grown hung had heard hidden hit held hurt kept knelt known laid led "
    "leant learnt left lent let lit lost made meant met mistaken overcome overtaken paid put quit "
    "read rid ridden rung risen run said seen sought sold sent set sewn shaken shed shone shot "
    "shown shrunk shut sung sunk sat slain slept slid slung spoken spent spilt split spoilt spread "
    "sprung stood stolen stuck stung struck strung sworn swept swum swung taken taught torn told "
    "thought thrown thrust understood undertaken upset woken worn woven wed wept won wound "
    "withdrawn written born borne").split()
PATTERN = re.compile(
    r"\b(?:" + AUX + r")\b(?:\s+\S+){0,2}?\s+[#\"']?(?:\w{2,}(?:ed|en)|" + "|".join(IRREGULAR) + r")\b",
    re.IGNORECASE)


def is_candidate(text: str) -> bool:
    return PATTERN.search(text.replace("\u2019", "'")) is not None


def draw(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(x) for x in fh if x.strip()]
    cand = [r["id"] for r in rows if is_candidate(r["text"])]
    rest = [r["id"] for r in rows if not is_candidate(r["text"])]
    rng = random.Random(SEED)
    picked = [(i, "candidate") for i in rng.sample(cand, PER_STRATUM)]
    picked += [(i, "rest") for i in rng.sample(rest, PER_STRATUM)]
    print(f"{path}: {len(rows)} tweets, candidate {len(cand)}, rest {len(rest)}", file=sys.stderr)
    return [{"id": i, "stratum": s, "stratum_size": len(cand) if s == "candidate" else len(rest)}
            for i, s in picked]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--out", type=Path, default=ROOT / "tests" / "data" / "style_tweets_sample.jsonl")
    args = ap.parse_args(argv)
    sample = draw(args.corpus)
    args.out.write_text("".join(json.dumps(r) + "\n" for r in sample), encoding="utf-8")
    print(f"wrote {len(sample)} ids to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
