"""Markers: spans, quotations, the phrase trie, user lexicons and the hedging/persuasion groups.

Every expected value below is a hand count on the sentence shown (the textmetrics authors' own
sentences), following the category definitions of docs/markers.md.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

import pytest

import textmetrics.markers
from textmetrics import InvalidInputError, analyze, catalogue
from textmetrics.markers import CATEGORIES, PRIORITY, find_markers, matcher, user_lexicon
from textmetrics.markers.lexicon import BLOCK, WORD_CATEGORIES, Lexicon, default_lexicon, parse_lines
from textmetrics.markers.matcher import ENTRY_FREE_RULES
from textmetrics.markers.rules import ACCEPT, FAMILIES, REJECT, RULES, WINDOW, Verdict
from textmetrics.markers.sentences import DETECTORS
from textmetrics.text.document import build_document
from textmetrics.text.quotes import quote_spans

DOCS = Path(__file__).resolve().parent.parent / "docs" / "markers.md"
CONTRASTS = Path(__file__).resolve().parent / "data" / "marker_contrasts.tsv"


def _found(text):
    return [(m.category, m.text) for m in find_markers(build_document(text))]


# ----------------------------------------------------------------------------- spans and offsets

def test_span_text_is_original_text_with_curly_quotes():
    text = "It\u2019s clear that \u201cwe may lose,\u201d she said. Perhaps not."
    markers = find_markers(build_document(text))
    assert markers, "expected markers"
    for m in markers:
        assert text[m.start:m.end] == m.text
    # hand count: "It's clear that" booster, "we" (quoted), "may" (quoted), "Perhaps"
    assert [(m.category, m.text, m.in_quote) for m in markers] == [
        ("booster", "It\u2019s clear that", False),
        ("first_person_plural", "we", True),
        ("hedge", "may", True),
        ("hedge", "Perhaps", False),
    ]


def test_markers_are_in_text_order_and_do_not_overlap():
    text = ("We must act now, and it is clear that the very same people who said so will, perhaps, "
            "object. Why? Because you never know!")
    markers = find_markers(build_document(text))
    starts = [m.start for m in markers]
    assert starts == sorted(starts)
    for a, b in zip(markers, markers[1:]):
        assert a.end <= b.start


def test_marker_fields():
    (m,) = find_markers(build_document("Perhaps."))
    assert m.to_dict() == {
        "category": "hedge", "subtype": "epistemic", "start": 0, "end": 7, "text": "Perhaps",
        "sentence": 0, "in_quote": False, "rule": "hedge:perhaps",
    }


def test_rule_id_names_the_rule_that_fired():
    (m,) = [m for m in find_markers(build_document("About 40 people came.")) if m.category == "hedge"]
    assert (m.text, m.rule) == ("About", "before_quantity")


# ----------------------------------------------------------------------------- phrases, priority

def test_multiword_phrases_match_as_one_marker():
    assert _found("There is no doubt that the council erred.") == [("booster", "There is no doubt that")]
    assert _found("In fact, it rained.") == [("booster", "In fact")]
    assert _found("According to the auditors, it rained.") == [("authority", "According to")]


def test_longest_match_wins_over_shorter_entries():
    # "almost all" (hedge, 2 tokens) beats "all" (absolute, 1 token)
    assert _found("Almost all of it burned.") == [("hedge", "Almost all")]
    # "not all" is a blocker: nothing at all
    assert _found("Not all of it burned.") == []


def test_priority_order_is_fixed_and_complete():
    assert PRIORITY[0] == "none"
    assert sorted(PRIORITY[1:]) == sorted(CATEGORIES)


def test_alternation_expands():
    entries = parse_lines(["{seem|seems} to\tevidential\tto_infinitive"], category="hedge", origin="package", source="t")
    assert [e.phrase for e in entries] == [("seem", "to"), ("seems", "to")]
    assert {e.rule_name for e in entries} == {"to_infinitive"}


def test_every_package_entry_is_valid():
    lex = default_lexicon()
    assert {e.category for e in lex.entries} == set(CATEGORIES) - {"rhetorical_question", "exclamation"} | {"none"}
    for e in lex.entries:
        assert all(e.phrase) and e.subtype


# ----------------------------------------------------------------------------- quotations

@pytest.mark.parametrize(
    "text, quoted",
    [
        ('She said "we may go" today.', '"we may go"'),
        ("She said \u201cwe may go\u201d today.", "\u201cwe may go\u201d"),
        ("She said ``we may go'' today.", "``we may go''"),
        ("She called it 'a farce' today.", "'a farce'"),
    ],
)
def test_quote_styles(text, quoted):
    doc = build_document(text)
    spans = quote_spans(doc.norm, doc.paragraphs, text)
    assert [text[s:e] for s, e in spans] == [quoted]


def test_apostrophes_are_not_quotes():
    text = "The workers' union, in the '90s, said it won't budge."
    doc = build_document(text)
    assert quote_spans(doc.norm, doc.paragraphs) == []


def test_inch_mark_is_not_a_quote():
    # unbalanced double quotes: the one after a digit is an inch mark; a balanced pair ending in a
    # number is still a quotation
    assert [(m.text, m.in_quote) for m in find_markers(build_document('The 12" pipe burst. We must fix it.'))] == [
        ("We", False), ("must", False)]
    text = 'She said "we will win by 2030," and we must.'
    assert [(m.text, m.in_quote) for m in find_markers(build_document(text))] == [
        ("we", True), ("we", False), ("must", False)]


def test_unclosed_quote_runs_to_paragraph_end():
    text = 'He said: "We may win this.\n\nThen we left.'
    markers = find_markers(build_document(text))
    assert [(m.text, m.in_quote) for m in markers] == [("We", True), ("may", True), ("we", False)]


def test_question_headline_keeps_its_other_markers():
    # a title-case question standing as its own paragraph is a headline, not a rhetorical
    # question; the superlative in it (no determiner, as headlines drop them) still counts.
    # Hand count: "Highest" at 10-17, the headline's "?" unmarked; "Why?" in the body is marked.
    text = "Rents Hit Highest Level in Twenty Years?\n\nWhy?"
    got = [(m.category, m.start, m.end) for m in find_markers(build_document(text))]
    assert got == [("superlative", 10, 17), ("rhetorical_question", 45, 46)]


def test_quoted_questions_and_exclamations_are_listed_in_quote():
    # docs/markers.md: markers inside quotations are listed with in_quote true and left out of the
    # author's rates. Hand count of offsets: "?" at 14, "Nobody" 29-35, "!" at 35, last "?" at 50.
    text = '"Who signed it?" she asked. "Nobody!" Is that true?'
    got = [(m.category, m.start, m.end, m.in_quote) for m in find_markers(build_document(text))]
    assert got == [
        ("rhetorical_question", 14, 15, True),
        ("absolute", 29, 35, True),
        ("exclamation", 35, 36, True),
        ("rhetorical_question", 50, 51, False),
    ]
    p = analyze(text, metrics=["persuasion"])["persuasion"]
    assert (p["rhetorical_question"]["count"], p["exclamation"]["count"], p["absolute"]["count"]) == (1, 0, 0)
    p = analyze(text, metrics=["persuasion"], include_quoted=True)["persuasion"]
    assert (p["rhetorical_question"]["count"], p["exclamation"]["count"], p["absolute"]["count"]) == (2, 1, 1)


# ----------------------------------------------------------------------------- user lexicons

def test_user_lexicon_adds_and_blocks(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text("# my entries\nhedge\tin all probability\tepistemic\nnone\tperhaps\tnot in my texts\n", "utf-8")
    lex = user_lexicon(str(path))
    doc = build_document("In all probability it rains. Perhaps not.")
    assert [(m.category, m.text, m.rule) for m in find_markers(doc, lex)] == [
        ("hedge", "In all probability", "user:hedge:in all probability"),
    ]


def test_user_lexicon_reloads_after_edit(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text("booster\tsans doute\tphrase\n", "utf-8")
    first = user_lexicon(str(path))
    assert user_lexicon(str(path)) is first  # cached
    mtime = path.stat().st_mtime_ns
    path.write_text("booster\tsans aucun doute\tphrase\n", "utf-8")
    os.utime(path, ns=(mtime, mtime + 10_000_000))  # a later modification time, without reading the clock
    second = user_lexicon(str(path))
    assert second is not first
    assert [m.text for m in find_markers(build_document("Sans aucun doute."), second)] == ["Sans aucun doute"]


@pytest.mark.parametrize(
    "content, message",
    [
        ("hedge\tonly two\n", "expected"),
        ("opinion\tsurely\tadverb\n", "unknown category"),
        ("hedge\tmaybe so\tepistemic\tno_such_rule\n", "unknown rule"),
        ("# nothing but comments\n", "no entries"),
    ],
)
def test_bad_user_lexicon_is_invalid_input(tmp_path, content, message):
    path = tmp_path / "bad.tsv"
    path.write_text(content, "utf-8")
    with pytest.raises(InvalidInputError) as err:
        user_lexicon(str(path))
    assert err.value.field == "lexicon"
    assert message in str(err.value)


def test_missing_user_lexicon(tmp_path):
    with pytest.raises(InvalidInputError) as err:
        analyze("Text.", lexicon=str(tmp_path / "nope.tsv"))
    assert err.value.field == "lexicon"


def test_analyze_uses_user_lexicon(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text("hedge\tin all probability\tepistemic\n", "utf-8")
    report = analyze("In all probability it rains.", metrics=["hedging"], lexicon=str(path))
    assert report["hedging"]["count"] == 1


# ----------------------------------------------------------------------------- the groups

OPED = (
    "We must fix the buses. Perhaps the council will listen, but I doubt it. "
    "\"We may act,\" the mayor said. It is clear that about 40 percent of buses run late! "
    "Why do we accept this?"
)


def test_hedging_group_hand_count():
    # hand count, author's hedges: "Perhaps", "I doubt", "about" (before 40 percent) -> 3;
    # quoted: "may" -> 1.
    report = analyze(OPED, metrics=["counts", "hedging"])
    h = report["hedging"]
    words = report["counts"]["words"]
    assert h["count"] == 3
    assert h["quoted"] == 1
    assert h["by_subtype"]["epistemic"] == 1
    assert h["by_subtype"]["cognitive"] == 1
    assert h["by_subtype"]["approximator"] == 1
    assert h["per_1000_words"] == round(3 * 1000 / words, 4)
    # sentences: 5 (the quoted one is a sentence of its own); hedged: 2nd and 4th
    assert h["hedged_sentence_ratio"] == round(2 / report["counts"]["sentences"], 4)


def test_include_quoted_puts_quoted_markers_back():
    assert analyze(OPED, metrics=["hedging"], include_quoted=True)["hedging"]["count"] == 4


def test_persuasion_group_hand_count():
    p = analyze(OPED, metrics=["persuasion"])["persuasion"]
    # author's markers: We, must, we (Why do we) -> first_person_plural 2, directive 1;
    # "It is clear that" booster 1; "!" exclamation 1; "?" rhetorical question 1
    assert p["first_person_plural"]["count"] == 2
    assert p["directive"]["count"] == 1
    assert p["booster"]["count"] == 1
    assert p["exclamation"]["count"] == 1
    assert p["rhetorical_question"]["count"] == 1
    assert p["authority"]["count"] == 0
    # certainty balance: (1 booster - 3 hedges) / 4
    assert p["certainty_balance"] == -0.5


def test_full_detail_lists_markers_as_dicts():
    data = analyze("Perhaps we should go.", detail="full").to_dict()
    assert data["markers"] == [
        {"category": "hedge", "subtype": "epistemic", "start": 0, "end": 7, "text": "Perhaps", "sentence": 0,
         "in_quote": False, "rule": "hedge:perhaps"},
        {"category": "first_person_plural", "subtype": "pronoun", "start": 8, "end": 10, "text": "we",
         "sentence": 0, "in_quote": False, "rule": "first_person_plural:we"},
        {"category": "directive", "subtype": "modal", "start": 11, "end": 17, "text": "should", "sentence": 0,
         "in_quote": False, "rule": "directive_should"},
    ]


def test_empty_text_rates_are_null():
    data = analyze("", metrics=["hedging", "persuasion"]).to_dict()
    assert data["hedging"]["count"] == 0
    assert data["hedging"]["per_1000_words"] is None
    assert data["hedging"]["hedged_sentence_ratio"] is None
    assert data["persuasion"]["certainty_balance"] is None


def test_catalogue_covers_every_group_key():
    ids = {m.id for m in catalogue()}
    data = analyze(OPED, metrics=["hedging", "persuasion"]).to_dict()
    for group in ("hedging", "persuasion"):
        for key, value in data[group].items():
            if isinstance(value, dict):
                for sub in value:
                    assert f"{group}.{key}.{sub}" in ids
            else:
                assert f"{group}.{key}" in ids


def test_documented_user_lexicon_example_parses(tmp_path):
    # the example file of docs/markers.md, "A user lexicon", must stay valid
    doc = DOCS.read_text("utf-8")
    section = doc.split("## A user lexicon", 1)[1]
    block = re.search(r"```\n(.*?)```", section, re.S).group(1)
    path = tmp_path / "example.tsv"
    path.write_text(block, "utf-8")
    lex = user_lexicon(str(path))
    text = "Perhaps it costs in the region of 5 million. In all probability, it is high time."
    assert [(m.category, m.text) for m in find_markers(build_document(text), lex)] == [
        ("hedge", "in the region of"), ("hedge", "In all probability"), ("directive", "it is high time"),
    ]


def test_no_phrase_is_both_a_blocker_and_a_marker():
    # a blocker wins every tie, so such an entry could never fire
    categories: dict = {}
    for e in default_lexicon().entries:
        categories.setdefault(e.phrase, set()).add(e.category)
    assert [p for p, c in categories.items() if "none" in c and len(c) > 1] == []


def test_rates_do_not_depend_on_other_groups():
    # the word count is shared with the counts group when it ran first; the figure must not change
    alone = analyze(OPED, metrics=["hedging", "persuasion"]).to_dict()
    with_counts = analyze(OPED).to_dict()
    assert alone["hedging"] == with_counts["hedging"]
    assert alone["persuasion"] == with_counts["persuasion"]


# ----------------------------------------------------------------------------- the rule registry

def _lexicon_files() -> dict[str, str]:
    """The package lexicon files, name -> text, read directly (not through the loader)."""
    folder = resources.files("textmetrics.data").joinpath("lexicons")
    return {f.name: f.read_text("utf-8") for f in folder.iterdir() if f.name.endswith(".tsv")}


def _rules_named_by_files() -> dict[str, set[str]]:
    named: dict[str, set[str]] = {}
    for name, text in _lexicon_files().items():
        for line in text.splitlines():
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cols = [c.strip() for c in line.split("\t")]
            if len(cols) == 3 and cols[2] not in ("", "-"):
                named.setdefault(cols[2], set()).add(name)
    return named


def _catalogue_categories() -> set[str]:
    # hedging.* summarises the hedges; persuasion.<category>.count one metric per other category
    cats = {m.id.split(".")[1] for m in catalogue() if m.group == "persuasion" and m.id.endswith(".count")}
    if any(m.group == "hedging" for m in catalogue()):
        cats.add("hedge")
    return cats


def test_registry_lexicons_and_catalogue_agree():
    named = _rules_named_by_files()
    # every rule a lexicon file names is registered (the loader checks this too, but only when it runs)
    assert set(named) - set(RULES) == set()
    # every registered rule is used: by some lexicon entry, or by the matcher itself
    assert set(RULES) - set(named) == set(ENTRY_FREE_RULES)
    assert set(ENTRY_FREE_RULES) <= set(RULES)
    # the loaded entries hold the registered tests
    for e in default_lexicon().entries:
        assert e.rule is (RULES[e.rule_name].test if e.rule_name else None)
    # every category of the catalogue has a lexicon (a package file with entries) or a detector
    files = _lexicon_files()
    with_entries = {e.category for e in default_lexicon().entries}
    assert _catalogue_categories() == set(CATEGORIES)
    for cat in CATEGORIES:
        has_lexicon = f"{cat}.tsv" in files and cat in with_entries
        assert has_lexicon != (cat in DETECTORS), cat  # one source, not both, not neither
    assert set(files) == {f"{c}.tsv" for c in WORD_CATEGORIES} | {"not_markers.tsv"}
    assert BLOCK in with_entries


def test_every_rule_has_a_plain_description():
    # shown on hover in an editor's page: one sentence, plain words
    for r in RULES.values():
        d = r.description
        assert d == d.strip() and "\n" not in d and d.endswith(".") and 20 < len(d) <= 160, r.name
        assert r.name == r.test.__name__, r.name
        assert r.family in {f.__name__.rsplit(".", 1)[-1] for f in FAMILIES}, r.name


def test_docs_list_every_rule_in_its_module():
    # docs/markers.md, "The rules": one table row per family module with its rules, exactly
    doc = DOCS.read_text("utf-8")
    section = doc.split("## The rules", 1)[1].split("\n## ", 1)[0]
    listed = {}
    for module, cell in re.findall(r"^\| `(\w+)\.py` \| (.*) \|$", section, re.M):
        if module not in ("registry", "words", "context"):
            listed[module] = set(re.findall(r"`(\w+)`", cell))
    registered: dict[str, set[str]] = {}
    for name, r in RULES.items():
        registered.setdefault(r.family, set()).add(name)
    assert listed == registered


def test_marker_modules_stay_small():
    folder = Path(textmetrics.markers.__file__).parent
    sizes = {p.relative_to(folder).as_posix(): len(p.read_text("utf-8").splitlines()) for p in folder.rglob("*.py")}
    assert {name: n for name, n in sizes.items() if n >= 400} == {}


def test_verdicts():
    assert ACCEPT.fires and not REJECT.fires
    assert (ACCEPT.start_shift, ACCEPT.end_shift, ACCEPT.category, ACCEPT.subtype) == (0, 0, None, None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        ACCEPT.fires = False  # shared by every rule: must not change


def test_reshaping_verdicts_move_the_span_and_the_category():
    # "most" takes its adjective (end_shift 1); a negator joins its booster and makes it a hedge
    # (start_shift -1); "I think" starts at the subject (start_shift -1, category kept)
    assert [(m.category, m.subtype, m.text, m.rule) for m in find_markers(build_document(
        "It is the most dangerous road. It is not definitely true. I think so."))] == [
        ("superlative", "periphrastic", "most dangerous", "most_adjective"),
        ("hedge", "negated_booster", "not definitely", "negatable_booster"),
        ("hedge", "cognitive", "I think", "first_person_cognitive"),
    ]


# ----------------------------------------------------------------------------- scaling, as counted work

class _Work:
    """Work done by the marker pass: rule calls, tokens the rules and the question/exclamation
    detector read, characters the detector slices from the text."""

    def __init__(self) -> None:
        self.calls = self.tokens = self.chars = 0

    @property
    def total(self) -> int:
        return self.calls + self.tokens + self.chars


class _CountingTokens(Sequence):
    """A read-only view of a sentence's tokens that counts each token read through it."""

    def __init__(self, toks, work: _Work) -> None:
        self._toks, self._work = toks, work

    def __len__(self) -> int:
        return len(self._toks)

    def __getitem__(self, k):
        item = self._toks[k]
        self._work.tokens += len(item) if isinstance(k, slice) else 1
        return item

    def __iter__(self):
        for t in self._toks:
            self._work.tokens += 1
            yield t


class _CountingText(str):
    """The normalised text, counting the characters of every slice taken from it."""

    work: _Work

    def __getitem__(self, k):
        piece = str.__getitem__(self, k)
        self.work.chars += len(piece)
        return piece


class _CountingSentence:
    def __init__(self, sent, work: _Work) -> None:
        self._sent, self.tokens = sent, _CountingTokens(sent.tokens, work)

    def __getattr__(self, name):
        return getattr(self._sent, name)


class _CountingDocument:
    def __init__(self, doc, work: _Work) -> None:
        self._doc = doc
        self.norm = _CountingText(doc.norm)
        self.norm.work = work

    def __getattr__(self, name):
        return getattr(self._doc, name)


def _wrap_rules(wrap, monkeypatch) -> Lexicon:
    """The package lexicon with every rule replaced by ``wrap(test, name)``, and the matcher's own
    rule (the inflected superlative) wrapped alike for the rest of the test."""
    names = {r.test: name for name, r in RULES.items()}
    for name in ENTRY_FREE_RULES:
        monkeypatch.setattr(matcher, f"_{name}", wrap(RULES[name].test, name))
    return Lexicon([dataclasses.replace(e, rule=wrap(e.rule, names[e.rule])) if e.rule else e
                    for e in default_lexicon().entries])


def _work_of(text, monkeypatch) -> _Work:
    """The work of ``find_markers`` on ``text``: every registered rule wrapped to count its calls and
    the tokens it reads, and the sentence-level detector given counting views of its inputs."""
    work = _Work()

    def counted(test, name):
        def run(toks, i, j):
            work.calls += 1
            return test(_CountingTokens(toks, work), i, j)
        return run

    plain = find_markers(build_document(text))
    lexicon = _wrap_rules(counted, monkeypatch)
    doc = build_document(text)
    counting_doc = _CountingDocument(doc, work)
    detect = textmetrics.markers.sentence_markers
    monkeypatch.setattr(textmetrics.markers, "sentence_markers",
                        lambda _doc, sent: detect(counting_doc, _CountingSentence(sent, work)))
    assert find_markers(doc, lexicon) == plain  # counting changes nothing found
    monkeypatch.undo()
    return work


def test_every_rule_is_exercised_by_the_contrast_suite(monkeypatch):
    # each registered rule runs on some sentence of tests/data/marker_contrasts.tsv, and every
    # call returns a Verdict: the one result type, never None, a bool or a tuple
    called: set[str] = set()

    def spy(test, name):
        def run(toks, i, j):
            called.add(name)
            verdict = test(toks, i, j)
            assert isinstance(verdict, Verdict), name
            return verdict
        return run

    lexicon = _wrap_rules(spy, monkeypatch)
    lines = CONTRASTS.read_text("utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    assert rows[0][4] == "text"
    for row in rows[1:]:
        find_markers(build_document(row[4]), lexicon)
    assert set(RULES) - called == set()


def test_long_sentence_without_commas_is_linear(monkeypatch):
    # One comma-free sentence dense with rules that look backwards (should, I think, not sure,
    # it is clear, imperatives after "and"): the look-back used to run to the clause start, so 4x
    # the text cost 12-16x the time. Counted, not timed: every rule reads at most WINDOW tokens
    # either side, so 4x the text is 4x the rule calls and about 4x the tokens read; a look-back to
    # the clause start would read 16x.
    unit = ("we should act now and I really do think they should wait and it is not at all clear "
            "that you may well be very right and so consider the cost and ")
    small, large = unit * 400, unit * 1600
    assert len(build_document(small).sentences) == 1
    w_small, w_large = _work_of(small, monkeypatch), _work_of(large, monkeypatch)
    assert w_large.calls == 4 * w_small.calls
    assert w_small.tokens <= 2 * (WINDOW + 1) * w_small.calls  # each call reads a bounded window
    assert w_large.total / w_small.total < 4.1, (w_small.total, w_large.total)


def test_many_questions_in_one_paragraph_cost_no_more_than_in_many(monkeypatch):
    # Every question asks whether its sentence is a headline standing alone as a paragraph; that
    # test once sliced the paragraph from its start to the question, so one long paragraph of
    # questions (a transcript, FAQs run together) cost work quadratic in its length. Counted: the
    # tokens and characters the detector reads grow with the number of questions, and one
    # paragraph of them costs no more than the same questions one per paragraph.
    unit = "Who pays for the new bridge?"
    one_paragraph, many_paragraphs = " ".join([unit] * 3000), "\n\n".join([unit] * 3000)
    assert len(build_document(one_paragraph).paragraphs) == 1
    assert len(build_document(many_paragraphs).paragraphs) == 3000
    one, many = _work_of(one_paragraph, monkeypatch), _work_of(many_paragraphs, monkeypatch)
    assert one.total <= many.total, (one.total, many.total)
    four_times = _work_of(" ".join([unit] * 12000), monkeypatch)
    assert four_times.total / one.total < 4.1, (one.total, four_times.total)
