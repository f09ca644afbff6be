"""Disambiguation rules: small tests on the neighbouring tokens, no parser.

A lexicon entry may name one of these rules. After the phrase trie has matched the entry's phrase at
tokens ``toks[i:j]`` of a sentence, ``RULES[name](toks, i, j)`` decides:

- ``None`` / ``False``: not a marker here (the trap reading, e.g. the month May);
- ``True``: a marker, as the entry says;
- ``(start, end, category, subtype)``: a marker over ``toks[start:end]`` with that category, for rules
  that widen the span ("most" + its adjective) or change the reading (a negated booster is a hedge);
  ``None`` for category or subtype keeps the entry's.

The rules follow the descriptions of stance and metadiscourse in Hyland (2005), *Metadiscourse*,
ch. 3 and 7; Biber (2006), *University Language*, ch. 5 (stance); Holmes (1988) on epistemic devices
(doubt, think, believe with a first-person subject and a clausal complement); Coates (1983), *The
Semantics of the Modal Auxiliaries*, for root vs epistemic *must*, *may* and *should*; and the
annotation guidelines of Prokofieva & Hirschberg (2014), *Hedging and Speaker Commitment*, for what
counts as a hedge (relational hedges need a first-person subject; "about" is a hedge only as an
approximator of a quantity).

Every rule reads at most ``WINDOW`` (12) tokens either side of its match, so the whole pass stays
linear however long a sentence is.
"""

from __future__ import annotations

from typing import Callable

__all__ = ["RULES", "NEGATORS", "is_negator", "DETERMINERS", "FUNCTION_WORDS"]

DETERMINERS = frozenset(
    "the a an this that these those my your his her its our their whose some any no every each all "
    "both either neither another other what which such one same".split()
)
OBJECT_PRONOUNS = frozenset("me him her them us you it whom himself herself themselves ourselves yourself yourselves myself itself".split())
SUBJECT_PRONOUNS = frozenset("i you he she it we they".split())
WH_WORDS = frozenset("what why how who whom where when which whose".split())
CONJUNCTIONS = frozenset("and but or nor so yet for because although though while whereas if unless since".split())
PREPOSITIONS = frozenset(
    "of in on at by for with from to into onto about over under between among through during against "
    "without within across after before behind beyond toward towards upon like than as per via".split()
)
BE = frozenset("is are was were be been being am 's 're 'm".split())
AUXILIARIES = BE | frozenset("do does did have has had will would shall should can could may might must ought".split())
FUNCTION_WORDS = DETERMINERS | OBJECT_PRONOUNS | SUBJECT_PRONOUNS | WH_WORDS | CONJUNCTIONS | PREPOSITIONS | AUXILIARIES | frozenset(
    "not there here then than that as too also just only even far long".split()
)
NEGATORS = frozenset("not never no hardly scarcely barely nor cannot neither".split())
NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds "
    "thousand thousands million millions billion billions trillion trillions dozen dozens score half "
    "twice thrice double triple quarter quarters third thirds fifth fifths tenth tenths halves percent".split()
)
QUANTITY_NOUNS = NUMBER_WORDS | frozenset(
    "year years month months week weeks day days hour hours minute minutes second seconds decade decades "
    "century centuries mile miles kilometer kilometers kilometre kilometres foot feet inch inches pound "
    "pounds dollar dollars euro euros ton tons tonne tonnes meter meters metre metres acre acres "
    "gallon gallons liter liters litre litres degree degrees point points fifth tenth quarter third "
    "fraction percentage".split()
)
CURRENCY = frozenset("$ £ € ¥ ₹".split())
# words after which "sure", "certain", "clear" are predicative (and so a stance, not "a certain")
COPULAS = BE | frozenset(
    "seem seems seemed remain remains remained become becomes became feel feels felt looks look looked appear "
    "appears appeared it's that's i'm we're you're they're he's she's what's there's i've".split()
)
MAKE_FORMS = frozenset("make makes made making".split())
# adverbs that may stand between a negator and the booster it negates ("not at all clear")
_NEG_GAP = frozenset(
    "at all entirely completely totally quite so very yet really exactly particularly altogether "
    "fully absolutely necessarily always too that 100 percent wholly terribly".split()
)
# verbs after which an attitude/booster adverb describes the manner of the act ("speak clearly")
_MANNER_PREV = frozenset(
    "see saw seen seeing speak speaks spoke spoken speaking think thinks thought thinking explain explains "
    "explained explaining hear heard write writes wrote written writing communicate communicated "
    "articulate articulated express expressed read state stated show showed shown label labeled labelled "
    "mark marked define defined visible audible laid set spell spelled spelt smiled smile smiles died die "
    "dies wept say says said answered replied more less most least very so too how as".split()
)
# participles and adjectives that a manner adverb modifies ("clearly marked", "clearly visible")
_MANNER_NEXT = frozenset(
    "marked labeled labelled defined stated written visible audible articulated explained identified "
    "displayed signposted delineated expressed communicated printed posted spelled spelt laid set "
    "legible understood specified outlined explained indicated worded".split()
)
_CLAUSE_BREAK = frozenset({",", ";", ":", "(", ")", "[", "]", "-", "--", "\u2014", "\u2013", '"'})


# How far any rule looks back or ahead from its match, in tokens. Every scan is bounded by it, so
# the pass stays linear even in a sentence of 100,000 characters without a comma (an unpunctuated
# transcript); a clause opener further away than this is not seen.
WINDOW = 12


def _low(toks, k: int) -> str:
    return toks[k].lower if 0 <= k < len(toks) else ""


def is_negator(word: str) -> bool:
    return word in NEGATORS or word.endswith("n't")


def _is_number(toks, k: int) -> bool:
    """A numeral ("40", "5bn", "1990s"), a number word ("dozen", "half") or a hyphenated one
    ("one-third", "twenty-five")."""
    if not 0 <= k < len(toks):
        return False
    t = toks[k]
    w = t.lower
    if t.kind == "number" or w in NUMBER_WORDS or w[:1].isdigit():
        return True
    return "-" in w and all(part in NUMBER_WORDS for part in w.split("-"))


def _is_participle(word: str) -> bool:
    return word == "been" or (len(word) > 3 and (word.endswith("ed") or word.endswith("en"))) or word in _IRREGULAR_PARTICIPLES


_IRREGULAR_PARTICIPLES = frozenset(
    "done gone seen known made said told thought brought bought caught taught found felt left lost meant "
    "met paid put read run sent set spent stood understood won built held kept led heard hit hurt cut "
    "let shut begun become come got gotten grown drawn driven eaten fallen flown forgotten given hidden "
    "ridden risen shaken spoken stolen sworn taken thrown woken worn written chosen frozen".split()
)


def _clause_start(toks, i: int) -> bool:
    """True when ``toks[i]`` opens a clause: sentence start (after opening punctuation), or after
    a comma, semicolon, colon, dash, bracket or a coordinating conjunction."""
    k = i - 1
    floor = i - WINDOW
    while k >= 0 and k > floor and toks[k].kind == "punct" and toks[k].lower in ('"', "'", "(", "[", "-", "--"):
        k -= 1
    if k < 0:
        return True
    w = toks[k].lower
    return w in _CLAUSE_BREAK or w in ("and", "but", "or", "so", "yet", "then")


# ----------------------------------------------------------------------------- hedges

def modal_may(toks, i, j):
    """*may* is a hedge, except: the month or the name (written with a capital inside a sentence,
    or capitalised at its start, where *May* is the optative "May he rest" or a question "May I");
    permission in a question ("may I/we ...") and the formula "if I may"; and permission granted to a
    person or role ("Members may bring one guest", see :func:`_permission_may`)."""
    t = toks[i]
    if t.text[0].isupper() and not t.text.isupper():
        return True if _headline_may(toks, i, j) else None
    if t.text.isupper() and len(toks) > 1 and not all(x.text.isupper() for x in toks if x.kind == "word"):
        return None  # MAY as an acronym or shouting inside ordinary text: leave it
    nxt = _low(toks, j)
    if nxt in ("i", "we") and toks[-1].lower == "?":
        return None
    if _low(toks, i - 1) == "i" and _low(toks, i - 2) == "if":
        return None
    if _permission_may(toks, i, j):
        return None
    return True


def _headline_may(toks, i, j) -> bool:
    """*May* the modal in a title-case headline ("Prices May Rise Again", "It May Rain"): inside a
    capitalised run, after a plural noun or a subject pronoun and before a capitalised base verb
    (not "-s": "Theresa May Resigns"), never after a preposition ("In May")."""
    if i == 0 or not _title_case_run(toks, i, j):
        return False
    prev, nxt = toks[i - 1].lower, _low(toks, j)
    if prev in PREPOSITIONS or prev in DETERMINERS:
        return False
    if not (prev in SUBJECT_PRONOUNS or prev in ("this", "that", "there") or (prev.endswith("s") and not prev.endswith("ss"))):
        return False
    return nxt.isalpha() and nxt not in _MONTHS and (not nxt.endswith("s") or nxt.endswith("ss"))


# Subjects that receive permission (Coates 1983, ch. 6: root *may* has an animate, usually human
# subject whom an authority allows to act; Palmer 2001, 3.3): the addressee and the roles that rules
# and notices address. Verbs: agentive acts a rule can allow. Epistemic *may* takes stative or
# non-agentive verbs ("may take years", "may rise", "may backfire") or *be/have*, which stay hedges.
_PERMITTED = frozenset(
    "you students pupils members visitors guests applicants candidates customers passengers residents tenants "
    "employees staff participants users readers drivers cyclists pedestrians parents owners holders "
    "subscribers shareholders pharmacists doctors nurses teachers officers contestants players entrants "
    "delegates attendees volunteers citizens anyone everyone travellers travelers patrons diners campers "
    "competitors authors contributors bidders borrowers claimants investors landlords retailers shops "
    "pubs bars restaurants vendors traders".split()
)
_PERMITTED_ACTS = frozenset(
    "park bring leave apply enter use submit attend vote prescribe borrow keep choose request appeal join "
    "register stay smoke sit wear visit access return opt claim carry go come eat drink withdraw resubmit "
    "retake ask contact email call speak camp fish swim photograph film record transfer cancel defer "
    "purchase buy sell exchange reserve book collect pick drop print download consult nominate invite "
    "accompany renew skip pay travel remain sign view observe cite quote copy share post upload edit "
    "comment decline refuse elect proceed begin enrol enroll serve open trade operate install drive ride "
    "walk take sublet rent".split()
)
_MAY_GAP = frozenset("also now still only then not no longer each".split())


def _permission_may(toks, i, j) -> bool:
    """Deontic *may* (permission: "Visitors may park here after six", "You may leave early",
    "Members may not bring guests"): a subject from :data:`_PERMITTED` right before *may* (a
    determiner or adjective may precede it) and an agentive verb from :data:`_PERMITTED_ACTS` after it,
    past *also, now, only, not*. Both are required: precision over recall, since a missed
    permission costs one hedge and a missed epistemic *may* loses a real one."""
    if _low(toks, i - 1) not in _PERMITTED:
        return False
    k = i + 1  # from the word after "may" itself: the entry "may well" is epistemic
    while k < i + 4 and _low(toks, k) in _MAY_GAP:
        k += 1
    return _low(toks, k) in _PERMITTED_ACTS


def modal_might(toks, i, j):
    """*might* is a hedge as a modal verb, not as the noun ("the might of", "military might")."""
    prev, nxt = _low(toks, i - 1), _low(toks, j)
    if prev in _POSSESSIVE_DET or prev in _MIGHT_NOUN_PREV or nxt in ("of", "and", "makes", "is", "was"):
        return None
    if nxt in (".", ",", ";", ":", "!", ")") and prev not in SUBJECT_PRONOUNS:
        return None  # "with all our might." - the noun at the end of a clause
    return True


_POSSESSIVE_DET = frozenset("the a an its his her their our my your whose".split())
_MIGHT_NOUN_PREV = frozenset("military economic naval industrial full sheer considerable nuclear financial political great "
                             "mighty full combined collective with".split())


def modal_could(toks, i, j):
    """*could* is an epistemic hedge, not in a request ("Could you ...?") and not negated
    ("could not": inability, a statement of fact)."""
    nxt = _low(toks, j)
    if nxt in ("not", "never", "hardly") or is_negator(_low(toks, i - 1)):
        return None
    if nxt in ("you", "i", "we") and toks[-1].lower == "?" and _clause_start(toks, i):
        return None
    return True


_REPORTING = frozenset(
    "said says say told promised promises pledged pledges vowed vows announced announces insisted insists claimed "
    "claims declared declares stated states predicted predicts warned warns knew thought believed expected "
    "hoped assured argued suggested speculated guessed admitted conceded agreed decided tell telling tells "
    "saying promising insisting claiming announcing warning assuring expecting reported reports".split()
)


def tentative_would(toks, i, j):
    """Tentative, hypothetical *would* ("that would cost billions", "it would be a mistake") is a
    hedge (Hyland 2005; Holmes 1988); not the future-in-the-past of reported speech ("she said she
    would resign") and not the formulas of wanting ("would like", "would love", "would rather")."""
    nxt = _low(toks, j)
    if nxt in ("like", "love", "rather", "prefer", "hate", "you", "i", "we", "they", "he", "she", "it"):
        return None  # wishes, and questions such as "would you ...?"
    if nxt in ("later", "eventually", "subsequently", "soon") or (nxt == "go" and _low(toks, j + 1) == "on"):
        return None  # narrative future-in-the-past: "she would later resign"
    k = i - 1
    while k >= 0 and k >= i - 8:
        w = toks[k].lower
        if w in (",", ";", ":", "(", "-", "--", "—") or w in ("if", "unless"):
            break
        if w in _REPORTING:
            return None
        k -= 1
    return True


_EVIDENCE_NEXT = frozenset(
    "that a an the no how what why whether this these those its their significant some little clear "
    "strong any only wrong right false true beyond conclusively once".split()
)


def evidential_verb(toks, i, j):
    """Verbs of demonstration (*show, demonstrate, prove, reveal, establish*) are boosters (Hyland 2005)
    when they report what evidence shows: before a clause ("this shows how ...", "proved wrong"), or
    with a source of evidence as subject ("the data show a rise", "history proves the point") - not
    a literal showing ("the video shows the officer"), the noun ("a TV show"), the phrasal senses
    ("show up") or copular *prove* ("proved adept")."""
    prev, nxt = _low(toks, i - 1), _low(toks, j)
    if prev in _POSSESSIVE_DET or prev.endswith("'s") or prev in ("tv", "talk", "game", "reality", "road", "trade", "air"):
        return None
    if nxt in _CLAUSAL_EVIDENCE:
        return True
    if nxt in _EVIDENCE_NEXT or _is_number(toks, j):
        for k in (i - 1, i - 2, i - 3):
            w = _low(toks, k)
            if w in _EVIDENCE_SUBJECTS:
                return True
            if w in ("", ",", ";", ":"):
                break
    return None


_CLAUSAL_EVIDENCE = frozenset("that how why what whether wrong right false true beyond conclusively".split())


_STANCE_VERBS = frozenset(
    "show shows showed shown suggest suggests suggested suggesting demonstrate demonstrates demonstrated reveal "
    "reveals revealed prove proves proved proven confirm confirms confirmed indicate indicates indicated "
    "establish establishes established".split()
)


def source_before_stance_verb(toks, i, j):
    """A source of evidence ("studies", "the data", "experts") before a verb that is itself a hedge or
    a booster ("studies suggest", "the data show", "research has shown"): the authority marker takes
    the source only, and the verb keeps its own marker."""
    nxt = _low(toks, j)
    if nxt in _STANCE_VERBS:
        return True
    if nxt in ("have", "has", "had", "also", "now", "clearly", "consistently", "repeatedly", "strongly") and _low(toks, j + 1) in _STANCE_VERBS:
        return True
    return None


_EVIDENCE_SUBJECTS = frozenset(
    "results result data findings finding evidence studies study research analysis analyses observations "
    "observation this these which it figures numbers polls poll trends experience history record models "
    "model estimates surveys survey experiments experiment patterns signs tests work literature".split()
)


def before_source(toks, i, j):
    """"published in", "reported in" appeal to a source when a publication follows ("published in
    the Lancet", "reported in Nature"), not a date or place ("published in May", "in 2019")."""
    if j >= len(toks):
        return None
    nxt = toks[j]
    if nxt.lower in ("the", "a", "an", "journal", "peer-reviewed"):
        return True
    if nxt.kind == "word" and nxt.text[0].isupper() and nxt.lower not in _MONTHS:
        return True
    return None


_MONTHS = frozenset("january february march april may june july august september october november december".split())


def evidential_subject(toks, i, j):
    """Bare *suggest(ed)* hedges a conclusion drawn from evidence ("the results suggest a link",
    "history suggests") - not a proposal by a person ("I suggest we wait", "he suggested a delay",
    "suggested to me", "suggested using")."""
    nxt = _low(toks, j)
    if nxt in ("to", "we", "you", "i", "they") or nxt.endswith("ing"):
        return None
    for k in (i - 1, i - 2, i - 3):
        w = _low(toks, k)
        if w in _EVIDENCE_SUBJECTS:
            return True
        if w in SUBJECT_PRONOUNS or w in _PERSON_NOUNS:
            return None
        if k > 0 and k == i - 1 and toks[k].kind == "word" and toks[k].text[0].isupper():
            return None  # a name: "Senator Smith suggested a delay"
        if w in (",", ";", ":"):
            break
    return True


_PERSON_NOUNS = frozenset(
    "critics officials senator minister mayor president he she they i we you someone somebody people experts "
    "aides advisers advisors lawmakers leaders friends colleagues others many some".split()
)


def possible_epistemic(toks, i, j):
    """*possible, potential* as epistemic attributes ("a possible explanation", "potential side
    effects"); not in "the best possible", "every possible", "as soon as possible", "made possible"
    (enabling), "where possible", "not possible" (a denial), nor the noun "potential" ("their full
    potential", "the potential of")."""
    prev = _low(toks, i - 1)
    if is_negator(prev) or prev in ("thought", "believed", "considered", "deemed", "seemed", "imagined"):
        return None
    if toks[i].lower == "apparent" and (prev in COPULAS or prev in ("became", "become", "becomes", "becoming", "grew", "made")):
        return None  # "it became apparent": evident, not a hedge
    if toks[i].lower == "potential" and (_low(toks, j) in ("of", "for", "in", "and", "to", "") or toks[j].kind == "punct"):
        return None  # the noun: "their potential", "the potential of"
    if prev in ("best", "worst", "every", "all", "any", "only", "fullest", "greatest", "highest", "lowest",
                "largest", "smallest", "soon", "much", "far", "quickly", "whenever", "wherever", "if", "where",
                "make", "made", "makes", "making", "possible", "when", "full", "untapped", "enormous", "great",
                "huge", "real", "its", "their", "his", "her", "our", "your", "my") or prev.endswith("est"):
        return None
    return True


def before_quantity(toks, i, j):
    """An approximator (*about*, *around*, *some*, *roughly* ...) is a hedge only before a number or
    quantity: "about 40 percent", "around $5", "about a third", "about half" - not "about the war"."""
    k = j
    nxt = _low(toks, k)
    if nxt in CURRENCY:
        return _is_number(toks, k + 1) or None
    if _is_number(toks, k):
        if toks[i].lower == "about" and _topic_year(toks, i, k):
            return None
        return True
    if nxt in ("a", "an") and _low(toks, k + 1) in QUANTITY_NOUNS:
        return True
    return None


# before "about" + a year, these make it a time approximated ("in about 1968", "until about 2030")
_TIME_PREPS = frozenset("in since from until till by before after to circa around".split())


def _topic_year(toks, i, k) -> bool:
    """"about" + a bare four-digit year (1000-2099) is the topic ("a film about 1968 and its
    aftermath"), unless a noun follows the number ("about 1500 people") or a preposition of time
    frames it ("in about 1968")."""
    w = toks[k].text
    if not (len(w) == 4 and w.isdigit() and 1000 <= int(w) <= 2099):
        return False
    if _low(toks, i - 1) in _TIME_PREPS:
        return False
    after = toks[k + 1] if k + 1 < len(toks) else None
    return after is None or after.kind != "word" or after.lower in FUNCTION_WORDS


def to_infinitive(toks, i, j):
    """*seem/appear/tend to* is a hedge before an infinitive ("seems to work"), not before a noun
    phrase ("appeared to the committee", "tend to the sick")."""
    nxt = _low(toks, j)
    if not nxt or toks[j].kind != "word":
        return None
    if nxt in DETERMINERS or nxt in OBJECT_PRONOUNS and nxt not in ("me",) or nxt in SUBJECT_PRONOUNS:
        return None
    return True


_COGNITIVE_GAP = frozenset(
    "do don't did didn't not also still really genuinely honestly personally firmly strongly truly sincerely "
    "would 'd just actually now frankly tend further therefore thus can't cannot very much rather seriously all "
    "both".split()
)


def first_person_cognitive(toks, i, j):
    """*think, believe, suspect, suppose, guess, doubt, assume, feel, imagine, reckon* are hedges with a
    first-person subject and a clausal complement (Holmes 1988): "I think the plan fails", "we
    suspect that ...", "I don't think so" - not "they think", "I think of", "I believe in",
    "assume office", "I feel bad". Attitude verbs (*hope, fear, regret*) take the same test. With *I*
    the span starts at the subject; *we* is left to first_person_plural."""
    verb = toks[i].lower
    k = i - 1
    floor = i - WINDOW
    while k >= 0 and k > floor and toks[k].lower in _COGNITIVE_GAP:
        k -= 1
    subj = _low(toks, k)
    if subj not in _FIRST_PERSON:
        return None
    nxt = _low(toks, j)
    if verb in _NEEDS_CLAUSE:
        ok = nxt in _CLAUSE_OPENERS or (nxt in ("so", ",") and verb not in ("feel",))
        if verb == "feel" and nxt == "like":  # "I feel like we ...", not "I feel like a fool"
            ok = _low(toks, j + 1) in SUBJECT_PRONOUNS or _low(toks, j + 1) in ("it's", "there's", "nobody", "everyone")
    elif verb in ("doubt", "doubted"):
        ok = nxt in _CLAUSE_OPENERS or nxt in ("the", "a", "an", "very", "anyone", "anybody", "much", ",", ".")
    elif not nxt:
        ok = True  # "..., I think." closing a sentence
    else:
        ok = nxt not in _NOT_CLAUSE
    if not ok:
        return None
    start = k if subj.startswith("i") else i
    return (start, j, None, None)


def first_person_subject(toks, i, j):
    """A stance verb with a first-person subject ("I would argue", "we demand", "I agree"): the
    writer's own act, not a report of someone else's. With *I* the span starts at the subject."""
    k = i - 1
    floor = i - WINDOW
    while k >= 0 and k > floor and toks[k].lower in _COGNITIVE_GAP:
        k -= 1
    subj = _low(toks, k)
    if subj not in _FIRST_PERSON:
        return None
    return (k if subj.startswith("i") else i, j, None, None)


_FIRST_PERSON = frozenset("i we i'd we'd i'll we'll".split())
_NEEDS_CLAUSE = frozenset("assume assumed feel imagine presume gather hope fear regret expect propose wonder".split())
_NOT_CLAUSE = frozenset(
    "of in about on for to up through twice back over hard deeply highly differently ahead otherwise office "
    "much power responsibility control command".split()
)
_CLAUSE_OPENERS = SUBJECT_PRONOUNS | frozenset(
    "that there this these those whether if it's there's many most some few nobody everyone someone the "
    "not what how why who when where".split()
)


def degree_before_modifier(toks, i, j):
    """A downtoner (*fairly*, *rather*, *pretty*) hedges the word it modifies ("fairly obvious"),
    not as a manner adverb at the end of a clause ("treated fairly.", "paid fairly by")."""
    k = j
    if k >= len(toks) or toks[k].kind != "word":
        return None
    nxt = toks[k].lower
    if nxt in FUNCTION_WORDS and nxt not in ("much", "well", "likely"):
        return None
    if _low(toks, i - 1) in DETERMINERS:
        return None  # "a pretty face", "the fairly ..." is rare; the adjective reading
    return True


def obligation_not_negated(toks, i, j):
    """*need to, have to* state an obligation; negated ("you don't need to", "we do not have to")
    they deny one, and are no directive. The determiner test of :func:`not_after_determiner` also
    applies ("the need to")."""
    prev = _low(toks, i - 1)
    if is_negator(prev) or prev in DETERMINERS or (prev in ("really", "even", "actually") and is_negator(_low(toks, i - 2))):
        return None
    return True


def clause_initial(toks, i, j):
    """A hortative or imperative phrase ("let us", "let's") opens its clause: "Let us be honest",
    "..., and let us act" - not "the rules let us down"."""
    return _clause_start(toks, i) or None


def not_after_determiner(toks, i, j):
    """The hedge "sort of / kind of", and "very", "need", "urge", "must" as verbs: not after a
    determiner ("this sort of", "a kind of", "the very same", "the need", "the urge", "a must")."""
    prev = _low(toks, i - 1)
    if prev in DETERMINERS or prev in ("same", "different", "new", "right", "wrong", "only", "particular",
                                       "certain", "whatever", "similar", "that's", "what's", "own"):
        return None
    return True


# ----------------------------------------------------------------------------- boosters

def _predicative(toks, i):
    """Walk back over negators and degree adverbs from ``toks[i]``; return (predicative, negator index)."""
    k = i - 1
    neg = None
    floor = i - WINDOW
    while k >= 0 and k > floor:
        w = toks[k].lower
        if w in COPULAS and w not in ("feel", "feels", "felt"):
            break
        if is_negator(w) or w == "less":
            neg = k
            if w.endswith("n't") and w[:-3] in ("is", "was", "are", "were", "ai", "does", "do", "did", "am", "seem"):
                return True, neg  # "isn't clear": the copula carries the negation
            k -= 1
        elif w in _NEG_GAP:
            k -= 1
        elif w == "from" and _low(toks, k - 1) == "far":  # "far from certain"
            neg = k - 1
            k -= 2
        else:
            break
    prev = _low(toks, k)
    if prev in COPULAS or prev in MAKE_FORMS:
        if neg is None:  # a negated modal or auxiliary before the copula: "can't be sure", "never been clear"
            for m in (k - 1, k - 2):
                if is_negator(_low(toks, m)):
                    neg = m
                    break
        return True, neg
    if prev == "it" and _low(toks, k - 1) in MAKE_FORMS:  # "made it clear"
        return True, neg
    if prev in ("i", "we", "you", "they") and _low(toks, k + 1) in ("sure", "certain", "convinced", "confident"):
        return True, neg
    if prev in SUBJECT_PRONOUNS or prev in ("this", "that"):
        before = _low(toks, k - 1)
        if before in COPULAS or (before.endswith("n't") and before[:-3] in ("is", "was", "are", "were")):
            return True, None  # "isn't it obvious?": an inverted, rhetorical question asserts
    return False, neg


def stance_predicative(toks, i, j):
    """*certain, sure, clear, convinced, confident* are boosters as predicates or before a complement
    ("I am certain", "it is clear that", "made clear", "sure to") - not as attributes ("certain
    people", "a clear sky"). Negated ("not certain", "isn't clear", "far from sure") they withhold
    commitment: a hedge (subtype negated_booster), spanning from the negator."""
    predicative, neg = _predicative(toks, i)
    nxt = _low(toks, j)
    complement = nxt in ("that", "to", "of", "about", "whether", "if", "enough", "how", "why", "what", "who")
    word = toks[i].lower
    if word == "clear" and nxt in ("of", "from", "skies", "sky", "water", "majority", "winner", "victory", "plastic", "glass"):
        return None
    if not (predicative or (complement and _low(toks, i - 1) not in DETERMINERS)):
        return None
    if neg is not None:
        return (neg, j, "hedge", "negated_booster")
    return True


def negatable_booster(toks, i, j):
    """A booster adverb or phrase right after a negator is a hedge ("not necessarily" is listed,
    "not definitely true", "it isn't obviously wrong"); "certainly not" (booster first) stays a booster."""
    prev = _low(toks, i - 1)
    if is_negator(prev):
        return (i - 1, j, "hedge", "negated_booster")
    return True


def epistemic_must_have(toks, i, j):
    """"must have" + past participle is epistemic, an inference the writer is sure of ("they must
    have known"): a booster. "must have" + a noun phrase is obligation (a directive), left to *must*."""
    nxt = _low(toks, j)
    return _is_participle(nxt) or None


def not_manner(toks, i, j):
    """Sentence adverbs (*clearly, obviously, sadly, frankly*) express stance; after a verb of seeing or
    saying, before a participle like *marked*, modified by *more/very/how*, or ending a clause after
    its verb, they describe the manner of an act ("clearly marked", "speak clearly", "smiled sadly.")."""
    prev, nxt = _low(toks, i - 1), _low(toks, j)
    if prev in _MANNER_PREV or nxt in _MANNER_NEXT:
        return None
    if nxt in (".", "!", "?", ";") and not _clause_start(toks, i) and prev not in AUXILIARIES and prev not in SUBJECT_PRONOUNS:
        return None
    word = toks[i].lower
    if word in _MANNER_CAPABLE and not _clause_start(toks, i):
        if _verb_form(prev) or (prev in COPULAS and prev not in _BE_FORMS and nxt in PREPOSITIONS):
            return None  # after its verb: "stared sadly at", "lived happily", "looked sadly at"
        if word in _MANNER_BEFORE_PARTICIPLE and _is_participle(nxt) and not _adjectival(nxt) \
                and _low(toks, j + 1) != "to":
            if prev in _BE_FORMS:
                return None  # in a passive: "were clearly painted", "was honestly reported"
            if word in _STYLE_DISJUNCTS and prev not in _FIRST_SECOND:
                return None  # before the verb: "the board honestly reported" (but "I honestly believed")
    return True


# Adverbs with a common manner sense (Quirk et al. 1985, 8.93 and 8.124-8.127: the same word as a
# process adjunct and as a content or style disjunct); the others in the lists ("unfortunately",
# "regrettably") are disjuncts in any position.
_MANNER_CAPABLE = frozenset(
    "clearly plainly honestly frankly candidly openly sadly happily strangely oddly curiously tragically".split()
)
# those that, between passive "be" and a participle, describe how it was done ("clearly painted");
# "was sadly neglected", "has clearly failed" (perfect, not passive) keep the stance reading
_MANNER_BEFORE_PARTICIPLE = frozenset("clearly plainly honestly frankly candidly openly strangely oddly curiously".split())
_STYLE_DISJUNCTS = frozenset("honestly frankly candidly".split())
_FIRST_SECOND = frozenset("i we you i'm we're you're i've we've".split())
_BE_FORMS = BE | frozenset("get gets got".split())  # with the get-passive
_IRREGULAR_PAST = frozenset(
    "spoke wrote stood sat ran fought lived went came sang shook looked lay slept wept grew fell rose".split()
)


def _verb_form(word: str) -> bool:
    """A lexical verb in the past or as a participle ("stared", "shook"): an -ed form or an irregular
    one, not an auxiliary or copula."""
    if word in AUXILIARIES or word in COPULAS:
        return False
    return (len(word) > 4 and word.endswith("ed")) or word in _IRREGULAR_PAST


def _adjectival(word: str) -> bool:
    """A participle used as an adjective of state: un- forms ("unconvinced") and feelings ("worried")."""
    return word.startswith("un") or word in _MUST_STATE


# ----------------------------------------------------------------------------- directives

def directive_should(toks, i, j):
    """*should* is a directive ("we should act"), not in a conditional ("if talks should fail",
    "Should the talks fail, ...", "in case it should"), not in a question it opens ("Should we
    ...?", "what should we do?")."""
    nxt_tok = toks[j] if j < len(toks) else None
    if _clause_start(toks, i) and nxt_tok is not None and (
            nxt_tok.lower in DETERMINERS or nxt_tok.lower in SUBJECT_PRONOUNS
            or (nxt_tok.kind == "word" and nxt_tok.text[0].isupper())):
        return None  # "Should the talks fail, ...", ", should we ...": inverted conditional or question
    prev = _low(toks, i - 1)
    if prev in WH_WORDS:
        return None
    # bounded look-back (WINDOW tokens): an unbounded walk to the clause start was quadratic in a
    # long sentence without commas, one walk per "should"
    k = i - 1
    floor = max(0, i - WINDOW)
    while k >= floor:
        w = toks[k].lower
        if w in (",", ";", ":", "(", "-", "--", "\u2014"):
            break
        if w in ("if", "unless", "lest", "whether") or (w == "case" and _low(toks, k - 1) == "in"):
            return None
        k -= 1
    return True


def directive_must(toks, i, j):
    """Root *must* (obligation) is a directive; "a must" (noun) is not, and epistemic "must have +
    participle" is caught first, as a longer booster entry. Epistemic *must* (an inference the writer
    is sure of: "She must be exhausted", "There must be some mistake", "They must know by now") is a
    booster, subtype modal; see :func:`_epistemic_must`."""
    prev = _low(toks, i - 1)
    if prev in ("a", "the", "an"):
        return None
    if j == i + 1 and _epistemic_must(toks, i):
        return (i, j, "booster", "modal")
    return True


# Coates (1983), ch. 3: epistemic *must* goes with stative verbs, *be* + a state, the progressive and
# existential *there*; root (deontic) *must* with agentive verbs, the passive and a first or second
# person subject ("We must act", "Schools must be funded", "You must be 18"). Without a parser the
# epistemic reading is taken only where these signs are unambiguous; everything else stays a directive.
_MUST_STATE = frozenset(
    "exhausted tired weary worried anxious relieved delighted thrilled furious livid angry pleased proud "
    "devastated heartbroken frightened terrified scared bored confused embarrassed disappointed surprised "
    "shocked horrified baffled puzzled annoyed frustrated upset hard difficult tough awful terrible painful "
    "strange odd nice lovely wonderful galling maddening tempting hungry lonely mad crazy nervous desperate "
    "jealous grateful glad happy sad miserable sick exhausting frustrating humiliating gratifying "
    "bewildering confusing infuriating disappointing".split()
)
_MUST_INFERRED = frozenset(
    "mistake error joke misunderstanding coincidence reason explanation catch typo misprint misreading "
    "connection link glitch trick".split()
)
_MUST_STATIVE = frozenset("know knows realise realize feel wonder suspect sense regret wish mean".split())
_MUST_DEGREE = frozenset("very so quite really pretty absolutely completely utterly terribly awfully rather".split())
_THIRD_PERSON = frozenset("he she they it this that who".split())


def _epistemic_must(toks, i) -> bool:
    """*must* as an inference: *must seem*; a third-person pronoun + *must* + a stative verb
    ("they must know"); *must be* + an emotional or evaluative state ("must be exhausted", "must be
    hard"), + a progressive ("must be losing money"), + "a mistake"-like noun; "there must be
    some(thing) ...". Not with *we, you, I* (an obligation laid on speaker or reader)."""
    subj = _low(toks, i - 1)
    if subj in ("we", "you", "i", "us") or subj.endswith("n't"):
        return False
    nxt = _low(toks, i + 1)
    if nxt in ("seem", "surely"):
        return True
    if nxt in _MUST_STATIVE:
        return subj in _THIRD_PERSON
    if nxt != "be":
        return False
    k = i + 2
    while k < i + 5 and _low(toks, k) in _MUST_DEGREE:
        k += 1
    after = _low(toks, k)
    if after in _MUST_STATE:
        return True
    if len(after) > 5 and after.endswith("ing") and after not in ("being", "doing"):
        return True  # "they must be losing money": the progressive
    if after in ("a", "an", "some") and _low(toks, k + 1) in _MUST_INFERRED:
        return True
    return subj == "there" and after in ("something", "someone", "somebody")


def please_directive(toks, i, j):
    """*please* as a politeness marker of a request, not the verb ("to please voters", "hard to please")."""
    prev, nxt = _low(toks, i - 1), _low(toks, j)
    if prev in ("to", "will", "would", "could", "can", "may", "might", "must", "should", "i", "we", "they",
                "you", "he", "she", "it", "if", "as", "whatever", "whoever", "cannot", "not"):
        return None
    if nxt in DETERMINERS or nxt in OBJECT_PRONOUNS or nxt in ("everyone", "everybody", "voters", "people"):
        return None
    return True


# connectives that may precede an imperative at the start of a sentence ("And remember ...")
_LEADS = frozenset("and but so now then instead first finally next yet or just simply please also therefore".split())
# words that can follow an imperative verb which is often a noun ("Support the bill", "Look at")
_OBJECT_STARTERS = DETERMINERS | OBJECT_PRONOUNS | frozenset(
    "up out at about back down away on off over now again that how why what who whether if "
    "yourself yourselves ourselves : , . !".split()
)


def _sentence_initial(toks, i):
    """True if only punctuation and connectives (and, but, so, now ...) precede ``toks[i]`` in its
    sentence, or since a colon or semicolon ("You can help: write to your councillor"), or since
    the comma closing a fronted subordinate clause ("If you care, show up")."""
    k = i - 1
    floor = i - WINDOW
    while k >= 0:
        if k <= floor:
            return False  # too far from anything that opens a sentence: not sentence-initial
        t = toks[k]
        if t.lower in (":", ";"):
            return True
        if t.lower == "," and k == i - 1 and _opens_with_subordinator(toks, k):
            return True  # after a fronted conditional: "If you care, show up."
        if t.kind == "punct" or t.lower in _LEADS:
            k -= 1
            continue
        return False
    return True


_SUBORDINATORS = frozenset("if when once before whenever unless while until after as".split())


def _opens_with_subordinator(toks, comma: int) -> bool:
    """True if the sentence opens with a subordinate clause ("If ..., ") that ends at ``comma``."""
    k = 0
    while k < comma and k < WINDOW and (toks[k].kind == "punct" or toks[k].lower in _LEADS):
        k += 1
    if k >= comma or toks[k].lower not in _SUBORDINATORS or comma - k > 4 * WINDOW:
        return False
    return not any(toks[m].lower == "," for m in range(k + 1, comma))


def imperative(toks, i, j):
    """A verb opening a sentence in the base form is an imperative, a directive to the reader
    ("Consider the evidence.", "Imagine a city without cars."): only at the start of the sentence
    (after *and, but, so, now* ...), not before a verb form ("Think tanks say").
    The verbs listed under this rule are ones whose noun reading is rare at a sentence start."""
    if not _sentence_initial(toks, i):
        return None
    nxt = _low(toks, j)
    if not nxt or nxt in AUXILIARIES or nxt in ("'s", "of", "and", "or", "tanks", "is", "has", "in") or nxt in _MONTHS:
        return None  # "Think tanks say", "Trust in ...", "Come November, ...": not imperatives
    return True


def imperative_strict(toks, i, j):
    """Like :func:`imperative`, for verbs that are often nouns at a sentence start ("Support for the
    bill fell", "Help is coming"): only before an object-like word ("Support the bill", "Stop it",
    "Look at", "Vote them out")."""
    if not _sentence_initial(toks, i):
        return None
    nxt = _low(toks, j)
    if nxt in _OBJECT_STARTERS or _is_number(toks, j):
        return True
    return None


# ----------------------------------------------------------------------------- degree, scope

def very_degree(toks, i, j):
    """*very* intensifies an adjective or adverb, not as an adjective itself ("the very same", "its
    very existence", "at the very least")."""
    prev = _low(toks, i - 1)
    if prev in DETERMINERS or prev.endswith("'s") or prev in ("own",):
        return None
    nxt = _low(toks, j)
    if not nxt or toks[j].kind != "word" or nxt in FUNCTION_WORDS and nxt not in ("much", "few", "well", "little", "many", "far", "long"):
        return None
    return True


def so_degree(toks, i, j):
    """*so* + adjective/adverb intensifies ("so obvious", "so many"); *so* as a conjunction or pro-form
    ("So, we ...", "and so", "I think so", "so that", "so far") does not."""
    nxt = _low(toks, j)
    if not nxt or toks[j].kind != "word":
        return None
    if nxt in FUNCTION_WORDS and nxt not in ("much", "many", "few", "little", "well", "often", "long"):
        return None
    if nxt in ("called", "forth", "on", "far", "long", "to", "doing", "saying", "did", "does", "out", "up", "off",
               "too", "now", "then", "what"):
        return None
    prev = _low(toks, i - 1)
    if prev in _SO_PROFORM_PREV:
        return None  # "say so", "I think so", "if so", "even so", "why so": so as a pro-form
    if prev in ("and", "or", "if", "even", "not", "think", "hope", "believe", "say", "said", "do", "did", "just",
                "is", "was", "are", "were") and nxt in ("we", "i", "they"):
        return None
    if _clause_start(toks, i):
        # "So, ...", "So let's ...", "so we ...": a connective; only "So many ...", "So bad ..." intensify
        return (nxt in ("many", "much", "few", "little") or _adjective_like(nxt)) or None
    return True


_SO_PROFORM_PREV = frozenset(
    "say said says saying think thinks thought hope hoped believe believed tell told do did does if even why "
    "suppose guess expect seem seems seemed appear appears doing".split()
)


_COMPARATIVES = frozenset("more less worse better fewer greater higher lower larger smaller bigger too".split())


def before_comparative(toks, i, j):
    """*far, much* amplify a comparative ("far worse", "much more dangerous", "far too"), not as
    adjective or pronoun ("a far country", "much of the money")."""
    nxt = _low(toks, j)
    return nxt in _COMPARATIVES or None


def institution_source(toks, i, j):
    """A named institution reporting ("the Congressional Budget Office estimates", "the World Bank
    found"): the institution word must be capitalised, as in a name."""
    return toks[i].text[0].isupper() or None


def not_take_seriously(toks, i, j):
    """*seriously* intensifies ("seriously ill"), but is manner after *take* ("take it seriously")."""
    for k in (i - 1, i - 2, i - 3):
        if _low(toks, k) in ("take", "takes", "took", "taken", "taking"):
            return None
    nxt = _low(toks, j)
    if nxt in (".", ",", ";", "?", "!") or not nxt:
        return None
    return True


def universal_scope(toks, i, j):
    """*all, every, each* make a universal claim, except before a number ("all 27 states", "every
    four years": a count or a frequency) or after a negator or limiter (caught as longer blockers:
    "not all", "almost all")."""
    k = j
    if _low(toks, k) in ("of", "the") and _is_number(toks, k + 1):
        return None
    if _low(toks, k) == "of" and _low(toks, k + 1) == "the" and _is_number(toks, k + 2):
        return None
    if _is_number(toks, k) or _low(toks, k) in ("other",):
        return None
    prev = _low(toks, i - 1)
    if prev in ("not", "almost", "nearly", "virtually", "practically", "above", "after", "at", "for"):
        return None
    return True


_ADJ_SUFFIXES = ("ous", "ful", "ive", "able", "ible", "al", "ic", "ical", "ant", "ent", "less", "ary", "ing", "ed",
                 "ish", "ile", "ary", "ory", "est", "ate", "ly")
_ADJECTIVES = frozenset(
    "important difficult common popular basic urgent serious extreme severe corrupt complex precious sincere "
    "secure free safe bold brave cruel vile just unjust fair unfair smart wise rich poor likely vulnerable "
    "powerful dangerous obvious damaging pressing striking famous beautiful hated wanted trusted recent "
    "senior junior clear strong weak crucial vital great good bad high low hard easy simple expensive "
    "cheap toxic absurd ridiculous egregious outrageous consequential significant progressive conservative "
    "liberal radical modern ambitious aggressive prominent visible credible".split()
)
_NOT_ADJ = frozenset("people americans countries states things cases of the a an part times nations children "
                     "voters students families members recent recently often frequently commonly usually typically "
                     "notably".split())


def _adjective_like(word: str) -> bool:
    if word in _NOT_ADJ:
        return False
    if word in _ADJECTIVES:
        return True
    if word.endswith("s") and not word.endswith(("ous", "less")):
        return False
    return len(word) > 4 and word.endswith(_ADJ_SUFFIXES)


def before_adjective(toks, i, j):
    """A focusing or degree adverb (*particularly, especially, unusually*) amplifies an adjective
    ("particularly cruel"), not a phrase it merely focuses on ("especially in cities")."""
    k = j
    if k >= len(toks) or toks[k].kind != "word":
        return None
    return _adjective_like(toks[k].lower) or None


def most_adjective(toks, i, j):
    """*most/least* + adjective or adverb forms a superlative ("the most dangerous", "least
    credible"); the quantifier ("most people", "most of the time") does not. The span takes the
    adjective."""
    k = j
    if k >= len(toks) or toks[k].kind != "word":
        return None
    if not _adjective_like(toks[k].lower):
        return None
    return (i, k + 1, "superlative", "periphrastic")


_EST_NOT_SUPERLATIVE = frozenset(
    "interest interests protest west rest test forest honest modest earnest harvest request suggest arrest invest "
    "contest digest manifest conquest quest nest chest guest priest lest behest unrest midwest southwest northwest "
    "pest vest zest crest jest bequest inquest detest attest infest divest ingest congest pretest retest "
    "dishonest tempest everest wrest incest rainforest disinterest armrest headrest footrest backrest reinvest "
    "molest budapest bucharest ernest forrest brest"
    " latest".split()
)


def est_superlative(toks, i, j):
    """An inflected superlative ("the highest", "its poorest", "America's richest") when a determiner
    or a possessive precedes it; words that merely end in -est (interest, protest, west, honest) are
    excluded by list. Applied by the matcher to any word ending in -est that no entry covers."""
    word = toks[i].lower
    if word in _EST_NOT_SUPERLATIVE or len(word) < 5:
        return None
    prev = _low(toks, i - 1)
    if prev in ("the", "its", "their", "our", "his", "her", "my", "your", "whose") or prev.endswith("'s"):
        return True
    if _low(toks, j) == "ever":
        return True
    if _title_case_run(toks, i, j):
        return True  # a headline drops its determiners: "Schools Face Deepest Cuts in a Decade?"
    return None


def _title_case_run(toks, i, j) -> bool:
    """``toks[i]`` is capitalised inside a run of capitalised words (a title-case headline): the
    word after it, and the word before it unless it opens the sentence."""
    def cap(k):
        return 0 <= k < len(toks) and toks[k].kind == "word" and toks[k].text[0].isupper()
    return toks[i].text[0].isupper() and cap(j) and (i == 0 or cap(i - 1))


def not_idiom_best(toks, i, j):
    """*best/worst* as a superlative, not in "do your best" / "try their best" (an idiom of effort)."""
    prev, prev2 = _low(toks, i - 1), _low(toks, i - 2)
    if prev in ("my", "our", "your", "his", "her", "their", "its", "one's") and prev2 in (
            "do", "did", "does", "doing", "done", "try", "tried", "tries", "trying"):
        return None
    return True


def not_country(toks, i, j):
    """*us* the pronoun, not *US* the country (all capitals inside ordinary text)."""
    t = toks[i]
    if t.text == "US":
        return None
    return True


_FRAME_GAP = frozenset(
    "very deeply truly especially particularly absolutely equally more most so also simply doubly quite really "
    "abundantly perfectly painfully increasingly now therefore still all the long past high about just "
    "itself indeed certainly clearly obviously surely highly entirely at yet".split()
)
_BE_AFTER = frozenset("would will may might could must should can".split())


def _frame_start(toks, k):
    """If ``toks[..k]`` ends with an extraposition frame ("it is", "it's", "it would be", "it has
    become", "what is"), the index of its first token, else None."""
    w = _low(toks, k)
    if w in ("it's", "what's"):
        return k
    if w in ("is", "was", "remains", "remained", "seems", "seemed", "appears", "appeared", "becomes", "became",
             "feels", "felt", "isn't", "wasn't"):
        return k - 1 if _low(toks, k - 1) in ("it", "what") else None
    if w in ("be", "become", "been"):
        a = _low(toks, k - 1)
        if a in _BE_AFTER or a in ("has", "had", "have", "'s") or a.endswith("n't"):
            return k - 2 if _low(toks, k - 2) == "it" else None
        if a == "it's":
            return k - 1
        if a == "not" and _low(toks, k - 2) in _BE_AFTER and _low(toks, k - 3) == "it":
            return k - 3
    return None


def extraposed(toks, i, j):
    """An adjective in an extraposition frame: "it is essential that", "it's clear that", "it would
    be wrong to", "what is striking is", "it is time to". The span runs from *it* through the
    adjective and a following *that*. The adjective must end the clause or come before its
    complement (that/to/wh-/if), not modify a noun. A negated certainty adjective ("it is not clear
    whether") is a hedge; a negated possibility adjective ("it is not possible") is no hedge."""
    k = i - 1
    neg = False
    floor = i - WINDOW
    while k >= 0 and k > floor:
        w = toks[k].lower
        if w in _FRAME_GAP:
            k -= 1
        elif w == "not":
            neg = True
            k -= 1
        else:
            break
    start = _frame_start(toks, k)
    if start is None:
        return None
    if toks[k].lower.endswith("n't"):
        neg = True
    nxt = _low(toks, j)
    if nxt and toks[j].kind == "word" and nxt not in _COMPLEMENTIZERS and nxt not in ("now", "enough", "for", "from", "is"):
        return None
    end = j + 1 if nxt == "that" else j
    frame_verb = toks[k].lower
    if frame_verb in ("seems", "seemed", "appears", "appeared") and toks[i].lower in _CERTAINTY_ADJ:
        return (start, end, "hedge", "evidential")  # "it seems clear that": certainty, hedged
    if neg:
        if toks[i].lower in _CERTAINTY_ADJ:
            return (start, end, "hedge", "negated_booster")
        if toks[i].lower in _POSSIBILITY_ADJ:
            return None
    return (start, end, None, None)


_CERTAINTY_ADJ = frozenset("clear obvious evident certain undeniable indisputable plain apparent true inevitable".split())
_POSSIBILITY_ADJ = frozenset("possible plausible conceivable probable likely".split())


_COMPLEMENTIZERS = frozenset("that to how why what whether who when if ,".split()) | {","}


RULES: dict[str, Callable] = {
    f.__name__: f
    for f in (
        modal_may, modal_might, modal_could, before_quantity, to_infinitive, first_person_cognitive,
        degree_before_modifier, not_after_determiner, stance_predicative, negatable_booster,
        epistemic_must_have, not_manner, directive_should, directive_must, please_directive, imperative,
        imperative_strict, very_degree, so_degree, not_take_seriously, universal_scope, most_adjective,
        est_superlative, not_country, extraposed, first_person_subject, not_idiom_best,
        tentative_would, evidential_verb, clause_initial, obligation_not_negated, before_source, before_comparative, institution_source, before_adjective, source_before_stance_verb, evidential_subject, possible_epistemic,
    )
}
