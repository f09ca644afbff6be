"""The word lists of the style rules, read once per process, and one code per word form.

The lists are package data (``textmetrics/data/style/``), written for textmetrics from the grammars
cited in each file: Quirk, Greenbaum, Leech & Svartvik (1985), *A Comprehensive Grammar of the
English Language* (§3.63-3.78 on voice and the passive gradient; ch. 8 on adverbials; App. I on
word formation) and Biber, Johansson, Leech, Conrad & Finegan (1999), *Longman Grammar of Spoken and
Written English* (§6.4, passives). Text files hold ``[section]`` headers and white-space separated
words; ``participle_uses.tsv`` holds one participle per line with its adjectival rule.

Every rule reads a word through its code, an ``int`` of the bit flags defined here, worked out once
per distinct word (:mod:`textmetrics.style.codes`).
"""

from __future__ import annotations

from typing import NamedTuple

from textmetrics.resources import load_once, read_lines

__all__ = [
    "StyleLexicon", "style_lexicon", "NOT_S",
    "BE", "BEEN", "BEING", "HAVE", "PRON_S", "NOUN_S", "GET", "PART", "SKIP", "DEGREE",
    "NOM", "ADV_MANNER", "ADV_DEGREE", "ADV_DUAL", "START", "ADV",
    "ADJECTIVE", "COMPLEMENT", "PERSONAL",
]

# bit flags of a word's code; a word may carry several ("being" is BE and BEING)
BE, BEEN, BEING, HAVE, PRON_S, NOUN_S, GET, PART = 1, 2, 4, 8, 16, 32, 64, 128
SKIP, DEGREE, NOM, ADV_MANNER, ADV_DEGREE, ADV_DUAL = 256, 512, 1024, 2048, 4096, 8192
START = BE | BEEN | BEING | HAVE | PRON_S | NOUN_S | GET  # the words a passive can start at
ADV = ADV_MANNER | ADV_DEGREE

# the rules of participle_uses.tsv
ADJECTIVE, COMPLEMENT, PERSONAL = "adjective", "complement", "personal"

# "'s" forms that are never "is"/"has" of a subject: "let's" is "let us"; existential "there's"
# and "here's" take no passive (the participle after them is attributive: "there's nothing left")
NOT_S = frozenset({"let's", "there's", "here's"})


class StyleLexicon(NamedTuple):
    """The word sets of the style rules (see the data files for what each holds and why)."""

    irregular: frozenset[str]
    not_participle: frozenset[str]
    eed_ok: frozenset[str]
    un_verbs: frozenset[str]
    hyphen_prefixes: frozenset[str]
    uses: dict[str, tuple[str, frozenset[str], frozenset[str]]]  # participle -> (rule, adjectival, verbal words)
    be: frozenset[str]
    have: frozenset[str]
    get: frozenset[str]
    get_not: frozenset[str]
    skip: frozenset[str]
    degree: frozenset[str]
    personal: frozenset[str]
    pronoun_s: frozenset[str]
    object: frozenset[str]
    naming: frozenset[str]
    has_verbs: frozenset[str]
    by_not: frozenset[str]
    by_the_not: frozenset[str]
    number: frozenset[str]
    clause: frozenset[str]
    attributive: frozenset[str]
    function: frozenset[str]
    wh: frozenset[str]
    determiner: frozenset[str]
    nom_exceptions: frozenset[str]
    not_adverb: frozenset[str]
    adv_degree: frozenset[str]
    adv_excluded: frozenset[str]
    adv_dual: frozenset[str]


_WORD_SECTIONS = ("be", "have", "get", "get_not", "skip", "degree", "personal", "pronoun_s", "object", "naming",
                  "has_verbs", "by_not", "by_the_not", "number", "clause", "attributive", "function", "wh",
                  "determiner")


def _sections(name: str) -> dict[str, frozenset[str]]:
    """``[section]`` -> the words listed under it (comments and blank lines dropped)."""
    out: dict[str, set[str]] = {}
    current: set[str] | None = None
    for line in read_lines(f"style/{name}"):
        if line.startswith("["):
            current = out.setdefault(line.strip("[]"), set())
        elif current is not None:
            current.update(line.lower().split())
    return {k: frozenset(v) for k, v in out.items()}


def _uses() -> dict[str, tuple[str, frozenset[str], frozenset[str]]]:
    """participle_uses.tsv: participle -> (rule, adjectival words, verbal words)."""
    out = {}
    for line in read_lines("style/participle_uses.tsv"):
        word, rule, *cols = line.split("\t")
        if rule not in (ADJECTIVE, COMPLEMENT, PERSONAL):
            raise ValueError(f"participle_uses.tsv: unknown rule {rule!r} for {word!r}")
        cols += ["", ""]
        out[word] = (rule, *(frozenset(w for w in col.split(",") if w) for col in cols[:2]))
    return out


@load_once
def style_lexicon() -> StyleLexicon:
    """The style word lists, read once per process (thread-safe)."""
    part, words = _sections("participles.txt"), _sections("passive_words.txt")
    nom, adv = _sections("nominalizations.txt"), _sections("adverbs.txt")
    return StyleLexicon(
        irregular=part["irregular"] | part["nonstandard"], not_participle=part["not_participle"],
        eed_ok=part["eed_ok"], un_verbs=part["un_verbs"], hyphen_prefixes=part["hyphen_prefixes"],
        uses=_uses(), nom_exceptions=frozenset().union(*nom.values()), not_adverb=adv["not_adverb"],
        adv_degree=adv["degree"], adv_excluded=adv["excluded"], adv_dual=adv["dual"],
        **{name: words[name] for name in _WORD_SECTIONS},  # passive_words.txt: one field per section
    )
