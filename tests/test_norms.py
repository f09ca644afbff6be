"""Reference norms in the core: the mid-rank lookup on hand-made tables, the builder's knots, the
short-text warning, resolving ``norms``, checking norms files, and the shipped tables against the
catalogue. Expected values are worked out by hand in the comments (the formula is in
core/norms/table.py and docs/norms.md: percentile = 100 x (share below + share equal / 2))."""

from __future__ import annotations

import json
import zlib
from bisect import bisect_left, bisect_right
from importlib import resources

import pytest
from hypothesis import given, settings, strategies as st

import textmetrics
from textmetrics import analyze, norms
from textmetrics.errors import InvalidInputError
from textmetrics.norms.build import knots
from textmetrics.norms.table import MetricTable
from textmetrics.report import flatten, percentile_column

RATE = "hedging.per_1000_words"

# Thirty documents by hand, like tweets where most have no hedge: 18 zeros (60 %), 6 x 10.0,
# 3 x 20.0, 3 x 40.0. Every value is a knot, so every lookup at a value is exact.
HAND_VALUES = [0.0] * 18 + [10.0] * 6 + [20.0] * 3 + [40.0] * 3
HAND_ENTRY = {"n": 30, "x": [0.0, 10.0, 20.0, 40.0], "le": [18, 24, 27, 30], "eq": [18, 6, 3, 3]}


def hand_file(name="hand", median_words=40, entry=None, **extra) -> dict:
    return {"format": norms.FORMAT, "name": name, "description": "hand-made", "corpus": "tests", "licence": "",
            "attribution": "", "documents": 30, "held_out": None, "median_words": median_words,
            "textmetrics_version": textmetrics.__version__, "built": "2026-01-01", "grid": norms.GRID,
            "metrics": {RATE: entry or HAND_ENTRY}, **extra}


def hand_table(**kwargs) -> norms.NormTable:
    return norms.NormTable.from_dict(hand_file(**kwargs), source="tests")


# --- the lookup ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "expected"), [
    (0.0, 30.0),    # 0 below, 18 equal: 100 x (0 + 18/2) / 30 -- zero hedges where 60 % have zero: 30
    (10.0, 70.0),   # 18 below, 6 equal: 100 x (18 + 3) / 30
    (20.0, 85.0),   # 24 below, 3 equal: 100 x (24 + 1.5) / 30
    (40.0, 95.0),   # 27 below, 3 equal: 100 x (27 + 1.5) / 30
    (15.0, 80.0),   # between knots, nothing in between: 24 below, none equal
    (-1.0, 0.0),    # below every value
    (55.5, 100.0),  # above every value
])
def test_mid_rank_percentiles_on_a_hand_table(value, expected):
    assert hand_table().percentile(RATE, value) == expected


def test_between_knots_the_mass_in_between_is_spread_evenly():
    # 40 values: 10 zeros, 20 strictly between 0 and 10 (not stored, as a thinned table leaves them),
    # 10 tens. At 5: 10 below for sure, plus half of the 20 in between: 100 x 20 / 40 = 50.
    table = hand_table(entry={"n": 40, "x": [0, 10], "le": [10, 40], "eq": [10, 10]})
    assert table.percentile(RATE, 5) == 50.0
    assert table.percentile(RATE, 2.5) == 37.5  # 10 + 20 x 0.25 = 15 of 40


def test_undefined_values_absent_metrics_and_thin_tables_give_null():
    table = hand_table()
    assert table.percentile(RATE, None) is None
    assert table.percentile("lexical.mtld", 80.0) is None  # the reference has no such metric
    thin = {"n": 29, "x": [0.0, 1.0], "le": [20, 29], "eq": [20, 9]}
    assert norms.MIN_VALUES == 30
    assert hand_table(entry=thin).percentile(RATE, 0.0) is None  # 29 defined values: too few


def test_percentiles_of_a_document_cover_its_groups_only():
    data = {"hedging": {"count": 0, "per_1000_words": 0.0, "hedged_sentence_ratio": None, "by_subtype": {}},
            "warnings": []}
    out = norms.percentiles(data, (hand_table(),))
    assert list(out) == ["hand"]
    assert out["hand"][RATE] == 30.0
    assert out["hand"]["hedging.count"] is None  # not in the hand table
    assert all(key.startswith("hedging.") for key in out["hand"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 400), min_size=30, max_size=900), st.floats(-10, 410))
def test_lookup_is_within_half_a_point_of_the_exact_mid_rank(raw, probe):
    values = sorted(v / 4 for v in raw)  # many ties and many distinct values
    entry = knots(values)
    table = MetricTable(entry["n"], entry["x"], entry["le"], entry["eq"])
    n = len(values)
    for x in (probe, *values[:: max(1, n // 25)]):
        exact = 100 * (bisect_left(values, x) + (bisect_right(values, x) - bisect_left(values, x)) / 2) / n
        # 100/grid = 0.5 between knots, plus 0.05 for rounding to one decimal
        assert abs(table.percentile(x) - exact) <= 100 / norms.GRID + 0.05 + 1e-9
        if x in entry["x"]:
            assert table.percentile(x) == pytest.approx(exact, abs=0.05 + 1e-9)  # exact at knots, ties included


# --- the builder -----------------------------------------------------------------------------------------------


def test_knots_of_few_values_are_every_distinct_value_with_its_counts():
    assert knots(HAND_VALUES) == HAND_ENTRY


def test_knots_of_many_values_are_the_half_percent_quantiles():
    entry = knots(list(range(1, 1001)))  # 1000 distinct values
    # the ceil(k x 1000 / 200) = 5k-th value for k = 1..200, and the minimum for k = 0
    assert entry["x"] == [1] + list(range(5, 1001, 5))
    assert entry["le"] == entry["x"] and entry["eq"] == [1] * 201


def test_builder_skips_undefined_values_and_keeps_counts_whole():
    paths = (("counts.words", ("counts", "words")), (RATE, ("hedging", "per_1000_words")))
    builder = norms.TableBuilder(paths)
    for words, rate in [(10, 0.0), (30, None), (20, 5.5)]:
        builder.add([words, rate])
    table = builder.build("tiny", "2026-01-01")
    assert table["documents"] == 3 and table["median_words"] == 20
    assert table["metrics"]["counts.words"] == {"n": 3, "x": [10, 20, 30], "le": [1, 2, 3], "eq": [1, 1, 1]}
    assert table["metrics"][RATE] == {"n": 2, "x": [0.0, 5.5], "le": [1, 2], "eq": [1, 1]}
    text = norms.dumps(table)
    assert '"x":[10,20,30]' in text  # written as integers, as the document shows them
    assert norms.NormTable.from_dict(json.loads(text)).metrics["counts.words"].percentile(20) == 50.0


def test_values_of_reads_every_numeric_metric_by_its_id():
    doc = analyze("We may never know. But surely we must act now!").to_dict()
    values = norms.values_of(doc)
    ids = norms.numeric_metrics()
    assert len(values) == len(ids) and "sentiment.label" not in ids
    assert values[ids.index("counts.words")] == doc["counts"]["words"]
    assert values[ids.index("persuasion.booster.count")] == doc["persuasion"]["booster"]["count"]


def test_held_out_is_crc32_of_the_id_modulo_5():
    assert zlib.crc32(b"doc-3") % 5 == 0 and norms.held_out("doc-3")  # crc32 482250565
    assert zlib.crc32(b"doc-1") % 5 != 0 and not norms.held_out("doc-1")
    assert norms.held_out(3) == norms.held_out("3")  # line-number ids are hashed as text


# --- analyze(norms=...) ----------------------------------------------------------------------------------------


def test_analyze_adds_percentiles_after_the_groups(tmp_path):
    path = tmp_path / "hand.json"
    path.write_text(json.dumps(hand_file()))
    doc = analyze("It is raining in the city.", norms=str(path)).to_dict()  # no hedge: 0.0 per 1,000
    assert list(doc)[-2:] == ["percentiles", "warnings"]
    assert doc["percentiles"]["hand"][RATE] == 30.0
    assert "percentiles" not in analyze("It is raining in the city.").to_dict()


def test_flatten_names_percentiles_percentile_reference_metric():
    doc = {"hedging": {"count": 0, "per_1000_words": 0.0}, "percentiles": {"hand": {RATE: 30.0, "hedging.count": None}},
           "warnings": []}
    assert flatten(doc) == {"hedging.count": 0, "hedging.per_1000_words": 0.0,
                            "percentile.hand.hedging.per_1000_words": 30.0, "percentile.hand.hedging.count": None,
                            "warnings": []}
    assert percentile_column("editorials", RATE) == "percentile.editorials.hedging.per_1000_words"
    assert doc["percentiles"]["hand"][RATE] == 30.0  # the document object keeps its nested "percentiles"


def test_analyze_takes_a_name_a_list_a_path_and_tables(tmp_path):
    path = tmp_path / "hand.json"
    path.write_text(json.dumps(hand_file()))
    text = "We may never know. But surely we must act now!"
    one = analyze(text, norms="editorials").to_dict()["percentiles"]
    two = analyze(text, norms=["editorials", str(path)]).to_dict()["percentiles"]
    assert list(two) == ["editorials", "hand"] and two["editorials"] == one["editorials"]
    # the text's 76.9 hedges per 1,000 words are above every value of the hand table
    assert analyze(text, norms=hand_table()).to_dict()["percentiles"]["hand"][RATE] == 100.0


def test_short_text_warning_at_a_quarter_of_the_median(tmp_path):
    table = hand_table(median_words=40)  # a quarter: 10 words
    nine = analyze("one two three four five six seven eight nine.", norms=table).warnings
    ten = analyze("one two three four five six seven eight nine ten.", norms=table).warnings
    expected = ("the text has 9 words, under a quarter of the median hand document (40 words): its rates and "
                "ratios swing more than theirs, so read its percentiles among hand with care")
    assert expected in nine
    assert not any("median hand document" in w for w in ten)


@pytest.mark.parametrize("bad", ["nope", ["editorials", "nope"], [], 42, ["news", "news"], "missing/file.json"])
def test_bad_norms_are_invalid_input_naming_the_field(bad):
    with pytest.raises(InvalidInputError) as info:
        analyze("Some text.", norms=bad)
    assert info.value.field == "norms"


def test_an_unknown_name_lists_the_references():
    with pytest.raises(InvalidInputError, match="unknown norms 'nope'; choose from editorials, news, speeches, "
                                                "abstracts, tweets"):
        analyze("Some text.", norms="nope")


@pytest.mark.parametrize(("change", "problem"), [
    ({"format": "other/1"}, "not a textmetrics norms file"),
    ({"name": "Has Spaces"}, "not a usable reference name"),
    ({"metrics": {RATE: {"n": 3, "x": [2, 1], "le": [1, 3], "eq": [1, 2]}}}, "ascending"),
    ({"metrics": {RATE: {"n": 4, "x": [1, 2], "le": [1, 3], "eq": [1, 2]}}}, "all n values"),
    ({"metrics": {RATE: {"n": 3, "x": [1, 2], "le": [2, 3], "eq": [1, 2]}}}, "each knot's values once"),
    ({"median_words": -3}, "median_words"),
])
def test_a_broken_norms_file_is_refused_with_its_problem(tmp_path, change, problem):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({**hand_file(), **change}))
    with pytest.raises(InvalidInputError, match=problem) as info:
        norms.load_file(path)
    assert info.value.field == "norms" and str(path) in str(info.value)


def test_a_file_rebuilt_in_place_is_read_again(tmp_path):
    path = tmp_path / "hand.json"
    path.write_text(json.dumps(hand_file()))
    assert norms.load_file(path).median_words == 40
    path.write_text(json.dumps(hand_file(median_words=400)) + "\n")  # another size: another cache key
    assert norms.load_file(path).median_words == 400


def test_configured_files_may_not_take_a_built_in_name(tmp_path):
    path = tmp_path / "news.json"
    path.write_text(json.dumps(hand_file(name="news")))
    with pytest.raises(InvalidInputError, match="already taken"):
        norms.load_files([str(path)])


# --- the shipped tables ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", norms.BUILTIN)
def test_shipped_tables_carry_exactly_the_catalogues_numeric_metrics(name):
    # Fails after a metric is added to or removed from the catalogue: rebuild the tables with
    #   python bench/norms_tables.py ../shared/data/reference --date YYYY-MM-DD   (docs/norms.md)
    data = json.loads(resources.files("textmetrics.data").joinpath(f"norms/{name}.json").read_text("utf-8"))
    assert list(data["metrics"]) == list(norms.numeric_metrics()), "rebuild: python bench/norms_tables.py"
    assert data["name"] == name and data["format"] == norms.FORMAT and data["grid"] == norms.GRID
    table = norms.builtin(name)
    assert table.meta["documents"] > 200 and table.median_words > 0
    assert table.meta["attribution"] and table.meta["licence"] and table.meta["corpus"]
    assert table.metrics["counts.words"].n == table.meta["documents"]


def test_shipped_tables_are_small():
    folder = resources.files("textmetrics.data").joinpath("norms")
    sizes = [len(folder.joinpath(f"{name}.json").read_bytes()) for name in norms.BUILTIN]
    assert sum(sizes) < 2 * 1024 * 1024  # the budget: at most 2 MB added to the package


def test_shipped_tables_are_what_dumps_writes():
    # the file bytes are the deterministic serialisation of their content: a rebuild diff is real
    for name in norms.BUILTIN:
        text = resources.files("textmetrics.data").joinpath(f"norms/{name}.json").read_text("utf-8")
        assert norms.dumps(json.loads(text)) == text
