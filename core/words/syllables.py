"""Syllable counts: CMUdict for known words, a measured rule table for the rest, numbers as read aloud.

Known words
    CMUdict's first pronunciation (:mod:`textmetrics.words.cmudict`).

Unknown words
    Count the vowel letter runs (``[aeiouy]+``), then add the weights of a small table of spelling
    contexts (:data:`_CONTEXT_WEIGHTS`): silent final -e, -ed and -es; vowel pairs that are two
    syllables (``ia`` in "media", ``eo`` in "video", ``io`` at the end); syllabic endings
    ("-ism", "-bled", "-ier"); compounds with a silent e ("homework", "lifelike"). A context is a
    letter run in brackets with up to two letters of literal context on each side, or the same with
    the context written as classes (V vowel, C consonant, ^ and $ the word's edges). The table was
    selected greedily on the development part of a deterministic hash split of CMUdict (words whose
    CRC-32 is not divisible by 5; 121 contexts, each kept only if it made at least 10 more words
    exact than it broke) and is judged on the held-out fifth: 93.7% exact there, against 60.6% for
    pyphen as textstat uses it, 78.4% for plain vowel runs and 86.8% for vowel runs with the usual
    silent -e/-ed/-es rule (``python bench/syllables.py``; ``--learn`` re-derives the table). Words
    with no vowel letter are initialisms and are spelled out ("nbc" = 3, "www" = 9); a leading "Mc"
    is one syllable ("McCarthy").

Word shapes
    Hyphenated words are the sum of their parts; possessives add a syllable after a sibilant
    ("boss's"), other clitics add none ("we'll"); dotted abbreviations are spelled ("u.s." = 2);
    digits inside words are read as numbers ("covid-19" = 4). Every form is looked up whole in
    CMUdict first ("don't", "o'clock", "nation's" are entries).

Numbers
    :func:`number_syllables` reads a number token the way American speakers do, without "and":
    "175,000" is "one hundred seventy-five thousand" (9), "3.14" is "three point one four" (4),
    a four-digit number from 1000 to 2099 is a year ("1948" is "nineteen forty-eight", "2005" is
    "two thousand five"), "3:30" is "three thirty", "21st" is "twenty-first", "1990s" is
    "nineteen nineties". Number words' syllables are CMUdict's (tests check every one).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from textmetrics.resources import load_once
from textmetrics.words.cmudict import cmudict_syllables, in_dictionary, load

__all__ = ["syllables", "number_syllables", "in_dictionary", "load"]

# ---------------------------------------------------------------------------------------------
# Words

_VOWEL_RUN = re.compile(r"[aeiouy]+")
_RUN = re.compile(r"[aeiouy]+|[^aeiouy]+")
_DIGITS_OR_LETTERS = re.compile(r"\d+|[^\W\d_]+")
_SIBILANT_END = ("s", "z", "x", "ce", "se", "ze", "ge", "ch", "sh")
_CLASSES = str.maketrans("aeiouybcdfghjklmnpqrstvwxz", "VVVVVVCCCCCCCCCCCCCCCCCCCC")


def syllables(word: str) -> int:
    """Syllables of a lower-case word token; at least 1 if it has a letter, 0 if it has none."""
    return _syllables(word, cmudict_syllables())


def _syllables(word: str, known: Mapping[str, int]) -> int:
    """:func:`syllables` with the dictionary as an argument (``{}`` measures the fallback alone)."""
    count = known.get(word)
    if count is not None:
        return count or 1  # "hmm", "shh": CMUdict gives no vowel, speech gives one beat
    for separator in "-.":  # well-known = well + known; u.s. = u + s
        if separator in word:
            return sum(_syllables(part, known) for part in word.split(separator) if part)
    # isdecimal, not isdigit: "²" and "⑤" are digits to str.isdigit but not to the \d of the number
    # patterns, and would bounce between _number_syllables and _mixed without end
    if any(c.isdecimal() for c in word):  # "1990s", "mp3": read as a number where it is one
        return _number_syllables(word, known)
    if "'" in word:
        return _with_apostrophe(word, known)
    if not word.isascii():  # café -> cafe, naïve -> naive: CMUdict spells without accents
        folded = _ascii_letters(word)
        if folded and folded != word:
            return _syllables(folded, known)
    return _estimate(word)


def _mixed(word: str, known: Mapping[str, int]) -> int:
    """Letters and digits together ("mp3", "3d"): letter runs as words, digit runs as numbers."""
    return sum(
        _number_syllables(run, known) if run[0].isdecimal() else _syllables(run, known)
        for run in _DIGITS_OR_LETTERS.findall(word)
    )


def _with_apostrophe(word: str, known: Mapping[str, int]) -> int:
    """Possessives and contractions not in CMUdict: the stem, plus a syllable where speech adds one."""
    stem, _, clitic = word.rpartition("'")
    if not stem or not clitic:  # 'tis, employers'
        return _syllables(stem + clitic, known)
    if clitic == "s":  # boss's = 2, nation's = 2
        return _syllables(stem, known) + stem.endswith(_SIBILANT_END)
    if clitic == "t" and stem.endswith("n"):  # n't is syllabic after a consonant: couldn't = 2, don't = 1
        base = stem[:-1]
        return _syllables(base, known) + (base[-1:] not in ("", *"aeiouy"))
    if clitic in ("ll", "re", "ve", "d", "m"):  # we'll = 1, but that'll = 2
        return _syllables(stem, known) + (clitic == "ll" and stem[-1] not in "aeiouy")
    return _syllables(stem + clitic, known)  # o'brien-like names: the apostrophe is silent


def _estimate(word: str) -> int:
    """Syllables of a word CMUdict does not know (see the module docstring)."""
    letters = _ascii_letters(word)
    if not letters:
        return 1 if any(c.isalpha() for c in word) else 0  # another script: at least one beat
    if len(letters) > 2 and letters.startswith("mc"):
        return 1 + _estimate(letters[2:])  # McCarthy: "Mc" is one syllable, /mək/
    if not _VOWEL_RUN.search(letters):
        return _spelled(letters)
    return max(1, len(_VOWEL_RUN.findall(letters)) + _context_score(letters))


def _ascii_letters(word: str) -> str:
    """The word's letters folded to a-z ("café" -> "cafe"); other characters dropped."""
    folded = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode("ascii")
    return "".join(c for c in folded.lower() if "a" <= c <= "z")


def _spelled(letters: str) -> int:
    """An initialism read letter by letter ("nbc" = 3, "w" = 3); a plural s is not a letter ("cds")."""
    if len(letters) > 2 and letters.endswith("s"):
        letters = letters[:-1]
    return sum(3 if c == "w" else 1 for c in letters)


def _context_score(letters: str) -> int:
    """Sum of the table weights of the contexts of every letter run of ``letters``.

    Same sum as looking up every key of :func:`_context_keys` in :data:`_CONTEXT_WEIGHTS`, but it
    only tries the table entries of each run (most runs have none), which is several times faster.
    """
    by_run = _contexts_by_run()
    padded = f"^{letters}$"
    score = 0
    for m in _RUN.finditer(letters):
        start, end = m.start() + 1, m.end() + 1
        for left, right, weight in by_run.get(m.group(), ()):
            before = padded[start - len(left):start] if start >= len(left) else ""
            after = padded[end:end + len(right)]
            if (before == left and after == right) or (
                    before.translate(_CLASSES) == left and after.translate(_CLASSES) == right):
                score += weight
    return score


@load_once
def _contexts_by_run() -> dict[str, list[tuple[str, str, int]]]:
    """:data:`_CONTEXT_WEIGHTS` regrouped: run -> [(left context, right context, weight)]."""
    by_run: dict[str, list[tuple[str, str, int]]] = {}
    for key, weight in _CONTEXT_WEIGHTS.items():
        left, rest = key.split("[")
        run, right = rest.split("]")
        by_run.setdefault(run, []).append((left, right, weight))
    return by_run


def _context_keys(letters: str) -> list[str]:
    """All context keys of each maximal vowel or consonant run (see the module docstring).

    For "late": the run "a" gives "[a]", "l[a]", "^l[a]", "[a]t", "l[a]t", ..., and the class forms
    "C[a]", "^C[a]C", ...; the run "e" gives "[e]", "[e]$", "t[e]$", "at[e]$", "VC[e]$", ... .
    """
    padded = f"^{letters}$"
    keys: list[str] = []
    for m in _RUN.finditer(letters):
        start, end = m.start() + 1, m.end() + 1
        lefts = dict.fromkeys(padded[max(0, start - n):start] for n in range(3))
        rights = dict.fromkeys(padded[end:end + n] for n in range(3))
        run_keys: dict[str, None] = {}
        for left in lefts:
            for right in rights:
                run_keys[f"{left}[{m.group()}]{right}"] = None
                run_keys[f"{left.translate(_CLASSES)}[{m.group()}]{right.translate(_CLASSES)}"] = None
        keys.extend(run_keys)
    return keys


# ---------------------------------------------------------------------------------------------
# Numbers

_ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_SCALES = ("", "thousand", "million", "billion", "trillion")

# Syllables of the number words, as CMUdict gives them (tests/test_syllables.py checks each).
_WORD_SYLLABLES = {
    "zero": 2, "one": 1, "two": 1, "three": 1, "four": 1, "five": 1, "six": 1, "seven": 2,
    "eight": 1, "nine": 1, "ten": 1, "eleven": 3, "twelve": 1, "thirteen": 2, "fourteen": 2,
    "fifteen": 2, "sixteen": 2, "seventeen": 3, "eighteen": 2, "nineteen": 2, "twenty": 2,
    "thirty": 2, "forty": 2, "fifty": 2, "sixty": 2, "seventy": 3, "eighty": 2, "ninety": 2,
    "hundred": 2, "thousand": 2, "million": 2, "billion": 2, "trillion": 2, "point": 1, "oh": 1,
    "o'clock": 2,
}

_NUMBER = re.compile(
    r"(?P<int>\d{1,3}(?:,\d{3})+|\d*)(?:\.(?P<frac>\d+))?(?P<suffix>st|nd|rd|th|s|'s)?"
)
_TIME = re.compile(r"(?P<hour>\d{1,2}):(?P<minute>\d\d)")
_MAX_CARDINAL = 10**15  # beyond the trillions a number is read digit by digit


def number_syllables(token: str) -> int:
    """Syllables of a number token read aloud ("175,000" = 9, "3.14" = 4, "1948" = 5, "21st" = 3)."""
    return _number_syllables(token, cmudict_syllables())


def _number_syllables(token: str, known: Mapping[str, int]) -> int:
    token = token.lower()
    number, time = _NUMBER.fullmatch(token), _TIME.fullmatch(token)
    if number and (number["int"] or number["frac"]):
        words, suffix = _decimal_words(number), number["suffix"]
    elif time:
        words, suffix = _time_words(int(time["hour"]), time["minute"]), None
    else:  # "1.2.3", "10x": read each run of digits or letters
        return _mixed(token, known)
    return sum(_WORD_SYLLABLES[w] for w in words) + _suffix_syllables(words[-1], suffix)


def _suffix_syllables(last_word: str, suffix: str | None) -> int:
    """Extra syllables of an ordinal or plural ending on the last number word.

    Ordinals keep the cardinal's syllables (fifth, ninth, hundredth) except "second" (two + 1) and
    the tens ("twentieth", -ty + 1); plurals add one only after a sibilant ("sixes").
    """
    if suffix in ("st", "nd", "rd", "th"):
        return int(last_word == "two" or last_word.endswith("ty"))
    if suffix in ("s", "'s"):
        return int(last_word == "six")
    return 0


def _decimal_words(m: re.Match[str]) -> list[str]:
    """Words of a matched :data:`_NUMBER`: the integer part, then "point" and the digits one by one."""
    digits = m["int"].replace(",", "")
    as_year = len(m["int"]) == 4 and not m["frac"] and m["suffix"] in (None, "s", "'s")
    words = _integer_words(digits, as_year) if digits else []
    if m["frac"]:
        words += ["point"] + [_ONES[int(d)] for d in m["frac"]]
    return words


def _integer_words(digits: str, year: bool) -> list[str]:
    """Words of a digit string: as a year, as a cardinal, or digit by digit ("007", huge numbers)."""
    if (len(digits) > 1 and digits[0] == "0") or int(digits) >= _MAX_CARDINAL:
        return [_ONES[int(d)] for d in digits]
    value = int(digits)
    if year and 1000 <= value <= 2099:
        return _year_words(value)
    return _cardinal_words(value)


def _year_words(year: int) -> list[str]:
    """Years in pairs: 1948 "nineteen forty-eight", 1900 "nineteen hundred", 1905 "nineteen oh five";
    but 2000-2009 and 1000-1009 as cardinals ("two thousand five")."""
    century, rest = divmod(year, 100)
    if century % 10 == 0 and rest < 10:
        return _cardinal_words(year)
    if rest == 0:
        return _below_hundred(century) + ["hundred"]
    if rest < 10:
        return _below_hundred(century) + ["oh", _ONES[rest]]
    return _below_hundred(century) + _below_hundred(rest)


def _time_words(hour: int, minute: str) -> list[str]:
    """Clock times: "3:30" "three thirty", "3:05" "three oh five", "3:00" "three o'clock"."""
    words = _cardinal_words(hour)
    if minute == "00":
        return words + ["o'clock"]
    if minute[0] == "0":
        return words + ["oh", _ONES[int(minute[1])]]
    return words + _below_hundred(int(minute))


def _cardinal_words(value: int) -> list[str]:
    """American cardinal, no "and": 175000 -> one hundred seventy five thousand."""
    if value == 0:
        return ["zero"]
    words: list[str] = []
    for power in range(len(_SCALES) - 1, -1, -1):
        chunk = value // 1000**power % 1000
        if chunk:
            words += _below_thousand(chunk) + ([_SCALES[power]] if power else [])
    return words


def _below_thousand(value: int) -> list[str]:
    hundreds, rest = divmod(value, 100)
    words = [_ONES[hundreds], "hundred"] if hundreds else []
    return words + (_below_hundred(rest) if rest else [])


def _below_hundred(value: int) -> list[str]:
    if value < 20:
        return [_ONES[value]]
    tens, ones = divmod(value, 10)
    return [_TENS[tens]] + ([_ONES[ones]] if ones else [])


# ---------------------------------------------------------------------------------------------
# The learned context table, generated by ``python bench/syllables.py --learn`` (greedy selection
# on the development words; see the module docstring). A key is a letter run in brackets with its
# literal context, or its context as classes (V vowel, C consonant; ^ and $ the word's edges).
# Weights add to the number of vowel runs. Read together, e.g.: "[e]$" -1 silences a final e,
# "l[e]$" +1 gives it back after l ("table"), and "[l]e$" -1 takes it away again when that l
# follows a vowel ("male"); "[ia]" +1 splits ia ("media") except after c ("social", "c[ia]" -1).

_CONTEXT_WEIGHTS: dict[str, int] = {
    "em[a]n$": -1, "ic[a]ll": -1,
    "[ai]c$": 1,
    "[aia]": 1,
    "[ao]CV": 1,
    "[aue]C": 1,
    "[aya]": 1,
    "[ayo]": 1,
    "[d]ua": 1,
    "[e]$": -1, "[e]d$": -1, "[e]ho": -1, "b[e]s$": -1, "bl[e]d$": 1, "br[e]$": 1, "d[e]d$": 1,
    "d[e]s$": -1, "dl[e]d$": 1, "dr[e]$": 1, "em[e]nt": -1, "en[e]ss": -1, "gl[e]d$": 1,
    "k[e]s$": -1, "kl[e]d": 1, "l[e]$": 1, "l[e]sk": 1, "ll[e]s$": -1, "m[e]s$": -1, "n[e]s$": -1,
    "ol[e]st": 1, "p[e]s$": -1, "pl[e]d$": 1, "r[e]s$": -1, "t[e]d$": 1, "t[e]s$": -1, "tk[e]$": 1,
    "tl[e]d$": 1, "tr[e]$": 1, "v[e]s$": -1, "w[e]s$": -1,
    "[ea]$": 1, "[ea]nd": 1, "^r[ea]": 1, "^r[ea]d": -1, "cr[ea]t": 1, "or[ea]": 1,
    "r[ee]m": 1,
    "[ei]dl": 1, "^r[ei]n": 1,
    "[eo]": 1, "g[eo]n": -1, "g[eo]rg": -1,
    "n[eou]": 1,
    "[eue]": 1,
    "e[f]ul": -1,
    "^l[i]fe": -1, "bl[i]ng": 1,
    "[ia]": 1, "^g[ia]": -1, "c[ia]": -1, "c[ia]t": 1, "s[ia]n$": -1, "t[ia]$": -1, "t[ia]l": -1,
    "t[ia]n$": -1,
    "[ie]nn": 1,
    "[io]$": 1, "[io]g": 1, "[io]t": 1, "^C[io]C": 1, "^[io]C": 1, "r[io]n": 1, "r[io]r": 1,
    "r[iou]": 1,
    "[iu]C": 1,
    "[iya]": 1,
    "e[k]ee": -1,
    "[l]e$": -1, "[l]es": -1, "[l]ua": 1, "^[l]es": 1, "e[l]y$": -1, "io[l]": 1,
    "[ll]e$": -1, "ie[ll]": 1,
    "le[m]en": 1,
    "ie[nc]e": 1,
    "VV[ng]$": 1,
    "[nt]e$": 1, "ie[nt]": 1,
    "^f[o]re": -1, "^h[o]me": -1,
    "[oa]$": 1,
    "^c[oe]": 1,
    "[oia]": 1,
    "[oya]": 1,
    "[oyo]": 1,
    "ie[r]$": 1, "oe[r]": 1, "ye[r]": 1,
    "ye[rs]$": 1,
    "io[s]": 1,
    "[sl]er": 1,
    "[sm]$": 1,
    "[sms]": 1,
    "ie[st]$": 1,
    "ie[t]": 1,
    "[tzk]e$": 1,
    "n[ua]": 1, "r[ua]": 1, "t[ua]": 1,
    "fl[ue]n": 1, "g[ue]$": -1, "q[ue]$": -1,
    "t[ui]": 1,
    "[uou]": 1,
    "^[v]io": -1,
    "e[w]ay": -1,
    "[x]ua": 1,
    "^C[ya]": 1,
    "CC[yo]C": 1,
}
