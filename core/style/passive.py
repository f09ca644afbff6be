"""Passive voice without a parser: an auxiliary, then a past participle, told apart from adjectives.

The grammar followed is Quirk, Greenbaum, Leech & Svartvik (1985), *A Comprehensive Grammar of the
English Language*, §3.63-3.78, and Biber, Johansson, Leech, Conrad & Finegan (1999), *Longman
Grammar of Spoken and Written English*, §6.4; the two counts, passives with and without a by-agent,
are Biber's (1988) features 17 and 18.

A passive verb group is a form of *be* (is, was, 's, 're, isn't ...; be, been, being, also after a
modal or "to") or of *get* (got fired: Quirk §3.63-3.78), then a past participle (:func:`is_participle`),
with adverbs and negation allowed between ("was never formally told") and "being" for the
progressive ("is being discussed"). A perfect passive includes its *have* ("has been done"). The
span runs from the first auxiliary (not a modal: modals are the stance markers' business) to the
participle; for a clitic ("it's done", "she's been told") it starts at the apostrophe.

Quirk's passive gradient (§3.74-3.78) runs from central passives ("The window was broken by the
boy") through semi-passives ("We were encouraged to go on") to pseudo-passives, which are
adjectives ("I was tired", "She is interested in music"). The rules keep the central and statal
passives ("The store was closed", "The hotel is located ...") and drop the adjectival end, using
the evidence the words give:

- a premodifier that only adjectives take: "very/so/too/quite tired", "extremely detailed" (the
  chain stops at it; before another adverb it modifies that adverb: "so badly damaged");
- participles of emotion and state that are adjectives unless a by-agent or a preposition of the
  verb's own follows ("I was surprised" / "I was surprised by the call", "we were blessed with
  twins"), or before a complement ("opposed to", "done with");
- a personal subject for "done", "finished", "set", "lost", "dressed" ("I'm done" / "It's done");
- semi-auxiliaries (Quirk ch. 3): "be supposed to", "be bound to" + verb, "be used to" + noun or
  -ing, and "be used to" of a person ("I'm used to long flights" = accustomed; "it is used to cut");
- existential "there is/are + participle" (the participle is attributive: "there were injured
  people"), and attributive participles before a noun ("these are frozen vegetables");
- "he's/she's/it's" + participle + a noun phrase is the perfect active ("he's taken the day off");
- after "get", reflexive and change-of-state participles (got dressed, got married, got lost).

Verbs with no passive (intransitives: gone, happened, arrived) are not participles here, and "is to
be" is not a passive unless a participle follows "be" ("is to be decided"). A by-phrase within a
few words of the participle, before a new clause, makes the passive ``full`` unless it names a
time, measure, means or place ("by then", "by far", "by 5 percent", "by mail", "by the window").
Inverted questions ("Was the package delivered?") are matched with the subject inside the span,
also after a vocative or interjection and a comma ("Excuse me, is this seat taken?"). Contractions
written without the apostrophe (im, wasnt, ive, hes) are the auxiliaries they stand for; "its" is
read as "it's" only when no noun follows the participle ("its broken again", not "its broken lid").
"""

from __future__ import annotations

from textmetrics.style.lexicon import (
    ADJECTIVE, BE, COMPLEMENT, DEGREE, GET, HAVE, NOUN_S, PART, PRON_S, SKIP,
    StyleLexicon, style_lexicon,
)

__all__ = ["is_participle", "find_passives", "RULES", "MAX_SKIP", "AGENT_WINDOW"]

RULES = ("passive.be", "passive.perfect", "passive.progressive", "passive.get", "passive.question")
_BE, _PERFECT, _PROGRESSIVE, _GET, _QUESTION = RULES
MAX_SKIP = 3  # adverbs between auxiliary and participle ("has not yet been", "was never formally")
AGENT_WINDOW = 6  # words after the participle in which a by-agent is looked for
_WORD, _NUMBER = "word", "number"
_EXISTENTIAL = frozenset({"there", "here", "there's", "here's"})
_WH_S = frozenset({"what's", "where's", "how's", "when's", "why's", "who's", "whats"})  # "What's it called?"
_INVERTIBLE = frozenset({"is", "are", "was", "were", "am", "isn't", "aren't", "wasn't", "weren't",
                         "isnt", "arent", "wasnt", "werent"})
# contractions written without the apostrophe (passive_words.txt): the pronoun inside
_FUSED = {"im": "i", "ive": "i", "youre": "you", "youve": "you", "weve": "we", "theyre": "they",
          "theyve": "they", "hes": "he", "shes": "she"}
_PRONOUN_SUBJECTS = frozenset({"it", "this", "that", "everything", "everyone", "anything", "anyone",
                               "something", "someone", "nothing", "nobody"})


def is_participle(word: str, lex: StyleLexicon | None = None) -> bool:
    """True if ``word`` (lower case) is the past participle of a verb that can be passive.

    Irregular participles come from the lexicon; regular ones are the -ed forms (Quirk ch. 3),
    except the listed -ed nouns and adjectives, the -eed base forms (need, proceed), the participles
    of intransitive verbs, and un- adjectives with no verb (unexpected; "unveiled" is a verb's).
    A hyphenated word is a participle only after a verb prefix (re-elected); otherwise it is a
    compound adjective (well-known, old-fashioned)."""
    lex = lex or style_lexicon()
    if word in lex.irregular:
        return True
    if word in lex.not_participle:
        return False
    if "-" in word:
        prefix, _, rest = word.partition("-")
        return prefix in lex.hyphen_prefixes and is_participle(rest, lex)
    if len(word) < 4 or not word.endswith("ed") or not word.isalpha():
        return False
    if word.endswith("eed"):
        return word in lex.eed_ok
    if word.startswith("un") and not word.startswith(("under", "uni")):
        return word in lex.un_verbs
    return True


class _Matcher:
    """The passive rules over one sentence: tokens ``lo .. hi-1`` of the document's lists."""

    __slots__ = ("toks", "lows", "codes", "lo", "hi", "lex", "_question")

    def __init__(self, toks, lows, codes, lo: int, hi: int, lex: StyleLexicon) -> None:
        self.toks, self.lows, self.codes, self.lo, self.hi, self.lex = toks, lows, codes, lo, hi, lex
        self._question: bool | None = None

    def skip(self, k: int, limit: int = MAX_SKIP) -> int:
        """The first index from ``k`` that is not an adverb allowed inside the verb group."""
        codes, hi, lows = self.codes, self.hi, self.lows
        while limit and k < hi and codes[k] & SKIP and not codes[k] & DEGREE:
            k += 1  # a degree word stops the chain, -ly or not: "very tired", "extremely detailed"
            limit -= 1
        if k + 1 < hi and codes[k] & DEGREE and codes[k + 1] & SKIP and (lows[k + 1] in ("much", "well")
                                                                     or lows[k + 1].endswith("ly")):
            k += 2  # "very much appreciated", "so badly damaged": the degree word modifies the adverb
        return k

    def at(self, k: int) -> str:
        return self.lows[k] if self.lo <= k < self.hi else ""

    def match(self, i: int):
        """(start token, participle token, rule, subtype) for a passive starting at token ``i``."""
        c = self.codes[i]
        if c & GET:
            return self.get(i, i)
        if c & (HAVE | PRON_S | NOUN_S):
            k = self.skip(i + 1)
            if k < self.hi:
                if self.lows[k] == "been":
                    return self.be(i, k, _PERFECT, False)
                if self.lows[k] in ("got", "gotten"):
                    return self.get(i, k)
                if self.lows[k] == "being" and c & NOUN_S:
                    return self.be(i, i, _BE, False)  # "the car's being repaired"
            if not c & (PRON_S | BE):
                return None  # "has done", "Tom's cooked": perfect active; a noun's "'s" is "has" or possessive
        return self.be(i, i, _BE, bool(c & PRON_S))

    def be(self, start: int, b: int, rule: str, clitic_s: bool):
        k = self.skip(b + 1)
        if k < self.hi and self.lows[k] == "being" and self.lows[b] != "being":
            rule = _PROGRESSIVE if rule == _BE else rule
            k = self.skip(k + 1)
        if k < self.hi and self.codes[k] & PART:
            if self.existential(start):
                return None  # "there were injured people", "there have been reported cases": attributive
            subtype = self.verdict(start, k, clitic_s)
            return (start, k, rule, subtype) if subtype else None
        if b == start and self.opens_question(b):
            return self.question(b)
        return None

    def existential(self, start: int) -> bool:
        """True if existential "there" (or "here") opens the verb group starting at ``start``,
        across a perfect auxiliary and adverbs ("there have already been ...")."""
        k, limit = start - 1, MAX_SKIP + 1
        while limit and k >= self.lo and self.codes[k] & (SKIP | HAVE) and self.lows[k] not in _EXISTENTIAL:
            k -= 1
            limit -= 1
        return self.at(k) in _EXISTENTIAL

    def get(self, start: int, g: int):
        k = self.skip(g + 1, 2)
        if k < self.hi and self.codes[k] & PART and self.lows[k] not in self.lex.get_not:
            subtype = self.verdict(start, k, False)
            return (start, k, _GET, subtype) if subtype else None
        return None

    def opens_question(self, b: int) -> bool:
        """True if ``b`` opens an inverted question: the first word, or the second after a wh-word,
        of a sentence that ends with "?". A vocative, interjection or adverbial set off by a comma
        may come first ("Excuse me, is this seat taken?", "Mom, why wasn't I told?")."""
        lo, lows = self.lo, self.lows
        w = lows[b]
        if not ((w in _INVERTIBLE and (self.head(b) or (b > lo and lows[b - 1] in self.lex.wh and self.head(b - 1))))
                or (w in _WH_S and self.head(b))):
            return False
        if self._question is None:
            last = self.hi - 1
            while last > lo and self.toks[last].kind != _WORD and self.lows[last] != "?":
                last -= 1  # closing quotes and brackets after the "?"
            self._question = self.lows[last] == "?"
        return self._question

    def head(self, k: int) -> bool:
        """True if token ``k`` opens the sentence or follows a comma."""
        return k == self.lo or self.lows[k - 1] == ","

    def question(self, b: int):
        """"Was the package delivered?", "Why wasn't I told?": be, a short subject, a participle."""
        lex, k = self.lex, b + 1
        w = self.at(k)
        if not w:
            return None
        if w in lex.determiner and w in _PRONOUN_SUBJECTS:
            candidates = (self.skip(k + 1), k + 2, k + 3)  # "Is this done?", "Is this seat taken?"
        elif w in lex.personal or w in _PRONOUN_SUBJECTS:
            candidates = (self.skip(k + 1),)
        elif w in lex.determiner:
            candidates = (k + 2, k + 3)  # "the package delivered", "the used car sold"
        elif self.toks[k].kind == _WORD and w not in lex.function and not self.codes[k] & PART:
            candidates = (self.skip(k + 1),)  # a name or a bare noun: "Are pets allowed?"
        else:
            return None
        for p in candidates:
            if p < self.hi and self.codes[p] & PART:
                subtype = self.verdict(b, p, False, personal=w in lex.personal)
                return (b, p, _QUESTION, subtype) if subtype else None
        return None

    def verdict(self, start: int, p: int, clitic_s: bool, personal: bool | None = None) -> str | None:
        """``full`` or ``agentless`` if the participle at ``p`` makes a passive, None if the words
        mark it as an adjective (see the module docstring)."""
        lex, w = self.lex, self.lows[p]
        nxt, nxt2 = self.at(p + 1), self.at(p + 2)
        agent = self.agent(p)
        personal = self.personal(start) if personal is None else personal
        use = lex.uses.get(w)
        if use is not None:
            kind, adjectival, verbal = use
            verb = agent or nxt in verbal
            if kind == ADJECTIVE:
                if not verb:
                    return None
            elif kind == COMPLEMENT:
                if nxt in adjectival:
                    return None
            elif nxt in adjectival or (not verb and personal):
                return None
        if nxt == "to":
            if w == "supposed" or (w == "used" and (nxt2 in lex.object or nxt2.endswith("ing") or personal
                                                    and not agent)):
                return None  # "be supposed to"; "be used to the cold", "I'm used to long flights" = accustomed
                # (of a person, without an agent); "it is used to cut tiles" is the passive
            if w == "bound" and nxt2 not in lex.determiner:
                return None  # "is bound to happen"; "was bound to a chair" is passive
        if w in lex.attributive and not agent and self.nounlike(p + 1):
            return None  # "these are frozen vegetables"
        if clitic_s and self.lows[start] == "its" and self.nounlike(p + 1):
            return None  # "its" + participle + noun is the possessive: "its broken handle"
        if clitic_s and (w in lex.has_verbs or (nxt in lex.object and not (w in lex.naming and not personal))):
            return None  # "he's taken the day off", "it's changed": has; but "it's called a hashtag"
        return "full" if agent else "agentless"

    def personal(self, start: int) -> bool:
        """True if the subject of the verb group starting at ``start`` is a personal pronoun, or
        the implied "you" of an imperative ("Be prepared")."""
        first = self.lows[start]
        if first == "be" and start == self.lo:
            return True
        pronoun = first.partition("'")[0] if "'" in first else _FUSED.get(first) or self.at(start - 1)
        return pronoun in self.lex.personal

    def agent(self, p: int) -> bool:
        """True if a by-agent follows the participle at ``p``, within :data:`AGENT_WINDOW` words and
        before a new clause or punctuation."""
        lex, lows, toks = self.lex, self.lows, self.toks
        end = min(self.hi, p + 1 + AGENT_WINDOW)
        for k in range(p + 1, end):
            w = lows[k]
            if w == "by":
                return self.is_agent(k + 1)
            if toks[k].kind not in (_WORD, _NUMBER) or w in lex.clause or self.codes[k] & (BE | HAVE):
                return False
        return False

    def is_agent(self, k: int) -> bool:
        """True if the phrase after "by" (from token ``k``) can be an agent, not a time, measure,
        means or place: "by the police", not "by then", "by 5 percent", "by the time", "by adding"."""
        if k >= self.hi:
            return False
        lex, w, kind = self.lex, self.lows[k], self.toks[k].kind
        if kind == _NUMBER or w in lex.number:
            return self.nounlike(k + 1) and self.lows[k + 1] not in lex.by_the_not  # "by two friends"
        if kind != _WORD or w in lex.by_not or (w.endswith("ing") and len(w) > 4 and w not in ("king", "thing")):
            return False
        if w in ("a", "an", "the") and self.at(k + 1) in lex.by_the_not:
            return False
        return True

    def nounlike(self, k: int) -> bool:
        """True if token ``k`` looks like a noun a participle could modify: a word that is not a
        function word, adverb, participle or -ing form."""
        if k >= self.hi or self.toks[k].kind != _WORD:
            return False
        w = self.lows[k]
        return not (w in self.lex.function or w.endswith(("ly", "ing")) or self.codes[k] & PART)


def find_passives(toks, lows, codes, lo: int, hi: int, starts, lex: StyleLexicon | None = None):
    """Passives of the sentence made of tokens ``lo .. hi-1`` (document-level lists of tokens,
    lower-case forms and codes); ``starts`` are the sentence's token indices that may start one,
    in order. Returns (start token, participle token, rule, subtype) tuples in text order; a
    participle ends one match and the next search starts after it."""
    m = _Matcher(toks, lows, codes, lo, hi, lex or style_lexicon())
    out = []
    after = lo
    for i in starts:
        if i < after:
            continue
        found = m.match(i)
        if found is not None:
            out.append(found)
            after = found[1] + 1
    return out
