"""Word classes the marker rules share: determiners, pronouns, prepositions, auxiliaries and
copulas, negators, numbers and quantities, participles and past forms, adjectives; and the few
tests on a single word built on them (:func:`is_negator`, :func:`is_participle`, ...).

The classes follow the closed-class inventories of Biber et al. (1999), *Longman Grammar of Spoken
and Written English*, ch. 2-4 (determiners, pronouns, prepositions, auxiliaries, copular verbs), and
Quirk et al. (1985), *A Comprehensive Grammar of the English Language*, for the open-class lists
(participles, adjective suffixes). The lists are written by the textmetrics authors; they are
lower-case token forms as the tokeniser produces them (contractions such as "'s" and "it's" are one
token). Each set is defined before anything uses it; lists that serve one rule only are kept beside
that rule in its family module.
"""

from __future__ import annotations

__all__ = [
    "DETERMINERS", "ARTICLES_AND_POSSESSIVES", "OBJECT_PRONOUNS", "SUBJECT_PRONOUNS", "WH_WORDS",
    "CONJUNCTIONS", "PREPOSITIONS", "BE", "AUXILIARIES", "FUNCTION_WORDS", "NEGATORS", "NUMBER_WORDS",
    "QUANTITY_NOUNS", "CURRENCY", "COPULAS", "MAKE_FORMS", "MONTHS", "CLAUSE_BREAK",
    "IRREGULAR_PARTICIPLES", "IRREGULAR_PAST", "STATE_ADJECTIVES", "ADJECTIVE_SUFFIXES", "ADJECTIVES",
    "NOT_ADJECTIVES", "is_negator", "is_participle", "is_past_verb", "is_adjectival", "is_adjective_like",
]

# ----------------------------------------------------------------------------- closed classes

DETERMINERS = frozenset(
    "the a an this that these those my your his her its our their whose some any no every each all "
    "both either neither another other what which such one same".split()
)
# articles and possessives: before "might" or "show" they make it a noun ("the might of", "its show")
ARTICLES_AND_POSSESSIVES = frozenset("the a an its his her their our my your whose".split())
OBJECT_PRONOUNS = frozenset(
    "me him her them us you it whom himself herself themselves ourselves yourself yourselves myself itself".split()
)
SUBJECT_PRONOUNS = frozenset("i you he she it we they".split())
WH_WORDS = frozenset("what why how who whom where when which whose".split())
CONJUNCTIONS = frozenset("and but or nor so yet for because although though while whereas if unless since".split())
PREPOSITIONS = frozenset(
    "of in on at by for with from to into onto about over under between among through during against "
    "without within across after before behind beyond toward towards upon like than as per via".split()
)
BE = frozenset("is are was were be been being am 's 're 'm".split())
AUXILIARIES = BE | frozenset("do does did have has had will would shall should can could may might must ought".split())
FUNCTION_WORDS = (
    DETERMINERS | OBJECT_PRONOUNS | SUBJECT_PRONOUNS | WH_WORDS | CONJUNCTIONS | PREPOSITIONS | AUXILIARIES
    | frozenset("not there here then than that as too also just only even far long".split())
)
NEGATORS = frozenset("not never no hardly scarcely barely nor cannot neither".split())

# ----------------------------------------------------------------------------- numbers and quantities

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

# ----------------------------------------------------------------------------- verbs

# words after which "sure", "certain", "clear" are predicative (and so a stance, not "a certain")
COPULAS = BE | frozenset(
    "seem seems seemed remain remains remained become becomes became feel feels felt looks look looked appear "
    "appears appeared it's that's i'm we're you're they're he's she's what's there's i've".split()
)
MAKE_FORMS = frozenset("make makes made making".split())
IRREGULAR_PARTICIPLES = frozenset(
    "done gone seen known made said told thought brought bought caught taught found felt left lost meant "
    "met paid put read run sent set spent stood understood won built held kept led heard hit hurt cut "
    "let shut begun become come got gotten grown drawn driven eaten fallen flown forgotten given hidden "
    "ridden risen shaken spoken stolen sworn taken thrown woken worn written chosen frozen".split()
)
IRREGULAR_PAST = frozenset(
    "spoke wrote stood sat ran fought lived went came sang shook looked lay slept wept grew fell rose".split()
)

# ----------------------------------------------------------------------------- adjectives, other

# emotional and evaluative states ("exhausted", "furious", "hard"): after "must be" they mark the
# epistemic reading (Coates 1983, ch. 3), and as participles they describe a state, not an act
STATE_ADJECTIVES = frozenset(
    "exhausted tired weary worried anxious relieved delighted thrilled furious livid angry pleased proud "
    "devastated heartbroken frightened terrified scared bored confused embarrassed disappointed surprised "
    "shocked horrified baffled puzzled annoyed frustrated upset hard difficult tough awful terrible painful "
    "strange odd nice lovely wonderful galling maddening tempting hungry lonely mad crazy nervous desperate "
    "jealous grateful glad happy sad miserable sick exhausting frustrating humiliating gratifying "
    "bewildering confusing infuriating disappointing".split()
)
ADJECTIVE_SUFFIXES = ("ous", "ful", "ive", "able", "ible", "al", "ic", "ical", "ant", "ent", "less", "ary", "ing",
                      "ed", "ish", "ile", "ary", "ory", "est", "ate", "ly")
ADJECTIVES = frozenset(
    "important difficult common popular basic urgent serious extreme severe corrupt complex precious sincere "
    "secure free safe bold brave cruel vile just unjust fair unfair smart wise rich poor likely vulnerable "
    "powerful dangerous obvious damaging pressing striking famous beautiful hated wanted trusted recent "
    "senior junior clear strong weak crucial vital great good bad high low hard easy simple expensive "
    "cheap toxic absurd ridiculous egregious outrageous consequential significant progressive conservative "
    "liberal radical modern ambitious aggressive prominent visible credible".split()
)
# words with an adjective's suffix that are nouns or adverbs in the contexts the rules test
NOT_ADJECTIVES = frozenset(
    "people americans countries states things cases of the a an part times nations children voters students "
    "families members recent recently often frequently commonly usually typically notably".split()
)
MONTHS = frozenset("january february march april may june july august september october november december".split())
CLAUSE_BREAK = frozenset({",", ";", ":", "(", ")", "[", "]", "-", "--", "\u2014", "\u2013", '"'})


# ----------------------------------------------------------------------------- tests on one word

def is_negator(word: str) -> bool:
    """A negator: *not, never, no, hardly, ...* or any "n't" form."""
    return word in NEGATORS or word.endswith("n't")


def is_participle(word: str) -> bool:
    """A past participle, by its ending (-ed, -en) or from the irregular list; *been* too."""
    return word == "been" or (len(word) > 3 and (word.endswith("ed") or word.endswith("en"))) or word in IRREGULAR_PARTICIPLES


def is_past_verb(word: str) -> bool:
    """A lexical verb in the past or as a participle ("stared", "shook"): an -ed form or an irregular
    one, not an auxiliary or copula."""
    if word in AUXILIARIES or word in COPULAS:
        return False
    return (len(word) > 4 and word.endswith("ed")) or word in IRREGULAR_PAST


def is_adjectival(word: str) -> bool:
    """A participle used as an adjective of state: un- forms ("unconvinced") and feelings ("worried")."""
    return word.startswith("un") or word in STATE_ADJECTIVES


def is_adjective_like(word: str) -> bool:
    """An adjective or adverb by list or by suffix ("dangerous", "credible"), not a plural noun."""
    if word in NOT_ADJECTIVES:
        return False
    if word in ADJECTIVES:
        return True
    if word.endswith("s") and not word.endswith(("ous", "less")):
        return False
    return len(word) > 4 and word.endswith(ADJECTIVE_SUFFIXES)
